//! The shipped consent catalogue: every purpose the consent records need, every notice in
//! every locale for every audience, nothing that varies by reader.

use std::collections::BTreeSet;

use kinbridge_l10n::{AgeBand, ConsentCatalog, LOCALES, notice_sha256};

const PURPOSES: &[&str] = &[
    "share-tracing",
    "contact-relative",
    "photo-tracing",
    "share-health",
    "reunification-plan",
    "keep-longer",
];

#[test]
fn the_catalogue_loads_without_errors() {
    let c = ConsentCatalog::embedded();
    assert!(c.load_errors().is_empty(), "{:#?}", c.load_errors());
    let ids: BTreeSet<&str> = c.purposes().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, PURPOSES.iter().copied().collect());
}

#[test]
fn every_notice_exists_in_every_locale_and_audience() {
    let c = ConsentCatalog::embedded();
    let mut missing = Vec::new();
    for p in c.purposes() {
        for locale in LOCALES {
            for &band in AgeBand::ALL {
                match c.notice(&p.id, p.version, locale, band) {
                    Some(n) => {
                        assert_eq!(n.sha256, notice_sha256(&n.text));
                        assert!(!n.text.contains('{') && !n.text.contains('}'), "{n:?}");
                        for part in [&n.title, &n.body, &n.withdraw] {
                            assert!(!part.trim().is_empty(), "{n:?}");
                        }
                    }
                    None => missing.push(format!("{} v{} {locale} {band}", p.id, p.version)),
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing notices: {missing:#?}");
}

#[test]
fn the_contact_purpose_names_a_relative_and_all_rely_on_consent() {
    let c = ConsentCatalog::embedded();
    let contact = c.current("contact-relative").expect("contact-relative");
    assert_eq!(contact.scope, kinbridge_l10n::PurposeScope::Relative);
    for p in c.purposes() {
        assert_eq!(
            p.legal_basis,
            kinbridge_l10n::LegalBasis::Consent,
            "{}",
            p.id
        );
        assert!(c.valid_from(&p.id).is_some());
    }
}
