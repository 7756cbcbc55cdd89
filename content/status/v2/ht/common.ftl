# Texts a child meets around their case status, version 2. Never edit in place.
# ht (Kreyòl ayisyen): MACHINE DRAFT of version 2, by an AI language model (Claude),
# 2026-12-03. Not reviewed by a native speaker: see locales/ht/STATUS.md.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
#   status-not-found-<audience>: new in version 2. What happens if no family is found:
#                                referenced from status-tracing-<audience>-next
#   status-scam-warning-adult:   new in version 2. Warning about scams, referenced from
#                                the adult can-do texts of family-found, verifying and
#                                planning-reunification (where contact begins)
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult
# Version 2 (issue 14): no promises of outcomes or dates. Role words are explained in 0–9
# the first time they appear in each text, always in the same words:
#   caseworker:     "Responsab dosye ou se moun ki ede ou ak dosye ou."
#                   (or "Se moun ki ede ou ak dosye ou." right after it)
#   guardian:       "Gadyen ou se granmoun ki pale pou defann ou."
#   complaint team: "Se moun ki gen travay pou ede lè yon bagay pa bon."
# 0–9 texts say "granmoun k ap okipe ou yo" (the grown-ups who take care of you).

status-reassure-b0to5 = Anyen nan sa a pa fòt ou. Isit la, gen moun ki pran swen ou. Si ou santi ou tris oswa ou pè, di yon granmoun ou fè konfyans.
status-reassure-b6to9 = Tann se yon bagay ki difisil. Anyen nan sa a pa fòt ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande l sa k ap pase.
status-reassure-b10to12 = Tann ka difisil. Se pa fòt ou si sa pran tan. Ou ka mande responsab dosye ou sa k ap pase nenpòt ki lè.
status-reassure-b13to15 = Tann ka difisil. Se pa fòt ou si sa pran tan. Ou ka mande responsab dosye ou nenpòt ki lè sa yo fè deja.
status-reassure-b16to17 = Tann ka difisil. Anyen nan sa a pa fòt ou. Responsab dosye ou ap di ou lè gen nouvèl, e ou ka mande l nenpòt ki lè sa yo fè deja.
status-reassure-adult = Rechèch fanmi ak verifikasyon yo pran tan. Responsab dosye a ap kontakte ou lè gen nouvèl. Ou ka mande responsab dosye a tou nan aplikasyon sa a, nenpòt ki lè.

status-guardian-b0to5 = Gadyen ou se granmoun ki pale pou defann ou. Mande yon granmoun ou fè konfyans pou rele l pou ou.
status-guardian-b6to9 = Gadyen ou se granmoun ki pale pou defann ou. Ou ka voye yon mesaj ba li nan aplikasyon sa a. Oswa mande granmoun k ap okipe ou a pou rele l.
status-guardian-b10to12 = Ou ka voye mesaj bay gadyen ou nan aplikasyon sa a. Si se ijan, mande yon moun k ap okipe ou pou rele l.
status-guardian-b13to15 = Ou ka voye mesaj bay gadyen ou nan aplikasyon sa a nenpòt ki lè. Si se ijan, mande yon moun k ap okipe ou pou rele l.
status-guardian-b16to17 = Ou ka voye mesaj bay gadyen ou nan aplikasyon sa a nenpòt ki lè. Si se ijan, rele l oswa mande yon moun k ap okipe ou.
status-guardian-adult = Nan aplikasyon sa a, ou ka voye mesaj bay responsab dosye timoun nan.

status-complaint-b0to5 = Èske yon moun fè ou mal oswa fè kè ou tris? Di yon granmoun ou fè konfyans.
status-complaint-b6to9 = Èske gen yon bagay ki pa bon? Èske yon moun maltrete ou? Ou ka di ekip plent la sa nan aplikasyon sa a. Se moun ki gen travay pou ede lè yon bagay pa bon. Ou pa oblije bay non ou. Si se sou yon moun, moun sa a p ap wè l.
status-complaint-b10to12 = Si yon bagay pa bon, oswa si yon moun maltrete ou, ou ka fè yon plent nan aplikasyon sa a. Ou pa oblije bay non ou.
status-complaint-b13to15 = Si yon bagay pa bon, oswa si yon moun maltrete ou, ou ka fè yon plent nan aplikasyon sa a. Ou pa oblije bay non ou, e moun ou fè plent sou li a p ap wè l.
status-complaint-b16to17 = Ou ka fè yon plent nan aplikasyon sa a sou nenpòt bagay ki pa bon, menm sou moun ki travay nan ekip la. Ou pa oblije bay non ou, e moun ou fè plent sou li a p ap wè l.
status-complaint-adult = Ou ka fè yon plent nan aplikasyon sa a san ou pa bay non ou. Moun ou fè plent sou li a p ap wè l.

status-not-found-b0to5 = Pafwa, yo pa jwenn fanmi yon timoun, menm apre anpil tan. Lè sa a, granmoun ap toujou okipe ou. Responsab dosye ou se moun ki ede ou ak dosye ou. L ap toujou ede ou. Li ka chèche ankò si gen nouvèl.
status-not-found-b6to9 = Pafwa, yo pa jwenn fanmi yon timoun, menm apre anpil tan. Lè sa a, granmoun ap toujou okipe ou. Responsab dosye ou se moun ki ede ou ak dosye ou. L ap toujou ede ou, e l ap fè yon plan avèk ou. Yo ka rekòmanse chèche si gen nouvèl.
status-not-found-b10to12 = Pafwa, yo pa ka jwenn fanmi yon timoun, menm apre yon rechèch ki long. Si sa rive, ou ap viv ak moun k ap okipe ou, tankou yon fanmi dakèy. Responsab dosye ou ap kontinye ede ou, e l ap fè yon plan avèk ou pou ane k ap vini yo. Rechèch la ka rekòmanse si gen nouvèl.
status-not-found-b13to15 = Pafwa, yo pa ka jwenn okenn manm fanmi, menm apre yon rechèch ki long. Si sa rive, ou ap viv ak moun k ap okipe ou, tankou yon fanmi dakèy oswa yon ti kay dakèy. Responsab dosye ou ap kontinye ede ou, e l ap fè yon plan alontèm avèk ou. Rechèch la ka rekòmanse si gen nouvèl.
status-not-found-b16to17 = Pafwa, yo pa ka jwenn okenn manm fanmi, menm apre yon rechèch ki long. Si sa rive, ou ap viv ak moun k ap okipe ou, tankou yon fanmi dakèy, yon ti kay dakèy oswa yon lojman ak sipò. Responsab dosye ou ap kontinye ede ou, e l ap fè yon plan alontèm avèk ou, ki gen ladan l sa k ap pase lè ou gen 18 an. Rechèch la ka rekòmanse si gen nouvèl.
status-not-found-adult = Si yo pa jwenn okenn manm fanmi, oswa si pa gen pesonn ki ka okipe timoun nan san danje, timoun nan ap rete nan swen altènatif, avèk yon plan alontèm. Responsab dosye a ap kontinye sipòte timoun nan. Rechèch fanmi an ka rekòmanse lè gen nouvo enfòmasyon.

status-scam-warning-adult = Fè atansyon ak eskwokri. Gen moun ki pran pòz yo se fanmi timoun nan, oswa ki fè kwè yo travay sou dosye a. Yo ka mande ou lajan, oswa mande ou ki kote timoun nan ye. Pa voye lajan, e pa di ki kote timoun nan ye. Anvan, tcheke ak responsab dosye a nan aplikasyon sa a.
