//! Consent purposes and their notices: what a person is shown before they decide.
//!
//! ```text
//! content/consent/<purpose>/v<N>/purpose.toml        what the purpose covers (this version)
//! content/consent/<purpose>/v<N>/<locale>/notice.ftl  the notice, per audience (band)
//! ```
//!
//! A notice is content-addressed: (purpose, version, locale, audience) → the SHA-256 of its
//! exact rendered bytes ([`Notice::text`]). Consent records keep that hash, the server
//! serves the same bytes for any version ever published, and the SDK checks the hash
//! against its own copy before it shows a notice, so a server cannot swap a text silently.
//! Notices never fall back to another language or band: a notice that does not exist in
//! the reader's language cannot be shown to them (a caseworker reads it aloud instead).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use kinbridge_protocol::AgeBand;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use unic_langid::LanguageIdentifier;

use crate::{EmbeddedFile, audience_key, embedded};

/// Where consent content lives under `content/`.
pub(crate) const CONSENT_CONTENT: &str = "consent/";

/// The three parts of a notice, in the order they are shown and hashed.
const PARTS: [&str; 3] = ["title", "body", "withdraw"];

/// The legal basis a purpose relies on (ICRC Handbook ch. 3; GDPR Art 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    Consent,
    VitalInterest,
    PublicInterest,
    LegalObligation,
}

impl LegalBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::VitalInterest => "vital_interest",
            LegalBasis::PublicInterest => "public_interest",
            LegalBasis::LegalObligation => "legal_obligation",
        }
    }
}

/// What a decision for a purpose is about beyond the purpose itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurposeScope {
    /// The purpose as a whole.
    None,
    /// One relative, named by their account in the decision.
    Relative,
}

/// One version of a consent purpose, from its `purpose.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    #[serde(rename = "purpose")]
    pub id: String,
    pub version: u32,
    pub legal_basis: LegalBasis,
    pub data_categories: Vec<String>,
    pub special_categories: Vec<String>,
    pub recipients: Vec<String>,
    pub retention: String,
    pub scope: PurposeScope,
    /// This version changes what is done, with which data or by whom: decisions on
    /// earlier versions are superseded and must be given again.
    pub material: bool,
}

/// A notice as shown: its parts and the hash of its exact bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub purpose: String,
    pub version: u32,
    /// The locale folder it comes from (`es`, `ar`).
    pub locale: String,
    pub band: AgeBand,
    pub title: String,
    pub body: String,
    pub withdraw: String,
    /// The bytes that are shown and hashed: title, body and how to withdraw, separated by
    /// blank lines.
    pub text: String,
    /// Lowercase hex SHA-256 of `text` as UTF-8.
    pub sha256: String,
}

/// Lowercase hex SHA-256 of a notice's bytes.
pub fn notice_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The audience whose notice a decider reads: their own band, or the adult text for
/// anyone who is not a child.
pub fn notice_audience(band: Option<AgeBand>) -> AgeBand {
    band.unwrap_or(AgeBand::Adult)
}

type Key = (String, u32, String, AgeBand);

/// Every published version of every purpose, with its notices.
#[derive(Debug)]
pub struct ConsentCatalog {
    purposes: BTreeMap<(String, u32), Purpose>,
    notices: BTreeMap<Key, Notice>,
    load_errors: Vec<String>,
}

impl ConsentCatalog {
    /// The catalogue embedded at compile time.
    pub fn embedded() -> &'static ConsentCatalog {
        static CATALOG: OnceLock<ConsentCatalog> = OnceLock::new();
        CATALOG.get_or_init(|| ConsentCatalog::from_files(embedded::CONTENT))
    }

    /// Builds the catalogue from `consent/<purpose>/v<N>/…` files (others are ignored).
    /// Problems do not stop loading; they are listed by [`Self::load_errors`].
    pub fn from_files(files: &[EmbeddedFile]) -> ConsentCatalog {
        let mut catalog = ConsentCatalog {
            purposes: BTreeMap::new(),
            notices: BTreeMap::new(),
            load_errors: Vec::new(),
        };
        for file in files {
            let Some(rest) = file.path.strip_prefix(CONSENT_CONTENT) else {
                continue;
            };
            let parts: Vec<&str> = rest.split('/').collect();
            let version = |raw: &str| raw.strip_prefix('v').and_then(|n| n.parse::<u32>().ok());
            match parts.as_slice() {
                [purpose, v, "purpose.toml"] => {
                    match (version(v), toml::from_str::<Purpose>(file.source)) {
                        (Some(n), Ok(p)) if p.id == *purpose && p.version == n => {
                            catalog.purposes.insert((p.id.clone(), n), p);
                        }
                        (_, Ok(_)) => catalog.load_errors.push(format!(
                            "{}: its purpose and version must match its folders",
                            file.path
                        )),
                        (_, Err(e)) => catalog.load_errors.push(format!("{}: {e}", file.path)),
                    }
                }
                [purpose, v, locale, "notice.ftl"] => match version(v) {
                    Some(n) => catalog.load_notices(file, purpose, n, locale),
                    None => catalog
                        .load_errors
                        .push(format!("{}: not in a v<N> folder", file.path)),
                },
                _ => catalog
                    .load_errors
                    .push(format!("{}: not a consent content path", file.path)),
            }
        }
        for (purpose, version, locale, band) in catalog.notices.keys() {
            if !catalog.purposes.contains_key(&(purpose.clone(), *version)) {
                catalog.load_errors.push(format!(
                    "consent/{purpose}/v{version}/{locale}: a notice ({band}) without purpose.toml"
                ));
            }
        }
        catalog
    }

    fn load_notices(&mut self, file: &EmbeddedFile, purpose: &str, version: u32, locale: &str) {
        let Ok(langid) = locale.parse::<LanguageIdentifier>() else {
            self.load_errors
                .push(format!("{}: `{locale}` is not a language tag", file.path));
            return;
        };
        let resource = match FluentResource::try_new(file.source.to_owned()) {
            Ok(r) => r,
            Err((_, errors)) => {
                self.load_errors.push(format!("{}: {errors:?}", file.path));
                return;
            }
        };
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // The bytes must be the text as written: no isolation marks, no variables.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            self.load_errors.push(format!("{}: {errors:?}", file.path));
            return;
        }
        for &band in AgeBand::ALL {
            let mut rendered = Vec::with_capacity(PARTS.len());
            for part in PARTS {
                let id = format!("notice-{part}-{}", audience_key(band));
                let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                    self.load_errors.push(format!("{}: no `{id}`", file.path));
                    continue;
                };
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned();
                if !errors.is_empty() || text.contains('{') {
                    self.load_errors.push(format!(
                        "{}: `{id}` must render without variables ({errors:?})",
                        file.path
                    ));
                    continue;
                }
                rendered.push(text);
            }
            let [title, body, withdraw] = <[String; 3]>::try_from(rendered).unwrap_or_default();
            if title.is_empty() || body.is_empty() || withdraw.is_empty() {
                continue;
            }
            let text = format!("{title}\n\n{body}\n\n{withdraw}");
            self.notices.insert(
                (purpose.to_owned(), version, locale.to_owned(), band),
                Notice {
                    purpose: purpose.to_owned(),
                    version,
                    locale: locale.to_owned(),
                    band,
                    sha256: notice_sha256(&text),
                    title,
                    body,
                    withdraw,
                    text,
                },
            );
        }
    }

    /// The embedded catalogue plus the versions in `extra` (`(path, source)` pairs, paths
    /// like `<purpose>/v<N>/purpose.toml` relative to the folder they were read from): new
    /// versions published without a new release. A version that is already embedded
    /// cannot be replaced (a published text never changes), and the result must load
    /// without errors.
    pub fn with_extra(extra: Vec<(String, String)>) -> Result<ConsentCatalog, Vec<String>> {
        let files: Vec<EmbeddedFile> = embedded::CONTENT
            .iter()
            .copied()
            .chain(extra.into_iter().map(|(path, source)| EmbeddedFile {
                // Leaked once per server start: the catalogue lives as long as the process.
                path: Box::leak(format!("{CONSENT_CONTENT}{path}").into_boxed_str()),
                source: Box::leak(source.into_boxed_str()),
            }))
            .collect();
        let embedded = ConsentCatalog::embedded();
        let mut errors: Vec<String> = Vec::new();
        for f in &files[embedded::CONTENT.len()..] {
            let rest = f.path.strip_prefix(CONSENT_CONTENT).unwrap_or(f.path);
            let mut parts = rest.split('/');
            let (Some(purpose), Some(v)) = (parts.next(), parts.next()) else {
                continue;
            };
            let version = v.strip_prefix('v').and_then(|n| n.parse::<u32>().ok());
            if version.is_some_and(|n| embedded.purpose(purpose, n).is_some()) {
                errors.push(format!(
                    "consent/{purpose}/{v} is already published and cannot change: make a new version"
                ));
            }
        }
        let catalog = ConsentCatalog::from_files(&files);
        errors.extend(catalog.load_errors.iter().cloned());
        if errors.is_empty() {
            Ok(catalog)
        } else {
            errors.dedup();
            Err(errors)
        }
    }

    /// Problems met while loading; empty for the shipped files (a test makes sure).
    pub fn load_errors(&self) -> &[String] {
        &self.load_errors
    }

    /// The newest version of every purpose.
    pub fn purposes(&self) -> impl Iterator<Item = &Purpose> {
        let mut newest: BTreeMap<&str, &Purpose> = BTreeMap::new();
        for p in self.purposes.values() {
            newest.insert(&p.id, p);
        }
        newest.into_values()
    }

    /// The newest version of a purpose.
    pub fn current(&self, purpose: &str) -> Option<&Purpose> {
        self.purposes
            .range((purpose.to_owned(), 0)..=(purpose.to_owned(), u32::MAX))
            .next_back()
            .map(|(_, p)| p)
    }

    /// One published version of a purpose.
    pub fn purpose(&self, purpose: &str, version: u32) -> Option<&Purpose> {
        self.purposes.get(&(purpose.to_owned(), version))
    }

    /// The oldest version whose decisions still hold: the newest material version (or the
    /// first). Decisions on versions before it are superseded.
    pub fn valid_from(&self, purpose: &str) -> Option<u32> {
        let versions: Vec<&Purpose> = self
            .purposes
            .range((purpose.to_owned(), 0)..=(purpose.to_owned(), u32::MAX))
            .map(|(_, p)| p)
            .collect();
        let first = versions.first()?.version;
        Some(
            versions
                .iter()
                .rev()
                .find(|p| p.material)
                .map_or(first, |p| p.version),
        )
    }

    /// The notice of one version of a purpose in exactly this locale (its language
    /// folder) for this audience; no fallback.
    pub fn notice(
        &self,
        purpose: &str,
        version: u32,
        locale: &str,
        band: AgeBand,
    ) -> Option<&Notice> {
        self.notices
            .get(&(purpose.to_owned(), version, locale.to_owned(), band))
    }

    /// Every notice of every version.
    pub fn notices(&self) -> impl Iterator<Item = &Notice> {
        self.notices.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &'static str, source: &'static str) -> EmbeddedFile {
        EmbeddedFile { path, source }
    }

    const PURPOSE_V1: &str = "purpose = \"p\"\nversion = 1\nlegal_basis = \"consent\"\ndata_categories = []\nspecial_categories = []\nrecipients = []\nretention = \"r\"\nscope = \"none\"\nmaterial = false\n";
    const PURPOSE_V2: &str = "purpose = \"p\"\nversion = 2\nlegal_basis = \"consent\"\ndata_categories = []\nspecial_categories = []\nrecipients = []\nretention = \"r\"\nscope = \"none\"\nmaterial = true\n";

    fn notices(title: &str) -> &'static str {
        let mut out = String::new();
        for band in AgeBand::ALL {
            let a = audience_key(*band);
            out.push_str(&format!(
                "notice-title-{a} = {title}\nnotice-body-{a} =\n    Line one.\n    Line two.\nnotice-withdraw-{a} = Stop any time.\n"
            ));
        }
        Box::leak(out.into_boxed_str())
    }

    #[test]
    fn a_notice_is_its_parts_and_their_hash() {
        let c = ConsentCatalog::from_files(&[
            file("consent/p/v1/purpose.toml", PURPOSE_V1),
            file("consent/p/v1/en/notice.ftl", notices("Title")),
        ]);
        assert!(c.load_errors().is_empty(), "{:?}", c.load_errors());
        let n = c.notice("p", 1, "en", AgeBand::Band6To9).expect("notice");
        assert_eq!(n.text, "Title\n\nLine one.\nLine two.\n\nStop any time.");
        assert_eq!(
            n.sha256,
            notice_sha256("Title\n\nLine one.\nLine two.\n\nStop any time.")
        );
        assert_eq!(n.sha256.len(), 64);
        assert!(
            c.notice("p", 1, "es", AgeBand::Band6To9).is_none(),
            "no fallback"
        );
    }

    #[test]
    fn versions_and_supersession() {
        let c = ConsentCatalog::from_files(&[
            file("consent/p/v1/purpose.toml", PURPOSE_V1),
            file("consent/p/v1/en/notice.ftl", notices("Old")),
            file("consent/p/v2/purpose.toml", PURPOSE_V2),
            file("consent/p/v2/en/notice.ftl", notices("New")),
        ]);
        assert!(c.load_errors().is_empty(), "{:?}", c.load_errors());
        assert_eq!(c.current("p").map(|p| p.version), Some(2));
        assert_eq!(c.valid_from("p"), Some(2));
        let old = c.notice("p", 1, "en", AgeBand::Adult).expect("old");
        let new = c.notice("p", 2, "en", AgeBand::Adult).expect("new");
        assert_ne!(old.sha256, new.sha256);
        assert_eq!(c.valid_from("nothing"), None);
    }

    #[test]
    fn variables_missing_parts_and_mismatched_folders_are_errors() {
        let c = ConsentCatalog::from_files(&[
            file("consent/p/v1/purpose.toml", PURPOSE_V2),
            file(
                "consent/q/v1/en/notice.ftl",
                "notice-title-adult = Hi { $name }\n",
            ),
        ]);
        let errors = c.load_errors().join("\n");
        assert!(errors.contains("must match its folders"), "{errors}");
        assert!(errors.contains("without variables"), "{errors}");
        assert!(errors.contains("no `notice-body-adult`"), "{errors}");
        assert!(c.notices().next().is_none());
    }
}
