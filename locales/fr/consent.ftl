# Accusés de consentement : le court texte qu'une personne reçoit après chaque décision
# de consentement, dans sa langue et selon sa tranche d'âge. $band vaut `young` (0–9),
# `child` (10–17) ou `adult` ; $title est le titre de l'avis (l'objet de la question) ;
# $date est le jour (AAAA-MM-JJ).
# FR: machine draft (Claude), not reviewed by a native speaker. "tu" for children; the
# adult variants are impersonal, like the English. Nothing changes for a girl or a boy.

consent-receipt-given = { $band ->
    [young] Tu as dit oui à : { $title }. Si tu changes d'avis, dis-le à ton tuteur ou à ton assistant social.
    [child] Tu as dit oui à : { $title } ({ $date }). Tu peux changer d'avis à tout moment : appuie sur le bouton « Arrêter » dans l'application, ou dis-le à ton assistant social.
   *[adult] Consentement donné : { $title } ({ $date }). Il peut être retiré à tout moment dans l'application ou par l'intermédiaire de l'assistant social.
}
consent-receipt-refused = { $band ->
    [young] Tu as dit non à : { $title }. C'est bien. On continue à t'aider.
    [child] Tu as dit non à : { $title } ({ $date }). C'est ton choix, et on continue à t'aider pour tout le reste.
   *[adult] Consentement refusé : { $title } ({ $date }). Ce qui était demandé ne sera pas fait, sauf si deux membres du personnel décident que la sécurité ou l'intérêt supérieur de l'enfant l'exige ; cette décision est elle aussi enregistrée.
}
consent-receipt-withdrawn = { $band ->
    [young] Tu as demandé d'arrêter : { $title }. C'est arrêté.
    [child] Tu as retiré ton oui pour : { $title } ({ $date }). C'est arrêté depuis ce moment-là.
   *[adult] Consentement retiré : { $title } ({ $date }). Il a pris fin à ce moment-là ; ce qui a été fait avant n'est pas annulé.
}
consent-receipt-recorded = { $band ->
    [young] Quelque chose a été noté à propos de : { $title }. Ton assistant social peut t'expliquer ce que ça veut dire.
    [child] Ceci a été enregistré à propos de : { $title } ({ $date }). Demande à ton assistant social si tu veux en savoir plus.
   *[adult] Enregistré pour : { $title } ({ $date }).
}
