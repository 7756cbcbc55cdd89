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
# Somali terms: caseworker = shaqaalaha kiiska; guardian = mas'uulka;
# legal representative = qareenka; tracing = raadinta qoyska.

## registered

status-registered-b0to5-title = Hadda waan ku naqaannaa
status-registered-b0to5-meaning = Dad naxariis leh ayaa qoray magacaaga. Waxay doonayaan inay ku caawiyaan.
status-registered-b0to5-next = Dhawaan waxay bilaabi doonaan inay raadiyaan qoyskaaga.
status-registered-b0to5-can-do = Waxaad u sheegi kartaa qof weyn oo aad ku kalsoon tahay sida aad dareemayso.
status-registered-b0to5-ask = Mas'uulkaaga ama shaqaalaha kiiskaaga waxaad weydiin kartaa wax kasta.

status-registered-b6to9-title = Waad diiwaangashan tahay
status-registered-b6to9-meaning = Shaqaalaha kiiskaagu wuxuu kuu furay fayl. Faylku wuxuu dadka ka caawiyaa inay ku caawiyaan.
status-registered-b6to9-next = Marka xigta, shaqaalaha kiiskaagu wuu kula hadli doonaa. Kadib wuxuu bilaabi doonaa raadinta qoyskaaga.
status-registered-b6to9-can-do = Waxaad shaqaalaha kiiskaaga u sheegi kartaa magacyada dadka qoyskaaga. Waxaad sidoo kale u sheegi kartaa meelaha aad xasuusato.
status-registered-b6to9-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waa kuu joogaan. Su'aal kasta waad weydiin kartaa.

status-registered-b10to12-title = Kiiskaaga waa la furay
status-registered-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu kuu furay kiis. Kiisku wuxuu hayaa macluumaadka gacan ka geysta helitaanka qoyskaaga.
status-registered-b10to12-next = Shaqaalaha kiiskaagu wuu kaala hadli doonaa qoyskaaga. Kadib raadinta qoyskaaga way bilaaban kartaa.
status-registered-b10to12-can-do = Ka fikir magacyada, meelaha iyo lambarrada taleefanka ee aad xasuusato. Wax kasta way caawin karaan, xitaa waxyaalaha yaryar.
status-registered-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga haddii aadan wax fahmin.

status-registered-b13to15-title = Kiiskaaga waa la furay
status-registered-b13to15-meaning = Shaqaalaha kiiskaagu wuu ku diiwaangeliyay, wuxuuna furay kiiskaaga. Kiiskaagu wuxuu hayaa waxa loo baahan yahay si loo raadiyo qoyskaaga.
status-registered-b13to15-next = Shaqaalaha kiiskaagu wuu kaala hadli doonaa qoyskaaga iyo waxa aad doonayso. Intaas kadib, raadinta qoyskaaga ayaa bilaabanaysa.
status-registered-b13to15-can-do = Qor magacyada, meelaha, lambarrada taleefanka iyo akoonnada baraha bulshada ee aad xasuusato. U sheeg shaqaalaha kiiskaaga waxa aad doonayso inay dhacaan.
status-registered-b13to15-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay ka jawaabi karaan su'aalahaaga. Waxaad sidoo kale codsan kartaa turjumaan.

status-registered-b16to17-title = Kiiskaaga waa la furay
status-registered-b16to17-meaning = Waad diiwaangashan tahay, shaqaalaha kiiskaaguna wuu furay kiiskaaga. Dadka ka shaqeeya kiiskaaga oo keliya ayaa arki kara.
status-registered-b16to17-next = Shaqaalaha kiiskaagu wuu kaala hadli doonaa qoyskaaga iyo rabitaankaaga. Kadib raadinta qoyska way bilaaban kartaa.
status-registered-b16to17-can-do = La wadaag faahfaahin kasta oo gacan ka geysan karta helitaanka qoyskaaga: magacyo, meelo, lambarro taleefan, baraha bulshada. U sheeg shaqaalaha kiiskaaga waxa aad doonayso.
status-registered-b16to17-ask = Weydii mas'uulkaaga, shaqaalaha kiiskaaga ama qareenkaaga. Waqti kasta waxaad codsan kartaa turjumaan.

status-registered-adult-title = Kiiska waa la furay
status-registered-adult-meaning = Shaqaalaha kiiska ayaa ilmaha diiwaangeliyay, wuxuuna furay kiis lagu raadinayo qoyska ilmaha.
status-registered-adult-next = Shaqaalaha kiisku wuxuu ururin doonaa macluumaad, kadibna wuxuu bilaabi doonaa raadinta qoyska ilmaha.
status-registered-adult-can-do = Taleefankaaga daaran ku hay, oo eeg app-kan. Macluumaadka la wadaag shaqaalaha kiiska oo keliya.
status-registered-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## tracing

status-tracing-b0to5-title = Raadinta qoyskaaga
status-tracing-b0to5-meaning = Dad badan oo naxariis leh ayaa raadinaya qoyskaaga.
status-tracing-b0to5-next = Waxay qaadan kartaa waqti dheer. Inta ay raadinayaan, meel nabdoon baad joogtaa.
status-tracing-b0to5-can-do = Waad ciyaari kartaa, waad nasan kartaa, waxaadna codsan kartaa in lagu habsado.
status-tracing-b0to5-ask = Waxaad mas'uulkaaga weydiin kartaa sida ay raadintu u socoto.

status-tracing-b6to9-title = Raadinta qoyskaaga
status-tracing-b6to9-meaning = Dad baa raadinaya qoyskaaga. Waxay weydiiyaan caawiyayaal kale oo meelo badan jooga.
status-tracing-b6to9-next = Raadintu waxay qaadan kartaa waqti dheer. Shaqaalaha kiiskaagu wuu kuu sheegi doonaa marka war la helo.
status-tracing-b6to9-can-do = Haddii aad wax cusub xasuusato, u sheeg shaqaalaha kiiskaaga. Waa caadi inaad dareento murug ama walaac.
status-tracing-b6to9-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay kuu sheegi karaan sida ay raadintu u socoto.

status-tracing-b10to12-title = Raadinta qoyskaaga
status-tracing-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu raadinayaa qoyskaaga. Wuxuu la shaqeeyaa caawiyayaal jooga meelo kale iyo dalal kale.
status-tracing-b10to12-next = Raadintu waxay qaadan kartaa toddobaadyo ama bilo. Marka qof la helo, shaqaalaha kiiskaagu wuu kuu sheegi doonaa.
status-tracing-b10to12-can-do = U sheeg shaqaalaha kiiskaaga haddii aad xasuusato magac, meel ama lambar taleefan. Sii wad dugsiga iyo waxyaalaha aad jeceshahay.
status-tracing-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga sida ay raadintu u socoto.

status-tracing-b13to15-title = Raadinta qoyskaaga
status-tracing-b13to15-meaning = Shaqaalaha kiiskaaga iyo hay'adaha la shaqeeya ayaa raadinaya qoyskaaga, halkan iyo dalal kaleba.
status-tracing-b13to15-next = Raadintu waxay qaadan kartaa waqti dheer. Waa laguu sheegi doonaa marka la helo qof laga yaabo inuu qoyskaaga ka mid yahay.
status-tracing-b13to15-can-do = La wadaag wax kasta oo cusub oo aad xasuusato. Ha isku dayin inaad keligaa dadka la xiriirto: marka hore weydii shaqaalaha kiiskaaga, si aad nabad ugu jirto.
status-tracing-b13to15-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay kuu sheegi karaan waxa ilaa hadda la sameeyay.

status-tracing-b16to17-title = Raadinta qoyska
status-tracing-b16to17-meaning = Shaqaalaha kiiskaaga iyo hay'adaha la shaqeeya ayaa raadinaya qoyskaaga, halkan iyo dibaddaba.
status-tracing-b16to17-next = Raadintu waxay qaadan kartaa waqti dheer. Isla marka la helo qof laga yaabo inuu qoyskaaga ka mid yahay, waa laguu sheegi doonaa.
status-tracing-b16to17-can-do = Macluumaad cusub la wadaag shaqaalaha kiiskaaga. Ka hor intaadan cidna la xiriirin, la hadal shaqaalaha kiiskaaga, si ay nabad u noqoto adiga iyo iyagaba.
status-tracing-b16to17-ask = Weydii shaqaalaha kiiskaaga ama mas'uulkaaga waxa ilaa hadda la sameeyay iyo waxa xiga.

status-tracing-adult-title = Raadinta qoyska
status-tracing-adult-meaning = Shaqaalaha kiiska iyo hay'adaha la shaqeeya ayaa raadinaya xubnaha qoyska ilmaha.
status-tracing-adult-next = Raadintu waqti bay qaadan kartaa. Shaqaalaha kiisku wuxuu la xiriiri doonaa xubnaha qoyska ee la helo.
status-tracing-adult-can-do = Shaqaalaha kiiska sii macluumaad kasta oo caawin kara. Faahfaahinta ilmaha ha la wadaagin dad kale.
status-tracing-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## family found

status-family-found-b0to5-title = Qof baa la helay
status-family-found-b0to5-meaning = Dadka ku caawiya waxay heleen qof laga yaabo inuu qoyskaaga ka mid yahay.
status-family-found-b0to5-next = Marka hore waxay hubin doonaan inuu runtii qoyskaaga ka mid yahay.
status-family-found-b0to5-can-do = Waxaad mas'uulkaaga ka codsan kartaa inuu wax badan kuu sheego.
status-family-found-b0to5-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay kuu sheegi doonaan waxa dhacaya.

status-family-found-b6to9-title = Qof baa laga yaabaa inuu qoyskaaga yahay
status-family-found-b6to9-meaning = Shaqaalaha kiiskaagu wuxuu helay qof laga yaabo inuu qoyskaaga ka mid yahay.
status-family-found-b6to9-next = Shaqaalaha kiiskaagu wuxuu hubin doonaa in qofkani runtii qoyskaaga ka mid yahay. Tani waqti bay qaadan kartaa.
status-family-found-b6to9-can-do = Waxaad shaqaalaha kiiskaaga u sheegi kartaa sida aad u dareemayso warkan.
status-family-found-b6to9-ask = Mas'uulkaaga ama shaqaalaha kiiskaaga wax kasta oo ku saabsan arrintan weydii.

status-family-found-b10to12-title = Qof baa laga yaabaa inuu qoyskaaga yahay
status-family-found-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu helay qof laga yaabo inuu ka mid yahay qoyskaaga.
status-family-found-b10to12-next = Shaqaalaha kiiskaagu marka hore wuxuu hubin doonaa in qofkani runtii qoyskaaga yahay. Markaas kadib oo keliya ayaad la hadli kartaa.
status-family-found-b10to12-can-do = U sheeg shaqaalaha kiiskaaga sida aad dareemayso iyo waxa aad jeclaan lahayd. Rabitaankaagu waa muhiim.
status-family-found-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga haddii aad su'aalo qabto.

status-family-found-b13to15-title = Waxaa la helay qof laga yaabo inuu qoyskaaga ka mid yahay
status-family-found-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu helay qof laga yaabo inuu xubin ka yahay qoyskaaga.
status-family-found-b13to15-next = Shaqaalaha kiiskaagu wuxuu hubin doonaa cidda uu qofkani yahay. Wada xiriirku wuxuu bilaaban karaa oo keliya marka la hubiyo oo ay nabad tahay.
status-family-found-b13to15-can-do = U sheeg shaqaalaha kiiskaaga waxa aad doonayso iyo walaac kasta oo aad qabto. Waad sheegi kartaa haddii aadan doonayn wada xiriir.
status-family-found-b13to15-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay ka jawaabi karaan su'aalahaaga.

status-family-found-b16to17-title = Waxaa la helay qof laga yaabo inuu qoyskaaga ka mid yahay
status-family-found-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu helay qof laga yaabo inuu xubin ka yahay qoyskaaga.
status-family-found-b16to17-next = Shaqaalaha kiisku wuxuu xaqiijin doonaa aqoonsiga qofka iyo qaraabanimada. Wada xiriirku wuxuu bilaabmayaa oo keliya marka la xaqiijiyo oo ay nabad tahay.
status-family-found-b16to17-can-do = U sheeg shaqaalaha kiiskaaga rabitaankaaga iyo walaac kasta. Aragtidaadu waa qayb ka mid ah go'aanka.
status-family-found-b16to17-ask = Weydii shaqaalaha kiiskaaga, mas'uulkaaga ama qareenkaaga.

status-family-found-adult-title = Waxaa la helay qof laga yaabo inuu qaraabo yahay
status-family-found-adult-meaning = Shaqaalaha kiisku wuxuu helay qof laga yaabo inuu qaraabo u yahay ilmaha.
status-family-found-adult-next = Shaqaalaha kiisku wuxuu xaqiijin doonaa aqoonsiyada iyo qaraabanimada ka hor wada xiriir kasta.
status-family-found-adult-can-do = Ka jawaab su'aalaha shaqaalaha kiiska. Diyaar ku hay dukumentiyada iyo sawirrada muujinaya qaraabanimada idinka dhexeysa.
status-family-found-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## verifying

status-verifying-b0to5-title = Hubin
status-verifying-b0to5-meaning = Dadka ku caawiya waxay hubinayaan in qofku runtii qoyskaaga yahay.
status-verifying-b0to5-next = Marka ay hubsadaan, way kuu sheegi doonaan.
status-verifying-b0to5-can-do = Haddii aad rabto, sawirro ayaad la eegi kartaa mas'uulkaaga.
status-verifying-b0to5-ask = Waxaad mas'uulkaaga weydiin kartaa waxa dhacaya.

status-verifying-b6to9-title = Hubin
status-verifying-b6to9-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa in qofku runtii qoyskaaga yahay.
status-verifying-b6to9-next = Waxaa laga yaabaa inuu ku weydiiyo su'aalo ama uu ku tuso sawirro. Kadib wuu kuu sheegi doonaa waxa uu ogaaday.
status-verifying-b6to9-can-do = Ka jawaab oo keliya waxa aad rabto. Waa caadi inaad sheegto inaadan garanayn.
status-verifying-b6to9-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga haddii aad walaacsan tahay.

status-verifying-b10to12-title = Hubinta cidda ay yihiin
status-verifying-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa in qofka la helay runtii qoyskaaga yahay.
status-verifying-b10to12-next = Waxaa laga yaabaa in lagu weydiiyo su'aalo ama lagu tuso sawirro. Shaqaalaha kiiskaagu wuu kuu sheegi doonaa natiijada.
status-verifying-b10to12-can-do = Ka jawaab sida ugu fiican ee aad karto. Waa caadi inaad sheegto inaadan garanayn ama aadan xasuusan.
status-verifying-b10to12-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waa kuu joogaan haddii aad qabto su'aalo ama walaac.

status-verifying-b13to15-title = Hubinta xiriirka qoyska
status-verifying-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa in qofka la helay runtii qoyskaaga yahay oo uu doonayo wada xiriir.
status-verifying-b13to15-next = Waxaa laga yaabaa in lagu weydiiyo su'aalo ama lagu tuso sawirro ama dukumentiyo. Natiijada waa laguu sheegi doonaa.
status-verifying-b13to15-can-do = Runta ku jawaab. Waad sheegi kartaa haddii aadan xasuusan, waadna nasasho qaadan kartaa.
status-verifying-b13to15-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga wax kasta oo ku walaacinaya.

status-verifying-b16to17-title = Xaqiijin
status-verifying-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu xaqiijinayaa aqoonsiga qofka la helay iyo xiriirkiisa qoyskaaga.
status-verifying-b16to17-next = Waxaa laga yaabaa in lagu weydiiyo su'aalo ama lagu tuso sawirro iyo dukumentiyo. Natiijada waa laguu sheegi doonaa.
status-verifying-b16to17-can-do = Runta ku jawaab, oo sheeg haddii aad dareento in wax qaldan yihiin. Waqti kasta waad nasasho qaadan kartaa.
status-verifying-b16to17-ask = Weydii shaqaalaha kiiskaaga, mas'uulkaaga ama qareenkaaga.

status-verifying-adult-title = Xaqiijin
status-verifying-adult-meaning = Shaqaalaha kiisku wuxuu xaqiijinayaa qaraabanimada qoyska iyo aqoonsiga dadka ay khusayso.
status-verifying-adult-next = Waxaa lagaa codsan karaa dukumentiyo, sawirro ama wareysi. Shaqaalaha kiisku wuu kuu sheegi doonaa natiijada.
status-verifying-adult-can-do = Ka jawaab su'aalaha shaqaalaha kiiska, oo dukumentiyada la wadaag marka lagaa codsado.
status-verifying-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## assessing

status-assessing-b0to5-title = Hubinta inay nabad tahay
status-assessing-b0to5-meaning = Dadka ku caawiya waxay hubinayaan inay nabad tahay oo ay adiga kuu fiican tahay.
status-assessing-b0to5-next = Waxay dhegaysan doonaan adiga iyo qoyskaaga.
status-assessing-b0to5-can-do = Waxaad mas'uulkaaga u sheegi kartaa sida aad dareemayso.
status-assessing-b0to5-ask = Waxaad mas'uulkaaga weydiin kartaa wax kasta.

status-assessing-b6to9-title = Hubinta inay nabad tahay
status-assessing-b6to9-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa inay nabad tahay oo ay kuu fiican tahay inaad qoyskaaga la joogto.
status-assessing-b6to9-next = Shaqaalaha kiiskaagu wuu kula hadli doonaa adiga iyo qoyskaagaba. Kadib dadka waaweyn ayaa wada go'aamin doona.
status-assessing-b6to9-can-do = U sheeg shaqaalaha kiiskaaga waxa aad rabto iyo waxa ku walaacinaya. Waxa aad sheegto waa muhiim.
status-assessing-b6to9-ask = Mas'uulkaaga ama shaqaalaha kiiskaaga su'aal kasta weydii.

status-assessing-b10to12-title = Hubinta inay nabad tahay oo ay kuu fiican tahay
status-assessing-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa inay nabad tahay, oo ay adiga kuugu fiican tahay, inaad la noolaato qoyskaaga.
status-assessing-b10to12-next = Shaqaalaha kiiskaagu wuu kula hadli doonaa adiga iyo qoyskaaga. Rabitaankaagu wuxuu qayb ka noqon doonaa go'aanka.
status-assessing-b10to12-can-do = Sheeg waxa aad rabto iyo waxa ku walaacinaya. Haddii aad rabto, marka hore waxaad la hadli kartaa mas'uulkaaga.
status-assessing-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga.

status-assessing-b13to15-title = Go'aaminta waxa adiga kuugu fiican
status-assessing-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu qiimaynayaa inay nabad tahay, oo ay adiga kuugu fiican tahay, inaad ku biirto qoyskaaga.
status-assessing-b13to15-next = Shaqaalaha kiiskaagu wuu kula hadli doonaa adiga iyo qoyskaaga, waxaana laga yaabaa inuu iyaga booqdo. Rabitaankaagu waa qayb ka mid ah go'aanka.
status-assessing-b13to15-can-do = U sheeg shaqaalaha kiiskaaga waxa aad rabto, waxa aad ka baqayso iyo waxa aad rajaynayso.
status-assessing-b13to15-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga.

status-assessing-b16to17-title = Qiimaynta danahaaga ugu wanaagsan
status-assessing-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu qiimaynayaa in adiga iyo qoyskaaga la isu keeno ay nabad tahay oo ay u wanaagsan tahay danahaaga.
status-assessing-b16to17-next = Shaqaalaha kiisku wuu kula hadli doonaa adiga iyo qoyskaaga, waxaana laga yaabaa inuu iyaga booqdo. Aragtidaadu miisaan bay ku leedahay go'aanka.
status-assessing-b16to17-can-do = La wadaag rabitaankaaga, walaacaaga iyo rajadaada. Waxaad codsan kartaa in aragtidaada la qoro.
status-assessing-b16to17-ask = Weydii shaqaalaha kiiskaaga, mas'uulkaaga ama qareenkaaga.

status-assessing-adult-title = Qiimaynta danaha ugu wanaagsan ee ilmaha
status-assessing-adult-meaning = Shaqaalaha kiisku wuxuu qiimaynayaa in isu-keenidda qoysku ay nabad tahay oo ay ku jirto danta ugu wanaagsan ee ilmaha.
status-assessing-adult-next = Shaqaalaha kiisku wuu ku wareysan karaa, wuuna booqan karaa gurigaaga. Go'aanka waxaa qayb ka ah aragtida ilmaha.
status-assessing-adult-can-do = Ka qayb qaado wareysiyada, oo su'aalaha si furan uga jawaab.
status-assessing-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## planning reunification

status-planning-reunification-b0to5-title = Isu diyaarin
status-planning-reunification-b0to5-meaning = Waxaad u tegi doontaa qoyskaaga. Dadka ku caawiya waxay diyaarinayaan wax walba.
status-planning-reunification-b0to5-next = Way kuu sheegi doonaan maalinta aad tegayso.
status-planning-reunification-b0to5-can-do = Waxaad dooran kartaa alaab ciyaareed ama sawir aad sii qaadato.
status-planning-reunification-b0to5-ask = Waxaad mas'uulkaaga wax ka weydiin kartaa safarka.

status-planning-reunification-b6to9-title = Isu diyaarinta inaad ku biirto qoyskaaga
status-planning-reunification-b6to9-meaning = Waa la go'aamiyay: waxaad ku biiri doontaa qoyskaaga. Hadda shaqaalaha kiiskaagu wuxuu samaynayaa qorshe.
status-planning-reunification-b6to9-next = Qorshuhu wuxuu sheegayaa sida aad u safri doonto iyo goorta. Shaqaalaha kiiskaagu wuu kuu sheegi doonaa maalinta.
status-planning-reunification-b6to9-can-do = Waxaad shaqaalaha kiiskaaga u sheegi kartaa waxa aad rabto inaad sii qaadato iyo cidda aad rabto inaad nabadgelyo ku dhahdo.
status-planning-reunification-b6to9-ask = Mas'uulkaaga ama shaqaalaha kiiskaaga wax ka weydii qorshaha.

status-planning-reunification-b10to12-title = Qorshaynta inaad ku biirto qoyskaaga
status-planning-reunification-b10to12-meaning = Waxaa la go'aamiyay inaad ku biirto qoyskaaga. Shaqaalaha kiiskaagu wuxuu qorshaynayaa sida ay u dhici doonto.
status-planning-reunification-b10to12-next = Qorshuhu wuxuu ka kooban yahay waraaqaha, safarka iyo taariikhda. Shaqaalaha kiiskaagu wuu kula eegi doonaa.
status-planning-reunification-b10to12-can-do = U sheeg shaqaalaha kiiskaaga su'aalahaaga iyo walaacaaga ku saabsan guuritaanka. Ka fikir cidda aad rabto inaad nabadgelyo ku dhahdo.
status-planning-reunification-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga.

status-planning-reunification-b13to15-title = Qorshaynta isu-keenidda qoyska
status-planning-reunification-b13to15-meaning = Waxaa la go'aamiyay inaad ku biirto qoyskaaga. Shaqaalaha kiiskaagu wuxuu qorshaynayaa guuritaanka.
status-planning-reunification-b13to15-next = Qorshuhu wuxuu ka kooban yahay dukumentiyada, safarka, taariikhda, iyo dugsiga ama taageerada kadib marka aad gaarto. Wadajir ayaad u eegi doontaan.
status-planning-reunification-b13to15-can-do = Wax ka weydii wax kasta oo qorshaha ku jira. Sheeg haddii ay wax ku walaacinayaan.
status-planning-reunification-b13to15-ask = Weydii mas'uulkaaga, shaqaalaha kiiskaaga ama qareenkaaga.

status-planning-reunification-b16to17-title = Qorshaynta isu-keenidda qoyska
status-planning-reunification-b16to17-meaning = Waa la isku raacay in adiga iyo qoyskaaga la isu keeno. Shaqaalaha kiiskaagu wuxuu diyaarinayaa qorshaha.
status-planning-reunification-b16to17-next = Qorshuhu wuxuu ka kooban yahay dukumentiyada, safarka, taariikhda, iyo waxbarashada ama shaqada iyo taageerada kadib marka aad gaarto. Wadajir ayaad dib ugu eegi doontaan.
status-planning-reunification-b16to17-can-do = Hubi qorshaha, oo wax ka weydii wax kasta oo aan caddayn. U sheeg shaqaalaha kiiskaaga waxa aad u baahan tahay.
status-planning-reunification-b16to17-ask = Weydii shaqaalaha kiiskaaga, mas'uulkaaga ama qareenkaaga.

status-planning-reunification-adult-title = Qorshaynta isu-keenidda qoyska
status-planning-reunification-adult-meaning = Waa la isku raacay isu-keenidda qoyska. Shaqaalaha kiisku wuxuu qorshaha kula diyaarinayaa adiga.
status-planning-reunification-adult-next = Qorshuhu wuxuu ka kooban yahay dukumentiyada, safarka, taariikhda, iyo taageerada kadib marka ilmuhu yimaado.
status-planning-reunification-adult-can-do = Diyaari dukumentiyada uu shaqaalaha kiisku kaa codsado, oo diyaar u ahow inaad ka wada hadashaan qorshaha.
status-planning-reunification-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## reunified

status-reunified-b0to5-title = Qoyskaaga ayaad la joogtaa
status-reunified-b0to5-meaning = Hadda waxaad la joogtaa qoyskaaga.
status-reunified-b0to5-next = Dadka ku caawiyay ayaa kuu iman doona si ay kuu salaamaan oo ay u arkaan sida aad tahay.
status-reunified-b0to5-can-do = Waxaad qoyskaaga u sheegi kartaa sida aad dareemayso.
status-reunified-b0to5-ask = Weli waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-reunified-b6to9-title = Qoyskaaga ayaad la joogtaa
status-reunified-b6to9-meaning = Mar kale ayaad qoyskaaga la joogtaa.
status-reunified-b6to9-next = Shaqaalaha kiiskaagu wuu ku soo booqan doonaa si uu u ogaado sida ay kuu socoto.
status-reunified-b6to9-can-do = Waa caadi inaad dareento farxad, iyo sidoo kale wax yar oo qariib ah. Waad ka hadli kartaa.
status-reunified-b6to9-ask = Weli waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-reunified-b10to12-title = Dib ugu soo laabasho qoyskaaga
status-reunified-b10to12-meaning = Waxaad dib ugu soo laabatay qoyskaaga.
status-reunified-b10to12-next = Shaqaalaha kiiskaagu muddo ayuu ku soo booqan doonaa si uu u arko sida ay arrimuhu u socdaan.
status-reunified-b10to12-can-do = La qabsashada nolol cusub waqti bay qaadataa. Qof la hadal haddii ay wax kugu adag yihiin.
status-reunified-b10to12-ask = Weli waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-reunified-b13to15-title = Dib ugu soo laabasho qoyskaaga
status-reunified-b13to15-meaning = Adiga iyo qoyskaaga waa la isu keenay.
status-reunified-b13to15-next = Shaqaalaha kiiskaagu muddo ayuu ku soo booqan doonaa si uu u arko sida aad ula qabsanayso.
status-reunified-b13to15-can-do = La qabsashadu waqti bay qaadataa. Haddii wax qaldan yihiin, ama aadan dareemin inaad nabad qabto, u sheeg shaqaalaha kiiskaaga.
status-reunified-b13to15-ask = Shaqaalaha kiiskaagu weli wuu kuu joogaa.

status-reunified-b16to17-title = Qoyska waa la isu keenay
status-reunified-b16to17-meaning = Adiga iyo qoyskaaga waa la isu keenay.
status-reunified-b16to17-next = Shaqaalaha kiiskaagu muddo ayuu kula socon doonaa si uu u arko sida aad ula qabsanayso.
status-reunified-b16to17-can-do = Haddii wax qaldan yihiin ama aadan dareemin inaad nabad qabto, la xiriir shaqaalaha kiiskaaga. Weli waad cabasho gudbin kartaa.
status-reunified-b16to17-ask = Shaqaalaha kiiskaagu weli wuu kuu joogaa.

status-reunified-adult-title = Qoyska waa la isu keenay
status-reunified-adult-meaning = Ilmaha iyo qoyska waa la isu keenay.
status-reunified-adult-next = Shaqaalaha kiisku wuu la socon doonaa si uu u ogaado sida ay ugu socoto ilmaha iyo qoyska.
status-reunified-adult-can-do = U sheeg shaqaalaha kiiska haddii qoysku u baahan yahay taageero.
status-reunified-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## follow-up

status-follow-up-b0to5-title = Salaan
status-follow-up-b0to5-meaning = Dadka ku caawiya waxay u yimaadaan inay arkaan sida aad tahay.
status-follow-up-b0to5-next = Dhowr booqasho kadib, dadka ku caawiya nabadgelyo ayay kuu dhihi doonaan.
status-follow-up-b0to5-can-do = Waxaad tusi kartaa sawirrada aad sawirtay iyo ciyaarahaaga.
status-follow-up-b0to5-ask = Waxaad qoyskaaga ka codsan kartaa inay wacaan shaqaalaha kiiskaaga.

status-follow-up-b6to9-title = Booqasho
status-follow-up-b6to9-meaning = Shaqaalaha kiiskaagu wuu ku soo booqdaa si uu u ogaado sida aad ula nooshahay qoyskaaga.
status-follow-up-b6to9-next = Marka wax walba si fiican u socdaan, booqashooyinku way joogsan doonaan.
status-follow-up-b6to9-can-do = U sheeg shaqaalaha kiiskaaga waxa wanaagsan iyo waxa adag.
status-follow-up-b6to9-ask = Waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-follow-up-b10to12-title = Booqasho
status-follow-up-b10to12-meaning = Shaqaalaha kiiskaagu wuu ku soo booqdaa si uu u arko sida ay kuugu socoto nolosha qoyskaaga.
status-follow-up-b10to12-next = Marka ay arrimuhu si fiican u socdaan, booqashooyinku way dhammaan doonaan, kiiskaagana waa la xiri doonaa.
status-follow-up-b10to12-can-do = U sheeg shaqaalaha kiiskaaga waxa si fiican u socda iyo waxa adag.
status-follow-up-b10to12-ask = Waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-follow-up-b13to15-title = La socod
status-follow-up-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu la socdaa sida ay arrimuhu ugu socdaan adiga iyo qoyskaaga.
status-follow-up-b13to15-next = Marka ay arrimuhu si fiican u socdaan, la socodku wuu dhammaan doonaa, kiiskaagana waa la xiri doonaa.
status-follow-up-b13to15-can-do = Run ka sheeg waxa si fiican u socda iyo waxa aan si fiican u socon. Codso taageero haddii aad u baahato.
status-follow-up-b13to15-ask = Waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-follow-up-b16to17-title = La socod
status-follow-up-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu kula socdaa xaaladdaada kadib isu-keenidda qoyska.
status-follow-up-b16to17-next = Marka ay xaaladdu degto, la socodku wuu dhammaan doonaa, kiiskaagana waa la xiri doonaa.
status-follow-up-b16to17-can-do = Sheeg taageerada aad u baahan tahay: dugsi, shaqo, caafimaad ama wax kale.
status-follow-up-b16to17-ask = Waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-follow-up-adult-title = La socod
status-follow-up-adult-meaning = Shaqaalaha kiisku wuxuu la socdaa sida ay ugu socoto ilmaha iyo qoyska kadib isu-keenidda.
status-follow-up-adult-next = Marka ay xaaladdu degto, la socodku wuu dhammaan doonaa, kiiskana waa la xiri doonaa.
status-follow-up-adult-can-do = U sheeg shaqaalaha kiiska baahi ama dhibaato kasta oo jirta.
status-follow-up-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## closed

status-closed-b0to5-title = Waa la dhammeeyay
status-closed-b0to5-meaning = Dadka ku caawiya waxay dhammeeyeen shaqadii ay kula hayeen.
status-closed-b0to5-next = Dadka waaweyn ee kuu dhow way sii wadi doonaan inay ku daryeelaan.
status-closed-b0to5-can-do = Waqti kasta waxaad caawimaad ka codsan kartaa qof weyn.
status-closed-b0to5-ask = Waxaad weydiin kartaa mas'uulkaaga ama qof weyn oo aad ku kalsoon tahay.

status-closed-b6to9-title = Kiiskaaga waa la dhammeeyay
status-closed-b6to9-meaning = Shaqaalaha kiiskaagu wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b6to9-next = Dadka waaweyn ee ku daryeela way sii wadi doonaan inay ku caawiyaan.
status-closed-b6to9-can-do = Haddii aad mar kale caawimaad u baahato, u sheeg qof weyn oo aad ku kalsoon tahay.
status-closed-b6to9-ask = Waxaad qof weyn oo aad ku kalsoon tahay ka codsan kartaa inuu la xiriiro kooxda.

status-closed-b10to12-title = Kiiskaaga waa la xiray
status-closed-b10to12-meaning = Shaqaalaha kiiskaagu wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b10to12-next = Kiiskan wax kale kama dhici doonaan. Haddii aad mar kale caawimaad u baahato, kooxdu dib bay u furi kartaa.
status-closed-b10to12-can-do = Haddii aad caawimaad u baahato, u sheeg qof weyn oo aad ku kalsoon tahay.
status-closed-b10to12-ask = Qof weyn oo aad ku kalsoon tahay ka codso inuu la xiriiro kooxda.

status-closed-b13to15-title = Kiiskaaga waa la xiray
status-closed-b13to15-meaning = Shaqaalaha kiiskaagu wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b13to15-next = Kiiskan wax kale kama dhici doonaan. Haddii aad mar kale caawimaad u baahato, dib ayaa loo furi karaa.
status-closed-b13to15-can-do = Haddii aad caawimaad u baahato, la xiriir kooxda ama qof weyn oo aad ku kalsoon tahay. Weli waad cabasho gudbin kartaa.
status-closed-b13to15-ask = Weydii qof weyn oo aad ku kalsoon tahay, ama la xiriir kooxda.

status-closed-b16to17-title = Kiiska waa la xiray
status-closed-b16to17-meaning = Shaqaalaha kiiskaagu wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b16to17-next = Kiiskan wax kale kama dhici doonaan. Dib ayaa loo furi karaa haddii aad mar kale caawimaad u baahato.
status-closed-b16to17-can-do = Weli waxaad codsan kartaa nuqul xogtaada ah, ama waad cabasho gudbin kartaa.
status-closed-b16to17-ask = La xiriir kooxda haddii aad mar kale caawimaad u baahato.

status-closed-adult-title = Kiiska waa la xiray
status-closed-adult-meaning = Shaqaalaha kiisku wuu dhammeeyay shaqadii kiiska ilmaha.
status-closed-adult-next = Kiiskan wax kale kama dhici doonaan. Dib ayaa loo furi karaa haddii loo baahdo.
status-closed-adult-can-do = Waxaad codsan kartaa nuqul xogtaada ah, ama waad cabasho gudbin kartaa.
status-closed-adult-ask = La xiriir kooxda haddii aad mar kale caawimaad u baahato.

## alternative care

status-alternative-care-b0to5-title = Meel nabdoon oo aad ku noolaato
status-alternative-care-b0to5-meaning = Waxaad ku noolaan doontaa meel nabdoon, oo aad la joogi doonto dad ku daryeela.
status-alternative-care-b0to5-next = Dadka ku caawiya way sii wadi doonaan inay ku soo booqdaan.
status-alternative-care-b0to5-can-do = Waxaad u sheegi kartaa dadka ku daryeela waxa aad jeceshahay.
status-alternative-care-b0to5-ask = Waxaad mas'uulkaaga weydiin kartaa wax kasta.

status-alternative-care-b6to9-title = Meel nabdoon oo aad ku noolaato
status-alternative-care-b6to9-meaning = Xilligan, waxaad ku noolaan doontaa meel nabdoon, oo aad la joogi doonto dad ku daryeela.
status-alternative-care-b6to9-next = Shaqaalaha kiiskaagu wuu sii wadi doonaa inuu ku arko. Raadinta qoyskaaga way sii socon kartaa.
status-alternative-care-b6to9-can-do = U sheeg shaqaalaha kiiskaaga waxa aad jeceshahay iyo waxa aad u baahan tahay.
status-alternative-care-b6to9-ask = Mas'uulkaaga ama shaqaalaha kiiskaaga su'aal kasta weydii.

status-alternative-care-b10to12-title = Meel nabdoon oo aad ku noolaato
status-alternative-care-b10to12-meaning = Xilligan, waxaad ku noolaan doontaa meel nabdoon oo aad la joogto daryeelayaal, ee ma aha qoyskaaga.
status-alternative-care-b10to12-next = Shaqaalaha kiiskaagu wuu sii wadi doonaa inuu ku soo booqdo. Raadinta qoyskaaga way sii socon kartaa.
status-alternative-care-b10to12-can-do = U sheeg shaqaalaha kiiskaaga waxa aad u baahan tahay iyo sida aad u dareemayso meesha aad ku nooshahay.
status-alternative-care-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga.

status-alternative-care-b13to15-title = Daryeel beddel ah
status-alternative-care-b13to15-meaning = Xilligan, waxaad ku noolaan doontaa meel nabdoon oo aad la joogto daryeelayaal, sida qoys kafaala ama guri yar.
status-alternative-care-b13to15-next = Shaqaalaha kiiskaagu wuu kula xiriiri doonaa. Raadinta qoyskaaga way sii socon kartaa, qorshahana dib ayaa loo eegi doonaa.
status-alternative-care-b13to15-can-do = Sheeg waxa aad u baahan tahay iyo sida aad u dareemayso meesha aad ku nooshahay. Aragtidaadu waa muhiim marka qorshaha dib loo eegayo.
status-alternative-care-b13to15-ask = Weydii mas'uulkaaga, shaqaalaha kiiskaaga ama qareenkaaga.

status-alternative-care-b16to17-title = Daryeel beddel ah
status-alternative-care-b16to17-meaning = Xilligan, waxaad ku noolaan doontaa daryeel beddel ah, sida qoys kafaala, guri yar ama hoy taageero leh.
status-alternative-care-b16to17-next = Shaqaalaha kiiskaagu wuu kula xiriiri doonaa, wuxuuna qorshaha dib kuula eegi doonaa. Raadinta qoyska way sii socon kartaa.
status-alternative-care-b16to17-can-do = U sheeg shaqaalaha kiiskaaga waxa aad u baahan tahay, oo ay ku jiraan qorshayaasha marka aad buuxiso 18 sano.
status-alternative-care-b16to17-ask = Weydii shaqaalaha kiiskaaga, mas'uulkaaga ama qareenkaaga.

status-alternative-care-adult-title = Daryeel beddel ah
status-alternative-care-adult-meaning = Xilligan, ilmuhu wuxuu ku noolaan doonaa daryeel beddel ah.
status-alternative-care-adult-next = Shaqaalaha kiisku si joogto ah ayuu dib u eegi doonaa qorshaha. Raadinta qoyska way sii socon kartaa.
status-alternative-care-adult-can-do = Shaqaalaha kiiska weydii sida aad ula xiriiri karto ilmaha, haddii taasi la oggol yahay.
status-alternative-care-adult-ask = Weydii shaqaalaha kiiska ilmaha.
