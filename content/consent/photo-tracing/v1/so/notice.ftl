# A photo of the child used for tracing. Source: English. Never edit a published version.
# Somali (so): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. See locales/so/STATUS.md.

notice-title-b0to5 = Sawirkaaga
notice-body-b0to5 =
    Dadka qoysaska raadiya waxay rabaan inay dadka tusaan sawirkaaga.
    Qof qoyskaaga ka mid ah ayaa laga yaabaa inuu arko oo uu ku garto.
    Waxaad dhihi kartaa haa ama maya. Labaduba waa caadi.
notice-withdraw-b0to5 = Haddii aad fikirkaaga beddesho, u sheeg mas'uulkaaga.

notice-title-b6to9 = Tusidda sawirkaaga
notice-body-b6to9 =
    Waxaan jeclaan lahayn inaan sawirkaaga tusno dadka caawiya helitaanka qoysaska.
    Qoyskaagu waxaa laga yaabaa inay arkaan oo ay gartaan inay adiga tahay.
    Waxaad dhihi kartaa haa ama maya. Haddii aad maya dhahdo, weli waan raadinaynaa qoyskaaga.
notice-withdraw-b6to9 = Waqti kasta waad beddeli kartaa fikirkaaga. Taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b10to12 = Isticmaalka sawirkaaga si loo helo qoyskaaga
notice-body-b10to12 =
    Hay'adaha raadintu mararka qaar waxay muujiyaan sawirrada carruurta, si qoysasku u gartaan carruurtooda.
    Waxaan jeclaan lahayn inaan sawirkaaga u siino arrintan.
    Dad kale ayaa laga yaabaa inay arkaan sidoo kale. Waxaad dhihi kartaa haa ama maya. Haddii aad maya dhahdo, waan sii wadaynaa raadinta qoyskaaga.
notice-withdraw-b10to12 = Waqti kasta waad beddeli kartaa fikirkaaga. App-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Laga bilaabo markaas, sawirkaaga mar dambe lama tusi doono.

notice-title-b13to15 = Sawirkaaga oo loo isticmaalo raadinta
notice-body-b13to15 =
    Hay'adaha raadintu waxay sawirkaaga tusi karaan dad ku garan kara, meelaha uu qoyskaagu joogi karo.
    Dad aan qoyskaaga ahayn ayaa arki kara. Sawir wuu ku aqoonsiin karaa, markaa ka fikir inaad arrintan ku qanacsan tahay iyo in kale.
    Doorashadu adigaa leh. Diidmadu ma joojiso raadinta.
notice-withdraw-b13to15 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Laga bilaabo markaas sawirkaaga lama tusi doono; nuqullada horay loo tusay dib looma soo celin karo.

notice-title-b16to17 = Sawirkaaga oo loo isticmaalo raadinta
notice-body-b16to17 =
    Hay'adaha raadintu waxay sawirkaaga tusi karaan dad ku garan kara, meelaha uu qoyskaagu joogi karo.
    Dad aan qoyskaaga ahayn ayaa arki kara. Sawir wuu ku aqoonsiin karaa, markaa ka fikir inaad arrintan ku qanacsan tahay iyo in kale.
    Doorashadu adigaa leh. Diidmadu ma joojiso raadinta.
notice-withdraw-b16to17 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Laga bilaabo markaas sawirkaaga lama tusi doono; nuqullada horay loo tusay dib looma soo celin karo.

notice-title-adult = Sawirka ilmaha oo loo isticmaalo raadinta
notice-body-adult =
    Hay'adaha raadintu waxay sawirka ilmaha tusi karaan dad garan kara ilmaha, meelaha uu qoysku joogi karo.
    Dad aan qoyska ahayn ayaa arki kara, sawirkuna wuu aqoonsiiyaa ilmaha.
    Diidmadu ma joojiso raadinta.
notice-withdraw-adult = Waqti kasta waad ka noqon kartaa oggolaanshahaaga, app-ka ama adigoo u sheegaya shaqaalaha kiiska. Laga bilaabo markaas sawirka lama tusi doono; nuqullada horay loo tusay dib looma soo celin karo.
