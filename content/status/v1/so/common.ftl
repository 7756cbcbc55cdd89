# Texts a child meets around their case status, version 1. Never edit in place.
#   status-reassure-<audience>:  shown while the family is not found yet or checks go on
#   status-guardian-<audience>:  how to reach your guardian
#   status-complaint-<audience>: how to make a complaint
# audience: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult

status-reassure-b0to5 = Waxan oo dhan qaladkaaga ma aha. Meel nabdoon baad joogtaa, dad badanna way ku jecel yihiin.
status-reassure-b6to9 = Sugiddu way adag tahay. Waxan oo dhan qaladkaaga ma aha. Maalin kasta dad baa kuu shaqeeya.
status-reassure-b10to12 = Sugiddu way adkaan kartaa. Qaladkaaga ma aha inay arrintani waqti qaadato. Dad baa ka shaqaynaya kiiskaaga.
status-reassure-b13to15 = Sugiddu way adkaan kartaa. Qaladkaaga ma aha in qoyskaaga aan weli la helin, ama in hubintu waqti qaadato.
status-reassure-b16to17 = Sugiddu way adkaan kartaa. Waxan oo dhan qaladkaaga ma aha. Shaqaalaha kiiskaagu wuu ku ogeysiin doonaa isla marka war la helo.
status-reassure-adult = Raadinta iyo hubintu waqti bay qaataan. Shaqaalaha kiisku wuu kula soo xiriiri doonaa isla marka war la helo.

status-guardian-b0to5 = Mas'uulkaagu wuu ku caawiyaa. Qof weyn ka codso inuu mas'uulkaaga kuu soo waco.
status-guardian-b6to9 = Mas'uulkaagu wuu kuu joogaa. Fariin ugu dir app-kan, ama qofka ku daryeela ka codso inuu u soo waco.
status-guardian-b10to12 = Mas'uulkaaga fariin ayaad ugu diri kartaa app-kan. Haddii ay degdeg tahay, daryeelahaaga ka codso inuu u soo waco.
status-guardian-b13to15 = Mas'uulkaaga waqti kasta fariin ayaad ugu diri kartaa app-kan. Haddii ay degdeg tahay, daryeelahaaga ka codso inuu u soo waco.
status-guardian-b16to17 = Mas'uulkaaga waqti kasta fariin ayaad ugu diri kartaa app-kan. Haddii ay degdeg tahay, adigu u soo wac, ama daryeelahaaga ka codso.
status-guardian-adult = Shaqaalaha kiiska ilmaha fariin ayaad ugu diri kartaa app-kan.

status-complaint-b0to5 = Haddii qof ku dhibo ama ku murugeeyo, u sheeg qof weyn oo aad ku kalsoon tahay.
status-complaint-b6to9 = Haddii wax qaldan dhacaan, ama qof si xun kuula dhaqmo, waad noo sheegi kartaa. Uma baahnid inaad magacaaga sheegto.
status-complaint-b10to12 = Haddii wax qaldan dhacaan, ama qof si xun kuula dhaqmo, waxaad cabasho ku gudbin kartaa app-kan. Uma baahnid inaad magacaaga sheegto.
status-complaint-b13to15 = Haddii wax qaldan dhacaan, ama qof si xun kuula dhaqmo, waxaad cabasho ku gudbin kartaa app-kan. Uma baahnid inaad magacaaga sheegto, qofka aad ka cabatona ma arki doono cabashada.
status-complaint-b16to17 = Waxaad app-kan ku gudbin kartaa cabasho ku saabsan wax kasta oo qaldan, xitaa haddii ay ku saabsan tahay shaqaalaha. Uma baahnid inaad magacaaga sheegto, qofka aad ka cabatona ma arki doono cabashada.
status-complaint-adult = Waxaad app-kan ku gudbin kartaa cabasho, adigoon magacaaga sheegin. Qofka aad ka cabato ma arki doono cabashada.
