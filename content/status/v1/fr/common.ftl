# Texts a child meets around their case status, version 1. Never edit in place.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult

status-reassure-b0to5 = Rien de tout ça n'est de ta faute. Tu es en sécurité, et des gens prennent soin de toi.
status-reassure-b6to9 = C'est dur d'attendre. Rien de tout ça n'est de ta faute. Chaque jour, des gens travaillent pour t'aider.
status-reassure-b10to12 = Attendre peut être difficile. Si cela prend du temps, ce n'est pas de ta faute. Des gens s'occupent de ton dossier.
status-reassure-b13to15 = Attendre peut être difficile. Ce n'est pas de ta faute si ta famille n'a pas encore été retrouvée, ni si les vérifications prennent du temps.
status-reassure-b16to17 = Attendre peut être difficile. Rien de tout cela n'est de ta faute. Ton assistant social te préviendra dès qu'il y aura du nouveau.
status-reassure-adult = La recherche de la famille et les vérifications prennent du temps. L'assistant social vous contactera dès qu'il y aura du nouveau.

status-guardian-b0to5 = Ton tuteur est là pour t'aider. Demande à une grande personne de l'appeler pour toi.
status-guardian-b6to9 = Ton tuteur est là pour toi. Envoie-lui un message dans cette application, ou demande à un adulte qui s'occupe de toi de l'appeler.
status-guardian-b10to12 = Tu peux écrire à ton tuteur dans cette application. Si c'est urgent, demande à un adulte qui s'occupe de toi de l'appeler.
status-guardian-b13to15 = Tu peux écrire à ton tuteur dans cette application, à tout moment. Si c'est urgent, demande à un adulte qui s'occupe de toi de l'appeler.
status-guardian-b16to17 = Tu peux écrire à ton tuteur dans cette application, à tout moment. Si c'est urgent, téléphone-lui ou demande à un adulte qui s'occupe de toi.
status-guardian-adult = Vous pouvez écrire à l'assistant social de l'enfant dans cette application.

status-complaint-b0to5 = Si quelqu'un te fait du mal ou te rend triste, dis-le à une grande personne en qui tu as confiance.
status-complaint-b6to9 = Si quelque chose ne va pas, ou si quelqu'un est méchant avec toi, tu peux nous le dire. Tu n'as pas besoin de dire ton nom.
status-complaint-b10to12 = Si quelque chose ne va pas, ou si quelqu'un te traite mal, tu peux faire une plainte dans cette application. Tu n'as pas besoin de donner ton nom.
status-complaint-b13to15 = Si quelque chose ne va pas, ou si quelqu'un te traite mal, tu peux faire une plainte dans cette application. Tu n'as pas besoin de donner ton nom, et la personne concernée ne verra pas ta plainte.
status-complaint-b16to17 = Tu peux faire une plainte dans cette application pour tout ce qui ne va pas, même au sujet du personnel. Tu n'as pas besoin de donner ton nom, et la personne concernée ne verra pas ta plainte.
status-complaint-adult = Vous pouvez faire une plainte dans cette application, sans donner votre nom. La personne concernée ne verra pas votre plainte.
