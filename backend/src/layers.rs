//! The layering of the server, checked by reading its sources (see `docs/architecture.md`):
//!
//! 1. `platform` imports no capability and not the edge; `http` imports no capability
//!    (capabilities add their routes in the route table, `crate::api`).
//! 2. A capability imports only the capabilities it builds on ([`ALLOWED`], which has no
//!    cycle), and never another capability's `repo` (each declares `mod repo;` privately,
//!    so the compiler enforces it too).
//! 3. Every table has exactly one owner ([`OWNERS`]) and only the owner's repository writes
//!    it: every `insert_into`, `update`, `delete` and SQL write is in a `repo.rs`, and
//!    names a table of that repository's owner.
//!
//! The checks are plain functions over (path, source) pairs, so the tests below also show
//! that each one fails on a source that breaks its rule.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The capabilities, each a folder of `src/`.
const CAPABILITIES: &[&str] = &[
    "accounts",
    "alerts",
    "cases",
    "complaints",
    "consent",
    "devices",
    "keys",
    "messages",
    "retention",
    "sealed",
];

/// What each capability may import, besides `platform`, `http` and itself.
const ALLOWED: &[(&str, &[&str])] = &[
    ("accounts", &[]),
    ("sealed", &["accounts"]),
    ("keys", &["accounts"]),
    ("consent", &["accounts"]),
    ("cases", &["accounts", "complaints", "consent", "sealed"]),
    ("complaints", &["accounts", "keys"]),
    ("alerts", &["accounts", "complaints"]),
    ("messages", &["sealed"]),
    ("devices", &["accounts", "messages", "sealed"]),
    (
        "retention",
        &[
            "accounts",
            "alerts",
            "cases",
            "complaints",
            "consent",
            "messages",
            "sealed",
        ],
    ),
];

/// Who owns each table: the folder whose `repo.rs` alone writes it.
const OWNERS: &[(&str, &[&str])] = &[
    (
        "accounts",
        &[
            "accounts",
            "devices",
            "enrolment_codes",
            "staff_supervision",
        ],
    ),
    (
        "cases",
        &[
            "cases",
            "stage_corrections",
            "case_stage_changes",
            "case_members",
            "case_links",
            "contact_rules",
        ],
    ),
    (
        "platform/audit",
        &["audit_events", "audit_head", "audit_checkpoints"],
    ),
    (
        "consent",
        &[
            "consent_ages",
            "consent_events",
            "consent_overrides",
            "child_views",
        ],
    ),
    (
        "complaints",
        &[
            "complaints",
            "complaint_entries",
            "complaint_keys",
            "complaint_about",
            "complaint_identity_requests",
            "complaint_custodians",
            "complaint_on_call",
        ],
    ),
    (
        "alerts",
        &[
            "checkins",
            "checkin_rhythms",
            "case_risk",
            "alert_roster",
            "alerts",
        ],
    ),
    ("keys", &["one_time_prekeys", "kyber_prekeys"]),
    ("messages", &["envelopes", "sent_messages"]),
];

type Sources = BTreeMap<String, String>;

fn read_sources(dir: &Path, root: &Path, out: &mut Sources) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_sources(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel, std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The source without comments (doc comments name modules freely).
fn code(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level module a file belongs to (`platform`, `cases`, …, or `crate` for the
/// files at the root of `src/`).
fn module_of(path: &str) -> &str {
    path.split_once('/').map_or("crate", |(m, _)| m)
}

/// Every top-level module named after `crate::` in the code, including grouped imports
/// (`use crate::{accounts, cases};`).
fn crate_refs(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0usize;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.insert(first_segment(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            out.insert(first_segment(&item));
        } else {
            out.insert(first_segment(rest));
        }
    }
    out.remove("");
    out
}

fn first_segment(path: &str) -> String {
    path.trim()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The macros `platform/db` exports (at the crate root, where `#[macro_export]` puts them).
const PLATFORM_MACROS: &[&str] = &["insert_batch", "storage_errors"];

/// Rule 1 and 2: the imports between modules. Returns the capability graph found.
fn check_imports(sources: &Sources) -> Result<BTreeMap<String, BTreeSet<String>>, Vec<String>> {
    let mut errors = Vec::new();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    for (path, source) in sources {
        let module = module_of(path);
        let code = code(source);
        let refs = crate_refs(&code);
        let capabilities: Vec<&String> = refs
            .iter()
            .filter(|r| CAPABILITIES.contains(&r.as_str()) && r.as_str() != module)
            .collect();
        match module {
            "platform" => {
                // The platform's own `#[macro_export]` macros live at the crate root.
                let own =
                    |r: &&String| r.as_str() == "platform" || PLATFORM_MACROS.contains(&r.as_str());
                for r in refs.iter().filter(|r| !own(r)) {
                    errors.push(format!("{path}: platform imports crate::{r}"));
                }
            }
            "http" => {
                for r in capabilities {
                    errors.push(format!("{path}: the edge imports the capability {r}"));
                }
            }
            m if CAPABILITIES.contains(&m) => {
                for r in capabilities {
                    graph.entry(m.to_owned()).or_default().insert(r.clone());
                    if !allowed.get(m).is_some_and(|ok| ok.contains(&r.as_str())) {
                        errors.push(format!("{path}: {m} may not import {r}"));
                    }
                }
                for other in CAPABILITIES.iter().filter(|c| **c != m) {
                    if code.contains(&format!("{other}::repo")) {
                        errors.push(format!("{path}: {m} uses the repository of {other}"));
                    }
                }
                if *path == format!("{m}/mod.rs") && code.contains("pub mod repo") {
                    errors.push(format!(
                        "{path}: the repository must be private (`mod repo;`)"
                    ));
                }
            }
            _ => {}
        }
    }
    if errors.is_empty() {
        Ok(graph)
    } else {
        Err(errors)
    }
}

/// Whether a dependency list has a cycle.
fn has_cycle(edges: &[(&str, &[&str])]) -> bool {
    fn visit<'a>(
        node: &'a str,
        edges: &BTreeMap<&'a str, &'a [&'a str]>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> bool {
        if path.contains(&node) {
            return true;
        }
        if !done.insert(node) {
            return false;
        }
        path.push(node);
        let cyclic = edges
            .get(node)
            .into_iter()
            .flat_map(|next| next.iter())
            .any(|next| visit(next, edges, path, done));
        path.pop();
        cyclic
    }
    let map: BTreeMap<&str, &[&str]> = edges.iter().copied().collect();
    let mut done = BTreeSet::new();
    edges
        .iter()
        .any(|(node, _)| visit(node, &map, &mut Vec::new(), &mut done))
}

/// The statements that write, with the table each writes when it can be read off.
fn writes(code: &str) -> Vec<(usize, Option<String>)> {
    const KEYWORDS: &[(&str, bool)] = &[
        ("insert_into(", false),
        ("diesel::update(", false),
        ("diesel::delete(", false),
        ("DELETE FROM ", true),
        ("INSERT INTO ", true),
        ("UPDATE ", true),
    ];
    let mut out = Vec::new();
    for &(keyword, sql) in KEYWORDS {
        let mut from = 0;
        while let Some(i) = code[from..].find(keyword) {
            let at = from + i;
            let after = &code[at + keyword.len()..];
            let statement = &after[..after.find(';').unwrap_or(after.len())];
            let table = if sql {
                Some(first_segment(after))
            } else {
                statement.find("::table").map(|end| {
                    let head = &statement[..end];
                    let start = head
                        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .map_or(0, |s| s + 1);
                    head[start..].to_owned()
                })
            };
            out.push((code[..at].lines().count(), table));
            from = at + keyword.len();
        }
    }
    out
}

/// Rule 3: table ownership.
fn check_writes(sources: &Sources, tables: &[&str]) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let owners: BTreeMap<&str, &str> = OWNERS
        .iter()
        .flat_map(|(owner, tables)| tables.iter().map(move |t| (*t, *owner)))
        .collect();
    for table in tables {
        if !owners.contains_key(table) {
            errors.push(format!("the table {table} has no owner"));
        }
    }
    for (path, source) in sources {
        // The storage plumbing (the batch-insert macro) writes whatever its caller names.
        if path.starts_with("platform/db/") {
            continue;
        }
        let found = writes(&code(source));
        if found.is_empty() {
            continue;
        }
        let owner = path.strip_suffix("/repo.rs");
        for (line, table) in found {
            match (owner, table) {
                (None, _) => errors.push(format!("{path}:{line}: a write outside a repository")),
                (Some(owner), Some(table)) if owners.contains_key(table.as_str()) => {
                    if owners.get(table.as_str()) != Some(&owner) {
                        errors.push(format!(
                            "{path}:{line}: writes {table}, owned by {}",
                            owners[table.as_str()]
                        ));
                    }
                }
                // A write through a helper (`delete(dead_codes(..))`) or a word that is
                // not a table: the repository is its owner's anyway.
                (Some(_), _) => {}
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn real_sources() -> Sources {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = Sources::new();
    read_sources(&root, &root, &mut sources);
    // This file quotes the patterns it looks for.
    sources.remove("layers.rs");
    sources
}

#[test]
fn the_server_keeps_its_layers() {
    let sources = real_sources();
    assert!(sources.len() > 30, "read {} files", sources.len());
    let graph = match check_imports(&sources) {
        Ok(g) => g,
        Err(errors) => panic!("layering broken:\n{}", errors.join("\n")),
    };
    // The allowed list is exactly what the code uses: no stale permission.
    for &(capability, allowed) in ALLOWED {
        let used: BTreeSet<&str> = graph
            .get(capability)
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let allowed: BTreeSet<&str> = allowed.iter().copied().collect();
        assert_eq!(used, allowed, "{capability}: imports vs the allowed list");
    }
    assert!(!has_cycle(ALLOWED), "the capability graph has a cycle");
}

/// A complaint never needs anyone's consent (GDPR recital 38): the complaints capability
/// cannot even ask, since the check above holds its code to this list.
#[test]
fn complaints_cannot_ask_for_consent() {
    let allowed = ALLOWED
        .iter()
        .find(|(c, _)| *c == "complaints")
        .map(|(_, a)| *a)
        .unwrap_or_default();
    assert!(!allowed.contains(&"consent"), "{allowed:?}");
    assert!(check_imports(&one("complaints/mod.rs", "use crate::consent::require;")).is_err());
}

#[test]
fn every_table_has_one_owner_and_only_it_writes() {
    if let Err(errors) = check_writes(&real_sources(), crate::platform::db::TABLES) {
        panic!("table ownership broken:\n{}", errors.join("\n"));
    }
}

fn one(path: &str, source: &str) -> Sources {
    let mut s = real_sources();
    s.insert(path.to_owned(), source.to_owned());
    s
}

#[test]
fn each_rule_fails_on_a_source_that_breaks_it() {
    let cases = [
        ("platform/reach.rs", "use crate::cases::policy;"),
        ("platform/notify.rs", "use crate::{platform::db, messages};"),
        ("http/edge.rs", "use crate::accounts::Account;"),
        ("accounts/policy.rs", "use crate::cases;"),
        ("keys/mod.rs", "let x = crate::messages::Writer::start;"),
        ("retention/mod.rs", "use crate::cases::repo::Footprint;"),
        ("sealed/mod.rs", "pub mod repo;"),
    ];
    for (path, source) in cases {
        assert!(
            check_imports(&one(path, source)).is_err(),
            "{path}: `{source}` was not caught"
        );
    }
    // A comment may name anything.
    let alone = |path: &str, source: &str| Sources::from([(path.to_owned(), source.to_owned())]);
    assert!(check_imports(&alone("platform/x.rs", "// see crate::cases")).is_ok());
    assert!(
        check_imports(&alone(
            "cases/x.rs",
            "use crate::{accounts, sealed::Certificates};"
        ))
        .is_ok()
    );
    let writes = [
        (
            "messages/mod.rs",
            "diesel::delete(envelopes::table).execute(c);",
        ),
        (
            "messages/repo.rs",
            "diesel::update(accounts::table.find(id)).set(x);",
        ),
        (
            "keys/repo.rs",
            "sql_query(\"DELETE FROM envelopes WHERE x\");",
        ),
    ];
    for (path, source) in writes {
        assert!(
            check_writes(&one(path, source), &[]).is_err(),
            "{path}: `{source}` was not caught"
        );
    }
    assert!(check_writes(&real_sources(), &["a_table_nobody_owns"]).is_err());
    assert!(has_cycle(&[("a", &["b"]), ("b", &["c"]), ("c", &["a"])]));
    assert!(!has_cycle(&[("a", &["b"]), ("b", &[]), ("c", &["a", "b"])]));
}
