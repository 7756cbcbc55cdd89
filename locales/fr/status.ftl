# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.
# FR: `*[other]` covers both children (tu) and adults (vous), so those variants are
# worded without tu or vous.

case-stage-registered = Dossier ouvert
case-stage-tracing = Recherche de la famille
case-stage-family-found = Famille retrouvée
case-stage-verifying = Vérification
case-stage-assessing = Évaluation
case-stage-planning-reunification = Préparation de la réunification
case-stage-reunified = Famille réunie
case-stage-follow-up = Suivi
case-stage-closed = Dossier fermé
case-stage-alternative-care = Lieu d'accueil

status-heading-meaning = { $band ->
    [young] Ce qui se passe
   *[other] Ce que cela veut dire
}
status-heading-next = Ce qui va se passer ensuite
status-heading-can-do = { $band ->
    [young] Ce que tu peux faire
   *[other] Que faire maintenant ?
}
status-heading-ask = { $band ->
    [young] Qui peut t'aider
   *[other] À qui demander
}

notification-stage-changed = { $band ->
    [young] Il y a du nouveau dans ton dossier.
    [child] Il y a du nouveau dans ton dossier.
   *[adult] Le dossier est passé à une nouvelle étape.
}
