#![doc = include_str!("../README.md")]

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_langneg::{NegotiationStrategy, negotiate_languages, parse_accepted_languages};
use fluent_syntax::ast;
use unic_langid::CharacterDirection;

mod consent;
mod status;

pub use consent::{
    ConsentCatalog, LegalBasis, Notice, Purpose, PurposeScope, notice_audience, notice_sha256,
};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use kinbridge_protocol::AgeBand;
pub use status::{
    STATUS_CONTENT, STATUS_PARTS, StatusText, audience_key, band_word, context_args, status_id,
};
pub use unic_langid::LanguageIdentifier;

mod embedded {
    /// One file embedded from `locales/` or `content/`.
    #[derive(Debug, Clone, Copy)]
    pub struct EmbeddedFile {
        /// Path relative to its tree, with `/` separators (`en/errors.ftl`).
        pub path: &'static str,
        pub source: &'static str,
    }
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

pub use embedded::EmbeddedFile;

/// The source locale: every message exists here first, and every fallback chain ends here.
pub const SOURCE_LOCALE: &str = "en";

/// The locales Kinbridge ships, each with every message of the source locale.
pub const LOCALES: &[&str] = &["en", "es", "fr", "ar", "fa", "ps", "uk", "ti", "so", "ht"];

/// Variables the renderer passes to every content message, which a translation may use
/// even where English does not (`$gender` in languages that address a girl and a boy
/// differently; `$band` for wording by age).
pub const CONTEXT_VARIABLES: &[&str] = &["band", "gender"];

/// Whether a translation uses the same variables as the source, context variables aside.
pub fn same_variables(source: &BTreeSet<String>, translation: &BTreeSet<String>) -> bool {
    let strip = |s: &BTreeSet<String>| -> BTreeSet<String> {
        s.iter()
            .filter(|v| !CONTEXT_VARIABLES.contains(&v.as_str()))
            .cloned()
            .collect()
    };
    strip(source) == strip(translation)
}

/// The source locale as a language identifier.
pub fn source_langid() -> LanguageIdentifier {
    unic_langid::langid!("en")
}

/// The files under `content/` (long-form, versioned texts), embedded at compile time.
pub fn embedded_content() -> &'static [EmbeddedFile] {
    embedded::CONTENT
}

/// The files under `locales/`, embedded at compile time.
pub fn embedded_locales() -> &'static [EmbeddedFile] {
    embedded::LOCALES
}

/// A locale tag that did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError;

impl std::fmt::Display for LocaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a valid language tag")
    }
}

impl std::error::Error for LocaleError {}

/// A parsed BCP 47 language tag such as `ar`, `fa-AF` or `uk`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Locale(LanguageIdentifier);

impl Locale {
    /// Parses a language tag; refuses empty, overlong or malformed tags.
    pub fn parse(raw: &str) -> Result<Self, LocaleError> {
        let raw = raw.trim();
        if raw.is_empty() || raw.len() > 35 {
            return Err(LocaleError);
        }
        let id = LanguageIdentifier::from_str(raw).map_err(|_| LocaleError)?;
        if id.language.is_empty() {
            return Err(LocaleError);
        }
        Ok(Self(id))
    }

    pub fn langid(&self) -> &LanguageIdentifier {
        &self.0
    }

    /// The direction text in this locale is written in.
    pub fn direction(&self) -> Direction {
        direction_of(&self.0)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<LanguageIdentifier> for Locale {
    fn from(id: LanguageIdentifier) -> Self {
        Self(id)
    }
}

/// Text direction, for the client to lay text out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

fn direction_of(id: &LanguageIdentifier) -> Direction {
    match id.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// A formatted text, with the locale it actually came from (after fallback) and its
/// direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    pub locale: LanguageIdentifier,
    pub direction: Direction,
    /// True when the text came from a later locale in the chain than the first one.
    pub fell_back: bool,
}

type Bundle = FluentBundle<FluentResource>;

/// Every locale's messages, loaded once.
pub struct Catalog {
    source: LanguageIdentifier,
    available: Vec<LanguageIdentifier>,
    bundles: BTreeMap<String, Bundle>,
    /// Message ids per locale, with the variables each uses.
    ids: BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
    load_errors: Vec<String>,
    fallbacks: AtomicU64,
    content_versions: BTreeMap<String, String>,
}

/// Keeps, for each kind of content (`status`, …), only the files of its newest version
/// folder: `<kind>/v<N>/<locale>/<file>.ftl`. Published versions are never edited; a
/// change is a new folder, and older folders stay for the record.
fn newest_content(files: &[EmbeddedFile]) -> (Vec<EmbeddedFile>, BTreeMap<String, String>) {
    let version_of = |f: &EmbeddedFile| -> Option<(String, u32, String)> {
        // Consent notices are versioned per purpose and never fall back to another
        // language: they are read through `ConsentCatalog`, not this catalogue.
        if !f.path.ends_with(".ftl") || f.path.starts_with(consent::CONSENT_CONTENT) {
            return None;
        }
        let mut parts = f.path.split('/');
        let kind = parts.next()?.to_owned();
        let version = parts.next()?.to_owned();
        let n = version.strip_prefix('v')?.parse().ok()?;
        Some((kind, n, version))
    };
    let mut newest: BTreeMap<String, (u32, String)> = BTreeMap::new();
    for f in files {
        if let Some((kind, n, version)) = version_of(f) {
            let entry = newest.entry(kind).or_insert((n, version.clone()));
            if n > entry.0 {
                *entry = (n, version);
            }
        }
    }
    let kept = files
        .iter()
        .filter(|f| {
            version_of(f).is_some_and(|(kind, n, _)| newest.get(&kind).is_some_and(|e| e.0 == n))
        })
        .copied()
        .collect();
    (kept, newest.into_iter().map(|(k, (_, v))| (k, v)).collect())
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("available", &self.available)
            .field("load_errors", &self.load_errors.len())
            .finish()
    }
}

/// The text returned when a message exists in no locale at all. Tests make sure this never
/// happens for a shipped id; it exists so a caller never shows a raw message id.
const LAST_RESORT: &str = "…";

impl Catalog {
    /// The catalogue built from the files embedded at compile time: every locale file,
    /// and the newest version of each kind of content.
    pub fn embedded() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            let (content, versions) = newest_content(embedded::CONTENT);
            let mut files = embedded::LOCALES.to_vec();
            files.extend(content);
            let mut catalog = Catalog::from_files(&files);
            catalog.content_versions = versions;
            catalog
        })
    }

    /// The version of a kind of content in use, e.g. `status/v1`.
    pub fn content_version(&self, kind: &str) -> Option<String> {
        self.content_versions
            .get(kind)
            .map(|v| format!("{kind}/{v}"))
    }

    /// Builds a catalogue from `<locale>/<file>.ftl` files. Parse errors do not stop
    /// loading: the valid messages load and the errors are listed by [`Self::load_errors`].
    pub fn from_files(files: &[EmbeddedFile]) -> Catalog {
        let source = source_langid();
        let mut bundles: BTreeMap<String, Bundle> = BTreeMap::new();
        let mut ids: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
        let mut load_errors = Vec::new();
        for file in files {
            // The folder that holds the file names its locale: `en/errors.ftl`,
            // `status/v1/ar/status.ftl`.
            let Some(dir) = file.path.rsplit('/').nth(1) else {
                load_errors.push(format!("{}: not inside a locale folder", file.path));
                continue;
            };
            let Ok(langid) = LanguageIdentifier::from_str(dir) else {
                load_errors.push(format!("{}: `{dir}` is not a language tag", file.path));
                continue;
            };
            let key = langid.to_string();
            let resource = match FluentResource::try_new(file.source.to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        load_errors.push(format!("{}: {e:?}", file.path));
                    }
                    r
                }
            };
            let locale_ids = ids.entry(key.clone()).or_default();
            for entry in resource.entries() {
                match entry {
                    ast::Entry::Message(m) => {
                        let mut vars = BTreeSet::new();
                        if let Some(p) = &m.value {
                            pattern_variables(p, &mut vars);
                        }
                        for a in &m.attributes {
                            pattern_variables(&a.value, &mut vars);
                        }
                        locale_ids.insert(m.id.name.to_owned(), vars);
                    }
                    ast::Entry::Junk { content } => {
                        load_errors.push(format!("{}: junk `{}`", file.path, content.trim()));
                    }
                    _ => {}
                }
            }
            let bundle = bundles.entry(key).or_insert_with(|| {
                let mut b = FluentBundle::new_concurrent(vec![langid.clone()]);
                // Unicode isolation marks only where the text runs right to left; in
                // left-to-right texts they are noise in JSON and logs.
                b.set_use_isolating(direction_of(&langid) == Direction::Rtl);
                b
            });
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    load_errors.push(format!("{}: {e:?}", file.path));
                }
            }
        }
        let mut available: Vec<LanguageIdentifier> = bundles
            .keys()
            .filter_map(|k| LanguageIdentifier::from_str(k).ok())
            .collect();
        available.sort_by_key(|l| l.to_string());
        Catalog {
            source,
            available,
            bundles,
            ids,
            load_errors,
            fallbacks: AtomicU64::new(0),
            content_versions: BTreeMap::new(),
        }
    }

    /// The locales that have at least one file.
    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.available
    }

    /// Problems met while loading (parse errors, junk, duplicate ids). Empty for the
    /// shipped files; a test makes sure of it.
    pub fn load_errors(&self) -> &[String] {
        &self.load_errors
    }

    /// How many times a message was missing in the first locale of a chain and came from a
    /// later one, since the catalogue was built.
    pub fn fallback_count(&self) -> u64 {
        self.fallbacks.load(Ordering::Relaxed)
    }

    /// Message ids of a locale with the variables each uses.
    pub fn message_ids(&self, locale: &str) -> Option<&BTreeMap<String, BTreeSet<String>>> {
        self.ids.get(locale)
    }

    /// Checks that every locale has the message `id`, with the same variables as English;
    /// the first problem otherwise (for tests of the ids code asks for).
    pub fn check_everywhere(&self, id: &str) -> Result<(), String> {
        let en = self
            .message_ids(SOURCE_LOCALE)
            .and_then(|ids| ids.get(id))
            .ok_or_else(|| format!("no English message {id}"))?;
        for locale in &self.available {
            let vars = self
                .message_ids(&locale.to_string())
                .and_then(|ids| ids.get(id))
                .ok_or_else(|| format!("{locale} has no message {id}"))?;
            if !same_variables(en, vars) {
                return Err(format!("{locale} {id}: {vars:?} vs English {en:?}"));
            }
        }
        Ok(())
    }

    /// The fallback chain for what a person asked for, best first, always ending with the
    /// source locale: `fa-AF` → `[fa, en]`, `pt-BR` → `[en]`.
    pub fn negotiate(&self, requested: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
        let mut chain: Vec<LanguageIdentifier> = negotiate_languages(
            requested,
            &self.available,
            Some(&self.source),
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .cloned()
        .collect();
        if !chain.contains(&self.source) {
            chain.push(self.source.clone());
        }
        chain
    }

    /// The fallback chain for an `Accept-Language` header (or none).
    pub fn negotiate_header(&self, accept_language: Option<&str>) -> Vec<LanguageIdentifier> {
        let requested = accept_language
            .map(parse_accepted_languages)
            .unwrap_or_default();
        self.negotiate(&requested)
    }

    /// The chain for a reader: their stored preference first, then what their device asked
    /// for (`Accept-Language`), then English.
    pub fn chain_for(
        &self,
        preferred: Option<&str>,
        accept_language: Option<&str>,
    ) -> Vec<LanguageIdentifier> {
        let mut requested: Vec<LanguageIdentifier> = preferred
            .and_then(|p| Locale::parse(p).ok())
            .map(|l| vec![l.0])
            .unwrap_or_default();
        requested.extend(
            accept_language
                .map(parse_accepted_languages)
                .unwrap_or_default(),
        );
        self.negotiate(&requested)
    }

    /// The first language a reader asked for, if it is not served (they get a fallback).
    pub fn unserved_request(
        &self,
        preferred: Option<&str>,
        accept_language: Option<&str>,
    ) -> Option<String> {
        let first = preferred
            .and_then(|p| Locale::parse(p).ok())
            .map(|l| l.0)
            .or_else(|| {
                accept_language
                    .map(parse_accepted_languages)
                    .and_then(|v| v.into_iter().next())
            })?;
        (!self.serves(&first)).then(|| first.to_string())
    }

    /// Whether the first locale of what was asked for is served as asked. False means the
    /// caller gets a fallback (English for an unknown language), which a server tells the
    /// client in a header.
    pub fn serves(&self, requested: &LanguageIdentifier) -> bool {
        self.negotiate(std::slice::from_ref(requested))
            .first()
            .is_some_and(|first| first.language == requested.language)
    }

    /// Formats message `id` in the first locale of `chain` that has it. Never returns the
    /// raw id: a message missing everywhere gives a neutral placeholder.
    ///
    /// The context variables ([`CONTEXT_VARIABLES`]) a translation may select on are always
    /// there: a caller that does not know the reader's form of address or band gets the
    /// neutral form and the adult band, never a fallback to another language because a
    /// translation selects on them.
    pub fn format(
        &self,
        chain: &[LanguageIdentifier],
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Text {
        let args = with_context(args);
        self.format_exact(chain, id, Some(&args))
    }

    /// [`Catalog::format`] with exactly `args`: no context variables added.
    pub fn format_exact(
        &self,
        chain: &[LanguageIdentifier],
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Text {
        let mut tried_first = false;
        let iter = chain.iter().chain(std::iter::once(&self.source));
        for locale in iter {
            let Some(bundle) = self.bundles.get(&locale.to_string()) else {
                tried_first = true;
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                tried_first = true;
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                // A missing variable renders as `{$name}`: treat it as missing here too.
                tried_first = true;
                continue;
            }
            if tried_first {
                self.fallbacks.fetch_add(1, Ordering::Relaxed);
            }
            return Text {
                text,
                direction: direction_of(locale),
                locale: locale.clone(),
                fell_back: tried_first,
            };
        }
        self.fallbacks.fetch_add(1, Ordering::Relaxed);
        Text {
            text: LAST_RESORT.to_owned(),
            locale: self.source.clone(),
            direction: Direction::Ltr,
            fell_back: true,
        }
    }
}

/// `args` with the context variables a caller left out: `gender` neutral, `band` adult.
fn with_context(args: Option<&FluentArgs<'_>>) -> FluentArgs<'static> {
    let mut out = FluentArgs::new();
    let mut has = (false, false);
    for (k, v) in args.into_iter().flat_map(|a| a.iter()) {
        has.0 |= k == "gender";
        has.1 |= k == "band";
        out.set(k.to_owned(), v.into_owned());
    }
    if !has.0 {
        out.set("gender", "neutral");
    }
    if !has.1 {
        out.set("band", "adult");
    }
    out
}

/// A name (or other free text) set apart from the text around it, so a name in one
/// direction (Arabic script, say) cannot flip a line in the other: Unicode FIRST STRONG
/// ISOLATE … POP DIRECTIONAL ISOLATE.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for n in &arguments.named {
                inline_variables(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    fn files() -> Vec<EmbeddedFile> {
        vec![
            EmbeddedFile {
                path: "en/a.ftl",
                source: "hello = Hello { $name }\nonly-en = Only English\n",
            },
            EmbeddedFile {
                path: "fa/a.ftl",
                source: "hello = سلام { $name }\n",
            },
            EmbeddedFile {
                path: "es/a.ftl",
                source: "hello = Hola { $name }\nthis is junk\n",
            },
        ]
    }

    #[test]
    fn negotiates_with_fallback_to_english() {
        let c = Catalog::from_files(&files());
        assert_eq!(
            c.negotiate(&[langid!("fa-AF")]),
            vec![langid!("fa"), langid!("en")]
        );
        assert_eq!(c.negotiate(&[langid!("pt-BR")]), vec![langid!("en")]);
        assert_eq!(
            c.negotiate_header(Some("pt-BR, es;q=0.8")),
            vec![langid!("es"), langid!("en")]
        );
        assert_eq!(c.negotiate_header(None), vec![langid!("en")]);
        assert!(c.serves(&langid!("fa-AF")));
        assert!(!c.serves(&langid!("pt-BR")));
    }

    #[test]
    fn formats_falls_back_counts_and_never_returns_the_id() {
        let c = Catalog::from_files(&files());
        let mut args = FluentArgs::new();
        args.set("name", "Ana");
        let t = c.format(&c.negotiate(&[langid!("fa")]), "hello", Some(&args));
        assert_eq!(t.direction, Direction::Rtl);
        assert!(t.text.contains("سلام") && t.text.contains("Ana"));
        assert!(!t.fell_back);
        assert_eq!(c.fallback_count(), 0);

        let t = c.format(&c.negotiate(&[langid!("fa")]), "only-en", None);
        assert_eq!(t.text, "Only English");
        assert_eq!(t.direction, Direction::Ltr);
        assert!(t.fell_back);
        assert_eq!(c.fallback_count(), 1);

        let t = c.format(&[langid!("fa")], "no-such-id", None);
        assert_ne!(t.text, "no-such-id");
        assert_eq!(c.fallback_count(), 2);

        // A missing variable is not shown as `{$name}`.
        let t = c.format(&[langid!("fa")], "hello", None);
        assert!(!t.text.contains('$'), "{}", t.text);
    }

    #[test]
    fn junk_is_reported_and_variables_are_listed() {
        let c = Catalog::from_files(&files());
        assert!(c.load_errors().iter().any(|e| e.starts_with("es/a.ftl")));
        let en = c.message_ids("en").unwrap();
        assert_eq!(en["hello"], BTreeSet::from(["name".to_owned()]));
        assert!(en["only-en"].is_empty());
    }

    #[test]
    fn locale_parsing() {
        assert!(Locale::parse("fa-AF").is_ok());
        assert_eq!(Locale::parse("ar").unwrap().direction(), Direction::Rtl);
        assert_eq!(Locale::parse("ps").unwrap().direction(), Direction::Rtl);
        assert_eq!(Locale::parse("uk").unwrap().direction(), Direction::Ltr);
        assert!(Locale::parse("").is_err());
        assert!(Locale::parse("not a tag!").is_err());
        assert!(Locale::parse(&"a".repeat(40)).is_err());
    }

    #[test]
    fn shipped_files_load_cleanly() {
        let c = Catalog::embedded();
        assert!(c.load_errors().is_empty(), "{:?}", c.load_errors());
        assert!(c.available().contains(&langid!("en")));
    }
}
