# Plaintes : ce qu'une personne lit avant, pendant et après avoir fait une plainte. Version 2.
# Version 2 of content/complaints/v1/fr/complaints.ftl: never edit in place.
# French (fr): MACHINE DRAFT translation of content/complaints/v1/en/complaints.ftl, made by
# an AI model (Claude) on 2026-12-03; not reviewed by a native speaker. "tu" for children,
# "vous" for adults; nothing changes for a girl or a boy; no variables, no selectors.
# Terms: complaint team = "l'équipe des plaintes"; receipt number = "numéro de suivi";
# make a complaint = "faire une plainte". As in English, no promise of an outcome or a day:
# "essaie de" / "a pour but de" stay as weak as "try to" / "aim to".
#
# Version 2 (issue 14): the 18 texts for 0–9 that changed in English v2 are a new MACHINE
# DRAFT by an AI model (Claude), 2026-12-03, translated from content/complaints/v2/en; not
# reviewed by a native speaker. They name "l'équipe des plaintes" (no more "nous", "on",
# "l'équipe" or, in 0–5, "les personnes qui t'aident") and explain it the first time in
# each text in the same words as the status texts v2:
#   complaint team: "Leur travail, c'est d'aider quand quelque chose ne va pas."
#   (in the two referred texts, first: "Le travail de l'équipe des plaintes, c'est d'aider
#   quand quelque chose ne va pas.")
# "They" after the explanation = "ces personnes" or "cette équipe" (no "elle"/"ils").
# All other texts are as in version 1.

complaint-help-after-b0to5 = Tu as dit que quelque chose ne va pas. Quelqu'un de l'équipe des plaintes va le lire. Leur travail, c'est d'aider quand quelque chose ne va pas. Ces personnes vont essayer d'arranger les choses.
complaint-help-after-b6to9 = L'équipe des plaintes va lire ce que tu as écrit. Leur travail, c'est d'aider quand quelque chose ne va pas. Ces personnes vont te répondre ici. Reviens pour voir leur réponse.
complaint-help-after-b10to12 = Une personne de l'équipe des plaintes va lire ta plainte et te répondre ici. L'équipe essaie de répondre en une semaine au maximum. Reviens avec ton numéro de suivi pour lire la réponse.
complaint-help-after-b13to15 = Une personne de l'équipe des plaintes va lire ta plainte et te répondre ici. L'équipe a pour but de te répondre dans un délai d'une semaine et de te dire ce qu'elle a fait dans un délai de trois mois. Tu peux ajouter d'autres choses à tout moment.
complaint-help-after-b16to17 = L'équipe des plaintes lit chaque plainte. Elle a pour but de te répondre dans un délai d'une semaine et de te dire ce qu'elle a fait dans un délai de trois mois. Tu peux ajouter des informations à tout moment avec ton numéro de suivi.
complaint-help-after-adult = L'équipe des plaintes lit chaque plainte. Elle a pour but d'en accuser réception dans un délai de 7 jours et de vous dire ce qui a été fait dans un délai de 3 mois. Vous pouvez ajouter des informations à tout moment avec votre numéro de suivi.

complaint-help-readers-b0to5 = Seule l'équipe des plaintes peut le voir. Leur travail, c'est d'aider quand quelque chose ne va pas. La personne dont tu parles ne peut pas le voir.
complaint-help-readers-b6to9 = Seule l'équipe des plaintes peut le lire. Leur travail, c'est d'aider quand quelque chose ne va pas. Si c'est au sujet d'une personne, cette personne ne peut pas le voir. Tu n'as pas besoin de dire ton nom.
complaint-help-readers-b10to12 = Seule l'équipe des plaintes peut lire ta plainte. La personne concernée par ta plainte ne peut pas la voir. Tu n'as pas besoin de donner ton nom.
complaint-help-readers-b13to15 = Seule l'équipe des plaintes peut lire ta plainte, sur ses propres téléphones. La personne concernée par ta plainte ne peut pas la voir, et le serveur qui la transporte ne peut pas la lire. Tu n'as pas besoin de donner ton nom.
complaint-help-readers-b16to17 = Seule l'équipe des plaintes peut lire ta plainte : elle est verrouillée sur ton téléphone et déverrouillée sur ceux de l'équipe. La personne concernée par ta plainte ne peut pas la voir. Tu n'as pas besoin de donner ton nom.
complaint-help-readers-adult = Seule l'équipe des plaintes peut lire la plainte : elle est chiffrée sur votre téléphone et déchiffrée sur ceux de l'équipe. La personne concernée par la plainte ne peut pas la voir. Vous n'avez pas besoin de donner votre nom.

complaint-help-receipt-b0to5 = Tu reçois un numéro. Une grande personne en qui tu as confiance peut le garder pour toi.
complaint-help-receipt-b6to9 = Tu reçois un long numéro. C'est ta clé pour voir la réponse. Garde-le secret. Écris-le et cache-le.
complaint-help-receipt-b10to12 = Tu reçois un numéro de suivi. Avec ce numéro, tu peux lire la réponse, sur n'importe quel téléphone. Garde-le secret : toute personne qui a ce numéro peut lire ta plainte.
complaint-help-receipt-b13to15 = Tu reçois un numéro de suivi, une seule fois. Avec ce numéro, tu peux lire les réponses et ajouter d'autres choses, sur n'importe quel téléphone. Garde-le secret : toute personne qui l'a peut lire ta plainte. Si tu le perds, personne ne peut le retrouver pour toi.
complaint-help-receipt-b16to17 = Tu reçois un numéro de suivi, une seule fois. Avec ce numéro, tu peux lire les réponses et ajouter d'autres choses, depuis n'importe quel téléphone. Garde-le secret : toute personne qui l'a peut lire ta plainte. Si tu le perds, personne ne peut te le redonner.
complaint-help-receipt-adult = Vous recevez un numéro de suivi, une seule fois. Il permet de lire les réponses et d'ajouter des informations depuis n'importe quel appareil. Gardez-le secret : toute personne qui l'a peut lire la plainte. S'il est perdu, personne ne peut le récupérer.

complaint-urgent-b0to5 = Si quelqu'un fait du mal à un enfant maintenant, appuie ici. Une personne de garde est prévenue tout de suite.
complaint-urgent-b6to9 = Si un enfant est en danger maintenant, choisis ceci. Une personne de garde est prévenue tout de suite.
complaint-urgent-b10to12 = Si un enfant est en danger maintenant, choisis ceci. Les personnes de garde sont prévenues tout de suite.
complaint-urgent-b13to15 = Si un enfant est en danger maintenant, choisis ceci. Les personnes de garde sont prévenues tout de suite, et d'autres personnes sont prévenues si personne ne répond.
complaint-urgent-b16to17 = Si un enfant est en danger maintenant, choisis ceci. Les personnes de garde sont prévenues tout de suite, et plus de personnes sont prévenues si personne ne répond rapidement.
complaint-urgent-adult = Si un enfant est en danger maintenant, choisissez cette option. Le personnel de garde est alerté immédiatement, et l'alerte est transmise plus loin si personne ne réagit.

complaint-received-b0to5 = Merci de l'avoir dit à l'équipe des plaintes. Leur travail, c'est d'aider quand quelque chose ne va pas. Une de ces personnes va le lire.
complaint-received-b6to9 = Merci. Ta plainte est arrivée. Quelqu'un de l'équipe des plaintes va la lire. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-received-b10to12 = Merci. Ta plainte est arrivée. Une personne de l'équipe des plaintes va la lire.
complaint-received-b13to15 = Merci. Ta plainte est arrivée en toute sécurité. Une personne de l'équipe des plaintes va la lire et te répondre ici.
complaint-received-b16to17 = Merci. Ta plainte est arrivée en toute sécurité. L'équipe des plaintes va la lire et te répondre ici.
complaint-received-adult = Merci. Votre plainte a été reçue. L'équipe des plaintes va la lire et vous répondre ici.

complaint-status-received-b0to5 = Ton message attend l'équipe des plaintes. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-status-received-b6to9 = Ta plainte attend. Personne ne l'a encore lue.
complaint-status-received-b10to12 = Ta plainte est arrivée. Personne de l'équipe ne l'a encore lue.
complaint-status-received-b13to15 = Ta plainte est arrivée. Personne de l'équipe ne l'a encore lue.
complaint-status-received-b16to17 = Reçue. Personne de l'équipe des plaintes ne l'a encore lue.
complaint-status-received-adult = Reçue. Pas encore lue par l'équipe des plaintes.

complaint-status-acknowledged-b0to5 = Quelqu'un de l'équipe des plaintes a lu ton message. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-status-acknowledged-b6to9 = Quelqu'un de l'équipe des plaintes a lu ta plainte. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-status-acknowledged-b10to12 = Une personne de l'équipe des plaintes a lu ta plainte.
complaint-status-acknowledged-b13to15 = Une personne de l'équipe des plaintes a lu ta plainte.
complaint-status-acknowledged-b16to17 = Lue par l'équipe des plaintes.
complaint-status-acknowledged-adult = Réception confirmée par l'équipe des plaintes.

complaint-status-in-review-b0to5 = Quelqu'un de l'équipe des plaintes s'en occupe. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-status-in-review-b6to9 = L'équipe des plaintes vérifie ce que tu lui as dit. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-status-in-review-b10to12 = L'équipe des plaintes examine ce qui s'est passé.
complaint-status-in-review-b13to15 = L'équipe des plaintes examine ce qui s'est passé.
complaint-status-in-review-b16to17 = L'équipe des plaintes examine ta plainte.
complaint-status-in-review-adult = En cours d'examen par l'équipe des plaintes.

complaint-status-referred-b0to5 = Le travail de l'équipe des plaintes, c'est d'aider quand quelque chose ne va pas. Cette équipe a demandé à d'autres personnes d'aider pour ça.
complaint-status-referred-b6to9 = Le travail de l'équipe des plaintes, c'est d'aider quand quelque chose ne va pas. Cette équipe a demandé l'aide d'autres personnes qui peuvent aider pour ça.
complaint-status-referred-b10to12 = L'équipe des plaintes l'a transmise à un autre service qui peut aider pour ça.
complaint-status-referred-b13to15 = L'équipe des plaintes l'a transmise à un autre service qui peut aider pour ça.
complaint-status-referred-b16to17 = Transmise à un autre service qui peut s'en occuper.
complaint-status-referred-adult = Transmise à un autre service qui peut la traiter.

complaint-status-action-taken-b0to5 = L'équipe des plaintes a fait quelque chose pour ça. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-status-action-taken-b6to9 = L'équipe des plaintes a fait quelque chose au sujet de ta plainte. Leur travail, c'est d'aider quand quelque chose ne va pas.
complaint-status-action-taken-b10to12 = L'équipe des plaintes a fait quelque chose au sujet de ta plainte. Lis sa réponse.
complaint-status-action-taken-b13to15 = L'équipe des plaintes a agi suite à ta plainte. Lis sa réponse.
complaint-status-action-taken-b16to17 = L'équipe des plaintes a agi. Sa réponse dit ce qu'elle a fait.
complaint-status-action-taken-adult = Mesures prises. La réponse de l'équipe indique ce qui a été fait.

complaint-status-closed-b0to5 = L'équipe des plaintes a fini de s'occuper de ça. Leur travail, c'est d'aider quand quelque chose ne va pas. Tu peux leur en parler encore, quand tu veux.
complaint-status-closed-b6to9 = L'équipe des plaintes a fini de s'occuper de cette plainte. Leur travail, c'est d'aider quand quelque chose ne va pas. Tu peux faire une nouvelle plainte quand tu veux.
complaint-status-closed-b10to12 = L'équipe des plaintes a fini de s'occuper de cette plainte. Tu peux en faire une nouvelle à tout moment.
complaint-status-closed-b13to15 = L'équipe des plaintes a fermé cette plainte. Tu peux encore la lire pendant un certain temps, et en faire une nouvelle à tout moment.
complaint-status-closed-b16to17 = Fermée. Tu peux encore la lire pendant un certain temps, et faire une nouvelle plainte à tout moment.
complaint-status-closed-adult = Clôturée. Elle reste lisible pendant un certain temps ; une nouvelle plainte peut être faite à tout moment.
