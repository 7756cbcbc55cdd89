# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.
# Spanish: role labels use "/" forms so they fit any staff member; "file" for young
# children is "carpeta" (a folder), a concrete word they know.

role-caseworker = trabajador/a social
role-guardian = tutor/a
role-legal-representative = representante legal
role-supervisor = supervisor/a
role-admin = administrador/a
role-complaint-handler = responsable de quejas
role-child = niño/a
role-family = familiar

access-case-create = { $band ->
    [young] { $name } creó tu carpeta.
    [child] { $name } ({ $role }) abrió tu caso.
   *[adult] { $name } ({ $role }) abrió el caso.
}
access-case-view = { $band ->
    [young] { $name } miró tu carpeta.
    [child] { $name } ({ $role }) miró tu caso.
   *[adult] { $name } ({ $role }) consultó el caso.
}
access-case-members-view = { $band ->
    [young] { $name } miró quiénes te ayudan.
    [child] { $name } ({ $role }) miró la lista de personas de tu caso.
   *[adult] { $name } ({ $role }) consultó las personas del caso.
}
access-case-invite = { $band ->
    [young] { $name } invitó a una persona nueva.
    [child] { $name } ({ $role }) invitó a alguien a tu caso.
   *[adult] { $name } ({ $role }) invitó a una persona al caso.
}
access-case-staff-assign = { $band ->
    [young] { $name } sumó a otra persona para ayudarte.
    [child] { $name } ({ $role }) agregó a una persona del equipo a tu caso.
   *[adult] { $name } ({ $role }) asignó a una persona del equipo al caso.
}
access-case-stage-change = { $band ->
    [young] { $name } pasó tu carpeta al siguiente paso.
    [child] { $name } ({ $role }) cambió el paso en el que está tu caso.
   *[adult] { $name } ({ $role }) cambió la etapa del caso.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } revisó quién puede hablar contigo.
    [child] { $name } ({ $role }) miró quién puede comunicarse contigo.
   *[adult] { $name } ({ $role }) consultó las reglas de contacto.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } cambió quién puede hablar contigo.
    [child] { $name } ({ $role }) cambió quién puede comunicarse contigo.
   *[adult] { $name } ({ $role }) cambió una regla de contacto.
}
access-case-link = { $band ->
    [young] { $name } juntó tu carpeta con la de tu hermano o hermana.
    [child] { $name } ({ $role }) unió tu caso con el caso de tu hermano o hermana.
   *[adult] { $name } ({ $role }) vinculó el caso con el de un hermano o hermana.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } hizo un código nuevo para un teléfono.
    [child] { $name } ({ $role }) hizo un código nuevo para entrar a la app para alguien de tu caso.
   *[adult] { $name } ({ $role }) generó un nuevo código de registro para una persona del caso.
}
access-case-access-log-view = { $band ->
    [young] { $name } miró esta lista.
    [child] { $name } ({ $role }) miró esta lista de quiénes vieron tu caso.
   *[adult] { $name } ({ $role }) consultó este registro de accesos.
}
access-case-export = { $band ->
    [young] { $name } hizo una copia de tu carpeta.
    [child] { $name } ({ $role }) hizo una copia de tu caso para enviarla.
   *[adult] { $name } ({ $role }) exportó el caso.
}
access-other = { $band ->
    [young] { $name } hizo algo en tu carpeta.
    [child] { $name } ({ $role }) hizo algo en tu caso.
   *[adult] { $name } ({ $role }) realizó una acción en el caso.
}
access-someone = Alguien del equipo
