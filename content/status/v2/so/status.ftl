# Case status texts, version 2. Published: never edit in place; a change is a new version
# folder (content/status/v3/…). Version 1 stays as published.
# Somali (so): MACHINE DRAFT by an AI language model (Claude), 2026-12-03.
# Not reviewed by a native speaker. Must be reviewed before it is shown to anyone.
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
# Somali terms: caseworker = shaqaalaha kiiska; guardian = mas'uulka;
# legal representative = qareenka; tracing = raadinta qoyska.

## registered

status-registered-b0to5-title = Is barasho
status-registered-b0to5-meaning = Shaqaale kiis ayaad leedahay. Kaasi waa qofka kaa caawiya kiiskaaga. Wuxuu qoray magacaaga, si uu kuu caawiyo.
status-registered-b0to5-next = Marka xigta, waxaad ka hadli doontaa qoyskaaga. Kadib raadinta qoyskaaga way bilaabmi kartaa.
status-registered-b0to5-can-do = Waxaad u sheegi kartaa qof weyn oo aad ku kalsoon tahay sida aad dareemayso.
status-registered-b0to5-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba wax kasta waad weydiin kartaa.

status-registered-b6to9-title = Kiiskaagu wuu bilaabmay
status-registered-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu kuu furay fayl. Faylkaasi wuxuu u fududeeyaa inuu ku caawiyo.
status-registered-b6to9-next = Marka xigta, waxaad ka hadli doontaa qoyskaaga. Kadib raadinta qoyskaaga way bilaabmi kartaa.
status-registered-b6to9-can-do = Ka fikir magacyada dadka qoyskaaga. Ka fikir meelaha aad xasuusato. Tani waxay caawin kartaa raadinta.
status-registered-b6to9-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba su'aal kasta waad weydiin kartaa.

status-registered-b10to12-title = Kiiskaaga waa la furay
status-registered-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu kuu furay kiis. Kiisku wuxuu hayaa waxa loo baahan yahay si loo raadiyo qoyskaaga.
status-registered-b10to12-next = Shaqaalaha kiiskaagu wuu kaala hadli doonaa qoyskaaga. Kadib raadinta qoyskaaga way bilaabmi kartaa.
status-registered-b10to12-can-do = Ka fikir magacyada, meelaha iyo lambarrada taleefanka ee aad xasuusato. Wax kasta way caawin karaan, xitaa waxyaalaha yaryar.
status-registered-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga haddii aadan wax fahmin.

status-registered-b13to15-title = Kiiskaaga waa la furay
status-registered-b13to15-meaning = Shaqaalaha kiiskaagu wuu ku diiwaangeliyay, wuxuuna furay kiiskaaga. Kiiskaagu wuxuu hayaa waxa loo baahan yahay si loo raadiyo qoyskaaga.
status-registered-b13to15-next = Shaqaalaha kiiskaagu wuu kaala hadli doonaa qoyskaaga iyo waxa aad doonayso. Intaas kadib, raadinta qoyskaaga way bilaabmi kartaa.
status-registered-b13to15-can-do = Qor magacyada, meelaha, lambarrada taleefanka iyo akoonnada baraha bulshada ee aad xasuusato. U sheeg shaqaalaha kiiskaaga waxa aad doonayso inay dhacaan.
status-registered-b13to15-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay ka jawaabi karaan su'aalahaaga. Waxaad sidoo kale codsan kartaa turjumaan.

status-registered-b16to17-title = Kiiskaaga waa la furay
status-registered-b16to17-meaning = Shaqaalaha kiiskaagu wuu furay kiiskaaga. Waxaa arki kara shaqaalaha kiiskaaga, mas'uulkaaga iyo qareenkaaga, haddii aad leedahay. Xubnaha qoyska ee ku biira kiiskaaga waxay arki doonaan tallaabada uu kiisku marayo, waxayna heli doonaan fariin marka ay isbeddesho. Kormeerayaashu waxay arki karaan oo keliya tallaabada uu kiisku marayo, wax kale ma arkaan. App-kan waxaad ku arki kartaa shaqaalaha eegay kiiskaaga.
status-registered-b16to17-next = Shaqaalaha kiiskaagu wuu kaala hadli doonaa qoyskaaga iyo rabitaankaaga. Kadib raadinta qoyskaaga way bilaabmi kartaa.
status-registered-b16to17-can-do = La wadaag faahfaahin kasta oo gacan ka geysan karta helitaanka qoyskaaga: magacyo, meelo, lambarro taleefan, baraha bulshada. U sheeg shaqaalaha kiiskaaga waxa aad doonayso.
status-registered-b16to17-ask = Weydii shaqaalaha kiiskaaga, mas'uulkaaga ama qareenkaaga. Waqti kasta waxaad codsan kartaa turjumaan.

status-registered-adult-title = Kiiska waa la furay
status-registered-adult-meaning = Shaqaalaha kiiska ayaa ilmaha diiwaangeliyay, wuxuuna furay kiis lagu raadinayo qoyska ilmaha.
status-registered-adult-next = Shaqaalaha kiisku wuxuu ururin doonaa macluumaad. Kadib wuxuu bilaabi doonaa raadinta qoyska ilmaha.
status-registered-adult-can-do = Taleefankaaga daaran ku hay, oo eeg app-kan. Macluumaadka ku saabsan ilmaha la wadaag shaqaalaha kiiska oo keliya.
status-registered-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## tracing

status-tracing-b0to5-title = Raadinta qoyskaaga
status-tracing-b0to5-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu raadinayaa qoyskaaga. Dad kale ayaa ka caawiya raadinta.
status-tracing-b0to5-next = Raadintu waxay qaadan kartaa waqti dheer. { status-not-found-b0to5 }
status-tracing-b0to5-can-do = Waad ciyaari kartaa, waad nasan kartaa, waxaadna codsan kartaa in lagu habsado.
status-tracing-b0to5-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Waxaad weydiin kartaa sida ay raadintu u socoto.

status-tracing-b6to9-title = Raadinta qoyskaaga
status-tracing-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu raadinayaa qoyskaaga. Dad meelo kale jooga ayaa caawiya.
status-tracing-b6to9-next = Raadintu waxay qaadan kartaa waqti dheer. { status-not-found-b6to9 }
status-tracing-b6to9-can-do = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Haddii aad wax cusub xasuusato, u sheeg. Waa caadi inaad dareento murug ama walaac.
status-tracing-b6to9-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba waad weydiin kartaa sida ay raadintu u socoto.

status-tracing-b10to12-title = Raadinta qoyskaaga
status-tracing-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu raadinayaa qoyskaaga. Wuxuu dad ku nool meelo kale iyo dalal kale ka codsadaa inay caawiyaan.
status-tracing-b10to12-next = Raadintu waxay qaadan kartaa toddobaadyo ama bilo. Shaqaalaha kiiskaagu wuu kuu sheegi doonaa waxa uu helo. { status-not-found-b10to12 }
status-tracing-b10to12-can-do = U sheeg shaqaalaha kiiskaaga haddii aad xasuusato magac, meel ama lambar taleefan. Sii wad dugsiga iyo waxyaalaha aad jeceshahay.
status-tracing-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga sida ay raadintu u socoto.

status-tracing-b13to15-title = Raadinta qoyskaaga
status-tracing-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu raadinayaa qoyskaaga, halkan iyo dalal kaleba. Kooxo kale oo caawiya raadinta qoysaska ayaa la shaqeeya.
status-tracing-b13to15-next = Raadintu waxay qaadan kartaa waqti dheer. Waa laguu sheegi doonaa marka la helo qof laga yaabo inuu qoyskaaga ka mid yahay. { status-not-found-b13to15 }
status-tracing-b13to15-can-do = La wadaag wax kasta oo cusub oo aad xasuusato. Ha isku dayin inaad keligaa dadka la xiriirto: marka hore weydii shaqaalaha kiiskaaga, si aad nabad ugu jirto.
status-tracing-b13to15-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay kuu sheegi karaan waxa ilaa hadda la sameeyay.

status-tracing-b16to17-title = Raadinta qoyskaaga
status-tracing-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu raadinayaa qoyskaaga, halkan iyo dibaddaba. Kooxo kale oo caawiya raadinta qoysaska ayaa la shaqeeya.
status-tracing-b16to17-next = Raadintu waxay qaadan kartaa waqti dheer. Waa laguu sheegi doonaa marka la helo qof laga yaabo inuu qoyskaaga ka mid yahay. { status-not-found-b16to17 }
status-tracing-b16to17-can-do = Macluumaad cusub la wadaag shaqaalaha kiiskaaga. Ka hor intaadan cidna la xiriirin, la hadal shaqaalaha kiiskaaga, si ay nabad u noqoto adiga iyo iyagaba.
status-tracing-b16to17-ask = Weydii shaqaalaha kiiskaaga ama mas'uulkaaga waxa ilaa hadda la sameeyay iyo waxa xiga.

status-tracing-adult-title = Raadinta qoyska
status-tracing-adult-meaning = Shaqaalaha kiisku wuxuu raadinayaa qoyska ilmaha. Adeegyo kale oo raadinta qoysaska ayaa caawiya.
status-tracing-adult-next = Raadintu waqti bay qaadan kartaa. Shaqaalaha kiisku wuxuu la xiriiri doonaa xubnaha qoyska ee la helo. { status-not-found-adult }
status-tracing-adult-can-do = Shaqaalaha kiiska sii macluumaad kasta oo caawin kara. Faahfaahinta ilmaha ha la wadaagin dad kale.
status-tracing-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## family found

status-family-found-b0to5-title = Qof baa laga yaabaa inuu qoyskaaga yahay
status-family-found-b0to5-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu helay qof laga yaabo inuu qoyskaaga ka mid yahay.
status-family-found-b0to5-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu hubin doonaa in qofkani runtii qoyskaaga yahay. Haddii kale, wuu sii wadi doonaa raadinta.
status-family-found-b0to5-can-do = Mas'uulkaagu waa qofka weyn ee kuu dooda. Waxaad ka codsan kartaa inuu wax badan kuu sheego.
status-family-found-b0to5-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba waad weydiin kartaa waxa dhici doona.

status-family-found-b6to9-title = Qof baa laga yaabaa inuu qoyskaaga yahay
status-family-found-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu helay qof laga yaabo inuu qoyskaaga ka mid yahay.
status-family-found-b6to9-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu hubin doonaa in qofkani runtii qoyskaaga yahay. Tani waqti bay qaadan kartaa. Haddii kale, wuu sii wadi doonaa raadinta.
status-family-found-b6to9-can-do = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Waxaad u sheegi kartaa sida aad u dareemayso warkan.
status-family-found-b6to9-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba wax kasta oo ku saabsan arrintan waad weydiin kartaa.

status-family-found-b10to12-title = Qof baa laga yaabaa inuu qoyskaaga yahay
status-family-found-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu helay qof laga yaabo inuu ka mid yahay qoyskaaga.
status-family-found-b10to12-next = Shaqaalaha kiiskaagu marka hore wuxuu hubin doonaa in qofkani runtii qoyskaaga yahay. Markaas kadib oo keliya ayaad la hadli kartaa. Haddii uusan qoyskaaga ahayn, raadintu way sii socotaa.
status-family-found-b10to12-can-do = U sheeg shaqaalaha kiiskaaga sida aad dareemayso iyo waxa aad jeclaan lahayd. Rabitaankaagu waa muhiim.
status-family-found-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga haddii aad su'aal qabto.

status-family-found-b13to15-title = Qof baa laga yaabaa inuu qoyskaaga yahay
status-family-found-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu helay qof laga yaabo inuu xubin ka yahay qoyskaaga.
status-family-found-b13to15-next = Shaqaalaha kiiskaagu wuxuu hubin doonaa cidda uu qofkani yahay. Wada xiriirku wuxuu bilaaban karaa oo keliya marka la hubiyo oo ay nabad tahay. Haddii qofkani aanu qoyskaaga ahayn, raadintu way sii socotaa.
status-family-found-b13to15-can-do = U sheeg shaqaalaha kiiskaaga waxa aad doonayso iyo walaac kasta oo aad qabto. Waad sheegi kartaa haddii aadan doonayn wada xiriir.
status-family-found-b13to15-ask = Mas'uulkaaga iyo shaqaalaha kiiskaagu waxay ka jawaabi karaan su'aalahaaga.

status-family-found-b16to17-title = Waxaa la helay qof laga yaabo inuu qoyskaaga ka mid yahay
status-family-found-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu helay qof laga yaabo inuu xubin ka yahay qoyskaaga.
status-family-found-b16to17-next = Shaqaalaha kiiskaagu wuxuu hubin doonaa cidda uu qofku yahay iyo sida aad isugu xiran tihiin. Wada xiriirku wuxuu bilaabmayaa oo keliya marka la hubiyo oo ay nabad tahay. Haddii qofku aanu qoyskaaga ahayn, raadintu way sii socotaa.
status-family-found-b16to17-can-do = U sheeg shaqaalaha kiiskaaga rabitaankaaga iyo walaac kasta. Aragtidaadu waa qayb ka mid ah go'aanka.
status-family-found-b16to17-ask = Weydii shaqaalaha kiiskaaga ama mas'uulkaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-family-found-adult-title = Waxaa la helay qof laga yaabo inuu qaraabo yahay
status-family-found-adult-meaning = Shaqaalaha kiisku wuxuu helay qof laga yaabo inuu qaraabo u yahay ilmaha.
status-family-found-adult-next = Ka hor wada xiriir kasta, shaqaalaha kiisku wuxuu hubin doonaa cidda uu qofkani yahay iyo sida uu qaraabo ugu yahay ilmaha.
status-family-found-adult-can-do = Ka jawaab su'aalaha shaqaalaha kiiska. Diyaar ku hay dukumentiyada iyo sawirrada muujinaya qaraabanimada idinka dhexeysa. { status-scam-warning-adult }
status-family-found-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## verifying

status-verifying-b0to5-title = Hubin
status-verifying-b0to5-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu hubinayaa inay runtii tahay qoyskaaga.
status-verifying-b0to5-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu kuu sheegi doonaa waxa uu ogaado. Haddii aysan ahayn qoyskaaga, wuu sii wadi doonaa raadinta.
status-verifying-b0to5-can-do = Mas'uulkaagu waa qofka weyn ee kuu dooda. Haddii aad rabto, sawirro ayaad la eegi kartaa.
status-verifying-b0to5-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Waxaad weydiin kartaa waxa socda.

status-verifying-b6to9-title = Hubin
status-verifying-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu hubinayaa inay runtii tahay qoyskaaga.
status-verifying-b6to9-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Waxaa laga yaabaa inuu ku weydiiyo su'aalo, ama uu ku tuso sawirro. Kadib wuu kuu sheegi doonaa waxa uu ogaaday. Haddii aysan ahayn qoyskaaga, wuu sii wadi doonaa raadinta.
status-verifying-b6to9-can-do = Sheeg waxa aad taqaanno. Uma baahnid inaad su'aal kasta ka jawaabto. Waa caadi inaad sheegto inaadan garanayn.
status-verifying-b6to9-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Haddii aad walaacsan tahay, labadoodaba waad weydiin kartaa.

status-verifying-b10to12-title = Hubinta cidda uu yahay
status-verifying-b10to12-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa in qofka uu helay runtii qoyskaaga yahay. Tani waqti bay qaadan kartaa.
status-verifying-b10to12-next = Waxaa laga yaabaa in lagu weydiiyo su'aalo ama lagu tuso sawirro. Shaqaalaha kiiskaagu wuu kuu sheegi doonaa waxa uu ogaado. Haddii qofkani aanu qoyskaaga ahayn, raadintu way sii socotaa.
status-verifying-b10to12-can-do = Sheeg waxa aad taqaanno. Waa caadi inaad sheegto inaadan garanayn ama aadan xasuusan.
status-verifying-b10to12-ask = Waxaad weydiin kartaa mas'uulkaaga ama shaqaalaha kiiskaaga. Waa kuu joogaan haddii aad qabto su'aalo ama walaac.

status-verifying-b13to15-title = Hubinta xiriirka qoyska
status-verifying-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa in qofka la helay runtii qoyskaaga yahay. Wuxuu kale oo hubinayaa in qofku doonayo wada xiriir.
status-verifying-b13to15-next = Waxaa laga yaabaa in lagu weydiiyo su'aalo ama lagu tuso sawirro ama dukumentiyo. Natiijada waa laguu sheegi doonaa. Haddii qofku aanu qoyskaaga ahayn, raadintu way sii socotaa.
status-verifying-b13to15-can-do = Sheeg waxa aad taqaanno. Waad sheegi kartaa haddii aadan xasuusan, waadna nasasho qaadan kartaa.
status-verifying-b13to15-ask = Haddii ay wax ku walaacinayaan, weydii mas'uulkaaga ama shaqaalaha kiiskaaga.

status-verifying-b16to17-title = Hubinta xiriirka qoyska
status-verifying-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa cidda uu yahay qofka la helay, iyo sida aad isugu xiran tihiin.
status-verifying-b16to17-next = Waxaa laga yaabaa in lagu weydiiyo su'aalo ama lagu tuso sawirro iyo dukumentiyo. Natiijada waa laguu sheegi doonaa. Haddii qofku aanu qoyskaaga ahayn, raadintu way sii socotaa.
status-verifying-b16to17-can-do = Sheeg waxa aad taqaanno, oo sheeg haddii aad dareento in wax aan sax ahayn jiraan. Waqti kasta waad nasasho qaadan kartaa.
status-verifying-b16to17-ask = Weydii shaqaalaha kiiskaaga ama mas'uulkaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-verifying-adult-title = Xaqiijin
status-verifying-adult-meaning = Shaqaalaha kiisku wuxuu hubinayaa cidda uu yahay qof kasta iyo sida uu qaraabo ugu yahay ilmaha.
status-verifying-adult-next = Waxaa lagaa codsan karaa dukumentiyo, sawirro ama wareysi. Shaqaalaha kiisku wuu kuu sheegi doonaa natiijada.
status-verifying-adult-can-do = Ka jawaab su'aalaha shaqaalaha kiiska, oo dukumentiyada la wadaag marka lagaa codsado. { status-scam-warning-adult }
status-verifying-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## assessing

status-assessing-b0to5-title = Hubinta inay nabad tahay
status-assessing-b0to5-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Ma nabad baa oo ma kuu fiican tahay inaad qoyskaaga la noolaato? Taas ayuu hubinayaa.
status-assessing-b0to5-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu dhegaysan doonaa adiga iyo qoyskaaga. Kadib dadka waaweyn ayaa go'aamin doona.
status-assessing-b0to5-can-do = Mas'uulkaagu waa qofka weyn ee kuu dooda. Waxaad u sheegi kartaa sida aad dareemayso.
status-assessing-b0to5-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Wax kasta waad weydiin kartaa.

status-assessing-b6to9-title = Hubinta inay nabad tahay
status-assessing-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Ma nabad baa oo ma kuu fiican tahay inaad qoyskaaga la noolaato? Taas ayuu hubinayaa.
status-assessing-b6to9-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuu kula hadli doonaa adiga iyo qoyskaagaba. Kadib dadka waaweyn ayaa wada go'aamin doona. Haddii aysan nabad ahayn, qorshe cusub ayaa la samayn doonaa.
status-assessing-b6to9-can-do = Sheeg waxa aad rabto iyo waxa ku walaacinaya. Waxa aad sheegto waa muhiim.
status-assessing-b6to9-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba su'aal kasta waad weydiin kartaa.

status-assessing-b10to12-title = Hubinta inay nabad tahay oo ay kuu fiican tahay
status-assessing-b10to12-meaning = Ma nabad baa oo ma kuu fiican tahay inaad la noolaato qoyskaaga? Shaqaalaha kiiskaagu taas ayuu hubinayaa.
status-assessing-b10to12-next = Shaqaalaha kiiskaagu wuu kula hadli doonaa adiga iyo qoyskaaga. Rabitaankaagu wuxuu qayb ka noqon doonaa go'aanka. Haddii aysan nabad ahayn ama aysan kuu fiicnayn, wuxuu kula samayn doonaa qorshe cusub.
status-assessing-b10to12-can-do = Sheeg waxa aad rabto iyo waxa ku walaacinaya. Haddii aad rabto, marka hore waxaad la hadli kartaa mas'uulkaaga.
status-assessing-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga. Waxay u joogaan inay ku caawiyaan.

status-assessing-b13to15-title = Go'aaminta waxa adiga kuugu fiican
status-assessing-b13to15-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa inay nabad tahay, oo ay adiga kuugu fiican tahay, inaad ku biirto qoyskaaga.
status-assessing-b13to15-next = Shaqaalaha kiiskaagu wuu kula hadli doonaa adiga iyo qoyskaaga, waxaana laga yaabaa inuu iyaga booqdo. Rabitaankaagu waa qayb ka mid ah go'aanka. Haddii ku biiridda qoyskaagu aysan kuu fiicnayn, wuxuu kula samayn doonaa qorshe kale.
status-assessing-b13to15-can-do = U sheeg shaqaalaha kiiskaaga waxa aad rabto, waxa aad ka baqayso iyo waxa aad rajaynayso.
status-assessing-b13to15-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-assessing-b16to17-title = Go'aaminta waxa adiga kuugu fiican
status-assessing-b16to17-meaning = Shaqaalaha kiiskaagu wuxuu hubinayaa inay nabad tahay inaad ku biirto qoyskaaga, iyo waxa adiga kuugu fiican.
status-assessing-b16to17-next = Shaqaalaha kiiskaagu wuu kula hadli doonaa adiga iyo qoyskaaga, waxaana laga yaabaa inuu iyaga booqdo. Aragtidaadu waa qayb muhiim ah oo go'aanka ka mid ah. Haddii ku biiridda qoyskaagu aysan kuu fiicnayn, shaqaalaha kiiskaagu wuxuu kula samayn doonaa qorshe kale.
status-assessing-b16to17-can-do = La wadaag rabitaankaaga, walaacaaga iyo rajadaada. Waxaad codsan kartaa in aragtidaada la qoro.
status-assessing-b16to17-ask = Weydii shaqaalaha kiiskaaga ama mas'uulkaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-assessing-adult-title = Qiimaynta danaha ugu wanaagsan ee ilmaha
status-assessing-adult-meaning = Shaqaalaha kiisku wuxuu hubinayaa inay nabad tahay oo ay ilmaha u fiican tahay inuu la noolaado qoyska. Tan waxaa la yiraahdaa qiimaynta danaha ugu wanaagsan ee ilmaha.
status-assessing-adult-next = Shaqaalaha kiisku wuu ku wareysan karaa, wuuna booqan karaa gurigaaga. Aragtida ilmahu waa qayb ka mid ah go'aanka.
status-assessing-adult-can-do = Ka qayb qaado wareysiyada, oo su'aalaha si furan uga jawaab.
status-assessing-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## planning reunification

status-planning-reunification-b0to5-title = Samaynta qorshe
status-planning-reunification-b0to5-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu samaynayaa qorshe ah inaad u tagto qoyskaaga.
status-planning-reunification-b0to5-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuu kaaga warrami doonaa qorshaha. Mararka qaarkood qorshayaashu way isbeddelaan. Haddii kani isbeddelo, wuxuu kuu sheegi doonaa waxa xiga.
status-planning-reunification-b0to5-can-do = Waxaad dooran kartaa alaab ciyaareed ama sawir aad rabto inaad qaadato.
status-planning-reunification-b0to5-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Waxaad wax ka weydiin kartaa qorshaha.

status-planning-reunification-b6to9-title = Samaynta qorshaha inaad ku biirto qoyskaaga
status-planning-reunification-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu samaynayaa qorshe ah inaad ku biirto qoyskaaga.
status-planning-reunification-b6to9-next = Qorshuhu wuxuu sheegayaa sida aad u safri doonto iyo goorta. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuu kaaga warrami doonaa qorshaha. Mararka qaarkood qorshayaashu way isbeddelaan. Haddii kani isbeddelo, wuxuu kuu sheegi doonaa sababta.
status-planning-reunification-b6to9-can-do = Ka fikir waxa aad rabto inaad qaadato. Yaad rabtaa inaad nabadgelyo ku dhahdo?
status-planning-reunification-b6to9-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba waad wax ka weydiin kartaa qorshaha.

status-planning-reunification-b10to12-title = Qorshaynta inaad ku biirto qoyskaaga
status-planning-reunification-b10to12-meaning = Qorshuhu waa inaad ku biirto qoyskaaga. Shaqaalaha kiiskaagu wuxuu qorshaynayaa sida ay u dhici karto.
status-planning-reunification-b10to12-next = Qorshuhu wuxuu ka kooban yahay waraaqaha, safarka iyo taariikhda. Shaqaalaha kiiskaagu wuu kuu sharxi doonaa. Qorshayaashu way isbeddeli karaan. Haddii kani isbeddelo, shaqaalaha kiiskaagu wuxuu kuu sheegi doonaa sababta iyo waxa xiga.
status-planning-reunification-b10to12-can-do = U sheeg shaqaalaha kiiskaaga su'aalahaaga iyo walaacaaga ku saabsan guuritaanka. Ka fikir cidda aad rabto inaad nabadgelyo ku dhahdo.
status-planning-reunification-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga. Waxay u joogaan inay ku caawiyaan.

status-planning-reunification-b13to15-title = Qorshaynta u guuritaankaaga qoyskaaga
status-planning-reunification-b13to15-meaning = Qorshuhu waa inaad ku biirto qoyskaaga. Shaqaalaha kiiskaagu wuxuu qorshaynayaa guuritaanka.
status-planning-reunification-b13to15-next = Qorshuhu wuxuu ka kooban yahay dukumentiyada, safarka, taariikhda, iyo dugsiga ama taageerada kadib marka aad gaarto. Adiga iyo shaqaalaha kiiskaagu wadajir ayaad u eegi doontaan. Qorshayaashu way isbeddeli karaan. Haddii kani isbeddelo, shaqaalaha kiiskaagu wuxuu kuu sheegi doonaa sababta iyo waxa xiga.
status-planning-reunification-b13to15-can-do = Wax ka weydii wax kasta oo qorshaha ku jira. Sheeg haddii ay wax ku walaacinayaan.
status-planning-reunification-b13to15-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-planning-reunification-b16to17-title = Qorshaynta u guuritaankaaga qoyskaaga
status-planning-reunification-b16to17-meaning = Qorshuhu waa inaad ku biirto qoyskaaga. Shaqaalaha kiiskaagu wuxuu qorshaha kula diyaarinayaa adiga.
status-planning-reunification-b16to17-next = Qorshuhu wuxuu ka kooban yahay dukumentiyada, safarka, taariikhda, iyo dugsiga, shaqada iyo taageerada kadib marka aad gaarto. Wadajir ayaad u eegi doontaan. Qorshayaashu way isbeddeli karaan. Haddii kani isbeddelo, shaqaalaha kiiskaagu wuxuu kuu sheegi doonaa sababta iyo waxa xiga.
status-planning-reunification-b16to17-can-do = Hubi qorshaha, oo wax ka weydii wax kasta oo aan caddayn. U sheeg shaqaalaha kiiskaaga waxa aad u baahan tahay.
status-planning-reunification-b16to17-ask = Weydii shaqaalaha kiiskaaga ama mas'uulkaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-planning-reunification-adult-title = Qorshaynta isu-keenidda qoyska
status-planning-reunification-adult-meaning = Shaqaalaha kiisku wuxuu adiga kula diyaarinayaa qorshe ah in ilmuhu ku biiro qoyska.
status-planning-reunification-adult-next = Qorshuhu wuxuu ka kooban yahay dukumentiyada, safarka, taariikhda, iyo taageerada kadib marka ilmuhu yimaado. Qorshayaashu way isbeddeli karaan. Haddii uu isbeddelo, shaqaalaha kiisku wuxuu kuu sheegi doonaa sababta iyo waxa xiga.
status-planning-reunification-adult-can-do = Diyaari dukumentiyada uu shaqaalaha kiisku kaa codsado, oo diyaar u ahow inaad ka wada hadashaan qorshaha. { status-scam-warning-adult }
status-planning-reunification-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## reunified

status-reunified-b0to5-title = Qoyskaaga ayaad la joogtaa
status-reunified-b0to5-meaning = Hadda waxaad la joogtaa qoyskaaga.
status-reunified-b0to5-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuu iman doonaa si uu u arko sida aad tahay.
status-reunified-b0to5-can-do = Waxaad qoyskaaga u sheegi kartaa sida aad dareemayso.
status-reunified-b0to5-ask = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Weli waxaad ka codsan kartaa caawimaad.

status-reunified-b6to9-title = Qoyskaaga ayaad la joogtaa
status-reunified-b6to9-meaning = Hadda mar kale ayaad qoyskaaga la joogtaa.
status-reunified-b6to9-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuu kula hadli doonaa si uu u ogaado sida ay kuu socoto.
status-reunified-b6to9-can-do = Waa caadi inaad dareento farxad, iyo sidoo kale wax yar oo qariib ah. Waad ka hadli kartaa.
status-reunified-b6to9-ask = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Weli waxaad ka codsan kartaa caawimaad.

status-reunified-b10to12-title = Dib ugu soo laabasho qoyskaaga
status-reunified-b10to12-meaning = Waxaad dib ugu soo laabatay qoyskaaga.
status-reunified-b10to12-next = Muddo, shaqaalaha kiiskaagu wuu sii wadi doonaa inuu kula hadlo si uu u arko sida ay arrimuhu u socdaan.
status-reunified-b10to12-can-do = La qabsashada nolol cusub waqti bay qaadataa. Qof la hadal haddii ay wax kugu adag yihiin.
status-reunified-b10to12-ask = Weli waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-reunified-b13to15-title = Dib ugu soo laabasho qoyskaaga
status-reunified-b13to15-meaning = Mar kale ayaad la nooshahay qoyskaaga.
status-reunified-b13to15-next = Muddo, shaqaalaha kiiskaagu wuu kula soo xiriiri doonaa si uu u arko sida ay noloshu kuugu socoto qoyskaaga.
status-reunified-b13to15-can-do = La qabsashada guri cusub waqti bay qaadataa. Haddii wax qaldan yihiin, ama aadan dareemin inaad nabad qabto, u sheeg shaqaalaha kiiskaaga.
status-reunified-b13to15-ask = Shaqaalaha kiiskaagu weli wuu kuu joogaa.

status-reunified-b16to17-title = Dib ugu soo laabasho qoyskaaga
status-reunified-b16to17-meaning = Mar kale ayaad la nooshahay qoyskaaga.
status-reunified-b16to17-next = Muddo, shaqaalaha kiiskaagu wuu kula soo xiriiri doonaa si uu u arko sida ay arrimuhu u socdaan.
status-reunified-b16to17-can-do = Haddii wax qaldan yihiin ama aadan dareemin inaad nabad qabto, la xiriir shaqaalaha kiiskaaga. Weli waad cabasho gudbin kartaa.
status-reunified-b16to17-ask = Shaqaalaha kiiskaagu weli wuu kuu joogaa.

status-reunified-adult-title = Qoyska waa la isu keenay
status-reunified-adult-meaning = Ilmaha iyo qoyska waa la isu keenay.
status-reunified-adult-next = Shaqaalaha kiisku wuu la socon doonaa si uu u ogaado sida ay ugu socoto ilmaha iyo qoyska.
status-reunified-adult-can-do = U sheeg shaqaalaha kiiska haddii qoysku u baahan yahay taageero.
status-reunified-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## follow-up

status-follow-up-b0to5-title = Sidee tahay?
status-follow-up-b0to5-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu u yimaadaa inuu arko sida aad tahay.
status-follow-up-b0to5-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Dhowr booqasho kadib, nabadgelyo ayuu kuu dhihi doonaa.
status-follow-up-b0to5-can-do = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Waxaad tusi kartaa sawirradaada iyo ciyaarahaaga.
status-follow-up-b0to5-ask = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Qoyskaagu way wici karaan haddii aad caawimaad u baahato.

status-follow-up-b6to9-title = Sidee tahay?
status-follow-up-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuxuu u yimaadaa inuu arko sida aad ula nooshahay qoyskaaga.
status-follow-up-b6to9-next = Marka wax walba si fiican u socdaan, booqashooyinku way joogsan doonaan.
status-follow-up-b6to9-can-do = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. U sheeg waxa wanaagsan iyo waxa adag.
status-follow-up-b6to9-ask = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Waxaad ka codsan kartaa caawimaad.

status-follow-up-b10to12-title = Sidee wax u socdaan?
status-follow-up-b10to12-meaning = Shaqaalaha kiiskaagu wuu kula xiriiraa. Wuxuu doonayaa inuu arko sida ay noloshu kuugu socoto qoyskaaga.
status-follow-up-b10to12-next = Marka ay arrimuhu si fiican u socdaan, tani way dhammaan doontaa, kiiskaagana waa la xiri doonaa.
status-follow-up-b10to12-can-do = U sheeg shaqaalaha kiiskaaga waxa si fiican u socda iyo waxa adag.
status-follow-up-b10to12-ask = Waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-follow-up-b13to15-title = Sidee wax u socdaan?
status-follow-up-b13to15-meaning = Shaqaalaha kiiskaagu wuu kula xiriiraa si uu u arko sida ay arrimuhu ugu socdaan adiga iyo qoyskaaga.
status-follow-up-b13to15-next = Marka ay arrimuhu si fiican u socdaan, tani way dhammaanaysaa, kiiskaagana waa la xiri doonaa.
status-follow-up-b13to15-can-do = Run ka sheeg waxa si fiican u socda iyo waxa aan si fiican u socon. Codso taageero haddii aad u baahato.
status-follow-up-b13to15-ask = Waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-follow-up-b16to17-title = La socod
status-follow-up-b16to17-meaning = Shaqaalaha kiiskaagu wuu kula xiriiraa si uu u arko sida ay arrimuhu ugu socdaan adiga iyo qoyskaaga.
status-follow-up-b16to17-next = Marka ay xaaladdu degto, tani way dhammaanaysaa, kiiskaagana waa la xiri doonaa.
status-follow-up-b16to17-can-do = Sheeg taageerada aad u baahan tahay: dugsi, shaqo, caafimaad ama wax kale.
status-follow-up-b16to17-ask = Waxaad caawimaad ka codsan kartaa shaqaalaha kiiskaaga.

status-follow-up-adult-title = La socod
status-follow-up-adult-meaning = Shaqaalaha kiisku wuxuu la socdaa sida ay ugu socoto ilmaha iyo qoyska.
status-follow-up-adult-next = Marka ay xaaladdu degto, la socodku wuu dhammaan doonaa, kiiskana waa la xiri doonaa.
status-follow-up-adult-can-do = U sheeg shaqaalaha kiiska haddii qoysku u baahan yahay caawimaad ama uu dhibaato qabo.
status-follow-up-adult-ask = Weydii shaqaalaha kiiska ilmaha.

## closed

status-closed-b0to5-title = Waa la dhammeeyay
status-closed-b0to5-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Xilligan wuu dhammeeyay shaqadiisa.
status-closed-b0to5-next = Haddii aad mar kale caawimaad u baahato, kiiskaaga dib ayaa loo furi karaa.
status-closed-b0to5-can-do = Waqti kasta waxaad caawimaad ka codsan kartaa qof weyn oo aad ku kalsoon tahay.
status-closed-b0to5-ask = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Qof weyn oo aad ku kalsoon tahay ayaa wici kara ama fariin u diri kara.

status-closed-b6to9-title = Kiiskaaga waa la dhammeeyay
status-closed-b6to9-meaning = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Xilligan wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b6to9-next = Haddii aad mar kale caawimaad u baahato, kiiskaaga dib ayaa loo furi karaa.
status-closed-b6to9-can-do = Haddii aad mar kale caawimaad u baahato, u sheeg qof weyn oo aad ku kalsoon tahay.
status-closed-b6to9-ask = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Muddo ayaad weli fariin ugu diri kartaa app-kan. Ama qof weyn oo aad ku kalsoon tahay ka codso inuu u soo waco.

status-closed-b10to12-title = Kiiskaaga waa la xiray
status-closed-b10to12-meaning = Shaqaalaha kiiskaagu wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b10to12-next = Haddii aad mar kale caawimaad u baahato, shaqaalaha kiiskaagu dib ayuu u furi karaa kiiskaaga.
status-closed-b10to12-can-do = Haddii aad caawimaad u baahato, u sheeg qof weyn oo aad ku kalsoon tahay.
status-closed-b10to12-ask = Muddo ayaad weli fariin ugu diri kartaa shaqaalaha kiiskaaga app-kan. Ama qof weyn oo aad ku kalsoon tahay ka codso inuu u soo waco.

status-closed-b13to15-title = Kiiskaaga waa la xiray
status-closed-b13to15-meaning = Shaqaalaha kiiskaagu wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b13to15-next = Haddii aad mar kale caawimaad u baahato, shaqaalaha kiiskaagu dib ayuu u furi karaa kiiskaaga.
status-closed-b13to15-can-do = Haddii aad caawimaad u baahato, fariin u dir shaqaalaha kiiskaaga ama la hadal qof weyn oo aad ku kalsoon tahay. Weli waad cabasho gudbin kartaa.
status-closed-b13to15-ask = Muddo ayaad weli fariin ugu diri kartaa shaqaalaha kiiskaaga app-kan. Qof weyn oo aad ku kalsoon tahay ayaa sidoo kale wici kara adiga dartaa.

status-closed-b16to17-title = Kiiska waa la xiray
status-closed-b16to17-meaning = Shaqaalaha kiiskaagu wuu dhammeeyay shaqadii kiiskaaga.
status-closed-b16to17-next = Haddii aad mar kale caawimaad u baahato, shaqaalaha kiiskaagu dib ayuu u furi karaa kiiskaaga.
status-closed-b16to17-can-do = Weli waxaad codsan kartaa nuqul xogtaada ah, ama waad cabasho gudbin kartaa.
status-closed-b16to17-ask = Marka kiiska la xiro kadib, muddo ayaad weli fariin ugu diri kartaa shaqaalaha kiiskaaga app-kan. Qof weyn oo aad ku kalsoon tahay ayaa sidoo kale wici kara adiga dartaa.

status-closed-adult-title = Kiiska waa la xiray
status-closed-adult-meaning = Shaqaalaha kiisku wuu dhammeeyay shaqadii kiiska ilmaha.
status-closed-adult-next = Haddii mar kale caawimaad loo baahdo, shaqaalaha kiisku dib ayuu u furi karaa kiiska.
status-closed-adult-can-do = Waxaad codsan kartaa nuqul xogtaada ah, ama waad cabasho gudbin kartaa.
status-closed-adult-ask = Marka kiiska la xiro kadib, muddo ayaad weli fariin ugu diri kartaa shaqaalaha kiiska app-kan.

## alternative care

status-alternative-care-b0to5-title = Guri xilligan ah
status-alternative-care-b0to5-meaning = Waxaad la noolaan doontaa dad waaweyn oo ku daryeela.
status-alternative-care-b0to5-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuu sii wadi doonaa inuu ku soo booqdo. Waxaa laga yaabaa inuu sii wado raadinta qoyskaaga.
status-alternative-care-b0to5-can-do = Waxaad u sheegi kartaa dadka waaweyn ee ku daryeela waxa aad jeceshahay.
status-alternative-care-b0to5-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Wax kasta waad weydiin kartaa.

status-alternative-care-b6to9-title = Guri xilligan ah
status-alternative-care-b6to9-meaning = Xilligan, waxaad la noolaan doontaa dad waaweyn oo ku daryeela.
status-alternative-care-b6to9-next = Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Wuu sii wadi doonaa inuu ku arko. Wadajir ayaad u samayn doontaan qorshe sannadaha soo socda. Raadinta qoyskaaga way sii socon kartaa. Sidoo kale mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-alternative-care-b6to9-can-do = Sheeg waxa aad jeceshahay iyo waxa aad u baahan tahay.
status-alternative-care-b6to9-ask = Mas'uulkaagu waa qofka weyn ee kuu dooda. Shaqaalaha kiiskaagu waa qofka kaa caawiya kiiskaaga. Labadoodaba su'aal kasta waad weydiin kartaa.

status-alternative-care-b10to12-title = Guri xilligan ah
status-alternative-care-b10to12-meaning = Xilligan, waxaad la noolaan doontaa daryeelayaal, ee ma aha qoyskaaga.
status-alternative-care-b10to12-next = Shaqaalaha kiiskaagu wuu sii wadi doonaa inuu ku soo booqdo, wuxuuna kula samayn doonaa qorshe sannadaha soo socda. Raadinta qoyskaaga way sii socon kartaa, ama mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-alternative-care-b10to12-can-do = U sheeg shaqaalaha kiiskaaga waxa aad u baahan tahay iyo sida aad u dareemayso meesha aad ku nooshahay.
status-alternative-care-b10to12-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga. Waxay u joogaan inay ku caawiyaan.

status-alternative-care-b13to15-title = La noolaanshaha daryeelayaal
status-alternative-care-b13to15-meaning = Xilligan, waxaad la noolaan doontaa daryeelayaal, sida qoys kafaala ama guri yar.
status-alternative-care-b13to15-next = Shaqaalaha kiiskaagu wuu kula xiriiri doonaa, wuxuuna kula samayn doonaa qorshe muddo dheer ah. Raadinta qoyskaaga way sii socon kartaa, ama mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-alternative-care-b13to15-can-do = Sheeg waxa aad u baahan tahay iyo sida aad u dareemayso meesha aad ku nooshahay. Aragtidaadu waa muhiim mar kasta oo qorshaha dib loo eego.
status-alternative-care-b13to15-ask = Weydii mas'uulkaaga ama shaqaalaha kiiskaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-alternative-care-b16to17-title = La noolaanshaha daryeelayaal
status-alternative-care-b16to17-meaning = Xilligan, waxaad la noolaan doontaa daryeelayaal, sida qoys kafaala, guri yar ama hoy taageero leh.
status-alternative-care-b16to17-next = Shaqaalaha kiiskaagu wuu kula xiriiri doonaa, wuxuuna waqti ka waqti qorshaha dib kuula eegi doonaa. Raadinta qoyskaaga way sii socon kartaa, ama mar kale way bilaabmi kartaa haddii war cusub yimaado.
status-alternative-care-b16to17-can-do = U sheeg shaqaalaha kiiskaaga waxa aad u baahan tahay, oo ay ku jiraan qorshayaasha marka aad buuxiso 18 sano.
status-alternative-care-b16to17-ask = Weydii shaqaalaha kiiskaaga ama mas'uulkaaga. Waxaad sidoo kale weydiin kartaa qareenkaaga, haddii aad leedahay.

status-alternative-care-adult-title = Daryeel beddel ah
status-alternative-care-adult-meaning = Xilligan, ilmuhu wuxuu ku noolaan doonaa daryeel beddel ah.
status-alternative-care-adult-next = Shaqaalaha kiisku si joogto ah ayuu dib u eegi doonaa qorshaha. Raadinta qoysku way sii socon kartaa, ama mar kale way bilaabmi kartaa haddii macluumaad cusub la helo.
status-alternative-care-adult-can-do = Shaqaalaha kiiska weydii sida aad ula xiriiri karto ilmaha, haddii taasi la oggol yahay.
status-alternative-care-adult-ask = Weydii shaqaalaha kiiska ilmaha.
