//! Kinbridge is AGPL-3.0-only (libsignal is, and links into server and SDK). Every
//! dependency must carry a licence compatible with that. This reads the resolved
//! dependency graph from `cargo metadata` and checks each package's SPDX expression.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail by panicking"
)]

use std::process::Command;

/// Licences that may be combined into an AGPL-3.0-only work.
const COMPATIBLE: &[&str] = &[
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSL-1.0",
    "CC0-1.0",
    "CDLA-Permissive-2.0",
    "ISC",
    "LGPL-2.1-or-later",
    "MIT",
    "MIT-0",
    "MPL-2.0",
    "PostgreSQL",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "Unlicense",
    "Zlib",
    "0BSD",
];

/// Whether an SPDX expression (`A OR B`, `A AND B`, parentheses, `X WITH exception`, and
/// the old `A/B` for OR) allows use under the licences above.
fn allowed(expr: &str) -> bool {
    let spaced = expr
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('/', " OR ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut pos = 0;
    let ok = or_expr(&tokens, &mut pos);
    ok && pos == tokens.len()
}

fn or_expr(t: &[&str], pos: &mut usize) -> bool {
    let mut any = and_expr(t, pos);
    while t.get(*pos) == Some(&"OR") {
        *pos += 1;
        any |= and_expr(t, pos);
    }
    any
}

fn and_expr(t: &[&str], pos: &mut usize) -> bool {
    let mut all = atom(t, pos);
    while t.get(*pos) == Some(&"AND") {
        *pos += 1;
        all &= atom(t, pos);
    }
    all
}

fn atom(t: &[&str], pos: &mut usize) -> bool {
    match t.get(*pos) {
        Some(&"(") => {
            *pos += 1;
            let v = or_expr(t, pos);
            if t.get(*pos) == Some(&")") {
                *pos += 1;
                v
            } else {
                false
            }
        }
        Some(id) => {
            *pos += 1;
            if t.get(*pos) == Some(&"WITH") {
                // An exception only ever adds permissions.
                *pos += 2;
            }
            COMPATIBLE.contains(id)
        }
        None => false,
    }
}

#[test]
fn the_expression_reader_is_right() {
    assert!(allowed("MIT OR Apache-2.0"));
    assert!(allowed("Apache-2.0 OR GPL-2.0-only"));
    assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(allowed("Apache-2.0 WITH LLVM-exception OR MIT"));
    assert!(allowed("MIT/Apache-2.0"));
    assert!(!allowed("GPL-2.0-only"));
    assert!(!allowed("MIT AND GPL-2.0-only"));
    assert!(!allowed("SSPL-1.0"));
    assert!(!allowed("(MIT"));
    assert!(!allowed(""));
}

#[test]
fn every_dependency_has_a_licence_compatible_with_agpl_3_0_only() {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let packages = meta["packages"].as_array().unwrap();
    assert!(packages.len() > 100, "the whole graph is checked");
    let mut refused = Vec::new();
    for p in packages {
        let name = p["name"].as_str().unwrap();
        let version = p["version"].as_str().unwrap();
        let licence = p["license"].as_str().unwrap_or("");
        let ours = p["source"].is_null();
        let ok = if ours {
            licence == "AGPL-3.0-only"
        } else {
            allowed(licence)
        };
        if !ok {
            refused.push(format!("{name} {version}: {licence:?}"));
        }
    }
    assert!(refused.is_empty(), "licences to review: {refused:#?}");
}
