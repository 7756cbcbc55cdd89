# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.
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
access-case-status-view = { $band ->
    [young] { $name } a regardé où en est ton dossier.
    [child] { $name } ({ $role }) a regardé à quelle étape est ton dossier.
   *[adult] { $name } ({ $role }) a consulté le statut du dossier.
}
access-case-stage-correct = { $band ->
    [young] { $name } a corrigé l'étape de ton dossier.
    [child] { $name } ({ $role }) a corrigé l'étape où en est ton dossier.
   *[adult] { $name } ({ $role }) a corrigé l'étape du dossier.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name } a demandé à corriger l'étape de ton dossier. Une autre personne doit d'abord être d'accord.
    [child] { $name } ({ $role }) a demandé à corriger l'étape où en est ton dossier. Un deuxième responsable d'équipe doit d'abord être d'accord.
   *[adult] { $name } ({ $role }) a proposé une correction de l'étape du dossier, qu'un deuxième responsable d'équipe doit approuver.
}
access-case-stage-correct-withdraw = { $band ->
    [young] Une demande pour corriger l'étape de ton dossier a été arrêtée. Rien n'a changé.
    [child] { $name } ({ $role }) a fermé une demande de correction de l'étape où en est ton dossier. Rien n'a changé.
   *[adult] { $name } ({ $role }) a clos une proposition de correction d'étape. L'étape n'a pas changé.
}
access-stage-corrections-list = { $band ->
    [young] { $name } a regardé la liste des étapes qui attendent d'être corrigées.
    [child] { $name } ({ $role }) a regardé la liste des corrections qui attendent d'être approuvées.
   *[adult] { $name } ({ $role }) a consulté les corrections d'étape en attente d'approbation.
}
access-case-access-refused = { $band ->
    [young] { $name } a essayé d'ouvrir ton dossier. Ce n'était pas permis, alors cette personne n'a rien vu.
    [child] { $name } ({ $role }) a essayé d'ouvrir ton dossier, mais n'en avait pas le droit. Cette personne n'a rien vu.
   *[adult] { $name } ({ $role }) a tenté d'accéder aux informations du dossier, et l'accès a été refusé. Rien n'a été montré ni modifié.
}
access-case-member-remove = { $band ->
    [young] { $name } a enlevé quelqu'un de ton dossier.
    [child] { $name } ({ $role }) a retiré quelqu'un de ton dossier.
   *[adult] { $name } ({ $role }) a retiré une personne du dossier.
}
access-cases-list = { $band ->
    [young] { $name } a regardé sa liste de dossiers.
    [child] { $name } ({ $role }) a regardé sa liste de dossiers.
   *[adult] { $name } ({ $role }) a consulté la liste de ses dossiers.
}
access-metrics-stages-view = { $band ->
    [young] { $name } a regardé des chiffres sur beaucoup de dossiers.
    [child] { $name } ({ $role }) a regardé des chiffres sur tous les dossiers, sans les noms.
   *[adult] { $name } ({ $role }) a consulté les chiffres par étape de l'ensemble des dossiers.
}
access-staff-create = { $band ->
    [young] { $name } a ajouté une nouvelle personne qui aide.
    [child] { $name } ({ $role }) a créé un compte pour un membre de l'équipe.
   *[adult] { $name } ({ $role }) a créé un compte pour un membre du personnel.
}
access-staff-code-reissue = { $band ->
    [young] { $name } a fait un nouveau code pour le téléphone d'une personne qui aide.
    [child] { $name } ({ $role }) a créé un nouveau code de connexion pour un membre de l'équipe.
   *[adult] { $name } ({ $role }) a créé un nouveau code d'inscription pour un compte du personnel.
}
access-staff-supervisor-set = { $band ->
    [young] { $name } a noté qui est le chef d'une personne qui aide.
    [child] { $name } ({ $role }) a enregistré qui supervise un membre de l'équipe.
   *[adult] { $name } ({ $role }) a enregistré qui supervise un compte du personnel.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] Un nouveau téléphone a été ajouté à ton compte. { $name } a donné le code pour ce téléphone.
        [child] Un nouveau téléphone a été ajouté à ton compte, avec un code donné par { $name } ({ $role }).
       *[adult] Un nouvel appareil a été enregistré sur votre compte, avec un code d'inscription créé par { $name } ({ $role }).
    }
    [child] { $band ->
        [young] Un nouveau téléphone a été ajouté au compte de l'enfant. { $name } a donné le code pour ce téléphone.
        [child] Un nouveau téléphone a été ajouté au compte de l'enfant, avec un code donné par { $name } ({ $role }).
       *[adult] Un nouvel appareil a été enregistré sur le compte de l'enfant, avec un code d'inscription créé par { $name } ({ $role }).
    }
   *[other] { $band ->
        [young] Un nouveau téléphone a été ajouté pour une personne de ton dossier. { $name } a donné le code pour ce téléphone.
        [child] Un nouveau téléphone a été ajouté pour une personne de ton dossier, avec un code donné par { $name } ({ $role }).
       *[adult] Un nouvel appareil a été enregistré pour une personne du dossier, avec un code d'inscription créé par { $name } ({ $role }).
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } a changé la langue dans laquelle l'application lui parle.
    [child] { $name } ({ $role }) a changé ses réglages de langue.
   *[adult] { $name } ({ $role }) a mis à jour ses préférences de langue.
}
access-account-export = { $band ->
    [young] { $name } a fait une copie de ses propres informations.
    [child] { $name } ({ $role }) a téléchargé une copie de ses propres informations.
   *[adult] { $name } ({ $role }) a exporté ses propres données.
}
access-devices-list = { $band ->
    [young] { $name } a regardé les téléphones d'un compte.
    [child] { $name } ({ $role }) a regardé quels téléphones un compte utilise.
   *[adult] { $name } ({ $role }) a consulté la liste des appareils d'un compte.
}
access-device-revoke = { $band ->
    [young] { $name } a déconnecté un téléphone.
    [child] { $name } ({ $role }) a retiré un téléphone d'un compte.
   *[adult] { $name } ({ $role }) a révoqué un appareil.
}
access-keys-upload = { $band ->
    [young] { $name } a préparé un téléphone pour les messages privés.
    [child] { $name } ({ $role }) a partagé de nouvelles clés pour les messages privés.
   *[adult] { $name } ({ $role }) a envoyé de nouvelles clés de chiffrement.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } a tout préparé pour envoyer un message privé.
    [child] { $name } ({ $role }) a récupéré les clés pour commencer une conversation privée.
   *[adult] { $name } ({ $role }) a récupéré des clés de chiffrement pour commencer une conversation.
}
access-sealed-access-key-set = { $band ->
    [young] { $name } a fait une nouvelle clé pour les messages privés.
    [child] { $name } ({ $role }) a mis en place une nouvelle clé pour les messages privés.
   *[adult] { $name } ({ $role }) a défini une nouvelle clé d'accès pour l'expéditeur masqué (sealed sender).
}
access-audit-verify = { $band ->
    [young] { $name } a vérifié que la liste de qui a fait quoi est en sécurité.
    [child] { $name } ({ $role }) a vérifié que l'historique de qui a fait quoi n'a pas été modifié.
   *[adult] { $name } ({ $role }) a vérifié le journal d'audit.
}
access-retention-run = { $band ->
    [young] De vieilles informations ont été effacées, comme le disent les règles.
    [child] De vieilles informations ont été effacées, comme le disent les règles.
   *[adult] Le traitement de conservation a supprimé les données arrivées au bout de leur durée de conservation.
}
access-retention-dry-run = { $band ->
    [young] Quelqu'un a regardé quelles vieilles informations peuvent être effacées. Rien n'a été effacé.
    [child] Quelqu'un a regardé quelles vieilles informations peuvent être effacées. Rien n'a été effacé.
   *[adult] Un essai à blanc du traitement de conservation a compté les données à supprimer. Rien n'a été supprimé.
}
access-server-start = { $band ->
    [young] L'ordinateur de Kinbridge a démarré.
    [child] Le serveur de Kinbridge a démarré.
   *[adult] Le serveur a démarré.
}
access-other = { $band ->
    [young] { $name } a fait quelque chose dans ton dossier.
    [child] { $name } ({ $role }) a fait quelque chose dans ton dossier.
   *[adult] { $name } ({ $role }) a effectué une action sur le dossier.
}
access-someone = Quelqu'un de l'équipe
access-consent-age-set = { $band ->
    [young] { $name } a noté ton âge.
    [child] { $name } ({ $role }) a enregistré ton âge.
   *[adult] { $name } ({ $role }) a enregistré l'âge de l'enfant.
}
access-consent-decide = { $band ->
    [young] { $name } a dit oui ou non à une question sur toi.
    [child] { $name } ({ $role }) a enregistré un oui ou un non à une demande de consentement.
   *[adult] { $name } ({ $role }) a enregistré une décision sur un consentement.
}
access-consent-withdraw = { $band ->
    [young] { $name } a demandé d'arrêter quelque chose qui avait été accepté avant.
    [child] { $name } ({ $role }) a retiré un consentement.
   *[adult] { $name } ({ $role }) a retiré un consentement.
}
access-consent-list = { $band ->
    [young] { $name } a regardé ce qui a été accepté pour toi.
    [child] { $name } ({ $role }) a regardé tes consentements.
   *[adult] { $name } ({ $role }) a consulté les consentements.
}
access-consent-override-request = { $band ->
    [young] { $name } a demandé d'avancer sans un oui, pour te protéger.
    [child] { $name } ({ $role }) a demandé d'agir sans consentement, pour ta sécurité.
   *[adult] { $name } ({ $role }) a demandé de passer outre une décision de consentement, dans l'intérêt supérieur de l'enfant.
}
access-consent-override-approve = { $band ->
    [young] { $name } a accepté qu'on avance sans un oui, pour te protéger.
    [child] { $name } ({ $role }) a accepté qu'on agisse sans consentement, pour ta sécurité.
   *[adult] { $name } ({ $role }) a approuvé la demande de passer outre une décision de consentement.
}
access-consent-request = { $band ->
    [young] { $name } t'a demandé si tu es d'accord avec quelque chose.
    [child] { $name } ({ $role }) a demandé ton consentement.
   *[adult] { $name } ({ $role }) a demandé un consentement.
}
access-view-request = { $band ->
    [young] { $name } t'a demandé ce que tu penses.
    [child] { $name } ({ $role }) a demandé ton avis sur une décision.
   *[adult] { $name } ({ $role }) a demandé l'avis de l'enfant sur une décision.
}
access-view-give = { $band ->
    [young] { $name } a dit son avis.
    [child] { $name } ({ $role }) a donné son avis sur une décision.
   *[adult] { $name } ({ $role }) a donné un avis sur une décision.
}
access-views-list = { $band ->
    [young] { $name } a regardé qui a dit son avis.
    [child] { $name } ({ $role }) a regardé qui a donné son avis.
   *[adult] { $name } ({ $role }) a consulté la liste des avis demandés et donnés.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } a fait une plainte.
    [child] { $name } ({ $role }) a fait une plainte.
   *[adult] { $name } ({ $role }) : une plainte a été faite.
}
access-complaint-read = { $band ->
    [young] { $name } a lu une plainte avec son numéro de suivi.
    [child] { $name } ({ $role }) a lu une plainte avec son numéro de suivi.
   *[adult] { $name } ({ $role }) : une plainte a été lue avec son numéro de suivi.
}
access-complaint-follow-up = { $band ->
    [young] { $name } a ajouté quelque chose à une plainte avec son numéro de suivi.
    [child] { $name } ({ $role }) a ajouté quelque chose à une plainte avec son numéro de suivi.
   *[adult] { $name } ({ $role }) : des informations ont été ajoutées à une plainte avec son numéro de suivi.
}
access-complaints-list = { $band ->
    [young] { $name } a regardé la liste des plaintes.
    [child] { $name } ({ $role }) a regardé la liste des plaintes.
   *[adult] { $name } ({ $role }) a consulté la file d'attente des plaintes.
}
access-complaint-view = { $band ->
    [young] { $name } a regardé une plainte.
    [child] { $name } ({ $role }) a ouvert une plainte.
   *[adult] { $name } ({ $role }) a ouvert une plainte.
}
access-complaint-acknowledge = { $band ->
    [young] { $name } a dit avoir lu une plainte.
    [child] { $name } ({ $role }) a confirmé avoir reçu une plainte.
   *[adult] { $name } ({ $role }) a accusé réception d'une plainte.
}
access-complaint-status-change = { $band ->
    [young] { $name } a changé où en est une plainte.
    [child] { $name } ({ $role }) a changé le statut d'une plainte.
   *[adult] { $name } ({ $role }) a modifié le statut d'une plainte.
}
access-complaint-reply = { $band ->
    [young] { $name } a écrit au sujet d'une plainte.
    [child] { $name } ({ $role }) a écrit une réponse ou une note sur une plainte.
   *[adult] { $name } ({ $role }) a écrit une réponse ou une note interne sur une plainte.
}
access-complaint-triage = { $band ->
    [young] { $name } a trié une plainte.
    [child] { $name } ({ $role }) a trié une plainte (qui s'en occupe, étiquettes).
   *[adult] { $name } ({ $role }) a effectué le tri d'une plainte.
}
access-complaint-keys-share = { $band ->
    [young] { $name } a permis à un nouveau téléphone de l'équipe des plaintes de lire une plainte.
    [child] { $name } ({ $role }) a permis à un nouveau téléphone de l'équipe des plaintes de lire une plainte.
   *[adult] { $name } ({ $role }) a partagé la clé d'une plainte avec un appareil de l'équipe des plaintes ajouté par la suite.
}
access-complaint-escalate = { $band ->
    [young] Une plainte urgente a été envoyée à plus de personnes.
    [child] Une plainte urgente a été envoyée aux personnes de garde suivantes.
   *[adult] Une plainte urgente sans accusé de réception a été transmise au niveau de garde suivant.
}
access-complaint-deadline-warn = { $band ->
    [young] Une plainte attend depuis trop longtemps.
    [child] Le délai d'une plainte est presque dépassé, ou déjà dépassé.
   *[adult] Le délai d'une plainte a atteint 80 % ou est dépassé.
}
access-complaint-identity-request = { $band ->
    [young] { $name } a demandé qui a fait une plainte.
    [child] { $name } ({ $role }) a demandé à savoir qui a fait une plainte.
   *[adult] { $name } ({ $role }) a demandé l'identité de la personne qui a fait une plainte.
}
access-complaint-identity-decide = { $band ->
    [young] { $name } a décidé si quelqu'un peut savoir qui a fait une plainte.
    [child] { $name } ({ $role }) a pris une décision sur une demande pour savoir qui a fait une plainte.
   *[adult] { $name } ({ $role }) a pris une décision sur une demande d'identité.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } a appris qui a fait une plainte.
    [child] { $name } ({ $role }) a appris qui a fait une plainte, après accord.
   *[adult] { $name } ({ $role }) a consulté l'identité de la personne qui a fait une plainte, après approbation.
}
access-complaint-custodian-set = { $band ->
    [young] { $name } a changé qui peut décider pour les noms dans les plaintes.
    [child] { $name } ({ $role }) a changé qui est gardien pour les plaintes.
   *[adult] { $name } ({ $role }) a modifié le droit de gardien pour les plaintes.
}
access-complaint-on-call-set = { $band ->
    [young] { $name } a changé qui est de garde pour les plaintes.
    [child] { $name } ({ $role }) a changé ses tours de garde pour les plaintes.
   *[adult] { $name } ({ $role }) a modifié son niveau de garde pour les plaintes urgentes.
}
access-complaint-expiry-warn = { $band ->
    [young] Une vieille plainte va bientôt être effacée.
    [child] Une plainte fermée va bientôt être effacée.
   *[adult] Une plainte clôturée a été marquée pour suppression après la période d'avertissement.
}
access-complaint-delete = { $band ->
    [young] Une vieille plainte a été effacée.
    [child] Une plainte fermée a été effacée.
   *[adult] Une plainte clôturée a été supprimée.
}
access-complaint-metrics-view = { $band ->
    [young] { $name } a regardé des chiffres sur les plaintes.
    [child] { $name } ({ $role }) a regardé des chiffres sur les plaintes.
   *[adult] { $name } ({ $role }) a consulté les statistiques des plaintes.
}

# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
# FR: check in = "donner de ses nouvelles" / "montrer comment ça va" (young); call for help =
# "appel à l'aide"; on duty = "de garde"; "ta disparition" so nothing agrees with gender.
access-checkin-record = { $band ->
    [young] { $name } a montré comment ça va.
    [child] { $name } ({ $role }) a donné de ses nouvelles.
   *[adult] { $name } ({ $role }) a donné de ses nouvelles.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } a choisi combien de fois tu peux montrer comment ça va.
    [child] { $name } ({ $role }) a choisi à quelle fréquence on te propose de donner de tes nouvelles.
   *[adult] { $name } ({ $role }) a fixé la fréquence à laquelle il est proposé à l'enfant de donner de ses nouvelles.
}
access-checkins-list = { $band ->
    [young] { $name } a regardé quand tu as montré comment ça va.
    [child] { $name } ({ $role }) a regardé quand tu as donné de tes nouvelles.
   *[adult] { $name } ({ $role }) a consulté les moments où l'enfant a donné de ses nouvelles.
}
access-help-request = { $band ->
    [young] { $name } a demandé de l'aide en urgence.
    [child] { $name } ({ $role }) a demandé de l'aide en urgence.
   *[adult] { $name } ({ $role }) a demandé de l'aide en urgence.
}
access-missing-flag = { $band ->
    [young] { $name } a dit ne pas savoir où tu es.
    [child] { $name } ({ $role }) a signalé ta disparition.
   *[adult] { $name } ({ $role }) a signalé la disparition de l'enfant.
}
access-alert-escalate = { $band ->
    [young] D'autres personnes qui aident ont été prévenues.
    [child] D'autres personnes de garde ont été prévenues, car personne n'avait encore répondu.
   *[adult] L'alerte est passée au niveau de garde suivant : personne n'en avait accusé réception.
}
access-alert-acknowledge = { $band ->
    [young] { $name } a vu l'appel à l'aide.
    [child] { $name } ({ $role }) a vu l'alerte et l'a prise en charge.
   *[adult] { $name } ({ $role }) a accusé réception de l'alerte.
}
access-alert-resolve = { $band ->
    [young] { $name } a fermé l'appel à l'aide.
    [child] { $name } ({ $role }) a fermé l'alerte.
   *[adult] { $name } ({ $role }) a marqué l'alerte comme résolue.
}
access-alert-list = { $band ->
    [young] { $name } a regardé les appels à l'aide.
    [child] { $name } ({ $role }) a regardé les alertes ouvertes.
   *[adult] { $name } ({ $role }) a consulté les alertes ouvertes.
}
access-alert-metrics = { $band ->
    [young] { $name } a regardé des chiffres sur les appels à l'aide.
    [child] { $name } ({ $role }) a regardé des chiffres sur les alertes (sans les noms).
   *[adult] { $name } ({ $role }) a consulté les statistiques globales des alertes.
}
access-roster-set = { $band ->
    [young] { $name } a changé qui est de garde.
    [child] { $name } ({ $role }) a changé qui est de garde pour les alertes.
   *[adult] { $name } ({ $role }) a modifié le tableau des gardes.
}
access-case-risk-set = { $band ->
    [young] { $name } a choisi quelles personnes qui aident sont prévenues en premier.
    [child] { $name } ({ $role }) a choisi quels spécialistes sont prévenus en premier en cas d'alerte.
   *[adult] { $name } ({ $role }) a défini la catégorie de risque du dossier pour l'acheminement des alertes.
}
