# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.
# Kreyòl ayisyen (ht): "case" and "file" are both "dosye"; role labels are gender-neutral.

role-caseworker = responsab dosye
role-guardian = gadyen
role-legal-representative = avoka
role-supervisor = sipèvizè
role-admin = administratè
role-complaint-handler = responsab plent
role-child = timoun
role-family = manm fanmi

access-case-create = { $band ->
    [young] { $name } kòmanse dosye ou.
    [child] { $name } ({ $role }) louvri dosye ou.
   *[adult] { $name } ({ $role }) louvri dosye a.
}
access-case-view = { $band ->
    [young] { $name } gade dosye ou.
    [child] { $name } ({ $role }) gade dosye ou.
   *[adult] { $name } ({ $role }) konsilte dosye a.
}
access-case-members-view = { $band ->
    [young] { $name } gade kiyès k ap ede ou.
    [child] { $name } ({ $role }) gade lis moun ki nan dosye ou.
   *[adult] { $name } ({ $role }) konsilte lis moun ki nan dosye a.
}
access-case-invite = { $band ->
    [young] { $name } envite yon nouvo moun.
    [child] { $name } ({ $role }) envite yon moun nan dosye ou.
   *[adult] { $name } ({ $role }) envite yon moun nan dosye a.
}
access-case-staff-assign = { $band ->
    [young] { $name } mande yon nouvo moun vin ede ou.
    [child] { $name } ({ $role }) ajoute yon moun nan ekip la sou dosye ou.
   *[adult] { $name } ({ $role }) asiyen yon manm pèsonèl sou dosye a.
}
access-case-stage-change = { $band ->
    [young] { $name } fè dosye ou pase nan pwochen etap la.
    [child] { $name } ({ $role }) chanje etap dosye ou.
   *[adult] { $name } ({ $role }) chanje etap dosye a.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } gade kiyès ki ka pale avèk ou.
    [child] { $name } ({ $role }) gade kiyès ki gen dwa kontakte ou.
   *[adult] { $name } ({ $role }) konsilte règ kontak yo.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } chanje kiyès ki ka pale avèk ou.
    [child] { $name } ({ $role }) chanje kiyès ki gen dwa kontakte ou.
   *[adult] { $name } ({ $role }) chanje yon règ kontak.
}
access-case-link = { $band ->
    [young] { $name } mete dosye ou ansanm ak dosye frè ou oswa sè ou.
    [child] { $name } ({ $role }) lye dosye ou ak dosye yon frè oswa yon sè ou.
   *[adult] { $name } ({ $role }) lye dosye a ak dosye yon frè oswa yon sè timoun nan.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } fè yon nouvo kòd pou yon telefòn.
    [child] { $name } ({ $role }) fè yon nouvo kòd koneksyon pou yon moun nan dosye ou.
   *[adult] { $name } ({ $role }) bay yon manm dosye a yon nouvo kòd enskripsyon.
}
access-case-access-log-view = { $band ->
    [young] { $name } gade lis sa a.
    [child] { $name } ({ $role }) gade lis sa a, ki montre kiyès ki wè dosye ou.
   *[adult] { $name } ({ $role }) konsilte jounal aksè sa a.
}
access-case-export = { $band ->
    [young] { $name } fè yon kopi dosye ou.
    [child] { $name } ({ $role }) fè yon kopi dosye ou pou voye l bay yon lòt sèvis.
   *[adult] { $name } ({ $role }) ekspòte dosye a.
}
access-other = { $band ->
    [young] { $name } fè yon bagay nan dosye ou.
    [child] { $name } ({ $role }) fè yon bagay nan dosye ou.
   *[adult] { $name } ({ $role }) fè yon aksyon sou dosye a.
}
access-someone = Yon moun nan ekip la
