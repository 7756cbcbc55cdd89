# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.
# FR: `*[other]` covers both children (tu) and adults (vous), so those variants are
# worded without tu or vous.

case-stage-registered = { $band ->
    [young] On a ouvert ton dossier
    [child] Dossier ouvert
   *[adult] Dossier ouvert
}
case-stage-tracing = { $band ->
    [young] On cherche ta famille
    [child] Recherche de ta famille
   *[adult] Recherche de la famille
}
case-stage-family-found = { $band ->
    [young] Quelqu'un est peut-être de ta famille
    [child] Quelqu'un est peut-être de ta famille
   *[adult] Un proche a peut-être été retrouvé
}
case-stage-verifying = { $band ->
    [young] On vérifie
    [child] Vérification du lien familial
   *[adult] Vérification
}
case-stage-assessing = { $band ->
    [young] On vérifie que c'est sans danger
    [child] Décider de ce qui est le mieux pour toi
   *[adult] Évaluation
}
case-stage-planning-reunification = { $band ->
    [young] On fait un plan
    [child] Préparer tes retrouvailles avec ta famille
   *[adult] Préparation de la réunification
}
case-stage-reunified = { $band ->
    [young] Avec ta famille
    [child] De nouveau avec ta famille
   *[adult] Famille réunie
}
case-stage-follow-up = { $band ->
    [young] On vient voir comment tu vas
    [child] On voit comment ça se passe
   *[adult] Suivi
}
case-stage-closed = { $band ->
    [young] C'est fini
    [child] Dossier fermé
   *[adult] Dossier fermé
}
case-stage-alternative-care = { $band ->
    [young] Une maison pour l'instant
    [child] Un lieu d'accueil
   *[adult] Lieu d'accueil
}

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
