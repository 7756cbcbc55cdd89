# Plent: sa yon moun li anvan, pandan epi apre li fè yon plent. Vèsyon 2.
# Version 2 of content/complaints/v1/ht/complaints.ftl: never edit in place.
# Kreyòl ayisyen (ht): MACHINE DRAFT translation of content/complaints/v1/en/complaints.ftl,
# made by an AI model (Claude) on 2026-12-03; not reviewed by a native speaker. "ou" for
# every reader; no variables, no selectors.
# Terms: complaint team = "ekip plent la"; receipt number = "nimewo resi"; make a complaint =
# "fè yon plent". As in English, no promise of an outcome or a day: "yo eseye" /
# "objektif yo se" stay as weak as "try to" / "aim to".
#
# Version 2 (issue 14): the 18 texts for 0–9 that changed in English v2 are a new MACHINE
# DRAFT by an AI model (Claude), 2026-12-03, translated from content/complaints/v2/en; not
# reviewed by a native speaker. They name "ekip plent la" (no more "nou", "ekip la" alone
# or, in 0–5, the helpers "moun k ap ede ou yo") and explain it the first time in each
# text in the same words as the status texts v2:
#   complaint team: "Se moun ki gen travay pou ede lè yon bagay pa bon."
#   (in the two referred texts, first: "Travay ekip plent la se ede lè yon bagay pa bon.")
# All other texts are as in version 1.

complaint-help-after-b0to5 = Ou di gen yon bagay ki pa bon. Yon moun nan ekip plent la ap li sa. Se moun ki gen travay pou ede lè yon bagay pa bon. Y ap eseye fè bagay yo vin pi bon.
complaint-help-after-b6to9 = Ekip plent la ap li sa ou ekri a. Se moun ki gen travay pou ede lè yon bagay pa bon. Y ap reponn ou isit la. Tounen pou wè repons yo.
complaint-help-after-b10to12 = Yon moun nan ekip plent la ap li plent ou epi reponn ou isit la. Yo eseye reponn anvan yon semèn pase. Tounen ak nimewo resi ou pou li repons yo.
complaint-help-after-b13to15 = Yon moun nan ekip plent la ap li plent ou epi reponn ou isit la. Objektif yo se reponn ou anvan yon semèn pase, epi di ou sa yo te fè anvan twa mwa pase. Ou ka ajoute plis bagay nenpòt ki lè.
complaint-help-after-b16to17 = Ekip plent la li chak plent. Objektif yo se reponn ou anvan yon semèn pase, epi di ou sa yo te fè anvan twa mwa pase. Ou ka ajoute plis enfòmasyon nenpòt ki lè avèk nimewo resi ou.
complaint-help-after-adult = Ekip plent la li chak plent. Objektif yo se konfime yo resevwa l nan yon delè 7 jou, epi di ou sa ki te fèt nan yon delè 3 mwa. Ou ka ajoute enfòmasyon nenpòt ki lè avèk nimewo resi ou.

complaint-help-readers-b0to5 = Se sèlman ekip plent la ki ka wè l. Se moun ki gen travay pou ede lè yon bagay pa bon. Moun ou pale sou li a pa ka wè l.
complaint-help-readers-b6to9 = Se sèlman ekip plent la ki ka li l. Se moun ki gen travay pou ede lè yon bagay pa bon. Si se sou yon moun, moun sa a pa ka wè l. Ou pa oblije bay non ou.
complaint-help-readers-b10to12 = Se sèlman ekip plent la ki ka li plent ou. Moun ou fè plent sou li a pa ka wè l. Ou pa oblije bay non ou.
complaint-help-readers-b13to15 = Se sèlman ekip plent la ki ka li plent ou, sou pwòp telefòn pa yo. Moun ou fè plent sou li a pa ka wè l, e sèvè ki pote l la pa ka li l. Ou pa oblije bay non ou.
complaint-help-readers-b16to17 = Se sèlman ekip plent la ki ka li plent ou: li fèmen ak kle sou telefòn ou, epi yo louvri l sou telefòn pa yo. Moun ou fè plent sou li a pa ka wè l. Ou pa oblije bay non ou.
complaint-help-readers-adult = Se sèlman ekip plent la ki ka li plent lan: li chifre sou telefòn ou, epi yo dechifre l sou telefòn pa yo. Moun ou fè plent sou li a pa ka wè l. Ou pa oblije bay non ou.

complaint-help-receipt-b0to5 = Ou resevwa yon nimewo. Yon granmoun ou fè konfyans ka kenbe l pou ou.
complaint-help-receipt-b6to9 = Ou resevwa yon nimewo ki long. Se kle ou pou wè repons lan. Kenbe l sekrè. Ekri l epi kache l.
complaint-help-receipt-b10to12 = Ou resevwa yon nimewo resi. Avèk li, ou ka li repons lan sou nenpòt telefòn. Kenbe l sekrè: nenpòt moun ki gen nimewo a ka li plent ou.
complaint-help-receipt-b13to15 = Ou resevwa yon nimewo resi yon sèl fwa. Avèk li, ou ka li repons yo epi ajoute plis bagay, sou nenpòt telefòn. Kenbe l sekrè: nenpòt moun ki genyen l ka li plent ou. Si ou pèdi l, pesonn pa ka jwenn li pou ou.
complaint-help-receipt-b16to17 = Ou resevwa yon nimewo resi yon sèl fwa. Avèk li, ou ka li repons yo epi ajoute plis bagay, depi nenpòt telefòn. Kenbe l sekrè: nenpòt moun ki genyen l ka li plent ou. Si ou pèdi l, pesonn pa ka ba ou l ankò.
complaint-help-receipt-adult = Ou resevwa yon nimewo resi yon sèl fwa. Avèk li, ou ka li repons yo epi ajoute enfòmasyon depi nenpòt aparèy. Kenbe l sekrè: nenpòt moun ki genyen l ka li plent lan. Si li pèdi, pesonn pa ka rekipere l.

complaint-urgent-b0to5 = Si yon moun ap fè yon timoun mal kounye a, peze la a. Yo avèti yon moun ki de gad touswit.
complaint-urgent-b6to9 = Si yon timoun an danje kounye a, chwazi sa a. Yo avèti yon moun ki de gad touswit.
complaint-urgent-b10to12 = Si yon timoun an danje kounye a, chwazi sa a. Yo avèti moun ki de gad yo touswit.
complaint-urgent-b13to15 = Si yon timoun an danje kounye a, chwazi sa a. Yo avèti moun ki de gad yo touswit, epi si pesonn pa reponn, yo avèti lòt moun.
complaint-urgent-b16to17 = Si yon timoun an danje kounye a, chwazi sa a. Yo avèti moun ki de gad yo touswit, epi si pesonn pa reponn vit, yo avèti plis moun.
complaint-urgent-adult = Si yon timoun an danje kounye a, chwazi opsyon sa a. Yo voye yon alèt bay pèsonèl ki de gad la touswit, epi si pesonn pa reponn, alèt la ale pi lwen.

complaint-received-b0to5 = Mèsi paske ou di ekip plent la sa. Se moun ki gen travay pou ede lè yon bagay pa bon. Youn nan yo ap li l.
complaint-received-b6to9 = Mèsi. Plent ou rive. Yon moun nan ekip plent la ap li l. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-received-b10to12 = Mèsi. Plent ou rive. Yon moun nan ekip plent la ap li l.
complaint-received-b13to15 = Mèsi. Plent ou rive an sekirite. Yon moun nan ekip plent la ap li l epi reponn ou isit la.
complaint-received-b16to17 = Mèsi. Plent ou rive an sekirite. Ekip plent la ap li l epi reponn ou isit la.
complaint-received-adult = Mèsi. Nou resevwa plent lan. Ekip plent la ap li l epi reponn isit la.

complaint-status-received-b0to5 = Mesaj ou a ap tann ekip plent la. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-status-received-b6to9 = Plent ou ap tann. Pesonn poko li l.
complaint-status-received-b10to12 = Plent ou rive. Pesonn nan ekip la poko li l.
complaint-status-received-b13to15 = Plent ou rive. Pesonn nan ekip la poko li l.
complaint-status-received-b16to17 = Resevwa. Pesonn nan ekip plent la poko li l.
complaint-status-received-adult = Resevwa. Ekip plent la poko li l.

complaint-status-acknowledged-b0to5 = Yon moun nan ekip plent la li mesaj ou a. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-status-acknowledged-b6to9 = Yon moun nan ekip plent la li plent ou. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-status-acknowledged-b10to12 = Yon moun nan ekip plent la li plent ou.
complaint-status-acknowledged-b13to15 = Yon moun nan ekip plent la li plent ou.
complaint-status-acknowledged-b16to17 = Ekip plent la li l.
complaint-status-acknowledged-adult = Ekip plent la konfime li resevwa l.

complaint-status-in-review-b0to5 = Yon moun nan ekip plent la ap travay sou sa. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-status-in-review-b6to9 = Ekip plent la ap tcheke sa ou te di yo a. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-status-in-review-b10to12 = Ekip plent la ap chèche konnen sa ki te pase.
complaint-status-in-review-b13to15 = Ekip plent la ap chèche konnen sa ki te pase.
complaint-status-in-review-b16to17 = Ekip plent la ap egzamine l.
complaint-status-in-review-adult = Ekip plent la ap egzamine l.

complaint-status-referred-b0to5 = Travay ekip plent la se ede lè yon bagay pa bon. Ekip sa a mande lòt moun pou ede ak sa.
complaint-status-referred-b6to9 = Travay ekip plent la se ede lè yon bagay pa bon. Ekip sa a mande lòt moun ki ka ede ak sa.
complaint-status-referred-b10to12 = Ekip plent la pase l bay yon lòt sèvis ki ka ede ak sa.
complaint-status-referred-b13to15 = Ekip plent la pase l bay yon lòt sèvis ki ka ede ak sa.
complaint-status-referred-b16to17 = Yo pase l bay yon lòt sèvis ki ka okipe l.
complaint-status-referred-adult = Yo transfere l bay yon lòt sèvis ki ka okipe l.

complaint-status-action-taken-b0to5 = Ekip plent la fè yon bagay pou sa. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-status-action-taken-b6to9 = Ekip plent la fè yon bagay pou plent ou. Se moun ki gen travay pou ede lè yon bagay pa bon.
complaint-status-action-taken-b10to12 = Ekip plent la fè yon bagay pou plent ou. Li repons yo.
complaint-status-action-taken-b13to15 = Ekip plent la aji sou plent ou. Li repons yo.
complaint-status-action-taken-b16to17 = Ekip plent la aji. Repons yo di sa yo te fè.
complaint-status-action-taken-adult = Yo pran aksyon. Repons ekip la di sa ki te fèt.

complaint-status-closed-b0to5 = Ekip plent la fini ak sa. Se moun ki gen travay pou ede lè yon bagay pa bon. Ou ka di yo sa ankò nenpòt ki lè.
complaint-status-closed-b6to9 = Ekip plent la fini ak plent sa a. Se moun ki gen travay pou ede lè yon bagay pa bon. Ou ka fè yon nouvo plent nenpòt ki lè.
complaint-status-closed-b10to12 = Ekip plent la fini ak plent sa a. Ou ka fè yon nouvo plent nenpòt ki lè.
complaint-status-closed-b13to15 = Ekip plent la fèmen plent sa a. Ou ka toujou li l pandan yon bout tan, epi fè yon nouvo plent nenpòt ki lè.
complaint-status-closed-b16to17 = Fèmen. Ou ka toujou li l pandan yon bout tan, epi fè yon nouvo plent nenpòt ki lè.
complaint-status-closed-adult = Fèmen. Ou ka toujou li l pandan yon bout tan; ou ka fè yon nouvo plent nenpòt ki lè.
