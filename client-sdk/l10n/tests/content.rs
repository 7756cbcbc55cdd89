//! Completeness and rendering of every shipped locale and content text.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail by panicking"
)]

use std::path::Path;

use kinbridge_l10n::{
    Catalog, Direction, LOCALES, LanguageIdentifier, STATUS_PARTS, same_variables, status_id,
};
use kinbridge_protocol::{AgeBand, CaseStage, GrammaticalForm};

fn langid(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

#[test]
fn every_file_parses_without_errors_or_junk() {
    let c = Catalog::embedded();
    assert!(c.load_errors().is_empty(), "{:#?}", c.load_errors());
    for l in LOCALES {
        assert!(c.available().contains(&langid(l)), "{l} is not loaded");
    }
}

#[test]
fn every_english_message_is_in_every_locale_with_the_same_variables() {
    let c = Catalog::embedded();
    let en = c.message_ids("en").unwrap();
    assert!(en.len() > 300, "{}", en.len());
    for l in LOCALES {
        let ids = c.message_ids(l).unwrap();
        for (id, vars) in en {
            let theirs = ids.get(id).unwrap_or_else(|| panic!("{l} lacks {id}"));
            assert!(
                same_variables(vars, theirs),
                "{l} {id}: {theirs:?} vs English {vars:?}"
            );
        }
        for id in ids.keys() {
            assert!(en.contains_key(id), "{l} has {id}, which English does not");
        }
    }
}

#[test]
fn every_stage_and_audience_has_its_five_parts() {
    let en = Catalog::embedded().message_ids("en").unwrap();
    for &stage in CaseStage::ALL {
        for &band in AgeBand::ALL {
            for part in STATUS_PARTS {
                let id = status_id(stage, band, part);
                assert!(en.contains_key(&id), "missing {id}");
            }
        }
    }
}

#[test]
fn every_locale_has_an_honest_status_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for l in LOCALES {
        let text = std::fs::read_to_string(root.join(l).join("STATUS.md"))
            .unwrap_or_else(|_| panic!("locales/{l}/STATUS.md is missing"));
        assert!(
            text.to_lowercase().contains("review"),
            "{l}: say whether it was reviewed"
        );
    }
}

/// Every stage × band × locale × form renders: no empty part, no raw id, no unresolved
/// variable, no fallback to another language, and the right direction.
#[test]
fn every_status_renders_in_every_locale_band_and_form() {
    let c = Catalog::embedded();
    let before = c.fallback_count();
    let mut rendered = 0;
    for l in LOCALES {
        let chain = c.negotiate(&[langid(l)]);
        assert_eq!(chain[0], langid(l));
        let rtl = matches!(*l, "ar" | "fa" | "ps");
        for &stage in CaseStage::ALL {
            for &band in AgeBand::ALL {
                for form in [
                    None,
                    Some(GrammaticalForm::Feminine),
                    Some(GrammaticalForm::Masculine),
                ] {
                    let t = c.render_status(stage, band, form, &chain);
                    assert!(!t.fell_back, "{l} {stage} {band} fell back");
                    assert_eq!(t.locale, langid(l));
                    assert_eq!(t.direction == Direction::Rtl, rtl, "{l}");
                    let mut parts = vec![
                        &t.title,
                        &t.meaning,
                        &t.next,
                        &t.can_do,
                        &t.ask,
                        &t.contact,
                        &t.complaint,
                    ];
                    if let Some(r) = &t.reassurance {
                        parts.push(r);
                    }
                    for p in parts {
                        assert!(!p.trim().is_empty(), "{l} {stage} {band}: empty part");
                        assert!(!p.contains("status-"), "{l} {stage} {band}: raw id {p}");
                        assert!(
                            !p.contains('$') && !p.contains('{'),
                            "{l} {stage} {band}: {p}"
                        );
                        assert_ne!(p, "…", "{l} {stage} {band}: missing text");
                    }
                    rendered += 1;
                }
            }
        }
    }
    assert_eq!(
        rendered,
        LOCALES.len() * CaseStage::ALL.len() * AgeBand::ALL.len() * 3
    );
    assert_eq!(
        c.fallback_count(),
        before,
        "no text fell back to another locale"
    );
}

#[test]
fn where_a_language_marks_gender_the_form_changes_the_words() {
    let c = Catalog::embedded();
    let chain = c.negotiate(&[langid("ar")]);
    let differs = CaseStage::ALL.iter().any(|&stage| {
        let f = c.render_status(
            stage,
            AgeBand::Band10To12,
            Some(GrammaticalForm::Feminine),
            &chain,
        );
        let m = c.render_status(
            stage,
            AgeBand::Band10To12,
            Some(GrammaticalForm::Masculine),
            &chain,
        );
        f != m
    });
    assert!(
        differs,
        "Arabic addresses a girl and a boy differently somewhere"
    );
    // English does not: the form never changes English words.
    let en = c.negotiate(&[langid("en")]);
    let f = c.render_status(
        CaseStage::Tracing,
        AgeBand::Band6To9,
        Some(GrammaticalForm::Feminine),
        &en,
    );
    let n = c.render_status(CaseStage::Tracing, AgeBand::Band6To9, None, &en);
    assert_eq!(f, n);
}

#[test]
fn negotiation_and_fallback() {
    let c = Catalog::embedded();
    assert_eq!(c.negotiate(&[langid("fa-AF")])[0], langid("fa"));
    assert_eq!(c.negotiate(&[langid("pt-BR")]), vec![langid("en")]);
    assert_eq!(c.chain_for(Some("ps"), Some("en"))[0], langid("ps"));
    assert_eq!(c.chain_for(None, Some("uk-UA, ru;q=0.5"))[0], langid("uk"));
    assert_eq!(
        c.unserved_request(None, Some("pt-BR")),
        Some("pt-BR".to_owned())
    );
    assert_eq!(c.unserved_request(Some("so"), Some("pt-BR")), None);
    // An unknown language gets English.
    let t = c.render_status(
        CaseStage::Tracing,
        AgeBand::Band6To9,
        None,
        &c.chain_for(None, Some("xx")),
    );
    assert_eq!(t.locale, langid("en"));
    assert_eq!(t.title, "Looking for your family");
}

#[test]
fn young_children_get_the_shortest_words() {
    // A rough guard on the content rule "short, concrete": the 6–9 texts are shorter,
    // part by part, than the adult ones, on average over all stages.
    let c = Catalog::embedded();
    let en = c.negotiate(&[langid("en")]);
    let words = |band| -> usize {
        CaseStage::ALL
            .iter()
            .map(|&s| {
                let t = c.render_status(s, band, None, &en);
                [t.meaning, t.next, t.can_do]
                    .iter()
                    .map(|p| p.split_whitespace().count())
                    .sum::<usize>()
            })
            .sum()
    };
    assert!(words(AgeBand::Band6To9) < words(AgeBand::Band16To17));
    for &stage in CaseStage::ALL {
        let t = c.render_status(stage, AgeBand::Band6To9, None, &en);
        for p in [&t.meaning, &t.next, &t.can_do, &t.ask] {
            for sentence in p.split(['.', '!', '?']).filter(|s| !s.trim().is_empty()) {
                let n = sentence.split_whitespace().count();
                assert!(n <= 16, "{stage}: a 6–9 sentence of {n} words: {sentence}");
            }
        }
    }
}
