# Texts a child meets around their case status, version 2. Never edit in place.
# Somali (so): MACHINE DRAFT by an AI language model (Claude), 2026-12-03.
# Not reviewed by a native speaker. Must be reviewed before it is shown to anyone.
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
# Version 2 (issue 14): no promises of outcomes or dates; what happens when family is not
# found; who to reach by role; no jargon or idioms below adult; role words explained in
# 0–9 the first time they appear in each text, always in the same words:
#   caseworker:     "Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga."
#                   (or "Kaasi waa qofka kaa caawiya kiiskaaga." right after it)
#   guardian:       "Mas'uulkaagu waa qofka weyn ee kuu dooda."
#   complaint team: "Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin."
# 0–9 texts say "dadka waaweyn ee ku daryeela", never "dadka ku caawiya" (helpers).
# Somali terms as in version 1: caseworker = shaqaalaha kiiska; guardian = mas'uulka;
# legal representative = qareenka; tracing = raadinta qoyska. No $gender.

status-reassure-b0to5 = Waxan oo dhan qaladkaaga ma aha. Dadka halkan joogaa waxay daneeyaan wanaaggaaga. Haddii aad murugaysan tahay ama aad baqayso, u sheeg qof weyn oo aad ku kalsoon tahay.
status-reassure-b6to9 = Sugiddu way adag tahay. Waxan oo dhan qaladkaaga ma aha. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Waxaad weydiin kartaa waxa socda.
status-reassure-b10to12 = Sugiddu way adkaan kartaa. Qaladkaaga ma aha inay arrintani waqti qaadato. Waqti kasta waxaad shaqaalaha kiiskaaga weydiin kartaa waxa socda.
status-reassure-b13to15 = Sugiddu way adkaan kartaa. Qaladkaaga ma aha inay arrintani waqti qaadato. Waqti kasta waxaad shaqaalaha kiiskaaga weydiin kartaa waxa ilaa hadda la sameeyay.
status-reassure-b16to17 = Sugiddu way adkaan kartaa. Waxan oo dhan qaladkaaga ma aha. Shaqaalaha kiiskaagu wuu kuu sheegi doonaa marka war la helo, waqti kastana waad weydiin kartaa waxa la sameeyay.
status-reassure-adult = Raadinta iyo hubintu waqti bay qaataan. Shaqaalaha kiisku wuu kula soo xiriiri doonaa marka war la helo. Waqti kasta waxaad sidoo kale shaqaalaha kiiska wax ku weydiin kartaa app-kan.

status-guardian-b0to5 = Mas'uulkaagu waa qofka weyn ee kuu dooda. Qof weyn oo aad ku kalsoon tahay ka codso inuu mas'uulkaaga kuu waco.
status-guardian-b6to9 = Mas'uulkaagu waa qofka weyn ee kuu dooda. Waxaad fariin ugu diri kartaa app-kan. Ama qofka weyn ee ku daryeela ka codso inuu u soo waco.
status-guardian-b10to12 = Mas'uulkaaga fariin ayaad ugu diri kartaa app-kan. Haddii ay degdeg tahay, daryeelahaaga ka codso inuu u soo waco.
status-guardian-b13to15 = Mas'uulkaaga waqti kasta fariin ayaad ugu diri kartaa app-kan. Haddii ay degdeg tahay, daryeelahaaga ka codso inuu u soo waco.
status-guardian-b16to17 = Mas'uulkaaga waqti kasta fariin ayaad ugu diri kartaa app-kan. Haddii ay degdeg tahay, adigu u soo wac, ama daryeelahaaga ka codso.
status-guardian-adult = Shaqaalaha kiiska ilmaha fariin ayaad ugu diri kartaa app-kan.

status-complaint-b0to5 = Qof ma ku dhibaa, mise ku murugeeyaa? U sheeg qof weyn oo aad ku kalsoon tahay.
status-complaint-b6to9 = Wax ma qaldan yihiin? Qof si xun ma kuula dhaqmaa? Waxaad u sheegi kartaa kooxda cabashooyinka ee app-kan. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Uma baahnid inaad magacaaga sheegto. Haddii ay ku saabsan tahay qof, qofkaasi ma arki doono.
status-complaint-b10to12 = Haddii wax qaldan dhacaan, ama qof si xun kuula dhaqmo, waxaad cabasho ku gudbin kartaa app-kan. Uma baahnid inaad magacaaga sheegto.
status-complaint-b13to15 = Haddii wax qaldan dhacaan, ama qof si xun kuula dhaqmo, waxaad cabasho ku gudbin kartaa app-kan. Uma baahnid inaad magacaaga sheegto, qofka aad ka cabatona ma arki doono cabashada.
status-complaint-b16to17 = Waxaad app-kan ku gudbin kartaa cabasho ku saabsan wax kasta oo qaldan, xitaa haddii ay ku saabsan tahay shaqaalaha. Uma baahnid inaad magacaaga sheegto, qofka aad ka cabatona ma arki doono cabashada.
status-complaint-adult = Waxaad app-kan ku gudbin kartaa cabasho, adigoon magacaaga sheegin. Qofka aad ka cabato ma arki doono cabashada.

status-not-found-b0to5 = Mararka qaarkood qoyska lama helo, xitaa waqti dheer kadib. Markaas weli dad waaweyn ayaa ku daryeeli doona. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Weli wuu ku caawin doonaa. Mar kale ayuu raadin karaa haddii war cusub yimaado.
status-not-found-b6to9 = Mararka qaarkood qoyska lama helo, xitaa waqti dheer kadib. Markaas weli dad waaweyn ayaa ku daryeeli doona. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Weli wuu ku caawin doonaa, wuxuuna kula samayn doonaa qorshe. Raadintu mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-not-found-b10to12 = Mararka qaarkood qoyska lama heli karo, xitaa raadin dheer kadib. Haddii taasi dhacdo, waxaad la noolaan doontaa daryeelayaal, sida qoys kafaala. Shaqaalaha kiiskaagu wuu sii wadi doonaa inuu ku caawiyo, wuxuuna kula samayn doonaa qorshe sannadaha soo socda. Raadintu mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-not-found-b13to15 = Mararka qaarkood xubin qoyska ka mid ah lama heli karo, xitaa raadin dheer kadib. Haddii taasi dhacdo, waxaad la noolaan doontaa daryeelayaal, sida qoys kafaala ama guri yar. Shaqaalaha kiiskaagu wuu sii wadi doonaa inuu ku caawiyo, wuxuuna kula samayn doonaa qorshe muddo dheer ah. Raadintu mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-not-found-b16to17 = Mararka qaarkood xubin qoyska ka mid ah lama heli karo, xitaa raadin dheer kadib. Haddii taasi dhacdo, waxaad la noolaan doontaa daryeelayaal, sida qoys kafaala, guri yar ama hoy taageero leh. Shaqaalaha kiiskaagu wuu sii wadi doonaa inuu ku caawiyo, wuxuuna kula samayn doonaa qorshe muddo dheer ah, oo ay ku jirto marka aad buuxiso 18 sano. Raadintu mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-not-found-adult = Haddii aan xubin qoyska ka mid ah la helin, ama aysan jirin cid si nabad ah u daryeeli karta ilmaha, ilmuhu wuxuu ku sii jirayaa daryeel beddel ah oo leh qorshe muddo dheer ah. Shaqaalaha kiisku wuu sii wadaa taageerada ilmaha. Raadinta qoysku mar kale way bilaabmi kartaa marka macluumaad cusub la helo.

status-scam-warning-adult = Iska jir khiyaanada. Dadka qaarkood waxay iska dhigaan inay qaraabo yihiin, ama inay ka shaqeeyaan kiiska. Waxaa laga yaabaa inay lacag kaa codsadaan, ama ay ku weydiiyaan meesha ilmuhu joogo. Lacag ha dirin, hana sheegin meesha ilmuhu joogo. Marka hore shaqaalaha kiiska ku weydii app-kan si aad u hubiso.
