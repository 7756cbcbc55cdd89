# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.
# Somali: sentences use the focus construction "{ $name } ayaa …", where the verb does
# not change with the staff member's gender.

role-caseworker = shaqaalaha kiiska
role-guardian = mas'uulka
role-legal-representative = qareenka
role-supervisor = kormeeraha
role-admin = maamulaha
role-complaint-handler = qaabilaha cabashooyinka
role-child = ilmaha
role-family = xubin qoyska ka mid ah

access-case-create = { $band ->
    [young] { $name } ayaa bilaabay faylkaaga.
    [child] { $name } ({ $role }) ayaa furay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa furay kiiska.
}
access-case-view = { $band ->
    [young] { $name } ayaa eegay faylkaaga.
    [child] { $name } ({ $role }) ayaa eegay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa eegay kiiska.
}
access-case-members-view = { $band ->
    [young] { $name } ayaa eegay dadka ku caawiya.
    [child] { $name } ({ $role }) ayaa eegay liiska dadka ku jira kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa eegay dadka ku jira kiiska.
}
access-case-invite = { $band ->
    [young] { $name } ayaa qof cusub u yeeray inuu soo biiro.
    [child] { $name } ({ $role }) ayaa qof ku casuumay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa qof ku casuumay kiiska.
}
access-case-staff-assign = { $band ->
    [young] { $name } ayaa caawiye cusub u yeeray inuu soo biiro.
    [child] { $name } ({ $role }) ayaa shaqaale ku daray kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa shaqaale u xilsaaray kiiska.
}
access-case-stage-change = { $band ->
    [young] { $name } ayaa faylkaaga u gudbiyay tallaabada xigta.
    [child] { $name } ({ $role }) ayaa beddelay tallaabada uu kiiskaagu marayo.
   *[adult] { $name } ({ $role }) ayaa beddelay heerka kiiska.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } ayaa eegay cidda kula hadli karta.
    [child] { $name } ({ $role }) ayaa eegay cidda kula xiriiri karta.
   *[adult] { $name } ({ $role }) ayaa eegay xeerarka xiriirka.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } ayaa beddelay cidda kula hadli karta.
    [child] { $name } ({ $role }) ayaa beddelay cidda kula xiriiri karta.
   *[adult] { $name } ({ $role }) ayaa beddelay xeer xiriir.
}
access-case-link = { $band ->
    [young] { $name } ayaa faylkaaga ku xiray kan walaalkaa ama walaashaa.
    [child] { $name } ({ $role }) ayaa kiiskaaga ku xiray kiiska walaalkaa ama walaashaa.
   *[adult] { $name } ({ $role }) ayaa kiiska ku xiray kiiska walaal ilmaha ah.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } ayaa koodh cusub u sameeyay taleefan.
    [child] { $name } ({ $role }) ayaa koodh cusub oo lagu soo galo u sameeyay qof kiiskaaga ku jira.
   *[adult] { $name } ({ $role }) ayaa koodh diiwaangelin oo cusub u sameeyay xubin kiiska ka mid ah.
}
access-case-access-log-view = { $band ->
    [young] { $name } ayaa eegay liiskan.
    [child] { $name } ({ $role }) ayaa eegay liiskan muujinaya cidda aragtay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa eegay diiwaankan gelitaanka.
}
access-case-export = { $band ->
    [young] { $name } ayaa nuqul ka sameeyay faylkaaga.
    [child] { $name } ({ $role }) ayaa nuqul ka sameeyay kiiskaaga si loo diro.
   *[adult] { $name } ({ $role }) ayaa kiiska u soo saaray fayl ahaan (export).
}
access-other = { $band ->
    [young] { $name } ayaa wax ka qabtay faylkaaga.
    [child] { $name } ({ $role }) ayaa wax ka qabtay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa wax ka qabtay kiiska.
}
access-someone = Qof ka mid ah kooxda
