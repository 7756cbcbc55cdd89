//! The foundation scenario: the host creates the first admin, the admin creates a
//! caseworker, the caseworker opens a case and invites a child and a guardian, and both
//! enrol through the SDK and see their case.

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AccountRole, AgeBand, CaseStage, ErrorCode, MemberRole, StaffRole};
use kinbridge_sdk::{Client, SqliteStore};
use kinbridge_server::platform::db::{Backend, DatabaseUrl};
use kinbridge_tests::{TestServer, backend_under_test, postgres_count};
use secrecy::ExposeSecret;
use std::sync::Arc;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_caseworker_child_and_guardian_each_see_what_they_should() {
    let server = TestServer::start().await;
    assert_eq!(server.backend(), backend_under_test());

    let (admin, caseworker) = server.admin_and_caseworker().await;
    assert_eq!(admin.role(), AccountRole::Admin);
    assert_eq!(caseworker.role(), AccountRole::Caseworker);
    let me = caseworker.me().await.unwrap();
    assert_eq!(me.display_name.as_deref(), Some("Caseworker Ana"));
    assert_eq!(me.device_id, caseworker.device_id());

    let case = caseworker.create_case().await.unwrap();
    assert_eq!(case.stage, CaseStage::Registered);
    assert_eq!(case.my_role, MemberRole::Caseworker);

    let child_code = caseworker
        .invite(
            case.case_id,
            InviteRequest::Child {
                age_band: AgeBand::Band10To12,
                locale: Some("ar".into()),
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let guardian_code = caseworker
        .invite(
            case.case_id,
            InviteRequest::Guardian {
                display_name: "Guardian Samir".into(),
                locale: None,
            },
        )
        .await
        .unwrap();
    // Codes are 16 characters of base32 in four groups (80 bits).
    assert_eq!(child_code.code.len(), 19);
    assert_ne!(child_code.code, guardian_code.code);

    let child = server.enrol(&child_code.code).await;
    let guardian = server.enrol(&guardian_code.code).await;
    assert_eq!(child.account_id(), child_code.account_id);
    assert_eq!(child.role(), AccountRole::Child);
    assert_eq!(guardian.role(), AccountRole::Guardian);

    let child_me = child.me().await.unwrap();
    assert_eq!(child_me.age_band, Some(AgeBand::Band10To12));
    assert_eq!(child_me.locale.as_deref(), Some("ar"));
    assert_eq!(child_me.display_name, None);

    for (client, role) in [
        (&child, MemberRole::Child),
        (&guardian, MemberRole::Guardian),
    ] {
        let cases = client.my_cases().await.unwrap();
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].case_id, case.case_id);
        assert_eq!(cases[0].my_role, role);
        assert_eq!(cases[0].stage, CaseStage::Registered);
        let view = client.case(case.case_id).await.unwrap();
        assert_eq!(view.my_role, role);
    }

    // The child sees their caseworker and guardian (staff), with names; both enrolled.
    let members = child.case_members(case.case_id).await.unwrap();
    let roles: Vec<MemberRole> = members.iter().map(|m| m.role).collect();
    assert_eq!(
        roles,
        vec![
            MemberRole::Caseworker,
            MemberRole::Child,
            MemberRole::Guardian
        ]
    );
    assert!(members.iter().all(|m| m.enrolled));
    let guardian_view = members
        .iter()
        .find(|m| m.role == MemberRole::Guardian)
        .unwrap();
    assert_eq!(
        guardian_view.display_name.as_deref(),
        Some("Guardian Samir")
    );

    // A stage change by the caseworker shows for the child.
    caseworker
        .change_stage(case.case_id, CaseStage::Tracing)
        .await
        .unwrap();
    assert_eq!(
        child.case(case.case_id).await.unwrap().stage,
        CaseStage::Tracing
    );

    // The admin creates staff but reads no case content.
    assert!(admin.my_cases().await.unwrap().is_empty());
    let err = admin.case(case.case_id).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));
    let err = admin.case_members(case.case_id).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));
    // And a caseworker cannot create staff.
    let err = caseworker
        .create_staff(StaffRole::Admin, "Someone")
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));

    // On PostgreSQL, prove the rows are really there.
    if let (Backend::Postgres, DatabaseUrl::Postgres(url)) =
        (server.backend(), server.database_url())
    {
        assert_eq!(postgres_count(url.expose_secret(), "cases"), 1);
        assert_eq!(postgres_count(url.expose_secret(), "devices"), 4);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_enrolled_with_the_sqlite_store_reopens_after_a_restart_of_the_app() {
    let server = TestServer::start().await;
    let (_admin, caseworker) = server.admin_and_caseworker().await;
    let case = caseworker.create_case().await.unwrap();
    let code = caseworker
        .invite(
            case.case_id,
            InviteRequest::Family {
                relationship: kinbridge_protocol::Relationship::CustomaryCaregiver,
                locale: Some("ps".into()),
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("device.db");
    // The app's key, from the platform keystore.
    let key = [42u8; 32];
    let account = {
        let store = Arc::new(SqliteStore::open(&path, &key).unwrap());
        let family = Client::enrol(server.config_with(store), &code.code)
            .await
            .unwrap();
        family.account_id()
    };
    // A wrong key opens nothing (and changes nothing: the enrolment opens below).
    assert!(matches!(
        SqliteStore::open(&path, &[41u8; 32]),
        Err(kinbridge_sdk::StoreError::WrongKey)
    ));
    // The app restarts: a new store handle on the same file, no code needed.
    let store = Arc::new(SqliteStore::open(&path, &key).unwrap());
    let reopened = Client::open(server.config_with(store))
        .unwrap()
        .expect("enrolment kept on disk");
    assert_eq!(reopened.account_id(), account);
    assert_eq!(reopened.me().await.unwrap().role, AccountRole::Family);
    let cases = reopened.my_cases().await.unwrap();
    assert_eq!(cases[0].my_role, MemberRole::Family);

    // The same store cannot be pointed at another server by mistake.
    let store = Arc::new(SqliteStore::open(&path, &key).unwrap());
    let other = kinbridge_sdk::ClientConfig::new("http://127.0.0.1:9", store);
    assert!(matches!(
        Client::open(other),
        Err(kinbridge_sdk::SdkError::OtherServer(_))
    ));
}
