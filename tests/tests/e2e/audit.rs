//! The audit chain catches every kind of tampering, on both backends; children and
//! guardians see exactly the staff accesses to their case.

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AccountRole, AgeBand, AuditBreak, CaseStage, ErrorCode, Relationship};
use kinbridge_sdk::Client;
use kinbridge_tests::TestServer;

/// A server with a few dozen events, a signed checkpoint in the middle and more events
/// after it; returns the server, a supervisor and the head sequence number.
async fn busy_server() -> (TestServer, Client, i64) {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band13To15,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    child.case(case).await.unwrap();
    server.maintenance().await; // signs a checkpoint
    cw.change_stage(case, CaseStage::Tracing).await.unwrap();
    cw.case_members(case).await.unwrap();
    child.my_cases().await.unwrap();
    let supervisor = server.supervisor().await;
    let report = supervisor.verify_audit().await.unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.checkpoints, 1);
    assert!(report.events >= 12, "{report:?}");
    (server, supervisor, report.head_seq)
}

async fn broken(supervisor: &Client) -> (i64, AuditBreak) {
    let r = supervisor.verify_audit().await.unwrap();
    assert!(!r.ok, "tampering went unnoticed: {r:?}");
    (r.broken_at.unwrap(), r.reason.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_event_is_caught() {
    let (server, sup, _) = busy_server().await;
    server.tamper("UPDATE audit_events SET action = 'case.view' WHERE seq = 5");
    assert_eq!(broken(&sup).await, (5, AuditBreak::EditedEvent));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_event_with_a_recomputed_hash_breaks_the_next_link() {
    let (server, sup, _) = busy_server().await;
    // Someone who knows the hashing rule edits event 6 and recomputes its hash.
    let row = server.query_texts(
        "SELECT actor_kind || '|' || action || '|' || COALESCE(detail, '') AS s FROM audit_events WHERE seq = 6",
    );
    let parts: Vec<&str> = row[0].split('|').collect();
    let (digest, prev, time) = {
        let hex = |sql: &str| server.query_texts(sql)[0].clone();
        let (d, p) = match server.backend() {
            kinbridge_server::platform::db::Backend::Sqlite => (
                hex("SELECT hex(refs_digest) AS s FROM audit_events WHERE seq = 6"),
                hex("SELECT hex(prev_hash) AS s FROM audit_events WHERE seq = 6"),
            ),
            kinbridge_server::platform::db::Backend::Postgres => (
                hex("SELECT encode(refs_digest, 'hex') AS s FROM audit_events WHERE seq = 6"),
                hex("SELECT encode(prev_hash, 'hex') AS s FROM audit_events WHERE seq = 6"),
            ),
        };
        let t = match server.backend() {
            kinbridge_server::platform::db::Backend::Sqlite => {
                hex("SELECT CAST(occurred_at AS TEXT) AS s FROM audit_events WHERE seq = 6")
            }
            kinbridge_server::platform::db::Backend::Postgres => hex(
                "SELECT to_char(occurred_at, 'YYYY-MM-DD HH24:MI:SS.US') AS s FROM audit_events WHERE seq = 6",
            ),
        };
        (d, p, t)
    };
    let unhex = |h: &str| {
        (0..h.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
            .collect::<Vec<u8>>()
    };
    let time = chrono::NaiveDateTime::parse_from_str(&time, "%Y-%m-%d %H:%M:%S%.f").unwrap();
    let forged = kinbridge_server::platform::audit::event_hash(
        6,
        time,
        parts[0],
        parts[1],
        Some("forged"),
        &unhex(&digest),
        &unhex(&prev),
    );
    let forged_hex: String = forged.iter().map(|b| format!("{b:02x}")).collect();
    let set_hash = match server.backend() {
        kinbridge_server::platform::db::Backend::Sqlite => format!("X'{forged_hex}'"),
        kinbridge_server::platform::db::Backend::Postgres => format!("'\\x{forged_hex}'::bytea"),
    };
    server.tamper(&format!(
        "UPDATE audit_events SET detail = 'forged', hash = {set_hash} WHERE seq = 6"
    ));
    assert_eq!(broken(&sup).await, (7, AuditBreak::BrokenLink));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edited_ids_are_caught() {
    let (server, sup, _) = busy_server().await;
    server.tamper(&format!(
        "UPDATE audit_events SET actor_account = '{}' WHERE seq = 8",
        uuid::Uuid::new_v4()
    ));
    assert_eq!(broken(&sup).await, (8, AuditBreak::EditedRefs));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_event_is_caught() {
    let (server, sup, _) = busy_server().await;
    server.tamper("DELETE FROM audit_events WHERE seq = 4");
    assert_eq!(broken(&sup).await, (4, AuditBreak::MissingEvent));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_the_newest_events_is_caught() {
    let (server, sup, head) = busy_server().await;
    server.tamper(&format!(
        "DELETE FROM audit_events WHERE seq >= {}",
        head - 1
    ));
    assert_eq!(broken(&sup).await, (head - 1, AuditBreak::Truncated));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn swapped_events_are_caught() {
    let (server, sup, _) = busy_server().await;
    server.tamper(
        "UPDATE audit_events SET seq = -1 WHERE seq = 9; \
         UPDATE audit_events SET seq = 9 WHERE seq = 10; \
         UPDATE audit_events SET seq = 10 WHERE seq = -1;",
    );
    assert_eq!(broken(&sup).await, (9, AuditBreak::BrokenLink));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_checkpoint_is_caught() {
    let (server, sup, _) = busy_server().await;
    server.tamper("UPDATE audit_checkpoints SET seq = seq + 1");
    let (_, reason) = broken(&sup).await;
    assert!(
        matches!(
            reason,
            AuditBreak::CheckpointMismatch | AuditBreak::BadCheckpointSignature
        ),
        "{reason:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_supervisors_verify() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    for who in [&admin, &cw] {
        let err = who.verify_audit().await.unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_access_log_shows_exactly_the_staff_accesses() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let other_case = cw.create_case().await.unwrap().case_id;
    let child_code = cw
        .invite(
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band10To12,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let guardian_code = cw
        .invite(
            case,
            InviteRequest::Guardian {
                display_name: "Guardian Samir".into(),
                locale: None,
            },
        )
        .await
        .unwrap();
    let family_code = cw
        .invite(
            case,
            InviteRequest::Family {
                relationship: Relationship::Mother,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let child = server.enrol(&child_code.code).await;
    let guardian = server.enrol(&guardian_code.code).await;
    let family = server.enrol(&family_code.code).await;
    // Members' own activity is not staff access.
    child.case(case).await.unwrap();
    family.case(case).await.unwrap();
    // Staff activity on this case.
    guardian.case_members(case).await.unwrap();
    cw.change_stage(case, CaseStage::Tracing).await.unwrap();
    // Staff activity elsewhere does not show.
    cw.case(other_case).await.unwrap();
    admin.my_cases().await.unwrap();

    let log = child.access_log(case).await.unwrap();
    let seen: Vec<(Option<AccountRole>, Option<&str>, &str)> = log
        .entries
        .iter()
        .map(|e| (e.actor_role, e.actor_name.as_deref(), e.action.as_str()))
        .collect();
    let cw_name = Some("Caseworker Ana");
    let cwr = Some(AccountRole::Caseworker);
    assert_eq!(
        seen,
        vec![
            (cwr, cw_name, "case.create"),
            (cwr, cw_name, "case.invite"),
            (cwr, cw_name, "case.invite"),
            (cwr, cw_name, "case.invite"),
            // Every phone added to an account in the case, with who issued its code.
            (cwr, cw_name, "account.enrol"),
            (cwr, cw_name, "account.enrol"),
            (cwr, cw_name, "account.enrol"),
            (
                Some(AccountRole::Guardian),
                Some("Guardian Samir"),
                "case.members.view"
            ),
            (cwr, cw_name, "case.stage.change"),
        ]
    );
    assert_eq!(log.locale, "en");
    assert_eq!(log.direction, "ltr");
    // Words for a child of 10 to 12.
    assert_eq!(
        log.entries[8].text,
        "\u{2068}Caseworker Ana\u{2069} (caseworker) changed the step your case is at."
    );
    assert_eq!(
        log.entries[4].text,
        "A new phone was added to your account, with a code from \u{2068}Caseworker Ana\u{2069} (caseworker)."
    );
    assert_eq!(
        log.entries[6].text,
        "A new phone was added for someone in your case, with a code from \u{2068}Caseworker Ana\u{2069} (caseworker)."
    );
    // The guardian reads the same list in adult words; the child reading the log is not
    // staff access, the guardian reading it is.
    let for_guardian = guardian.access_log(case).await.unwrap();
    assert_eq!(for_guardian.entries.len(), 9);
    assert_eq!(
        for_guardian.entries[8].text,
        "\u{2068}Caseworker Ana\u{2069} (caseworker) changed the stage of the case."
    );
    assert_eq!(
        for_guardian.entries[4].text,
        "A new device was enrolled on the child's account, with a code issued by \u{2068}Caseworker Ana\u{2069} (caseworker)."
    );
    assert_eq!(
        for_guardian.entries[5].text,
        "A new device was enrolled on your account, with a code issued by \u{2068}Caseworker Ana\u{2069} (caseworker)."
    );
    // The child's next look shows that the guardian read the list.
    let again = child.access_log(case).await.unwrap();
    assert_eq!(again.entries.len(), 10);
    assert_eq!(again.entries[9].action, "case.access_log.view");
    assert_eq!(again.entries[9].actor_role, Some(AccountRole::Guardian));
    // Family members and other cases' children cannot read it.
    let err = family.access_log(case).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    let err = child.access_log(other_case).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_young_child_reads_simple_words() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band6To9,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    cw.case(case).await.unwrap();
    let log = child.access_log(case).await.unwrap();
    let last = log.entries.last().unwrap();
    assert_eq!(
        last.text,
        "\u{2068}Caseworker Ana\u{2069} looked at your file."
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writers_keep_the_chain_one_line() {
    let server = TestServer::start_with(|s| s.workers = 2).await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let mut tasks = Vec::new();
    for i in 0..24 {
        let cw = cw.clone();
        tasks.push(tokio::spawn(async move {
            if i % 3 == 0 {
                cw.case_members(case).await.map(drop)
            } else {
                cw.case(case).await.map(drop)
            }
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    let report = server.supervisor().await.verify_audit().await.unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.events as i64, report.head_seq);
    let views = server.query_texts(
        "SELECT action AS s FROM audit_events WHERE action IN ('case.view', 'case.members.view')",
    );
    assert_eq!(views.len(), 24);
}
