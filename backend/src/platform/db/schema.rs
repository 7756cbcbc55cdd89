//! The storage schema, written by hand with portable types only (Text, Integer, BigInt,
//! Binary, Timestamp) so one definition serves SQLite and PostgreSQL. It must match both
//! `migrations/sqlite` and `migrations/postgres`; the test suites on both backends prove it.

diesel::table! {
    accounts (id) {
        id -> Text,
        role -> Text,
        display_name -> Nullable<Text>,
        age_band -> Nullable<Text>,
        locale -> Nullable<Text>,
        home_case_id -> Nullable<Text>,
        created_at -> Timestamp,
        created_by -> Nullable<Text>,
        grammatical_form -> Nullable<Text>,
        access_key_hash -> Nullable<Binary>,
    }
}

diesel::table! {
    devices (id) {
        id -> Text,
        account_id -> Text,
        device_number -> Integer,
        registration_id -> Integer,
        identity_key -> Binary,
        signed_prekey_id -> BigInt,
        signed_prekey -> Binary,
        signed_prekey_signature -> Binary,
        kyber_prekey_id -> BigInt,
        kyber_prekey -> Binary,
        kyber_prekey_signature -> Binary,
        credential_hash -> Binary,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    enrolment_codes (code_hash) {
        code_hash -> Binary,
        account_id -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    cases (id) {
        id -> Text,
        stage -> Text,
        stage_since -> Timestamp,
        created_at -> Timestamp,
        created_by -> Text,
    }
}

diesel::table! {
    stage_corrections (id) {
        id -> Text,
        case_id -> Text,
        from_stage -> Text,
        to_stage -> Text,
        reason -> Text,
        proposed_by -> Text,
        proposed_at -> Timestamp,
    }
}

diesel::table! {
    case_stage_changes (id) {
        id -> Text,
        case_id -> Text,
        from_stage -> Nullable<Text>,
        to_stage -> Text,
        changed_by -> Text,
        changed_at -> Timestamp,
        child_views -> Nullable<Text>,
    }
}

diesel::table! {
    case_members (case_id, account_id) {
        case_id -> Text,
        account_id -> Text,
        role -> Text,
        relationship -> Nullable<Text>,
        added_by -> Text,
        added_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    case_links (case_a, case_b) {
        case_a -> Text,
        case_b -> Text,
        kind -> Text,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    contact_rules (id) {
        id -> Text,
        case_id -> Text,
        member_a -> Text,
        member_b -> Text,
        decision -> Text,
        reason -> Text,
        set_by -> Text,
        set_at -> Timestamp,
    }
}

diesel::table! {
    consent_ages (account_id) {
        account_id -> Text,
        age_years -> Integer,
        source -> Text,
        as_of -> Timestamp,
        set_by -> Text,
        set_at -> Timestamp,
        own_age_prompted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    consent_events (id) {
        id -> Text,
        subject -> Text,
        seq -> Integer,
        case_id -> Text,
        purpose -> Text,
        purpose_version -> Integer,
        scope -> Text,
        kind -> Text,
        decision -> Text,
        decided_by -> Nullable<Text>,
        decided_as -> Text,
        recorded_by -> Text,
        modality -> Text,
        notice_locale -> Nullable<Text>,
        notice_band -> Nullable<Text>,
        notice_sha256 -> Nullable<Text>,
        interpreter_locale -> Nullable<Text>,
        witness -> Nullable<Text>,
        age_years -> Nullable<Integer>,
        age_band -> Nullable<Text>,
        reason -> Nullable<Text>,
        approved_by -> Nullable<Text>,
        occurred_at -> Timestamp,
        expires_at -> Nullable<Timestamp>,
        prev_hash -> Text,
        hash -> Text,
    }
}

diesel::table! {
    child_views (id) {
        id -> Text,
        case_id -> Text,
        subject -> Text,
        decision -> Text,
        scope -> Text,
        kind -> Text,
        given_by -> Text,
        given_as -> Text,
        form -> Nullable<Text>,
        at -> Timestamp,
    }
}

diesel::table! {
    consent_overrides (id) {
        id -> Text,
        subject -> Text,
        case_id -> Text,
        purpose -> Text,
        scope -> Text,
        reason -> Text,
        requested_by -> Text,
        requested_at -> Timestamp,
    }
}

diesel::joinable!(devices -> accounts (account_id));
diesel::joinable!(enrolment_codes -> accounts (account_id));
diesel::joinable!(case_members -> cases (case_id));
diesel::joinable!(case_members -> accounts (account_id));
diesel::joinable!(case_stage_changes -> cases (case_id));
diesel::joinable!(contact_rules -> cases (case_id));

diesel::allow_tables_to_appear_in_same_query!(
    accounts,
    devices,
    enrolment_codes,
    cases,
    stage_corrections,
    case_stage_changes,
    case_members,
    case_links,
    contact_rules,
    consent_ages,
    consent_events,
    consent_overrides,
    child_views,
);

diesel::table! {
    audit_events (seq) {
        seq -> BigInt,
        occurred_at -> Timestamp,
        actor_kind -> Text,
        action -> Text,
        detail -> Nullable<Text>,
        actor_account -> Nullable<Text>,
        actor_device -> Nullable<Text>,
        case_id -> Nullable<Text>,
        subjects -> Nullable<Text>,
        refs_digest -> Binary,
        refs_stripped_at -> Nullable<Timestamp>,
        prev_hash -> Binary,
        hash -> Binary,
    }
}

diesel::table! {
    audit_head (id) {
        id -> Integer,
        seq -> BigInt,
        hash -> Binary,
    }
}

diesel::table! {
    audit_checkpoints (seq) {
        seq -> BigInt,
        hash -> Binary,
        signature -> Binary,
        signed_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(audit_events, accounts);

diesel::table! {
    one_time_prekeys (device_id, key_id) {
        device_id -> Text,
        key_id -> BigInt,
        public_key -> Binary,
    }
}

diesel::table! {
    kyber_prekeys (device_id, key_id) {
        device_id -> Text,
        key_id -> BigInt,
        public_key -> Binary,
        signature -> Binary,
    }
}

diesel::table! {
    envelopes (seq) {
        seq -> BigInt,
        guid -> Text,
        device_id -> Text,
        kind -> Text,
        source_account -> Nullable<Text>,
        source_device -> Nullable<Integer>,
        client_message_id -> Nullable<Text>,
        content -> Binary,
        server_ts -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    sent_messages (sender_device, client_message_id) {
        sender_device -> Text,
        client_message_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    staff_supervision (account_id) {
        account_id -> Text,
        supervisor_id -> Text,
        set_by -> Text,
        set_at -> Timestamp,
    }
}

diesel::table! {
    complaints (id) {
        id -> Text,
        category -> Text,
        urgent -> Bool,
        status -> Text,
        locale -> Text,
        band -> Text,
        lookup_hash -> Binary,
        reporter_key -> Binary,
        filed_by -> Nullable<Text>,
        filed_at -> Timestamp,
        acknowledged_at -> Nullable<Timestamp>,
        acknowledged_by -> Nullable<Text>,
        ack_due -> Timestamp,
        ack_warned_at -> Nullable<Timestamp>,
        feedback_due -> Timestamp,
        feedback_at -> Nullable<Timestamp>,
        feedback_warned_at -> Nullable<Timestamp>,
        urgent_tier -> Nullable<Integer>,
        urgent_alerted_at -> Nullable<Timestamp>,
        assigned_to -> Nullable<Text>,
        labels -> Text,
        case_id -> Nullable<Text>,
        last_reporter_at -> Timestamp,
        closed_at -> Nullable<Timestamp>,
        expiry_warned_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    complaint_entries (complaint_id, seq) {
        complaint_id -> Text,
        seq -> Integer,
        author -> Text,
        visibility -> Text,
        handler -> Nullable<Text>,
        at -> Timestamp,
        body -> Binary,
    }
}

diesel::table! {
    complaint_keys (complaint_id, device_id) {
        complaint_id -> Text,
        device_id -> Text,
        content -> Binary,
        wrapped_by -> Nullable<Text>,
        wrapped_by_device -> Nullable<Integer>,
    }
}

diesel::table! {
    complaint_about (complaint_id, account_id) {
        complaint_id -> Text,
        account_id -> Text,
    }
}

diesel::table! {
    complaint_identity_requests (id) {
        id -> Text,
        complaint_id -> Text,
        requested_by -> Text,
        requested_at -> Timestamp,
        reason -> Binary,
        state -> Text,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    complaint_custodians (account_id) {
        account_id -> Text,
        granted_by -> Text,
        granted_at -> Timestamp,
    }
}

diesel::table! {
    complaint_on_call (account_id) {
        account_id -> Text,
        tier -> Integer,
        since -> Timestamp,
    }
}

diesel::joinable!(envelopes -> devices (device_id));
diesel::allow_tables_to_appear_in_same_query!(
    envelopes,
    devices,
    one_time_prekeys,
    kyber_prekeys,
    sent_messages,
);

diesel::table! {
    checkins (id) {
        id -> Text,
        case_id -> Text,
        child_id -> Text,
        client_id -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    checkin_rhythms (case_id, child_id) {
        case_id -> Text,
        child_id -> Text,
        every_days -> Integer,
        set_by -> Text,
        set_at -> Timestamp,
        invited_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    case_risk (case_id) {
        case_id -> Text,
        risk -> Text,
        set_by -> Text,
        set_at -> Timestamp,
    }
}

diesel::table! {
    alert_roster (account_id) {
        account_id -> Text,
        tier -> Integer,
        specialisms -> Text,
        from_hour -> Nullable<Integer>,
        to_hour -> Nullable<Integer>,
        set_by -> Text,
        set_at -> Timestamp,
    }
}

diesel::table! {
    alerts (id) {
        id -> Text,
        kind -> Text,
        case_id -> Text,
        child_id -> Text,
        risk -> Text,
        raised_by -> Text,
        client_id -> Nullable<Text>,
        raised_at -> Timestamp,
        tier -> Integer,
        alerted_at -> Timestamp,
        escalations -> Integer,
        acknowledged_at -> Nullable<Timestamp>,
        acknowledged_by -> Nullable<Text>,
        resolved_at -> Nullable<Timestamp>,
        resolved_by -> Nullable<Text>,
        outcome -> Nullable<Text>,
    }
}
