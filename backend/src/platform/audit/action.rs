//! Every action the audit chain records. The stored name (`case.view`) is part of the
//! chain's hashes and must never change; each action has a text in every locale
//! (`access-case-view`), so the access log never shows a raw name or a generic line for an
//! action it knows (a test checks both).

macro_rules! actions {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)+) => {
        /// An action recorded in the audit chain.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $($(#[$doc])* $variant,)+
        }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant,)+];

            /// The name stored in the chain.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)+
                }
            }
        }
    };
}

actions! {
    /// The server started (with a fingerprint of its settings).
    ServerStart = "server.start",
    StaffCreate = "staff.create",
    StaffCodeReissue = "staff.code.reissue",
    /// An admin recorded who supervises a staff member.
    StaffSupervisorSet = "staff.supervisor.set",
    AccountEnrol = "account.enrol",
    AccountPreferencesUpdate = "account.preferences.update",
    AccountExport = "account.export",
    DevicesList = "devices.list",
    DeviceRevoke = "device.revoke",
    CaseCreate = "case.create",
    CasesList = "cases.list",
    CaseView = "case.view",
    CaseStatusView = "case.status.view",
    CaseMembersView = "case.members.view",
    CaseInvite = "case.invite",
    CaseStaffAssign = "case.staff.assign",
    CaseMemberCodeReissue = "case.member.code.reissue",
    CaseMemberRemove = "case.member.remove",
    CaseStageChange = "case.stage.change",
    /// A supervisor asked, with a reason, for a case to be put in another stage.
    CaseStageCorrectPropose = "case.stage.correct.propose",
    /// A second supervisor approved a correction: the case is in the stage it should be in.
    CaseStageCorrect = "case.stage.correct",
    /// A proposed correction was withdrawn.
    CaseStageCorrectWithdraw = "case.stage.correct.withdraw",
    /// Supervisors looked at the corrections waiting for approval.
    StageCorrectionsList = "stage_corrections.list",
    /// Someone was refused a case's data (not allowed, or not theirs to see).
    CaseAccessRefused = "case.access.refused",
    CaseContactRulesView = "case.contact_rules.view",
    CaseContactRuleSet = "case.contact_rule.set",
    CaseLink = "case.link",
    CaseAccessLogView = "case.access_log.view",
    CaseExport = "case.export",
    MetricsStagesView = "metrics.stages.view",
    KeysUpload = "keys.upload",
    KeysBundleFetch = "keys.bundle.fetch",
    SealedAccessKeySet = "sealed.access_key.set",
    /// A caseworker recorded a child's age (who must decide for them follows from it).
    ConsentAgeSet = "consent.age.set",
    /// A caseworker asked for a consent.
    ConsentRequest = "consent.request",
    /// A consent or assent was given or refused (the detail has the consent event's hash).
    ConsentDecide = "consent.decide",
    ConsentWithdraw = "consent.withdraw",
    /// Someone read a child's consent record.
    ConsentList = "consent.list",
    ConsentOverrideRequest = "consent.override.request",
    /// A second staff member approved going ahead despite a refusal.
    ConsentOverrideApprove = "consent.override.approve",
    /// A caseworker asked a child for their views on a decision.
    ViewRequest = "view.request",
    /// A child or family member gave their views (what they said is not on the server).
    ViewGive = "view.give",
    ViewsList = "views.list",
    /// Someone filed a complaint (anonymously, or while enrolled: never named here).
    ComplaintFile = "complaint.file",
    /// The reporter read their complaint with the receipt.
    ComplaintRead = "complaint.read",
    /// The reporter added to their complaint with the receipt.
    ComplaintFollowUp = "complaint.follow_up",
    ComplaintsList = "complaints.list",
    ComplaintView = "complaint.view",
    ComplaintAcknowledge = "complaint.acknowledge",
    ComplaintStatusChange = "complaint.status.change",
    /// A handler wrote to the reporter, or an internal note (the detail says which).
    ComplaintReply = "complaint.reply",
    /// Assignment, labels, a linked case, who it is about, category or urgency.
    ComplaintTriage = "complaint.triage",
    /// A handler's device wrapped a complaint's key for desk devices that joined later.
    ComplaintKeysShare = "complaint.keys.share",
    /// An urgent complaint nobody acknowledged went to the next on-call tier.
    ComplaintEscalate = "complaint.escalate",
    /// A deadline reached 80 % of its time unmet.
    ComplaintDeadlineWarn = "complaint.deadline.warn",
    ComplaintIdentityRequest = "complaint.identity.request",
    ComplaintIdentityDecide = "complaint.identity.decide",
    /// The requester of an approved identity request read who filed.
    ComplaintIdentityReveal = "complaint.identity.reveal",
    ComplaintCustodianSet = "complaint.custodian.set",
    ComplaintOnCallSet = "complaint.on_call.set",
    /// A closed complaint will be deleted after the warning period.
    ComplaintExpiryWarn = "complaint.expiry.warn",
    ComplaintDelete = "complaint.delete",
    ComplaintMetricsView = "complaint.metrics.view",
    /// A child checked in (how they are is not on the server).
    CheckInRecord = "checkin.record",
    CheckInRhythmSet = "checkin.rhythm.set",
    CheckInsList = "checkins.list",
    /// A child asked for help now (any words are not on the server).
    HelpRequest = "help.request",
    /// A caseworker or guardian reported a child missing from care.
    MissingFlag = "missing.flag",
    /// An alert nobody took went to the next on-call tier.
    AlertEscalate = "alert.escalate",
    AlertAcknowledge = "alert.acknowledge",
    AlertResolve = "alert.resolve",
    AlertList = "alert.list",
    AlertMetrics = "alert.metrics",
    RosterSet = "roster.set",
    CaseRiskSet = "case.risk.set",
    AuditVerify = "audit.verify",
    RetentionRun = "retention.run",
    RetentionDryRun = "retention.dry_run",
}

impl Action {
    /// The action a stored name stands for.
    pub fn parse(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.as_str() == name)
    }

    /// The Fluent id of the action's access-log text.
    pub fn message_id(self) -> String {
        format!("access-{}", self.as_str().replace(['.', '_'], "-"))
    }
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use kinbridge_l10n::Catalog;

    use super::*;

    #[test]
    fn names_are_unique_and_read_back() {
        let names: BTreeSet<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(names.len(), Action::ALL.len());
        for &a in Action::ALL {
            assert_eq!(Action::parse(a.as_str()), Some(a));
        }
        assert_eq!(Action::parse("case.unknown"), None);
    }

    /// Every action has its own text in every locale, with the same variables as English.
    #[test]
    fn every_action_has_a_text_in_every_locale() {
        let catalog = Catalog::embedded();
        for &action in Action::ALL {
            if let Err(problem) = catalog.check_everywhere(&action.message_id()) {
                panic!("{action}: {problem}");
            }
        }
    }
}
