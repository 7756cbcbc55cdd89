# Texts a child meets around their case status, version 1. Never edit in place.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult

status-reassure-b0to5 = Anyen nan sa a pa fòt ou. Ou an sekirite, e gen moun ki renmen ou.
status-reassure-b6to9 = Tann se bagay ki difisil. Anyen nan sa a pa fòt ou. Gen moun k ap travay pou ou chak jou.
status-reassure-b10to12 = Tann ka difisil. Se pa fòt ou si sa pran tan. Gen moun k ap travay sou dosye ou.
status-reassure-b13to15 = Tann ka difisil. Se pa fòt ou si yo poko jwenn fanmi ou, ni si verifikasyon yo pran tan.
status-reassure-b16to17 = Tann ka difisil. Anyen nan sa a pa fòt ou. Responsab dosye ou ap di ou depi gen nouvèl.
status-reassure-adult = Rechèch fanmi ak verifikasyon yo pran tan. Responsab dosye a ap kontakte ou depi gen nouvèl.

status-guardian-b0to5 = Gadyen ou la pou ede ou. Mande yon granmoun pou rele l pou ou.
status-guardian-b6to9 = Gadyen ou la pou ou. Voye yon mesaj ba li nan aplikasyon sa a, oswa mande yon moun k ap okipe ou pou rele l.
status-guardian-b10to12 = Ou ka voye mesaj bay gadyen ou nan aplikasyon sa a. Si se ijan, mande yon moun k ap okipe ou pou rele l.
status-guardian-b13to15 = Ou ka voye mesaj bay gadyen ou nan aplikasyon sa a nenpòt ki lè. Si se ijan, mande yon moun k ap okipe ou pou rele l.
status-guardian-b16to17 = Ou ka voye mesaj bay gadyen ou nan aplikasyon sa a nenpòt ki lè. Si se ijan, rele l oswa mande yon moun k ap okipe ou.
status-guardian-adult = Nan aplikasyon sa a, ou ka voye mesaj bay responsab dosye timoun nan.

status-complaint-b0to5 = Si yon moun fè ou mal oswa fè kè ou tris, pale ak yon granmoun ou fè konfyans.
status-complaint-b6to9 = Si yon bagay pa bon, oswa si yon moun maltrete ou, ou ka di nou sa. Ou pa oblije bay non ou.
status-complaint-b10to12 = Si yon bagay pa bon, oswa si yon moun maltrete ou, ou ka fè yon plent nan aplikasyon sa a. Ou pa oblije bay non ou.
status-complaint-b13to15 = Si yon bagay pa bon, oswa si yon moun maltrete ou, ou ka fè yon plent nan aplikasyon sa a. Ou pa oblije bay non ou, e moun ou fè plent sou li a p ap wè l.
status-complaint-b16to17 = Ou ka fè yon plent nan aplikasyon sa a sou nenpòt bagay ki pa bon, menm sou moun ki travay nan ekip la. Ou pa oblije bay non ou, e moun ou fè plent sou li a p ap wè l.
status-complaint-adult = Ou ka fè yon plent nan aplikasyon sa a san ou pa bay non ou. Moun ou fè plent sou li a p ap wè l.
