# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.

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
access-other = { $band ->
    [young] { $name } did something in your file.
    [child] { $name } ({ $role }) did something in your case.
   *[adult] { $name } ({ $role }) acted on the case.
}
access-someone = Someone from the team
