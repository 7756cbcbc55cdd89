//! Every message id in every locale, rendered with exactly the arguments its caller
//! passes (the context variables `gender` and `band` come from `Catalog::format` when a
//! caller does not know them). Any fallback to another language, or a Fluent error (a
//! translation selecting on a variable its caller does not pass), fails. A message whose
//! caller this test does not know fails too: a new kind of text needs its caller here.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail by panicking"
)]

use kinbridge_l10n::{Catalog, FluentArgs, LOCALES, LanguageIdentifier, context_args};
use kinbridge_protocol::{AgeBand, GrammaticalForm};

const BAND_WORDS: [&str; 3] = ["young", "child", "adult"];

fn forms() -> [Option<GrammaticalForm>; 4] {
    [
        None,
        Some(GrammaticalForm::Feminine),
        Some(GrammaticalForm::Masculine),
        Some(GrammaticalForm::Neutral),
    ]
}

/// The argument sets the server or SDK passes for `id`, or `None` for an id no caller
/// this test knows.
fn caller_args(id: &str) -> Option<Vec<FluentArgs<'static>>> {
    let none = || vec![FluentArgs::new()];
    // The access log (`cases::access_log::render`): name, role, band word, the reader's
    // form; `whose` only for a new phone.
    if id.starts_with("access-") && id != "access-someone" {
        let mut out = Vec::new();
        for band in BAND_WORDS {
            for form in forms() {
                let wholes: &[Option<&str>] = if id == "access-account-enrol" {
                    &[Some("you"), Some("child"), Some("other")]
                } else {
                    &[None]
                };
                for whose in wholes {
                    let mut a = FluentArgs::new();
                    a.set("name", "\u{2068}Amina Haddad\u{2069}");
                    a.set("role", "caseworker");
                    a.set("band", band);
                    a.set("gender", form.unwrap_or(GrammaticalForm::Neutral).as_str());
                    if let Some(w) = whose {
                        a.set("whose", *w);
                    }
                    out.push(a);
                }
            }
        }
        return Some(out);
    }
    // Errors (`http::error::ApiError::body`), and the SDK's own errors in the FFI
    // (`kinbridge_ffi::error::local_message`): the field, nothing else.
    if id.starts_with("error-") || id.starts_with("sdk-error-") {
        let mut a = FluentArgs::new();
        a.set("field", "locale");
        return Some(vec![a]);
    }
    // Consent receipts (`consent::receipt`): band word, title, date.
    if id.starts_with("consent-receipt-") {
        return Some(
            BAND_WORDS
                .iter()
                .map(|band| {
                    let mut a = FluentArgs::new();
                    a.set("band", *band);
                    a.set("title", "Sharing for tracing");
                    a.set("date", "2026-12-03");
                    a
                })
                .collect(),
        );
    }
    // Status texts and labels (`Catalog::render_status`, `format_for`): the reader's
    // band and form.
    if ["status-", "case-stage-", "notification-stage-"]
        .iter()
        .any(|p| id.starts_with(p))
    {
        let mut out = Vec::new();
        for band in AgeBand::ALL {
            for form in forms() {
                out.push(context_args(*band, form));
            }
        }
        return Some(out);
    }
    // Texts the SDK renders on the phone with no arguments: roles, complaint and alert
    // texts.
    if ["role-", "complaint-", "checkin-", "help-"]
        .iter()
        .any(|p| id.starts_with(p))
        || id == "access-someone"
    {
        return Some(none());
    }
    None
}

#[test]
fn every_message_renders_in_every_locale_with_its_callers_arguments() {
    let c = Catalog::embedded();
    let english: Vec<String> = c.message_ids("en").unwrap().keys().cloned().collect();
    let mut problems = Vec::new();
    let mut rendered = 0usize;
    for id in &english {
        let Some(sets) = caller_args(id) else {
            problems.push(format!("{id}: no caller known to this test"));
            continue;
        };
        for locale in LOCALES {
            let chain: Vec<LanguageIdentifier> = vec![locale.parse().unwrap()];
            for args in &sets {
                let t = c.format(&chain, id, Some(args));
                rendered += 1;
                if t.fell_back || t.locale != chain[0] {
                    problems.push(format!(
                        "{locale} {id} with {:?}: fell back to {}",
                        args.iter().map(|(k, _)| k).collect::<Vec<_>>(),
                        t.locale
                    ));
                    break;
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(rendered > 10_000, "rendered {rendered}");
}

/// The case the issue reported: Tigrinya errors select on `$gender`, which the error path
/// never knew; they must render in Tigrinya, not English.
#[test]
fn tigrinya_errors_render_in_tigrinya_without_a_form() {
    let c = Catalog::embedded();
    let chain: Vec<LanguageIdentifier> = vec!["ti".parse().unwrap()];
    for id in [
        "error-server-internal",
        "error-request-malformed-json",
        "error-auth-credential-missing",
    ] {
        let mut a = FluentArgs::new();
        a.set("field", "-");
        let t = c.format(&chain, id, Some(&a));
        assert_eq!(t.locale.to_string(), "ti", "{id}: {}", t.text);
        assert!(!t.fell_back, "{id}");
    }
}
