# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.

role-caseworker = caseworker
role-guardian = guardian
role-legal-representative = legal representative
role-supervisor = supervisor
role-admin = administrator
role-complaint-handler = complaint handler
role-child = child
role-family = family member

access-case-create = { $band ->
    [young] { $name } started your file.
    [child] { $name } ({ $role }) opened your case.
   *[adult] { $name } ({ $role }) opened the case.
}
access-case-view = { $band ->
    [young] { $name } looked at your file.
    [child] { $name } ({ $role }) looked at your case.
   *[adult] { $name } ({ $role }) viewed the case.
}
access-case-members-view = { $band ->
    [young] { $name } looked at who helps you.
    [child] { $name } ({ $role }) looked at the list of people in your case.
   *[adult] { $name } ({ $role }) viewed the people in the case.
}
access-case-invite = { $band ->
    [young] { $name } asked someone new to join.
    [child] { $name } ({ $role }) invited someone to your case.
   *[adult] { $name } ({ $role }) invited a person into the case.
}
access-case-staff-assign = { $band ->
    [young] { $name } asked a new helper to join.
    [child] { $name } ({ $role }) added a staff member to your case.
   *[adult] { $name } ({ $role }) assigned a staff member to the case.
}
access-case-stage-change = { $band ->
    [young] { $name } moved your file to the next step.
    [child] { $name } ({ $role }) changed the step your case is at.
   *[adult] { $name } ({ $role }) changed the stage of the case.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } checked who can talk to you.
    [child] { $name } ({ $role }) looked at who may contact you.
   *[adult] { $name } ({ $role }) viewed the contact rules.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } changed who can talk to you.
    [child] { $name } ({ $role }) changed who may contact you.
   *[adult] { $name } ({ $role }) changed a contact rule.
}
access-case-link = { $band ->
    [young] { $name } joined your file with your brother's or sister's.
    [child] { $name } ({ $role }) linked your case with a brother's or sister's case.
   *[adult] { $name } ({ $role }) linked the case with a sibling's case.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } made a new code for a phone.
    [child] { $name } ({ $role }) made a new sign-in code for someone in your case.
   *[adult] { $name } ({ $role }) issued a new enrolment code for a member.
}
access-case-access-log-view = { $band ->
    [young] { $name } looked at this list.
    [child] { $name } ({ $role }) looked at this list of who saw your case.
   *[adult] { $name } ({ $role }) viewed this access log.
}
access-case-export = { $band ->
    [young] { $name } made a copy of your file.
    [child] { $name } ({ $role }) made a copy of your case to send on.
   *[adult] { $name } ({ $role }) exported the case.
}
access-case-status-view = { $band ->
    [young] { $name } looked at where your file is.
    [child] { $name } ({ $role }) looked at the step your case is at.
   *[adult] { $name } ({ $role }) viewed the case status.
}
access-case-stage-correct = { $band ->
    [young] { $name } fixed the step your file is at.
    [child] { $name } ({ $role }) corrected the step your case is at.
   *[adult] { $name } ({ $role }) corrected the stage of the case.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name } asked to fix the step your file is at. Another person must agree first.
    [child] { $name } ({ $role }) asked to correct the step your case is at. A second supervisor must agree first.
   *[adult] { $name } ({ $role }) proposed a correction of the stage of the case, for a second supervisor to approve.
}
access-case-stage-correct-withdraw = { $band ->
    [young] A request to fix the step your file is at was stopped. Nothing changed.
    [child] { $name } ({ $role }) closed a request to correct the step your case is at. Nothing changed.
   *[adult] { $name } ({ $role }) closed a proposed stage correction. The stage did not change.
}
access-stage-corrections-list = { $band ->
    [young] { $name } looked at the list of steps waiting to be fixed.
    [child] { $name } ({ $role }) looked at the list of corrections waiting for approval.
   *[adult] { $name } ({ $role }) viewed the stage corrections waiting for approval.
}
access-case-access-refused = { $band ->
    [young] { $name } tried to open your file. They were not allowed, so they saw nothing.
    [child] { $name } ({ $role }) tried to open your case and was not allowed. They saw nothing.
   *[adult] { $name } ({ $role }) tried to reach the case's information and was refused. Nothing was shown or changed.
}
access-case-member-remove = { $band ->
    [young] { $name } took someone out of your file.
    [child] { $name } ({ $role }) took someone out of your case.
   *[adult] { $name } ({ $role }) removed a person from the case.
}
access-cases-list = { $band ->
    [young] { $name } looked at the list of files they help with.
    [child] { $name } ({ $role }) looked at the list of cases they work on.
   *[adult] { $name } ({ $role }) listed the cases they work on.
}
access-metrics-stages-view = { $band ->
    [young] { $name } looked at numbers about many files.
    [child] { $name } ({ $role }) looked at numbers about all cases, without names.
   *[adult] { $name } ({ $role }) viewed stage figures across all cases.
}
access-staff-create = { $band ->
    [young] { $name } added a new person to the team.
    [child] { $name } ({ $role }) made an account for a staff member.
   *[adult] { $name } ({ $role }) created a staff account.
}
access-staff-code-reissue = { $band ->
    [young] { $name } made a new code for the phone of someone on the team.
    [child] { $name } ({ $role }) made a new sign-in code for a staff member.
   *[adult] { $name } ({ $role }) issued a new enrolment code for a staff account.
}
access-staff-supervisor-set = { $band ->
    [young] { $name } wrote down who is the boss of someone on the team.
    [child] { $name } ({ $role }) recorded who supervises a staff member.
   *[adult] { $name } ({ $role }) recorded who supervises a staff account.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] A new phone was added to your account. { $name } gave the code for it.
        [child] A new phone was added to your account, with a code from { $name } ({ $role }).
       *[adult] A new device was enrolled on your account, with a code issued by { $name } ({ $role }).
    }
    [child] { $band ->
        [young] A new phone was added to the child's account. { $name } gave the code for it.
        [child] A new phone was added to the child's account, with a code from { $name } ({ $role }).
       *[adult] A new device was enrolled on the child's account, with a code issued by { $name } ({ $role }).
    }
   *[other] { $band ->
        [young] A new phone was added for someone in your file. { $name } gave the code for it.
        [child] A new phone was added for someone in your case, with a code from { $name } ({ $role }).
       *[adult] A new device was enrolled for a person in the case, with a code issued by { $name } ({ $role }).
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } changed the language of their own app.
    [child] { $name } ({ $role }) changed their own language settings.
   *[adult] { $name } ({ $role }) updated their language preferences.
}
access-account-export = { $band ->
    [young] { $name } made a copy of their own information.
    [child] { $name } ({ $role }) downloaded a copy of their own information.
   *[adult] { $name } ({ $role }) exported their own data.
}
access-devices-list = { $band ->
    [young] { $name } looked at the phones of an account.
    [child] { $name } ({ $role }) looked at which phones an account uses.
   *[adult] { $name } ({ $role }) listed the devices of an account.
}
access-device-revoke = { $band ->
    [young] { $name } disconnected a phone.
    [child] { $name } ({ $role }) took a phone off an account.
   *[adult] { $name } ({ $role }) revoked a device.
}
access-keys-upload = { $band ->
    [young] { $name } got a phone ready for private messages.
    [child] { $name } ({ $role }) shared new keys for private messages.
   *[adult] { $name } ({ $role }) uploaded new encryption keys.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } got ready to send a private message.
    [child] { $name } ({ $role }) got the keys to start a private conversation.
   *[adult] { $name } ({ $role }) fetched encryption keys to start a conversation.
}
access-sealed-access-key-set = { $band ->
    [young] { $name } made a new key for private messages.
    [child] { $name } ({ $role }) set a new key for private messages.
   *[adult] { $name } ({ $role }) set a new access key for anonymous-sender messages (sealed sender).
}
access-audit-verify = { $band ->
    [young] { $name } checked that nobody changed the list of who did what.
    [child] { $name } ({ $role }) checked that the record of who did what was not changed.
   *[adult] { $name } ({ $role }) verified the audit log.
}
access-retention-run = { $band ->
    [young] Old information was deleted, as the rules say.
    [child] Old information was deleted, as the rules say.
   *[adult] The retention job deleted data that had reached its time limit.
}
access-retention-dry-run = { $band ->
    [young] The computer checked which old information can be deleted. Nothing was deleted.
    [child] The computer checked which old information can be deleted. Nothing was deleted.
   *[adult] A retention dry run counted the data due for deletion. Nothing was deleted.
}
access-server-start = { $band ->
    [young] The Kinbridge computer was switched on.
    [child] The Kinbridge server started.
   *[adult] The server started.
}
access-other = { $band ->
    [young] { $name } did something in your file.
    [child] { $name } ({ $role }) did something in your case.
   *[adult] { $name } ({ $role }) acted on the case.
}
access-someone = Someone from the team
access-consent-age-set = { $band ->
    [young] { $name } wrote down how old you are.
    [child] { $name } ({ $role }) recorded your age.
   *[adult] { $name } ({ $role }) recorded the child's age.
}
access-consent-decide = { $band ->
    [young] { $name } said yes or no to a question about you.
    [child] { $name } ({ $role }) recorded a yes or no to a consent question.
   *[adult] { $name } ({ $role }) recorded a consent decision.
}
access-consent-withdraw = { $band ->
    [young] { $name } said stop to something that was agreed before.
    [child] { $name } ({ $role }) withdrew a consent.
   *[adult] { $name } ({ $role }) withdrew a consent.
}
access-consent-list = { $band ->
    [young] { $name } looked at what was agreed about you.
    [child] { $name } ({ $role }) looked at your consents.
   *[adult] { $name } ({ $role }) viewed the consents.
}
access-consent-override-request = { $band ->
    [young] { $name } asked to go ahead without a yes, to keep you safe.
    [child] { $name } ({ $role }) asked to go ahead without a consent, for your safety.
   *[adult] { $name } ({ $role }) requested an override of a consent decision, in the child's best interests.
}
access-consent-override-approve = { $band ->
    [young] { $name } said yes to going ahead without a yes, to keep you safe.
    [child] { $name } ({ $role }) approved going ahead without a consent, for your safety.
   *[adult] { $name } ({ $role }) approved an override of a consent decision.
}
access-consent-request = { $band ->
    [young] { $name } asked if you agree to something.
    [child] { $name } ({ $role }) asked for your consent.
   *[adult] { $name } ({ $role }) asked for a consent.
}
access-view-request = { $band ->
    [young] { $name } asked what you think.
    [child] { $name } ({ $role }) asked for your views on a decision.
   *[adult] { $name } ({ $role }) asked for the child's views on a decision.
}
access-view-give = { $band ->
    [young] { $name } said what they think.
    [child] { $name } ({ $role }) gave their views on a decision.
   *[adult] { $name } ({ $role }) gave views on a decision.
}
access-views-list = { $band ->
    [young] { $name } looked at who said what they think.
    [child] { $name } ({ $role }) looked at whose views were given.
   *[adult] { $name } ({ $role }) viewed which views were sought and given.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } filed a complaint.
    [child] { $name } ({ $role }) filed a complaint.
   *[adult] { $name } ({ $role }) filed a complaint.
}
access-complaint-read = { $band ->
    [young] { $name } read a complaint with its receipt.
    [child] { $name } ({ $role }) read a complaint with its receipt.
   *[adult] { $name } ({ $role }) read a complaint with its receipt.
}
access-complaint-follow-up = { $band ->
    [young] { $name } added to a complaint with its receipt.
    [child] { $name } ({ $role }) added to a complaint with its receipt.
   *[adult] { $name } ({ $role }) added to a complaint with its receipt.
}
access-complaints-list = { $band ->
    [young] { $name } looked at the list of complaints.
    [child] { $name } ({ $role }) looked at the list of complaints.
   *[adult] { $name } ({ $role }) viewed the complaint queue.
}
access-complaint-view = { $band ->
    [young] { $name } looked at a complaint.
    [child] { $name } ({ $role }) opened a complaint.
   *[adult] { $name } ({ $role }) opened a complaint.
}
access-complaint-acknowledge = { $band ->
    [young] { $name } said they read a complaint.
    [child] { $name } ({ $role }) acknowledged a complaint.
   *[adult] { $name } ({ $role }) acknowledged a complaint.
}
access-complaint-status-change = { $band ->
    [young] { $name } changed where a complaint stands.
    [child] { $name } ({ $role }) changed the status of a complaint.
   *[adult] { $name } ({ $role }) changed the status of a complaint.
}
access-complaint-reply = { $band ->
    [young] { $name } wrote about a complaint.
    [child] { $name } ({ $role }) wrote a reply or a note on a complaint.
   *[adult] { $name } ({ $role }) wrote a reply or an internal note on a complaint.
}
access-complaint-triage = { $band ->
    [young] { $name } sorted a complaint.
    [child] { $name } ({ $role }) sorted a complaint (who handles it, labels).
   *[adult] { $name } ({ $role }) triaged a complaint.
}
access-complaint-keys-share = { $band ->
    [young] { $name } let a new phone of the complaint team read a complaint.
    [child] { $name } ({ $role }) let a new phone of the complaint team read a complaint.
   *[adult] { $name } ({ $role }) shared a complaint's key with a complaint desk device that joined later.
}
access-complaint-escalate = { $band ->
    [young] An urgent complaint was sent to more people.
    [child] An urgent complaint was sent to the next people on duty.
   *[adult] An unacknowledged urgent complaint was escalated to the next on-call tier.
}
access-complaint-deadline-warn = { $band ->
    [young] A complaint is waiting too long.
    [child] A complaint deadline is close or has passed.
   *[adult] A complaint deadline reached 80 % or passed.
}
access-complaint-identity-request = { $band ->
    [young] { $name } asked who made a complaint.
    [child] { $name } ({ $role }) asked to know who made a complaint.
   *[adult] { $name } ({ $role }) requested the identity of a complainant.
}
access-complaint-identity-decide = { $band ->
    [young] { $name } decided about who may know who made a complaint.
    [child] { $name } ({ $role }) decided a request to know who made a complaint.
   *[adult] { $name } ({ $role }) decided an identity request.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } learned who made a complaint.
    [child] { $name } ({ $role }) learned who made a complaint, after approval.
   *[adult] { $name } ({ $role }) read a complainant's identity after approval.
}
access-complaint-custodian-set = { $band ->
    [young] { $name } changed who may decide about names in complaints.
    [child] { $name } ({ $role }) changed who is a complaint custodian.
   *[adult] { $name } ({ $role }) changed the complaint custodian right.
}
access-complaint-on-call-set = { $band ->
    [young] { $name } changed who is on duty for complaints.
    [child] { $name } ({ $role }) changed their on-call duty for complaints.
   *[adult] { $name } ({ $role }) changed their on-call tier for urgent complaints.
}
access-complaint-expiry-warn = { $band ->
    [young] An old complaint will be deleted soon.
    [child] A closed complaint will be deleted soon.
   *[adult] A closed complaint was marked for deletion after the warning period.
}
access-complaint-delete = { $band ->
    [young] An old complaint was deleted.
    [child] A closed complaint was deleted.
   *[adult] A closed complaint was deleted.
}
access-complaint-metrics-view = { $band ->
    [young] { $name } looked at complaint numbers.
    [child] { $name } ({ $role }) looked at complaint numbers.
   *[adult] { $name } ({ $role }) viewed complaint figures.
}

# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
access-checkin-record = { $band ->
    [young] { $name } showed how they feel.
    [child] { $name } ({ $role }) checked in.
   *[adult] { $name } ({ $role }) checked in.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } chose how often you can show how you feel.
    [child] { $name } ({ $role }) set how often check-ins are suggested.
   *[adult] { $name } ({ $role }) set how often check-ins are suggested.
}
access-checkins-list = { $band ->
    [young] { $name } looked at when you showed how you feel.
    [child] { $name } ({ $role }) looked at when check-ins were made.
   *[adult] { $name } ({ $role }) viewed when check-ins were made.
}
access-help-request = { $band ->
    [young] { $name } asked for help now.
    [child] { $name } ({ $role }) asked for help now.
   *[adult] { $name } ({ $role }) asked for help now.
}
access-missing-flag = { $band ->
    [young] { $name } said they do not know where you are.
    [child] { $name } ({ $role }) reported that you were missing.
   *[adult] { $name } ({ $role }) reported the child missing.
}
access-alert-escalate = { $band ->
    [young] More helpers were told.
    [child] More people on duty were told, because nobody had answered yet.
   *[adult] The alert went to the next on-call tier: nobody had acknowledged it.
}
access-alert-acknowledge = { $band ->
    [young] { $name } saw the call for help.
    [child] { $name } ({ $role }) saw the alert and took it.
   *[adult] { $name } ({ $role }) acknowledged the alert.
}
access-alert-resolve = { $band ->
    [young] { $name } closed the call for help.
    [child] { $name } ({ $role }) closed the alert.
   *[adult] { $name } ({ $role }) resolved the alert.
}
access-alert-list = { $band ->
    [young] { $name } looked at calls for help.
    [child] { $name } ({ $role }) looked at open alerts.
   *[adult] { $name } ({ $role }) viewed open alerts.
}
access-alert-metrics = { $band ->
    [young] { $name } looked at numbers about calls for help.
    [child] { $name } ({ $role }) looked at alert figures (no names).
   *[adult] { $name } ({ $role }) viewed alert figures in aggregate.
}
access-roster-set = { $band ->
    [young] { $name } changed who is on duty.
    [child] { $name } ({ $role }) changed who is on duty for alerts.
   *[adult] { $name } ({ $role }) changed the on-call roster.
}
access-case-risk-set = { $band ->
    [young] { $name } chose which helpers are told first.
    [child] { $name } ({ $role }) chose which specialists are told first about alerts.
   *[adult] { $name } ({ $role }) set the case's risk class for alert routing.
}
