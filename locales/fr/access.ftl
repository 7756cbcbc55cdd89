# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.
# FR: verbs use the passé composé with "avoir" so nothing agrees with the staff member's
# gender. Role names use the usual French generic masculine (or epicene words).

role-caseworker = assistant social
role-guardian = tuteur
role-legal-representative = avocat
role-supervisor = responsable d'équipe
role-admin = administrateur
role-complaint-handler = responsable des plaintes
role-child = enfant
role-family = membre de la famille

access-case-create = { $band ->
    [young] { $name } a commencé ton dossier.
    [child] { $name } ({ $role }) a ouvert ton dossier.
   *[adult] { $name } ({ $role }) a ouvert le dossier.
}
access-case-view = { $band ->
    [young] { $name } a regardé ton dossier.
    [child] { $name } ({ $role }) a regardé ton dossier.
   *[adult] { $name } ({ $role }) a consulté le dossier.
}
access-case-members-view = { $band ->
    [young] { $name } a regardé qui t'aide.
    [child] { $name } ({ $role }) a regardé la liste des personnes de ton dossier.
   *[adult] { $name } ({ $role }) a consulté la liste des personnes du dossier.
}
access-case-invite = { $band ->
    [young] { $name } a invité une nouvelle personne.
    [child] { $name } ({ $role }) a invité quelqu'un dans ton dossier.
   *[adult] { $name } ({ $role }) a invité une personne dans le dossier.
}
access-case-staff-assign = { $band ->
    [young] { $name } a demandé à une nouvelle personne de t'aider.
    [child] { $name } ({ $role }) a ajouté un membre de l'équipe à ton dossier.
   *[adult] { $name } ({ $role }) a affecté un membre du personnel au dossier.
}
access-case-stage-change = { $band ->
    [young] { $name } a fait passer ton dossier à l'étape suivante.
    [child] { $name } ({ $role }) a changé l'étape de ton dossier.
   *[adult] { $name } ({ $role }) a modifié l'étape du dossier.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } a regardé qui peut te parler.
    [child] { $name } ({ $role }) a regardé qui a le droit de te contacter.
   *[adult] { $name } ({ $role }) a consulté les règles de contact.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } a changé qui peut te parler.
    [child] { $name } ({ $role }) a changé qui a le droit de te contacter.
   *[adult] { $name } ({ $role }) a modifié une règle de contact.
}
access-case-link = { $band ->
    [young] { $name } a relié ton dossier à celui de ton frère ou de ta sœur.
    [child] { $name } ({ $role }) a relié ton dossier à celui d'un frère ou d'une sœur.
   *[adult] { $name } ({ $role }) a relié le dossier à celui d'un frère ou d'une sœur de l'enfant.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } a fait un nouveau code pour un téléphone.
    [child] { $name } ({ $role }) a créé un nouveau code de connexion pour une personne de ton dossier.
   *[adult] { $name } ({ $role }) a créé un nouveau code d'inscription pour un membre du dossier.
}
access-case-access-log-view = { $band ->
    [young] { $name } a regardé cette liste.
    [child] { $name } ({ $role }) a regardé cette liste des personnes qui ont vu ton dossier.
   *[adult] { $name } ({ $role }) a consulté ce journal des accès.
}
access-case-export = { $band ->
    [young] { $name } a fait une copie de ton dossier.
    [child] { $name } ({ $role }) a fait une copie de ton dossier pour l'envoyer.
   *[adult] { $name } ({ $role }) a exporté le dossier.
}
access-other = { $band ->
    [young] { $name } a fait quelque chose dans ton dossier.
    [child] { $name } ({ $role }) a fait quelque chose dans ton dossier.
   *[adult] { $name } ({ $role }) a effectué une action sur le dossier.
}
access-someone = Quelqu'un de l'équipe
