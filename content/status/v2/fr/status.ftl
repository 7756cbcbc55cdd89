# Case status texts, version 2. Published: never edit in place; a change is a new version
# folder (content/status/v3/…). Version 1 stays as published.
# MACHINE DRAFT (2026-12-03): translated from English v2 by an AI language model (Claude);
# not reviewed by a native speaker.
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# Version 2 (issue 14): never promise an outcome or a date; say what is being prepared and
# what happens if it changes. No jargon or idioms below adult. In 0–9, a role word is
# explained the first time it appears in each text, always in the same words (see
# common.ftl). The tracing texts say what happens if no family is found
# ({ status-not-found-<audience> }); the adult texts where contact begins carry the scam
# warning ({ status-scam-warning-adult }). Both are messages of common.ftl.
# FR: "tu" for children, "vous" for adults. Texts avoid words that change for a girl or a
# boy (inscrit/inscrite, seul/seule…); one message uses a $gender selector, as in v1.

## registered

status-registered-b0to5-title = On fait connaissance
status-registered-b0to5-meaning = Tu as un assistant social. C'est la personne qui t'aide pour ton dossier. Ton assistant social a écrit ton nom, pour pouvoir t'aider.
status-registered-b0to5-next = Maintenant, tu vas parler de ta famille. Ensuite, on pourra commencer à la chercher.
status-registered-b0to5-can-do = Tu peux dire à une grande personne en qui tu as confiance ce que tu ressens.
status-registered-b0to5-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux tout leur demander.

status-registered-b6to9-title = On a ouvert ton dossier
status-registered-b6to9-meaning = Ton assistant social a ouvert un dossier pour toi. C'est la personne qui t'aide pour ton dossier. Ce dossier sert à mieux t'aider.
status-registered-b6to9-next = Maintenant, tu vas parler de ta famille. Ensuite, on pourra commencer à la chercher.
status-registered-b6to9-can-do = Pense aux noms des personnes de ta famille. Pense aux endroits dont tu te souviens. Ça peut aider à chercher.
status-registered-b6to9-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur poser toutes tes questions.

status-registered-b10to12-title = Ton dossier est ouvert
status-registered-b10to12-meaning = Ton assistant social a ouvert un dossier pour toi. On y garde ce qu'il faut pour rechercher ta famille.
status-registered-b10to12-next = Ton assistant social va parler avec toi de ta famille. Ensuite, la recherche de ta famille pourra commencer.
status-registered-b10to12-can-do = Pense aux noms, aux lieux et aux numéros de téléphone dont tu te souviens. Tout peut aider, même les petites choses.
status-registered-b10to12-ask = Si quelque chose n'est pas clair, demande à ton tuteur ou à ton assistant social.

status-registered-b13to15-title = Ton dossier est ouvert
status-registered-b13to15-meaning = Ton assistant social a noté ta situation et ouvert ton dossier. Ton dossier contient ce qu'il faut pour rechercher ta famille.
status-registered-b13to15-next = Ton assistant social va parler avec toi de ta famille et de ce que tu souhaites. Ensuite, la recherche de ta famille pourra commencer.
status-registered-b13to15-can-do = Note les noms, les lieux, les numéros de téléphone et les comptes de réseaux sociaux dont tu te souviens. Dis à ton assistant social ce que tu souhaites.
status-registered-b13to15-ask = Ton tuteur et ton assistant social peuvent répondre à tes questions. Tu peux aussi demander un interprète.

status-registered-b16to17-title = Ton dossier est ouvert
status-registered-b16to17-meaning = Ton assistant social a ouvert ton dossier. Ton assistant social, ton tuteur et ton avocat, si tu en as un, peuvent le voir. Les membres de ta famille qui rejoignent ton dossier verront à quelle étape il en est, et recevront un message quand l'étape change. Les responsables d'équipe peuvent voir à quelle étape il en est, et rien de plus. Dans cette application, tu peux voir quels membres du personnel ont regardé ton dossier.
status-registered-b16to17-next = Ton assistant social va parler avec toi de ta famille et de tes souhaits. Ensuite, la recherche de ta famille pourra commencer.
status-registered-b16to17-can-do = Partage tout ce qui pourrait aider à retrouver ta famille : noms, lieux, numéros de téléphone, réseaux sociaux. Dis à ton assistant social ce que tu veux.
status-registered-b16to17-ask = Adresse-toi à ton assistant social, à ton tuteur ou à ton avocat. Tu peux demander un interprète à tout moment.

status-registered-adult-title = Le dossier est ouvert
status-registered-adult-meaning = Un assistant social a enregistré l'enfant et ouvert un dossier pour rechercher sa famille.
status-registered-adult-next = L'assistant social va rassembler des informations. Ensuite, la recherche de la famille de l'enfant commencera.
status-registered-adult-can-do = Gardez votre téléphone allumé et consultez cette application. Ne partagez des informations sur l'enfant qu'avec l'assistant social.
status-registered-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## tracing

status-tracing-b0to5-title = On cherche ta famille
status-tracing-b0to5-meaning = Ton assistant social cherche ta famille. C'est la personne qui t'aide pour ton dossier. D'autres personnes l'aident à chercher.
status-tracing-b0to5-next = Chercher peut prendre beaucoup de temps. { status-not-found-b0to5 }
status-tracing-b0to5-can-do = Tu peux jouer, te reposer et demander un câlin.
status-tracing-b0to5-ask = Ton tuteur est la grande personne qui parle pour toi. Tu peux lui demander comment avancent les recherches.

status-tracing-b6to9-title = On cherche ta famille
status-tracing-b6to9-meaning = Ton assistant social cherche ta famille. C'est la personne qui t'aide pour ton dossier. Des gens dans d'autres endroits aident aussi.
status-tracing-b6to9-next = Chercher peut prendre beaucoup de temps. { status-not-found-b6to9 }
status-tracing-b6to9-can-do = Ton assistant social est la personne qui t'aide pour ton dossier. Si tu te souviens de quelque chose de nouveau, dis-le-lui. C'est normal d'être triste ou de t'inquiéter.
status-tracing-b6to9-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur demander comment avancent les recherches.

status-tracing-b10to12-title = On cherche ta famille
status-tracing-b10to12-meaning = Ton assistant social cherche ta famille, avec l'aide de personnes dans d'autres endroits et d'autres pays.
status-tracing-b10to12-next = La recherche peut prendre des semaines ou des mois. Ton assistant social te dira ce que donne la recherche. { status-not-found-b10to12 }
status-tracing-b10to12-can-do = Si tu te souviens d'un nom, d'un lieu ou d'un numéro de téléphone, dis-le à ton assistant social. Continue d'aller à l'école et de faire ce que tu aimes.
status-tracing-b10to12-ask = Demande à ton tuteur ou à ton assistant social où en est la recherche.

status-tracing-b13to15-title = On cherche ta famille
status-tracing-b13to15-meaning = Ton assistant social cherche ta famille, ici et dans d'autres pays. Ton assistant social travaille avec d'autres organisations qui aident à retrouver des familles.
status-tracing-b13to15-next = La recherche peut prendre beaucoup de temps. On te préviendra si on trouve quelqu'un qui pourrait être de ta famille. { status-not-found-b13to15 }
status-tracing-b13to15-can-do = Partage tout ce qui te revient en mémoire. Ne contacte personne de ton côté : demande d'abord à ton assistant social, pour ta sécurité.
status-tracing-b13to15-ask = Ton tuteur et ton assistant social peuvent te dire ce qui a déjà été fait.

status-tracing-b16to17-title = On cherche ta famille
status-tracing-b16to17-meaning = Ton assistant social recherche ta famille, ici et à l'étranger, avec d'autres organisations qui aident à retrouver des familles.
status-tracing-b16to17-next = La recherche peut prendre beaucoup de temps. On te préviendra si on trouve quelqu'un qui pourrait être de ta famille. { status-not-found-b16to17 }
status-tracing-b16to17-can-do = Transmets toute nouvelle information à ton assistant social. Avant de contacter quelqu'un toi-même, parles-en avec ton assistant social, pour que ce soit sans danger pour toi et pour cette personne.
status-tracing-b16to17-ask = Demande à ton assistant social ou à ton tuteur ce qui a déjà été fait et quelle est la suite.

status-tracing-adult-title = Recherche de la famille
status-tracing-adult-meaning = L'assistant social recherche la famille de l'enfant. D'autres services de recherche des familles apportent leur aide.
status-tracing-adult-next = La recherche peut prendre du temps. L'assistant social contactera les membres de la famille qui seront retrouvés. { status-not-found-adult }
status-tracing-adult-can-do = Donnez à l'assistant social toute information qui peut aider. Ne communiquez pas les informations sur l'enfant à d'autres personnes.
status-tracing-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## family found

status-family-found-b0to5-title = Quelqu'un est peut-être de ta famille
status-family-found-b0to5-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social a trouvé quelqu'un qui est peut-être de ta famille.
status-family-found-b0to5-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va vérifier si cette personne est vraiment de ta famille. Si ce n'est pas ta famille, on va continuer à chercher.
status-family-found-b0to5-can-do = Ton tuteur est la grande personne qui parle pour toi. Tu peux lui demander de t'en dire plus.
status-family-found-b0to5-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur demander ce qui va se passer.

status-family-found-b6to9-title = Quelqu'un est peut-être de ta famille
status-family-found-b6to9-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social a trouvé quelqu'un qui est peut-être de ta famille.
status-family-found-b6to9-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va vérifier si cette personne est vraiment de ta famille. Ça peut prendre un peu de temps. Si ce n'est pas ta famille, on va continuer à chercher.
status-family-found-b6to9-can-do = Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux lui dire ce que tu ressens avec cette nouvelle.
status-family-found-b6to9-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur poser toutes tes questions là-dessus.

status-family-found-b10to12-title = Quelqu'un est peut-être de ta famille
status-family-found-b10to12-meaning = Ton assistant social a trouvé une personne qui fait peut-être partie de ta famille.
status-family-found-b10to12-next = Ton assistant social va d'abord vérifier que cette personne est vraiment de ta famille. C'est seulement après que tu pourras lui parler. Si ce n'est pas ta famille, la recherche continue.
status-family-found-b10to12-can-do = Dis à ton assistant social ce que tu ressens et ce que tu voudrais. Ce que tu veux compte.
status-family-found-b10to12-ask = Si tu as une question, demande à ton tuteur ou à ton assistant social.

status-family-found-b13to15-title = Quelqu'un est peut-être de ta famille
status-family-found-b13to15-meaning = Ton assistant social a trouvé une personne qui pourrait faire partie de ta famille.
status-family-found-b13to15-next = Ton assistant social va vérifier qui est cette personne. Le contact pourra commencer seulement quand ce sera vérifié et sans danger. Si cette personne n'est pas de ta famille, la recherche continue.
status-family-found-b13to15-can-do = Dis à ton assistant social ce que tu veux et ce qui t'inquiète. Tu peux dire si tu ne veux pas de contact.
status-family-found-b13to15-ask = Ton tuteur et ton assistant social peuvent répondre à tes questions.

status-family-found-b16to17-title = Un membre de ta famille a peut-être été retrouvé
status-family-found-b16to17-meaning = Ton assistant social a trouvé une personne qui pourrait être un membre de ta famille.
status-family-found-b16to17-next = Ton assistant social va vérifier qui est cette personne et quel est votre lien de parenté. Le contact commencera seulement quand ce sera vérifié et sans danger. Si cette personne n'est pas de ta famille, la recherche continue.
status-family-found-b16to17-can-do = Dis à ton assistant social ce que tu souhaites et ce qui t'inquiète. Ton avis fait partie de la décision.
status-family-found-b16to17-ask = Adresse-toi à ton assistant social ou à ton tuteur. Tu peux aussi demander à ton avocat, si tu en as un.

status-family-found-adult-title = Un proche a peut-être été retrouvé
status-family-found-adult-meaning = L'assistant social a trouvé une personne qui pourrait être un proche de l'enfant.
status-family-found-adult-next = Avant tout contact, l'assistant social vérifiera qui est cette personne et quel est son lien de parenté avec l'enfant.
status-family-found-adult-can-do = Répondez aux questions de l'assistant social. Gardez à portée de main les documents et les photos qui montrent votre lien de parenté. { status-scam-warning-adult }
status-family-found-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## verifying

status-verifying-b0to5-title = On vérifie
status-verifying-b0to5-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social vérifie si c'est vraiment ta famille.
status-verifying-b0to5-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social te dira ce qu'on a découvert. Si ce n'est pas ta famille, on va continuer à chercher.
status-verifying-b0to5-can-do = Ton tuteur est la grande personne qui parle pour toi. Si tu veux, tu peux regarder des photos avec ton tuteur.
status-verifying-b0to5-ask = Ton tuteur est la grande personne qui parle pour toi. Tu peux lui demander ce qui se passe.

status-verifying-b6to9-title = On vérifie
status-verifying-b6to9-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social vérifie si c'est vraiment ta famille.
status-verifying-b6to9-next = Ton assistant social est la personne qui t'aide pour ton dossier. On va peut-être te poser des questions ou te montrer des photos. Ensuite, ton assistant social te dira ce qu'on a découvert. Si ce n'est pas ta famille, on va continuer à chercher.
status-verifying-b6to9-can-do = Dis ce que tu sais. Tu n'as pas besoin de répondre à toutes les questions. Tu peux dire que tu ne sais pas.
status-verifying-b6to9-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur parler si quelque chose t'inquiète.

status-verifying-b10to12-title = On vérifie qui c'est
status-verifying-b10to12-meaning = Ton assistant social vérifie que la personne retrouvée est vraiment de ta famille. Cela peut prendre du temps.
status-verifying-b10to12-next = On va peut-être te poser des questions ou te montrer des photos. Ton assistant social te dira ce qu'on a découvert. Si cette personne n'est pas de ta famille, la recherche continue.
status-verifying-b10to12-can-do = Dis ce que tu sais. Tu peux dire que tu ne sais pas ou que tu ne te souviens pas.
status-verifying-b10to12-ask = Tu peux demander à ton tuteur ou à ton assistant social. Ils sont là si tu as des questions ou des soucis.

status-verifying-b13to15-title = On vérifie le lien familial
status-verifying-b13to15-meaning = Ton assistant social vérifie que la personne retrouvée est vraiment de ta famille. On vérifie aussi si elle souhaite un contact.
status-verifying-b13to15-next = On va peut-être te poser des questions ou te montrer des photos ou des documents. On te dira le résultat. Si cette personne n'est pas de ta famille, la recherche continue.
status-verifying-b13to15-can-do = Dis ce que tu sais. Tu peux dire que tu ne te souviens pas, et tu peux faire une pause.
status-verifying-b13to15-ask = Si quelque chose t'inquiète, parle à ton tuteur ou à ton assistant social.

status-verifying-b16to17-title = Vérification du lien familial
status-verifying-b16to17-meaning = Ton assistant social vérifie qui est la personne retrouvée et quel est votre lien de parenté.
status-verifying-b16to17-next = On pourra te poser des questions ou te montrer des photos et des documents. On te dira le résultat. Si cette personne n'est pas de ta famille, la recherche continue.
status-verifying-b16to17-can-do = Dis ce que tu sais, et dis-le si quelque chose ne te semble pas normal. Tu peux faire une pause à tout moment.
status-verifying-b16to17-ask = Adresse-toi à ton assistant social ou à ton tuteur. Tu peux aussi demander à ton avocat, si tu en as un.

status-verifying-adult-title = Vérification
status-verifying-adult-meaning = L'assistant social vérifie qui est chaque personne et quel est son lien de parenté avec l'enfant.
status-verifying-adult-next = On pourra vous demander des documents, des photos ou un entretien. L'assistant social vous communiquera le résultat.
status-verifying-adult-can-do = Répondez aux questions de l'assistant social et transmettez les documents demandés. { status-scam-warning-adult }
status-verifying-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## assessing

status-assessing-b0to5-title = On vérifie que c'est sans danger
status-assessing-b0to5-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Vivre avec ta famille, est-ce sans danger et bien pour toi ? Ton assistant social vérifie ça.
status-assessing-b0to5-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va t'écouter, toi et ta famille. Ensuite, les grandes personnes décideront.
status-assessing-b0to5-can-do = Ton tuteur est la grande personne qui parle pour toi. Tu peux lui dire ce que tu ressens.
status-assessing-b0to5-ask = Ton tuteur est la grande personne qui parle pour toi. Tu peux tout lui demander.

status-assessing-b6to9-title = On vérifie que c'est sans danger
status-assessing-b6to9-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Vivre avec ta famille, est-ce sans danger et bien pour toi ? Ton assistant social vérifie ça.
status-assessing-b6to9-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va parler avec toi et avec ta famille. Ensuite, les grandes personnes décideront ensemble. Si ce n'est pas sans danger, on fera un nouveau plan.
status-assessing-b6to9-can-do = Dis ce que tu veux et ce qui t'inquiète. Ce que tu dis compte.
status-assessing-b6to9-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur poser toutes tes questions.

status-assessing-b10to12-title = On s'assure que c'est sans danger et bon pour toi
status-assessing-b10to12-meaning = Vivre avec ta famille, est-ce sans danger et bon pour toi ? Ton assistant social vérifie ça.
status-assessing-b10to12-next = Ton assistant social va parler avec toi et avec ta famille. Ce que tu souhaites comptera dans la décision. Si ce n'est pas sans danger ou pas bon pour toi, ton assistant social fera un nouveau plan avec toi.
status-assessing-b10to12-can-do = Dis ce que tu veux et ce qui t'inquiète. Si tu préfères, tu peux d'abord en parler à ton tuteur.
status-assessing-b10to12-ask = Demande à ton tuteur ou à ton assistant social. Ils sont là pour t'aider.

status-assessing-b13to15-title = Décider de ce qui est le mieux pour toi
status-assessing-b13to15-meaning = Ton assistant social vérifie si rejoindre ta famille est sans danger et si c'est le mieux pour toi.
status-assessing-b13to15-next = Ton assistant social va parler avec toi et avec ta famille, et ira peut-être la voir. Tes souhaits comptent dans la décision. Si rejoindre ta famille n'est pas bon pour toi, ton assistant social fera un autre plan avec toi.
status-assessing-b13to15-can-do = Dis à ton assistant social ce que tu veux, ce qui te fait peur et ce que tu espères.
status-assessing-b13to15-ask = Demande à ton tuteur ou à ton assistant social. Tu peux aussi demander à ton avocat, si tu en as un.

status-assessing-b16to17-title = Décider de ce qui est le mieux pour toi
status-assessing-b16to17-meaning = Ton assistant social vérifie si rejoindre ta famille est sans danger et si c'est le mieux pour toi.
status-assessing-b16to17-next = Ton assistant social va parler avec toi et avec ta famille, et ira peut-être la voir. Ton avis est une partie importante de la décision. Si rejoindre ta famille n'est pas bon pour toi, ton assistant social fera un autre plan avec toi.
status-assessing-b16to17-can-do = Partage tes souhaits, tes inquiétudes et tes espoirs. Tu peux demander que ton avis soit mis par écrit.
status-assessing-b16to17-ask = Adresse-toi à ton assistant social ou à ton tuteur. Tu peux aussi demander à ton avocat, si tu en as un.

status-assessing-adult-title = Évaluation de l'intérêt supérieur de l'enfant
status-assessing-adult-meaning = L'assistant social vérifie s'il est sans danger et dans l'intérêt de l'enfant de vivre avec la famille. On appelle cela une évaluation de l'intérêt supérieur de l'enfant.
status-assessing-adult-next = L'assistant social pourra avoir un entretien avec vous et se rendre à votre domicile. L'avis de l'enfant compte dans la décision.
status-assessing-adult-can-do = Participez aux entretiens et répondez franchement aux questions.
status-assessing-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## planning reunification

status-planning-reunification-b0to5-title = On fait un plan
status-planning-reunification-b0to5-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social fait un plan pour que tu ailles retrouver ta famille.
status-planning-reunification-b0to5-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va te parler du plan. Parfois, les plans changent. Si celui-ci change, on te dira ce qui se passe ensuite.
status-planning-reunification-b0to5-can-do = Tu peux choisir un jouet ou une image que tu veux emporter.
status-planning-reunification-b0to5-ask = Ton tuteur est la grande personne qui parle pour toi. Tu peux lui poser des questions sur le plan.

status-planning-reunification-b6to9-title = On fait un plan pour rejoindre ta famille
status-planning-reunification-b6to9-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social fait un plan pour que tu rejoignes ta famille.
status-planning-reunification-b6to9-next = Le plan dit comment et quand tu vas voyager. Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va t'expliquer le plan. Parfois, les plans changent. Si celui-ci change, on te dira pourquoi.
status-planning-reunification-b6to9-can-do = Pense à ce que tu veux emporter. À qui veux-tu dire au revoir ?
status-planning-reunification-b6to9-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur poser des questions sur le plan.

status-planning-reunification-b10to12-title = On prépare tes retrouvailles avec ta famille
status-planning-reunification-b10to12-meaning = Le plan prévoit que tu rejoignes ta famille. Ton assistant social prépare comment cela va se passer.
status-planning-reunification-b10to12-next = Le plan prévoit les papiers, le voyage et la date. Ton assistant social va te l'expliquer. Les plans peuvent changer. Si celui-ci change, ton assistant social te dira pourquoi et ce qui se passe ensuite.
status-planning-reunification-b10to12-can-do = Dis à ton assistant social tes questions et tes inquiétudes sur ce changement. Pense aux personnes à qui tu veux dire au revoir.
status-planning-reunification-b10to12-ask = Demande à ton tuteur ou à ton assistant social. Ils sont là pour t'aider.

status-planning-reunification-b13to15-title = Préparer tes retrouvailles avec ta famille
status-planning-reunification-b13to15-meaning = Le plan prévoit que tu rejoignes ta famille. Ton assistant social prépare ton départ.
status-planning-reunification-b13to15-next = Le plan prévoit les documents, le voyage, la date, et l'école ou l'aide après ton arrivée. Tu le regarderas avec ton assistant social. Les plans peuvent changer. Si celui-ci change, ton assistant social te dira pourquoi et ce qui se passe ensuite.
status-planning-reunification-b13to15-can-do = Pose des questions sur tout ce qui est dans le plan. Dis-le si quelque chose t'inquiète.
status-planning-reunification-b13to15-ask = Demande à ton tuteur ou à ton assistant social. Tu peux aussi demander à ton avocat, si tu en as un.

status-planning-reunification-b16to17-title = Préparer tes retrouvailles avec ta famille
status-planning-reunification-b16to17-meaning = Le plan prévoit que tu rejoignes ta famille. Ton assistant social le prépare avec toi.
status-planning-reunification-b16to17-next = Le plan prévoit les documents, le voyage, la date, ainsi que l'école, le travail et l'aide après ton arrivée. Vous le regarderez ensemble. Les plans peuvent changer. Si celui-ci change, ton assistant social te dira pourquoi et ce qui se passe ensuite.
status-planning-reunification-b16to17-can-do = Vérifie le plan et pose des questions sur tout ce qui n'est pas clair. Dis à ton assistant social ce dont tu as besoin.
status-planning-reunification-b16to17-ask = Adresse-toi à ton assistant social ou à ton tuteur. Tu peux aussi demander à ton avocat, si tu en as un.

status-planning-reunification-adult-title = Préparation de la réunification
status-planning-reunification-adult-meaning = L'assistant social prépare avec vous un plan pour que l'enfant rejoigne sa famille.
status-planning-reunification-adult-next = Le plan prévoit les documents, le voyage, la date et l'accompagnement après l'arrivée de l'enfant. Les plans peuvent changer. Si celui-ci change, l'assistant social vous dira pourquoi et ce qui se passe ensuite.
status-planning-reunification-adult-can-do = Préparez les documents demandés par l'assistant social et restez disponible pour parler du plan. { status-scam-warning-adult }
status-planning-reunification-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## reunified

status-reunified-b0to5-title = Avec ta famille
status-reunified-b0to5-meaning = Maintenant, tu es avec ta famille.
status-reunified-b0to5-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social viendra voir comment tu vas.
status-reunified-b0to5-can-do = Tu peux dire à ta famille ce que tu ressens.
status-reunified-b0to5-ask = Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux toujours lui demander de l'aide.

status-reunified-b6to9-title = Avec ta famille
status-reunified-b6to9-meaning = Maintenant, tu es de nouveau avec ta famille.
status-reunified-b6to9-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va parler avec toi pour voir comment tu vas.
status-reunified-b6to9-can-do = { $gender ->
    [feminine] C'est normal d'être heureuse, et aussi de te sentir un peu bizarre. Tu peux en parler.
    [masculine] C'est normal d'être heureux, et aussi de te sentir un peu bizarre. Tu peux en parler.
   *[neutral] C'est normal d'avoir de la joie, et aussi de te sentir un peu bizarre. Tu peux en parler.
}
status-reunified-b6to9-ask = Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux toujours lui demander de l'aide.

status-reunified-b10to12-title = De nouveau avec ta famille
status-reunified-b10to12-meaning = Tu es de nouveau avec ta famille.
status-reunified-b10to12-next = Pendant un moment, ton assistant social va continuer à parler avec toi pour voir comment ça se passe.
status-reunified-b10to12-can-do = S'habituer à une nouvelle vie prend du temps. Si c'est difficile, parles-en à quelqu'un.
status-reunified-b10to12-ask = Tu peux toujours demander de l'aide à ton assistant social.

status-reunified-b13to15-title = De nouveau avec ta famille
status-reunified-b13to15-meaning = Tu vis de nouveau avec ta famille.
status-reunified-b13to15-next = Pendant un moment, ton assistant social restera en contact avec toi pour voir comment se passe la vie avec ta famille.
status-reunified-b13to15-can-do = S'habituer à une nouvelle maison prend du temps. Si quelque chose ne va pas, ou si tu ne te sens pas en sécurité, dis-le à ton assistant social.
status-reunified-b13to15-ask = Ton assistant social est toujours là pour toi.

status-reunified-b16to17-title = De nouveau avec ta famille
status-reunified-b16to17-meaning = Tu vis de nouveau avec ta famille.
status-reunified-b16to17-next = Pendant un moment, ton assistant social restera en contact avec toi pour voir comment ça se passe.
status-reunified-b16to17-can-do = Si quelque chose ne va pas ou si tu ne te sens pas en sécurité, contacte ton assistant social. Tu peux toujours faire une plainte.
status-reunified-b16to17-ask = Ton assistant social est toujours là pour toi.

status-reunified-adult-title = Famille réunie
status-reunified-adult-meaning = L'enfant a retrouvé sa famille.
status-reunified-adult-next = L'assistant social assurera un suivi pour voir comment vont l'enfant et la famille.
status-reunified-adult-can-do = Dites à l'assistant social si la famille a besoin d'aide.
status-reunified-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## follow-up

status-follow-up-b0to5-title = On vient voir comment tu vas
status-follow-up-b0to5-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social vient voir comment tu vas.
status-follow-up-b0to5-next = Ton assistant social est la personne qui t'aide pour ton dossier. Après quelques visites, ton assistant social te dira au revoir.
status-follow-up-b0to5-can-do = Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux lui montrer tes dessins et tes jeux.
status-follow-up-b0to5-ask = Ton assistant social est la personne qui t'aide pour ton dossier. Ta famille peut l'appeler si tu as besoin d'aide.

status-follow-up-b6to9-title = On vient voir comment tu vas
status-follow-up-b6to9-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social vient voir comment ça se passe avec ta famille.
status-follow-up-b6to9-next = Quand tout ira bien, les visites s'arrêteront.
status-follow-up-b6to9-can-do = Ton assistant social est la personne qui t'aide pour ton dossier. Dis-lui ce qui va bien et ce qui est difficile.
status-follow-up-b6to9-ask = Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux lui demander de l'aide.

status-follow-up-b10to12-title = On voit comment ça se passe
status-follow-up-b10to12-meaning = Ton assistant social reste en contact avec toi, pour voir comment se passe la vie avec ta famille.
status-follow-up-b10to12-next = Quand tout ira bien, cela s'arrêtera et ton dossier sera fermé.
status-follow-up-b10to12-can-do = Dis à ton assistant social ce qui va bien et ce qui est difficile.
status-follow-up-b10to12-ask = Tu peux demander de l'aide à ton assistant social.

status-follow-up-b13to15-title = On voit comment ça se passe
status-follow-up-b13to15-meaning = Ton assistant social reste en contact avec toi pour voir comment ça se passe avec ta famille.
status-follow-up-b13to15-next = Quand tout ira bien, cela s'arrêtera et ton dossier sera fermé.
status-follow-up-b13to15-can-do = Dis honnêtement ce qui va bien et ce qui ne va pas. Demande de l'aide si tu en as besoin.
status-follow-up-b13to15-ask = Tu peux demander de l'aide à ton assistant social.

status-follow-up-b16to17-title = Suivi
status-follow-up-b16to17-meaning = Ton assistant social reste en contact avec toi pour voir comment ça se passe avec ta famille.
status-follow-up-b16to17-next = Quand la situation sera stable, cela s'arrêtera et ton dossier sera fermé.
status-follow-up-b16to17-can-do = Dis de quelle aide tu as besoin : école, travail, santé ou autre chose.
status-follow-up-b16to17-ask = Tu peux demander de l'aide à ton assistant social.

status-follow-up-adult-title = Suivi
status-follow-up-adult-meaning = L'assistant social suit la situation de l'enfant et de la famille.
status-follow-up-adult-next = Quand la situation sera stable, le suivi prendra fin et le dossier sera fermé.
status-follow-up-adult-can-do = Dites à l'assistant social si la famille a besoin d'aide ou rencontre des difficultés.
status-follow-up-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## closed

status-closed-b0to5-title = C'est fini
status-closed-b0to5-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Pour l'instant, ton assistant social a fini son travail.
status-closed-b0to5-next = Si tu as de nouveau besoin d'aide, ton dossier peut être rouvert.
status-closed-b0to5-can-do = Tu peux demander de l'aide à une grande personne en qui tu as confiance, quand tu veux.
status-closed-b0to5-ask = Ton assistant social est la personne qui t'aide pour ton dossier. Une grande personne en qui tu as confiance peut l'appeler ou lui écrire.

status-closed-b6to9-title = Ton dossier est terminé
status-closed-b6to9-meaning = Ton assistant social est la personne qui t'aide pour ton dossier. Pour l'instant, ton assistant social a fini de travailler sur ton dossier.
status-closed-b6to9-next = Si tu as de nouveau besoin d'aide, ton dossier peut être rouvert.
status-closed-b6to9-can-do = Si tu as encore besoin d'aide, dis-le à une grande personne en qui tu as confiance.
status-closed-b6to9-ask = Ton assistant social est la personne qui t'aide pour ton dossier. Pendant un moment, tu peux encore lui écrire dans cette application. Ou demande à une grande personne en qui tu as confiance de l'appeler.

status-closed-b10to12-title = Ton dossier est fermé
status-closed-b10to12-meaning = Ton assistant social a fini de travailler sur ton dossier.
status-closed-b10to12-next = Si tu as de nouveau besoin d'aide, ton assistant social peut rouvrir ton dossier.
status-closed-b10to12-can-do = Si tu as besoin d'aide, dis-le à un adulte en qui tu as confiance.
status-closed-b10to12-ask = Pendant un moment, tu peux encore écrire à ton assistant social dans cette application. Ou demande à un adulte en qui tu as confiance de l'appeler.

status-closed-b13to15-title = Ton dossier est fermé
status-closed-b13to15-meaning = Ton assistant social a fini de travailler sur ton dossier.
status-closed-b13to15-next = Si tu as de nouveau besoin d'aide, ton assistant social peut rouvrir ton dossier.
status-closed-b13to15-can-do = Si tu as besoin d'aide, écris à ton assistant social ou parle à un adulte en qui tu as confiance. Tu peux toujours faire une plainte.
status-closed-b13to15-ask = Pendant un moment, tu peux encore écrire à ton assistant social dans cette application. Un adulte en qui tu as confiance peut aussi l'appeler pour toi.

status-closed-b16to17-title = Dossier fermé
status-closed-b16to17-meaning = Ton assistant social a fini de travailler sur ton dossier.
status-closed-b16to17-next = Si tu as de nouveau besoin d'aide, ton assistant social peut rouvrir ton dossier.
status-closed-b16to17-can-do = Tu peux toujours demander une copie de tes données ou faire une plainte.
status-closed-b16to17-ask = Pendant un moment après la fermeture du dossier, tu peux encore écrire à ton assistant social dans cette application. Un adulte en qui tu as confiance peut aussi l'appeler pour toi.

status-closed-adult-title = Dossier fermé
status-closed-adult-meaning = L'assistant social a fini de travailler sur le dossier de l'enfant.
status-closed-adult-next = Si une aide est de nouveau nécessaire, l'assistant social peut rouvrir le dossier.
status-closed-adult-can-do = Vous pouvez demander une copie de vos données ou faire une plainte.
status-closed-adult-ask = Pendant un moment après la fermeture du dossier, vous pouvez encore écrire à l'assistant social dans cette application.

## alternative care

status-alternative-care-b0to5-title = Une maison pour l'instant
status-alternative-care-b0to5-meaning = Tu vas vivre avec des grandes personnes qui s'occupent de toi.
status-alternative-care-b0to5-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va continuer à venir te voir. On va peut-être continuer à chercher ta famille.
status-alternative-care-b0to5-can-do = Dis aux grandes personnes qui s'occupent de toi ce que tu aimes.
status-alternative-care-b0to5-ask = Ton tuteur est la grande personne qui parle pour toi. Tu peux tout lui demander.

status-alternative-care-b6to9-title = Une maison pour l'instant
status-alternative-care-b6to9-meaning = Pour l'instant, tu vas vivre avec des grandes personnes qui s'occupent de toi.
status-alternative-care-b6to9-next = Ton assistant social est la personne qui t'aide pour ton dossier. Ton assistant social va continuer à venir te voir. Ensemble, vous allez faire un plan pour les années à venir. On va peut-être continuer à chercher ta famille. On peut aussi recommencer à chercher s'il y a des nouvelles.
status-alternative-care-b6to9-can-do = Dis ce que tu aimes et ce dont tu as besoin.
status-alternative-care-b6to9-ask = Ton tuteur est la grande personne qui parle pour toi. Ton assistant social est la personne qui t'aide pour ton dossier. Tu peux leur poser toutes tes questions.

status-alternative-care-b10to12-title = Une maison pour l'instant
status-alternative-care-b10to12-meaning = Pour l'instant, tu vas vivre avec des adultes qui s'occupent de toi, mais pas avec ta famille.
status-alternative-care-b10to12-next = Ton assistant social va continuer à venir te voir et fera avec toi un plan pour les années à venir. La recherche de ta famille peut continuer, ou reprendre s'il y a des nouvelles.
status-alternative-care-b10to12-can-do = Dis à ton assistant social ce dont tu as besoin et ce que tu penses de l'endroit où tu vis.
status-alternative-care-b10to12-ask = Demande à ton tuteur ou à ton assistant social. Ils sont là pour t'aider.

status-alternative-care-b13to15-title = Un lieu d'accueil
status-alternative-care-b13to15-meaning = Pour l'instant, tu vas vivre avec des adultes qui s'occupent de toi, par exemple une famille d'accueil ou un petit foyer.
status-alternative-care-b13to15-next = Ton assistant social va rester en contact avec toi et faire avec toi un plan à long terme. La recherche de ta famille peut continuer, ou reprendre s'il y a des nouvelles.
status-alternative-care-b13to15-can-do = Dis ce dont tu as besoin et ce que tu penses de l'endroit où tu vis. Ton avis compte chaque fois que le plan est revu.
status-alternative-care-b13to15-ask = Demande à ton tuteur ou à ton assistant social. Tu peux aussi demander à ton avocat, si tu en as un.

status-alternative-care-b16to17-title = Lieu d'accueil
status-alternative-care-b16to17-meaning = Pour l'instant, tu vas vivre avec des adultes qui s'occupent de toi, par exemple une famille d'accueil, un petit foyer ou un logement accompagné.
status-alternative-care-b16to17-next = Ton assistant social restera en contact avec toi et fera le point sur le plan avec toi de temps en temps. La recherche de ta famille peut continuer, ou reprendre s'il y a des nouvelles.
status-alternative-care-b16to17-can-do = Dis à ton assistant social ce dont tu as besoin, y compris pour préparer tes 18 ans.
status-alternative-care-b16to17-ask = Adresse-toi à ton assistant social ou à ton tuteur. Tu peux aussi demander à ton avocat, si tu en as un.

status-alternative-care-adult-title = Protection de remplacement
status-alternative-care-adult-meaning = Pour l'instant, l'enfant vivra dans un lieu d'accueil (protection de remplacement).
status-alternative-care-adult-next = L'assistant social réexaminera régulièrement le plan. La recherche de la famille peut continuer, ou reprendre s'il y a de nouvelles informations.
status-alternative-care-adult-can-do = Demandez à l'assistant social comment vous pouvez rester en contact avec l'enfant, si c'est autorisé.
status-alternative-care-adult-ask = Adressez-vous à l'assistant social de l'enfant.
