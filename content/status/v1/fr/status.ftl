# Case status texts, version 1. Published: never edit in place; a change is a new version
# folder (content/status/v2/…).
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# FR: "tu" for children, "vous" for adults. Texts avoid words that change for a girl or a
# boy (inscrit/inscrite, seul/seule…); one message uses a $gender selector.

## registered

status-registered-b0to5-title = Maintenant, on te connaît
status-registered-b0to5-meaning = Des gens gentils ont écrit ton nom. Ils veulent t'aider.
status-registered-b0to5-next = Bientôt, ils vont commencer à chercher ta famille.
status-registered-b0to5-can-do = Tu peux dire à une grande personne en qui tu as confiance ce que tu ressens.
status-registered-b0to5-ask = Tu peux tout demander à ton tuteur ou à ton assistant social.

status-registered-b6to9-title = Ton nom est inscrit
status-registered-b6to9-meaning = Ton assistant social a ouvert un dossier pour toi. Ce dossier aide les gens à t'aider.
status-registered-b6to9-next = D'abord, ton assistant social va parler avec toi. Ensuite, on va commencer à chercher ta famille.
status-registered-b6to9-can-do = Tu peux dire à ton assistant social les noms des personnes de ta famille. Tu peux aussi lui parler des endroits dont tu te souviens.
status-registered-b6to9-ask = Ton tuteur et ton assistant social sont là pour toi. Tu peux leur poser toutes tes questions.

status-registered-b10to12-title = Ton dossier est ouvert
status-registered-b10to12-meaning = Ton assistant social a ouvert un dossier pour toi. On y garde les informations qui aident à retrouver ta famille.
status-registered-b10to12-next = Ton assistant social va parler avec toi de ta famille. Ensuite, la recherche de ta famille pourra commencer.
status-registered-b10to12-can-do = Pense aux noms, aux lieux et aux numéros de téléphone dont tu te souviens. Tout peut aider, même les petites choses.
status-registered-b10to12-ask = Si quelque chose n'est pas clair, demande à ton tuteur ou à ton assistant social.

status-registered-b13to15-title = Ton dossier est ouvert
status-registered-b13to15-meaning = Ton assistant social a noté ta situation et ouvert ton dossier. Ton dossier contient ce qu'il faut pour rechercher ta famille.
status-registered-b13to15-next = Ton assistant social va parler avec toi de ta famille et de ce que tu souhaites. Ensuite, la recherche de ta famille commencera.
status-registered-b13to15-can-do = Note les noms, les lieux, les numéros de téléphone et les comptes de réseaux sociaux dont tu te souviens. Dis à ton assistant social ce que tu souhaites.
status-registered-b13to15-ask = Ton tuteur et ton assistant social peuvent répondre à tes questions. Tu peux aussi demander un interprète.

status-registered-b16to17-title = Ton dossier est ouvert
status-registered-b16to17-meaning = Ton inscription est faite et ton assistant social a ouvert ton dossier. Seules les personnes qui travaillent sur ton dossier peuvent le voir.
status-registered-b16to17-next = Ton assistant social va parler avec toi de ta famille et de tes souhaits. Ensuite, la recherche de ta famille pourra commencer.
status-registered-b16to17-can-do = Partage tout ce qui pourrait aider à retrouver ta famille : noms, lieux, numéros de téléphone, réseaux sociaux. Dis à ton assistant social ce que tu veux.
status-registered-b16to17-ask = Adresse-toi à ton tuteur, à ton assistant social ou à ton avocat. Tu peux demander un interprète à tout moment.

status-registered-adult-title = Le dossier est ouvert
status-registered-adult-meaning = Un assistant social a enregistré l'enfant et ouvert un dossier pour rechercher sa famille.
status-registered-adult-next = L'assistant social va rassembler des informations, puis commencer à rechercher la famille de l'enfant.
status-registered-adult-can-do = Gardez votre téléphone allumé et consultez cette application. Ne partagez des informations qu'avec l'assistant social.
status-registered-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## tracing

status-tracing-b0to5-title = On cherche ta famille
status-tracing-b0to5-meaning = Beaucoup de gens gentils cherchent ta famille.
status-tracing-b0to5-next = Ça peut prendre beaucoup de temps. Pendant qu'ils cherchent, tu es en sécurité.
status-tracing-b0to5-can-do = Tu peux jouer, te reposer et demander un câlin.
status-tracing-b0to5-ask = Tu peux demander à ton tuteur comment avancent les recherches.

status-tracing-b6to9-title = On cherche ta famille
status-tracing-b6to9-meaning = Des gens cherchent ta famille. Ils demandent de l'aide à d'autres personnes, dans beaucoup d'endroits.
status-tracing-b6to9-next = Chercher peut prendre beaucoup de temps. Ton assistant social te dira quand il y aura des nouvelles.
status-tracing-b6to9-can-do = Si tu te souviens de quelque chose de nouveau, dis-le à ton assistant social. C'est normal d'être triste ou de t'inquiéter.
status-tracing-b6to9-ask = Ton tuteur et ton assistant social peuvent te dire comment avancent les recherches.

status-tracing-b10to12-title = On cherche ta famille
status-tracing-b10to12-meaning = Ton assistant social cherche ta famille, avec l'aide de personnes dans d'autres endroits et d'autres pays.
status-tracing-b10to12-next = La recherche peut prendre des semaines ou des mois. Si quelqu'un est retrouvé, ton assistant social te le dira.
status-tracing-b10to12-can-do = Si tu te souviens d'un nom, d'un lieu ou d'un numéro de téléphone, dis-le à ton assistant social. Continue d'aller à l'école et de faire ce que tu aimes.
status-tracing-b10to12-ask = Demande à ton tuteur ou à ton assistant social où en est la recherche.

status-tracing-b13to15-title = On cherche ta famille
status-tracing-b13to15-meaning = Ton assistant social et des organisations partenaires cherchent ta famille, ici et dans d'autres pays.
status-tracing-b13to15-next = La recherche peut prendre beaucoup de temps. On te préviendra si on trouve quelqu'un qui pourrait être de ta famille.
status-tracing-b13to15-can-do = Partage tout ce qui te revient en mémoire. Ne contacte personne de ton côté : demande d'abord à ton assistant social, pour ta sécurité.
status-tracing-b13to15-ask = Ton tuteur et ton assistant social peuvent te dire ce qui a déjà été fait.

status-tracing-b16to17-title = Recherche de la famille
status-tracing-b16to17-meaning = Ton assistant social et des organisations partenaires recherchent ta famille, ici et à l'étranger.
status-tracing-b16to17-next = La recherche peut prendre beaucoup de temps. On te préviendra dès qu'on trouvera quelqu'un qui pourrait être de ta famille.
status-tracing-b16to17-can-do = Transmets toute nouvelle information à ton assistant social. Avant de contacter quelqu'un toi-même, parles-en avec lui, pour que ce soit sans danger pour toi et pour eux.
status-tracing-b16to17-ask = Demande à ton assistant social ou à ton tuteur ce qui a déjà été fait et quelle est la suite.

status-tracing-adult-title = Recherche de la famille
status-tracing-adult-meaning = L'assistant social et des organisations partenaires recherchent les membres de la famille de l'enfant.
status-tracing-adult-next = La recherche peut prendre du temps. L'assistant social contactera les membres de la famille qui seront retrouvés.
status-tracing-adult-can-do = Donnez à l'assistant social toute information qui peut aider. Ne communiquez pas les informations sur l'enfant à d'autres personnes.
status-tracing-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## family found

status-family-found-b0to5-title = On a trouvé quelqu'un
status-family-found-b0to5-meaning = Les personnes qui t'aident ont trouvé quelqu'un qui est peut-être de ta famille.
status-family-found-b0to5-next = D'abord, elles vont vérifier que c'est vraiment ta famille.
status-family-found-b0to5-can-do = Tu peux demander à ton tuteur de t'en dire plus.
status-family-found-b0to5-ask = Ton tuteur et ton assistant social te diront ce qui va se passer.

status-family-found-b6to9-title = Quelqu'un est peut-être de ta famille
status-family-found-b6to9-meaning = Ton assistant social a trouvé une personne qui est peut-être de ta famille.
status-family-found-b6to9-next = Ton assistant social va vérifier que cette personne est vraiment de ta famille. Ça peut prendre un peu de temps.
status-family-found-b6to9-can-do = Tu peux dire à ton assistant social ce que tu ressens avec cette nouvelle.
status-family-found-b6to9-ask = Tu peux poser toutes tes questions là-dessus à ton tuteur ou à ton assistant social.

status-family-found-b10to12-title = Quelqu'un est peut-être de ta famille
status-family-found-b10to12-meaning = Ton assistant social a trouvé une personne qui fait peut-être partie de ta famille.
status-family-found-b10to12-next = Ton assistant social va d'abord vérifier que cette personne est vraiment de ta famille. C'est seulement après que tu pourras lui parler.
status-family-found-b10to12-can-do = Dis à ton assistant social ce que tu ressens et ce que tu voudrais. Ce que tu veux compte.
status-family-found-b10to12-ask = Si tu as des questions, demande à ton tuteur ou à ton assistant social.

status-family-found-b13to15-title = Un membre de ta famille a peut-être été retrouvé
status-family-found-b13to15-meaning = Ton assistant social a trouvé une personne qui pourrait faire partie de ta famille.
status-family-found-b13to15-next = Ton assistant social va vérifier qui est cette personne. Le contact pourra commencer seulement quand tout sera vérifié et sans danger.
status-family-found-b13to15-can-do = Dis à ton assistant social ce que tu veux et ce qui t'inquiète. Tu peux dire si tu ne veux pas de contact.
status-family-found-b13to15-ask = Ton tuteur et ton assistant social peuvent répondre à tes questions.

status-family-found-b16to17-title = Un membre de ta famille a peut-être été retrouvé
status-family-found-b16to17-meaning = Ton assistant social a trouvé une personne qui pourrait être un membre de ta famille.
status-family-found-b16to17-next = Ton assistant social va vérifier l'identité de cette personne et votre lien de parenté. Le contact commencera seulement quand ce sera vérifié et sans danger.
status-family-found-b16to17-can-do = Dis à ton assistant social ce que tu souhaites et ce qui t'inquiète. Ton avis compte dans la décision.
status-family-found-b16to17-ask = Adresse-toi à ton assistant social, à ton tuteur ou à ton avocat.

status-family-found-adult-title = Un proche a peut-être été retrouvé
status-family-found-adult-meaning = L'assistant social a trouvé une personne qui pourrait être un proche de l'enfant.
status-family-found-adult-next = Avant tout contact, l'assistant social vérifiera les identités et le lien de parenté.
status-family-found-adult-can-do = Répondez aux questions de l'assistant social. Gardez à portée de main les documents et les photos qui montrent votre lien de parenté.
status-family-found-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## verifying

status-verifying-b0to5-title = On vérifie
status-verifying-b0to5-meaning = Les personnes qui t'aident vérifient que cette personne est vraiment de ta famille.
status-verifying-b0to5-next = Quand elles seront sûres, elles te le diront.
status-verifying-b0to5-can-do = Si tu veux, tu peux regarder des photos avec ton tuteur.
status-verifying-b0to5-ask = Tu peux demander à ton tuteur ce qui se passe.

status-verifying-b6to9-title = On vérifie
status-verifying-b6to9-meaning = Ton assistant social vérifie que cette personne est vraiment de ta famille.
status-verifying-b6to9-next = On va peut-être te poser des questions ou te montrer des photos. Ensuite, on te dira ce qu'on a trouvé.
status-verifying-b6to9-can-do = Réponds seulement à ce que tu veux. Tu peux dire que tu ne sais pas.
status-verifying-b6to9-ask = Si quelque chose t'inquiète, parle à ton tuteur ou à ton assistant social.

status-verifying-b10to12-title = On vérifie qui c'est
status-verifying-b10to12-meaning = Ton assistant social vérifie que la personne retrouvée est vraiment de ta famille.
status-verifying-b10to12-next = On va peut-être te poser des questions ou te montrer des photos. Ton assistant social te dira le résultat.
status-verifying-b10to12-can-do = Réponds du mieux que tu peux. Tu peux dire que tu ne sais pas ou que tu ne te souviens pas.
status-verifying-b10to12-ask = Ton tuteur et ton assistant social sont là si tu as des questions ou des soucis.

status-verifying-b13to15-title = On vérifie le lien familial
status-verifying-b13to15-meaning = Ton assistant social vérifie que la personne retrouvée est vraiment de ta famille et qu'elle souhaite un contact.
status-verifying-b13to15-next = On va peut-être te poser des questions ou te montrer des photos ou des documents. On te dira le résultat.
status-verifying-b13to15-can-do = Réponds honnêtement. Tu peux dire que tu ne te souviens pas, et tu peux faire une pause.
status-verifying-b13to15-ask = Parle à ton tuteur ou à ton assistant social de tout ce qui t'inquiète.

status-verifying-b16to17-title = Vérification
status-verifying-b16to17-meaning = Ton assistant social vérifie l'identité de la personne retrouvée et votre lien familial.
status-verifying-b16to17-next = On pourra te poser des questions ou te montrer des photos et des documents. On te dira le résultat.
status-verifying-b16to17-can-do = Réponds honnêtement, et dis-le si quelque chose ne te semble pas normal. Tu peux faire une pause à tout moment.
status-verifying-b16to17-ask = Adresse-toi à ton assistant social, à ton tuteur ou à ton avocat.

status-verifying-adult-title = Vérification
status-verifying-adult-meaning = L'assistant social vérifie le lien de parenté et l'identité des personnes concernées.
status-verifying-adult-next = On pourra vous demander des documents, des photos ou un entretien. L'assistant social vous communiquera le résultat.
status-verifying-adult-can-do = Répondez aux questions de l'assistant social et transmettez les documents demandés.
status-verifying-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## assessing

status-assessing-b0to5-title = On s'assure que tout va bien pour toi
status-assessing-b0to5-meaning = Les personnes qui t'aident vérifient que c'est sans danger et que c'est bien pour toi.
status-assessing-b0to5-next = Elles vont t'écouter, toi et ta famille.
status-assessing-b0to5-can-do = Tu peux dire à ton tuteur ce que tu ressens.
status-assessing-b0to5-ask = Tu peux tout demander à ton tuteur.

status-assessing-b6to9-title = On s'assure que tout va bien pour toi
status-assessing-b6to9-meaning = Ton assistant social vérifie que tu seras en sécurité et bien avec ta famille.
status-assessing-b6to9-next = Ton assistant social va parler avec toi et avec ta famille. Ensuite, les grandes personnes décideront ensemble.
status-assessing-b6to9-can-do = Dis à ton assistant social ce que tu veux et ce qui t'inquiète. Ce que tu dis compte.
status-assessing-b6to9-ask = Tu peux poser toutes tes questions à ton tuteur ou à ton assistant social.

status-assessing-b10to12-title = On s'assure que c'est sans danger et bon pour toi
status-assessing-b10to12-meaning = Ton assistant social vérifie si vivre avec ta famille est sans danger et si c'est le mieux pour toi.
status-assessing-b10to12-next = Ton assistant social va parler avec toi et avec ta famille. Ce que tu souhaites comptera dans la décision.
status-assessing-b10to12-can-do = Dis ce que tu veux et ce qui t'inquiète. Si tu préfères, tu peux d'abord en parler à ton tuteur.
status-assessing-b10to12-ask = Demande à ton tuteur ou à ton assistant social.

status-assessing-b13to15-title = Décider de ce qui est le mieux pour toi
status-assessing-b13to15-meaning = Ton assistant social évalue si rejoindre ta famille est sans danger et si c'est le mieux pour toi.
status-assessing-b13to15-next = Ton assistant social va parler avec toi et avec ta famille, et ira peut-être la voir. Tes souhaits comptent dans la décision.
status-assessing-b13to15-can-do = Dis à ton assistant social ce que tu veux, ce qui te fait peur et ce que tu espères.
status-assessing-b13to15-ask = Demande à ton tuteur ou à ton assistant social. Tu peux aussi demander à ton avocat.

status-assessing-b16to17-title = Évaluer ce qui est le mieux pour toi
status-assessing-b16to17-meaning = Ton assistant social évalue si rejoindre ta famille est sans danger et dans ton intérêt.
status-assessing-b16to17-next = Ton assistant social va parler avec toi et avec ta famille, et ira peut-être la voir. Ton avis pèse dans la décision.
status-assessing-b16to17-can-do = Partage tes souhaits, tes inquiétudes et tes espoirs. Tu peux demander que ton avis soit mis par écrit.
status-assessing-b16to17-ask = Adresse-toi à ton assistant social, à ton tuteur ou à ton avocat.

status-assessing-adult-title = Évaluation de l'intérêt supérieur de l'enfant
status-assessing-adult-meaning = L'assistant social évalue si la réunification est sans danger et dans l'intérêt supérieur de l'enfant.
status-assessing-adult-next = L'assistant social pourra avoir un entretien avec vous et se rendre à votre domicile. L'avis de l'enfant compte dans la décision.
status-assessing-adult-can-do = Participez aux entretiens et répondez franchement aux questions.
status-assessing-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## planning reunification

status-planning-reunification-b0to5-title = On prépare tout
status-planning-reunification-b0to5-meaning = Tu vas aller retrouver ta famille. Les personnes qui t'aident préparent tout.
status-planning-reunification-b0to5-next = Elles te diront quel jour tu pars.
status-planning-reunification-b0to5-can-do = Tu peux choisir un jouet ou une image à emporter avec toi.
status-planning-reunification-b0to5-ask = Tu peux poser des questions sur le voyage à ton tuteur.

status-planning-reunification-b6to9-title = On se prépare à rejoindre ta famille
status-planning-reunification-b6to9-meaning = C'est décidé : tu vas rejoindre ta famille. Maintenant, ton assistant social prépare un plan.
status-planning-reunification-b6to9-next = Le plan dit comment et quand tu vas voyager. Ton assistant social te dira le jour.
status-planning-reunification-b6to9-can-do = Tu peux dire à ton assistant social ce que tu veux emporter et à qui tu veux dire au revoir.
status-planning-reunification-b6to9-ask = Pose tes questions sur le plan à ton tuteur ou à ton assistant social.

status-planning-reunification-b10to12-title = On prépare tes retrouvailles avec ta famille
status-planning-reunification-b10to12-meaning = Il a été décidé que tu vas rejoindre ta famille. Ton assistant social prépare comment cela va se passer.
status-planning-reunification-b10to12-next = Le plan prévoit les papiers, le voyage et la date. Ton assistant social le regardera avec toi.
status-planning-reunification-b10to12-can-do = Dis à ton assistant social tes questions et tes inquiétudes sur ce changement. Pense aux personnes à qui tu veux dire au revoir.
status-planning-reunification-b10to12-ask = Demande à ton tuteur ou à ton assistant social.

status-planning-reunification-b13to15-title = Préparer tes retrouvailles avec ta famille
status-planning-reunification-b13to15-meaning = Il a été décidé que tu vas rejoindre ta famille. Ton assistant social prépare ton départ.
status-planning-reunification-b13to15-next = Le plan prévoit les documents, le voyage, la date, et l'école ou l'aide après ton arrivée. Ton assistant social le regardera avec toi.
status-planning-reunification-b13to15-can-do = Pose des questions sur tout ce qui est dans le plan. Dis-le si quelque chose t'inquiète.
status-planning-reunification-b13to15-ask = Demande à ton tuteur, à ton assistant social ou à ton avocat.

status-planning-reunification-b16to17-title = Préparation de la réunification
status-planning-reunification-b16to17-meaning = Il a été décidé que tu vas rejoindre ta famille. Ton assistant social prépare le plan.
status-planning-reunification-b16to17-next = Le plan prévoit les documents, le voyage, la date, ainsi que les études ou le travail et l'aide après ton arrivée. Ton assistant social le relira avec toi.
status-planning-reunification-b16to17-can-do = Vérifie le plan et pose des questions sur tout ce qui n'est pas clair. Dis à ton assistant social ce dont tu as besoin.
status-planning-reunification-b16to17-ask = Adresse-toi à ton assistant social, à ton tuteur ou à ton avocat.

status-planning-reunification-adult-title = Préparation de la réunification
status-planning-reunification-adult-meaning = La réunification a été approuvée. L'assistant social prépare le plan avec vous.
status-planning-reunification-adult-next = Le plan prévoit les documents, le voyage, la date et l'accompagnement après l'arrivée de l'enfant.
status-planning-reunification-adult-can-do = Préparez les documents demandés par l'assistant social et restez disponible pour parler du plan.
status-planning-reunification-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## reunified

status-reunified-b0to5-title = Avec ta famille
status-reunified-b0to5-meaning = Maintenant, tu es avec ta famille.
status-reunified-b0to5-next = Les personnes qui t'aident viendront te dire bonjour et voir comment tu vas.
status-reunified-b0to5-can-do = Tu peux dire à ta famille ce que tu ressens.
status-reunified-b0to5-ask = Tu peux toujours demander de l'aide à ton assistant social.

status-reunified-b6to9-title = Avec ta famille
status-reunified-b6to9-meaning = Tu es de nouveau avec ta famille.
status-reunified-b6to9-next = Ton assistant social viendra voir comment tu vas.
status-reunified-b6to9-can-do = { $gender ->
    [feminine] C'est normal d'être heureuse, et aussi de te sentir un peu bizarre. Tu peux en parler.
    [masculine] C'est normal d'être heureux, et aussi de te sentir un peu bizarre. Tu peux en parler.
   *[neutral] C'est normal d'avoir de la joie, et aussi de te sentir un peu bizarre. Tu peux en parler.
}
status-reunified-b6to9-ask = Tu peux toujours demander de l'aide à ton assistant social.

status-reunified-b10to12-title = De nouveau avec ta famille
status-reunified-b10to12-meaning = Tu es de nouveau avec ta famille.
status-reunified-b10to12-next = Pendant un moment, ton assistant social prendra de tes nouvelles pour voir comment ça se passe.
status-reunified-b10to12-can-do = S'habituer à une nouvelle vie prend du temps. Si c'est difficile, parles-en à quelqu'un.
status-reunified-b10to12-ask = Tu peux toujours demander de l'aide à ton assistant social.

status-reunified-b13to15-title = De nouveau avec ta famille
status-reunified-b13to15-meaning = Tu as retrouvé ta famille.
status-reunified-b13to15-next = Pendant un moment, ton assistant social prendra de tes nouvelles pour voir comment tu t'habitues.
status-reunified-b13to15-can-do = S'habituer prend du temps. Si quelque chose ne va pas, ou si tu ne te sens pas en sécurité, dis-le à ton assistant social.
status-reunified-b13to15-ask = Ton assistant social est toujours là pour toi.

status-reunified-b16to17-title = Famille réunie
status-reunified-b16to17-meaning = Tu as retrouvé ta famille.
status-reunified-b16to17-next = Pendant un moment, ton assistant social assurera un suivi pour voir comment tu t'habitues.
status-reunified-b16to17-can-do = Si quelque chose ne va pas ou si tu ne te sens pas en sécurité, contacte ton assistant social. Tu peux toujours faire une plainte.
status-reunified-b16to17-ask = Ton assistant social est toujours là pour toi.

status-reunified-adult-title = Famille réunie
status-reunified-adult-meaning = L'enfant a retrouvé sa famille.
status-reunified-adult-next = L'assistant social assurera un suivi pour voir comment vont l'enfant et la famille.
status-reunified-adult-can-do = Dites à l'assistant social si la famille a besoin d'aide.
status-reunified-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## follow-up

status-follow-up-b0to5-title = On vient te dire bonjour
status-follow-up-b0to5-meaning = Les personnes qui t'aident viennent voir comment tu vas.
status-follow-up-b0to5-next = Après quelques visites, elles te diront au revoir.
status-follow-up-b0to5-can-do = Tu peux leur montrer tes dessins et tes jeux.
status-follow-up-b0to5-ask = Tu peux demander à ta famille d'appeler ton assistant social.

status-follow-up-b6to9-title = On prend de tes nouvelles
status-follow-up-b6to9-meaning = Ton assistant social vient voir comment ça se passe avec ta famille.
status-follow-up-b6to9-next = Quand tout ira bien, les visites s'arrêteront.
status-follow-up-b6to9-can-do = Dis à ton assistant social ce qui va bien et ce qui est difficile.
status-follow-up-b6to9-ask = Tu peux demander de l'aide à ton assistant social.

status-follow-up-b10to12-title = On prend de tes nouvelles
status-follow-up-b10to12-meaning = Ton assistant social prend de tes nouvelles pour voir comment se passe la vie avec ta famille.
status-follow-up-b10to12-next = Quand tout ira bien, ces visites s'arrêteront et ton dossier sera fermé.
status-follow-up-b10to12-can-do = Dis à ton assistant social ce qui va bien et ce qui est difficile.
status-follow-up-b10to12-ask = Tu peux demander de l'aide à ton assistant social.

status-follow-up-b13to15-title = Suivi
status-follow-up-b13to15-meaning = Ton assistant social suit comment les choses se passent avec ta famille.
status-follow-up-b13to15-next = Quand tout ira bien, le suivi s'arrêtera et ton dossier sera fermé.
status-follow-up-b13to15-can-do = Dis honnêtement ce qui va bien et ce qui ne va pas. Demande de l'aide si tu en as besoin.
status-follow-up-b13to15-ask = Tu peux demander de l'aide à ton assistant social.

status-follow-up-b16to17-title = Suivi
status-follow-up-b16to17-meaning = Ton assistant social assure un suivi après tes retrouvailles avec ta famille.
status-follow-up-b16to17-next = Quand la situation sera stable, le suivi s'arrêtera et ton dossier sera fermé.
status-follow-up-b16to17-can-do = Dis de quelle aide tu as besoin : école, travail, santé ou autre chose.
status-follow-up-b16to17-ask = Tu peux demander de l'aide à ton assistant social.

status-follow-up-adult-title = Suivi
status-follow-up-adult-meaning = L'assistant social suit la situation de l'enfant et de la famille après la réunification.
status-follow-up-adult-next = Quand la situation sera stable, le suivi prendra fin et le dossier sera fermé.
status-follow-up-adult-can-do = Informez l'assistant social de tout besoin ou de toute difficulté.
status-follow-up-adult-ask = Adressez-vous à l'assistant social de l'enfant.

## closed

status-closed-b0to5-title = C'est fini
status-closed-b0to5-meaning = Les personnes qui t'aidaient ont fini leur travail avec toi.
status-closed-b0to5-next = Les grandes personnes autour de toi vont continuer à prendre soin de toi.
status-closed-b0to5-can-do = Tu peux demander de l'aide à une grande personne quand tu veux.
status-closed-b0to5-ask = Tu peux demander à ton tuteur ou à une grande personne en qui tu as confiance.

status-closed-b6to9-title = Ton dossier est terminé
status-closed-b6to9-meaning = Ton assistant social a fini de travailler sur ton dossier.
status-closed-b6to9-next = Les grandes personnes qui s'occupent de toi vont continuer à t'aider.
status-closed-b6to9-can-do = Si tu as encore besoin d'aide, dis-le à une grande personne en qui tu as confiance.
status-closed-b6to9-ask = Tu peux demander à une grande personne en qui tu as confiance de contacter l'équipe.

status-closed-b10to12-title = Ton dossier est fermé
status-closed-b10to12-meaning = Ton assistant social a fini de travailler sur ton dossier.
status-closed-b10to12-next = Il ne se passera plus rien dans ce dossier. Si tu as de nouveau besoin d'aide, l'équipe peut le rouvrir.
status-closed-b10to12-can-do = Si tu as besoin d'aide, dis-le à un adulte en qui tu as confiance.
status-closed-b10to12-ask = Demande à un adulte en qui tu as confiance de contacter l'équipe.

status-closed-b13to15-title = Ton dossier est fermé
status-closed-b13to15-meaning = Ton assistant social a fini de travailler sur ton dossier.
status-closed-b13to15-next = Il ne se passera plus rien dans ce dossier. Si tu as de nouveau besoin d'aide, il pourra être rouvert.
status-closed-b13to15-can-do = Si tu as besoin d'aide, contacte l'équipe ou un adulte en qui tu as confiance. Tu peux toujours faire une plainte.
status-closed-b13to15-ask = Adresse-toi à un adulte en qui tu as confiance, ou contacte l'équipe.

status-closed-b16to17-title = Dossier fermé
status-closed-b16to17-meaning = Ton assistant social a fini de travailler sur ton dossier.
status-closed-b16to17-next = Il ne se passera plus rien dans ce dossier. Il pourra être rouvert si tu as de nouveau besoin d'aide.
status-closed-b16to17-can-do = Tu peux toujours demander une copie de tes données ou faire une plainte.
status-closed-b16to17-ask = Contacte l'équipe si tu as de nouveau besoin d'aide.

status-closed-adult-title = Dossier fermé
status-closed-adult-meaning = L'assistant social a fini de travailler sur le dossier de l'enfant.
status-closed-adult-next = Il ne se passera plus rien dans ce dossier. Il pourra être rouvert si nécessaire.
status-closed-adult-can-do = Vous pouvez demander une copie de vos données ou faire une plainte.
status-closed-adult-ask = Contactez l'équipe si vous avez de nouveau besoin d'aide.

## alternative care

status-alternative-care-b0to5-title = Un endroit sûr pour vivre
status-alternative-care-b0to5-meaning = Tu vas vivre dans un endroit sûr, avec des personnes qui prennent soin de toi.
status-alternative-care-b0to5-next = Les personnes qui t'aident vont continuer à venir te voir.
status-alternative-care-b0to5-can-do = Tu peux dire aux grandes personnes qui s'occupent de toi ce que tu aimes.
status-alternative-care-b0to5-ask = Tu peux tout demander à ton tuteur.

status-alternative-care-b6to9-title = Un endroit sûr pour vivre
status-alternative-care-b6to9-meaning = Pour l'instant, tu vas vivre dans un endroit sûr, avec des personnes qui vont prendre soin de toi.
status-alternative-care-b6to9-next = Ton assistant social va continuer à venir te voir. On va peut-être continuer à chercher ta famille.
status-alternative-care-b6to9-can-do = Dis à ton assistant social ce que tu aimes et ce dont tu as besoin.
status-alternative-care-b6to9-ask = Tu peux poser toutes tes questions à ton tuteur ou à ton assistant social.

status-alternative-care-b10to12-title = Un endroit sûr pour vivre
status-alternative-care-b10to12-meaning = Pour l'instant, tu vas vivre dans un endroit sûr, avec des adultes qui s'occupent de toi, mais pas avec ta famille.
status-alternative-care-b10to12-next = Ton assistant social va continuer à venir te voir. La recherche de ta famille peut continuer.
status-alternative-care-b10to12-can-do = Dis à ton assistant social ce dont tu as besoin et ce que tu penses de l'endroit où tu vis.
status-alternative-care-b10to12-ask = Demande à ton tuteur ou à ton assistant social.

status-alternative-care-b13to15-title = Un lieu d'accueil
status-alternative-care-b13to15-meaning = Pour l'instant, tu vas vivre dans un endroit sûr, avec des adultes qui s'occupent de toi, par exemple une famille d'accueil ou un petit foyer.
status-alternative-care-b13to15-next = Ton assistant social va rester en contact avec toi. La recherche de ta famille peut continuer, et le plan sera revu.
status-alternative-care-b13to15-can-do = Dis ce dont tu as besoin et ce que tu penses de l'endroit où tu vis. Ton avis compte quand le plan est revu.
status-alternative-care-b13to15-ask = Demande à ton tuteur, à ton assistant social ou à ton avocat.

status-alternative-care-b16to17-title = Lieu d'accueil
status-alternative-care-b16to17-meaning = Pour l'instant, tu vas vivre dans un lieu d'accueil, par exemple une famille d'accueil, un petit foyer ou un logement accompagné.
status-alternative-care-b16to17-next = Ton assistant social restera en contact avec toi et fera le point sur le plan avec toi. La recherche de ta famille peut continuer.
status-alternative-care-b16to17-can-do = Dis à ton assistant social ce dont tu as besoin, y compris pour préparer tes 18 ans.
status-alternative-care-b16to17-ask = Adresse-toi à ton assistant social, à ton tuteur ou à ton avocat.

status-alternative-care-adult-title = Protection de remplacement
status-alternative-care-adult-meaning = Pour l'instant, l'enfant vivra dans un lieu d'accueil (protection de remplacement).
status-alternative-care-adult-next = L'assistant social réexaminera régulièrement le plan. La recherche de la famille peut continuer.
status-alternative-care-adult-can-do = Demandez à l'assistant social comment vous pouvez rester en contact avec l'enfant, si c'est autorisé.
status-alternative-care-adult-ask = Adressez-vous à l'assistant social de l'enfant.
