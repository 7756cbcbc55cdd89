# Texts a child meets around their case status, version 2. Never edit in place.
# MACHINE DRAFT (2026-12-03): translated from English v2 by an AI language model (Claude);
# not reviewed by a native speaker.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
#   status-not-found-<audience>: new in version 2. What happens if no family is found:
#                                referenced from status-tracing-<audience>-next
#   status-scam-warning-adult:   new in version 2. Warning about scams, referenced from
#                                the adult can-do texts of family-found, verifying and
#                                planning-reunification (where contact begins)
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult
#
# FR: role words explained in 0–9 the first time they appear in each text, always in the
# same words:
#   caseworker:     "Ton assistant social est la personne qui t'aide pour ton dossier."
#                   (or "C'est la personne qui t'aide pour ton dossier." right after it)
#   guardian:       "Ton tuteur est la grande personne qui parle pour toi."
#   complaint team: "Leur travail, c'est d'aider quand quelque chose ne va pas."
# "tu" for children, "vous" for adults; no "il" for the caseworker (the role is named
# again, or "on"); a no-break space before ":" and "?".

status-reassure-b0to5 = Rien de tout ça n'est de ta faute. Ici, des gens tiennent à toi. Tu es triste ou tu as peur ? Dis-le à une grande personne en qui tu as confiance.
status-reassure-b6to9 = C'est dur d'attendre. Rien de tout ça n'est de ta faute. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux lui demander ce qui se passe.
status-reassure-b10to12 = Attendre peut être difficile. Si cela prend du temps, ce n'est pas de ta faute. Tu peux demander à ton assistant social ce qui se passe, à tout moment.
status-reassure-b13to15 = Attendre peut être difficile. Si cela prend du temps, ce n'est pas de ta faute. Tu peux demander à ton assistant social ce qui a déjà été fait, à tout moment.
status-reassure-b16to17 = Attendre peut être difficile. Rien de tout cela n'est de ta faute. Ton assistant social te préviendra quand il y aura du nouveau, et tu peux lui demander à tout moment ce qui a été fait.
status-reassure-adult = La recherche de la famille et les vérifications prennent du temps. L'assistant social vous contactera quand il y aura du nouveau. Vous pouvez aussi lui poser vos questions dans cette application, à tout moment.

status-guardian-b0to5 = Ton tuteur est la grande personne qui parle pour toi. Demande à une grande personne en qui tu as confiance de l'appeler pour toi.
status-guardian-b6to9 = Ton tuteur est la grande personne qui parle pour toi. Tu peux lui envoyer un message dans cette application. Ou demande à la grande personne qui s'occupe de toi de l'appeler.
status-guardian-b10to12 = Tu peux écrire à ton tuteur dans cette application. Si c'est urgent, demande à un adulte qui s'occupe de toi de l'appeler.
status-guardian-b13to15 = Tu peux écrire à ton tuteur dans cette application, à tout moment. Si c'est urgent, demande à un adulte qui s'occupe de toi de l'appeler.
status-guardian-b16to17 = Tu peux écrire à ton tuteur dans cette application, à tout moment. Si c'est urgent, téléphone-lui ou demande à un adulte qui s'occupe de toi.
status-guardian-adult = Vous pouvez écrire à l'assistant social de l'enfant dans cette application.

status-complaint-b0to5 = Quelqu'un te fait du mal ou te rend triste ? Dis-le à une grande personne en qui tu as confiance.
status-complaint-b6to9 = Quelque chose ne va pas ? Quelqu'un est méchant avec toi ? Tu peux le dire à l'équipe des plaintes dans cette application. Leur travail, c'est d'aider quand quelque chose ne va pas. Tu n'as pas besoin de dire ton nom. Si c'est au sujet d'une personne, cette personne ne le verra pas.
status-complaint-b10to12 = Si quelque chose ne va pas, ou si quelqu'un te traite mal, tu peux faire une plainte dans cette application. Tu n'as pas besoin de donner ton nom.
status-complaint-b13to15 = Si quelque chose ne va pas, ou si quelqu'un te traite mal, tu peux faire une plainte dans cette application. Tu n'as pas besoin de donner ton nom, et la personne concernée ne verra pas ta plainte.
status-complaint-b16to17 = Tu peux faire une plainte dans cette application pour tout ce qui ne va pas, même au sujet du personnel. Tu n'as pas besoin de donner ton nom, et la personne concernée ne verra pas ta plainte.
status-complaint-adult = Vous pouvez faire une plainte dans cette application, sans donner votre nom. La personne concernée ne verra pas votre plainte.

status-not-found-b0to5 = Parfois, on ne retrouve pas la famille, même après très longtemps. Alors, des grandes personnes continuent à s'occuper de toi. Ton assistant social va continuer à t'aider. C'est la personne qui t'aide pour ton dossier. S'il y a des nouvelles, on peut recommencer à chercher.
status-not-found-b6to9 = Parfois, on ne retrouve pas la famille, même après très longtemps. Alors, des grandes personnes continuent à s'occuper de toi. Ton assistant social va continuer à t'aider et faire un plan avec toi. C'est la personne qui t'aide pour ton dossier. S'il y a des nouvelles, on peut recommencer à chercher.
status-not-found-b10to12 = Parfois, on ne peut pas retrouver la famille, même après une longue recherche. Dans ce cas, tu vivras avec des adultes qui s'occupent de toi, par exemple une famille d'accueil. Ton assistant social continuera à t'aider et fera avec toi un plan pour les années à venir. La recherche pourra reprendre s'il y a des nouvelles.
status-not-found-b13to15 = Parfois, on ne peut retrouver aucun membre de la famille, même après une longue recherche. Dans ce cas, tu vivras avec des adultes qui s'occupent de toi, par exemple une famille d'accueil ou un petit foyer. Ton assistant social continuera à t'aider et fera avec toi un plan à long terme. La recherche pourra reprendre s'il y a des nouvelles.
status-not-found-b16to17 = Parfois, on ne peut retrouver aucun membre de la famille, même après une longue recherche. Dans ce cas, tu vivras avec des adultes qui s'occupent de toi, par exemple une famille d'accueil, un petit foyer ou un logement accompagné. Ton assistant social continuera à t'aider et fera avec toi un plan à long terme, y compris pour tes 18 ans. La recherche pourra reprendre s'il y a des nouvelles.
status-not-found-adult = Si aucun membre de la famille n'est retrouvé, ou si personne ne peut s'occuper de l'enfant en toute sécurité, l'enfant reste dans un lieu d'accueil (protection de remplacement), avec un plan à long terme. L'assistant social continue à soutenir l'enfant. La recherche peut reprendre s'il y a de nouvelles informations.

status-scam-warning-adult = Attention aux arnaques. Certaines personnes se font passer pour un proche, ou pour quelqu'un qui travaille sur le dossier. Elles peuvent demander de l'argent, ou demander où se trouve l'enfant. N'envoyez pas d'argent et ne dites pas où se trouve l'enfant. Vérifiez d'abord auprès de l'assistant social, dans cette application.
