# Health information shared with those who care for the child. Source: English.
# Never edit a published version: make v2.
# Somali (so): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. See locales/so/STATUS.md.

notice-title-b0to5 = Caafimaadkaaga iyo dadka ku caawiya
notice-body-b0to5 =
    Dhakhaatiirtu way og yihiin sida aad dareemayso.
    Dadka ku daryeela ayaa sidoo kale doonaya inay ogaadaan, si ay kuu caawiyaan.
    Waxaad dhihi kartaa haa ama maya. Labaduba waa caadi.
notice-withdraw-b0to5 = Haddii aad fikirkaaga beddesho, u sheeg mas'uulkaaga.

notice-title-b6to9 = In caawiyayaashaada loo sheego caafimaadkaaga
notice-body-b6to9 =
    Dhakhaatiirta iyo kalkaalisooyinku wax bay ka og yihiin caafimaadkaaga.
    Waxaan jeclaan lahayn inay u sheegaan dadka ku daryeela, si ay si fiican kuu caawiyaan.
    Waxaad dhihi kartaa haa ama maya. Haddii aad maya dhahdo, weli dhakhtar ayaa ku arki doona.
notice-withdraw-b6to9 = Waqti kasta waad beddeli kartaa fikirkaaga. Taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b10to12 = La wadaagista macluumaadka caafimaadkaaga
notice-body-b10to12 =
    Macluumaadka caafimaadkaagu waa arrin kuu gaar ah.
    Waxaan jeclaan lahayn inaan la wadaagno dadka ku daryeela, sida mas'uulkaaga iyo meesha aad ku nooshahay, si ay kuu daryeelaan.
    Waxaad dhihi kartaa haa ama maya. Haddii aad maya dhahdo, weli waxaad heli doontaa daryeel caafimaad.
notice-withdraw-b10to12 = Waqti kasta waad beddeli kartaa fikirkaaga. App-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b13to15 = La wadaagista macluumaadka caafimaadkaaga
notice-body-b13to15 =
    Macluumaadka caafimaadku waa sir, si gaar ah ayaana loo ilaaliyaa.
    Waxaan kaa codsanaynaa inaan kuwaaga la wadaagno dadka ku daryeela (mas'uulkaaga iyo daryeelahaaga), oo keliya si ay kuu daryeelaan.
    Doorashadu adigaa leh. Diidmadu weligeed kaama joojiso helitaanka daryeel caafimaad.
notice-withdraw-b13to15 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Wadaagistu waxay istaagaysaa isla xilligaas.

notice-title-b16to17 = La wadaagista macluumaadka caafimaadkaaga
notice-body-b16to17 =
    Macluumaadka caafimaadku waa sir, si gaar ah ayaana loo ilaaliyaa.
    Waxaan kaa codsanaynaa inaan kuwaaga la wadaagno dadka ku daryeela (mas'uulkaaga iyo daryeelahaaga), oo keliya si ay kuu daryeelaan.
    Doorashadu adigaa leh. Diidmadu weligeed kaama joojiso helitaanka daryeel caafimaad.
notice-withdraw-b16to17 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Wadaagistu waxay istaagaysaa isla xilligaas.

notice-title-adult = La wadaagista macluumaadka caafimaadka ilmaha
notice-body-adult =
    Macluumaadka caafimaadka si gaar ah ayaa loo ilaaliyaa.
    Waxaan kaa codsanaynaa inaan macluumaadka caafimaadka ilmaha la wadaagno dadka daryeela ilmaha (mas'uulka iyo daryeelaha ilmaha), oo keliya daryeelka ilmaha awgiis.
    Diidmadu weligeed ma joojiso daryeelka caafimaad ee ilmaha la siiyo.
notice-withdraw-adult = Waqti kasta waad ka noqon kartaa oggolaanshahaaga, app-ka ama adigoo u sheegaya shaqaalaha kiiska. Wadaagistu waxay istaagaysaa isla xilligaas.
