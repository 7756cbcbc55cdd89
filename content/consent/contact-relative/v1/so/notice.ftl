# Contact with one named relative (the app shows who beside this text). Source: English.
# Never edit a published version: make v2.
# Somali (so): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. See locales/so/STATUS.md.

notice-title-b0to5 = La hadalka qof qoyskaaga ka mid ah
notice-body-b0to5 =
    Qof qoyskaaga ka mid ah ayaa laga yaabaa inuu app-ka kula hadlo.
    Mas'uulkaagu wuxuu ku tusi doonaa qofka uu yahay.
    Waxaad dhihi kartaa haa ama maya. Labaduba waa caadi.
notice-withdraw-b0to5 = Haddii aad rabto inaad joojiso, u sheeg mas'uulkaaga.

notice-title-b6to9 = La hadalka qof qoyskaaga ka mid ah
notice-body-b6to9 =
    Qof qoyskaaga ka mid ah ayaa jeclaan lahaa inuu fariimo kuu soo diro. App-ku wuxuu ku tusayaa qofka uu yahay.
    Shaqaalaha kiiskaagu wuu hubiyay qofka uu yahay.
    Ma rabtaa inaad la hadasho? Waxaad dhihi kartaa haa ama maya.
notice-withdraw-b6to9 = Waqti kasta waad joojin kartaa. Taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b10to12 = Fariimaha adiga iyo qaraabadaada
notice-body-b10to12 =
    Qof qaraabadaada ah ayaa jeclaan lahaa inuu fariin kuu soo diro. App-ku wuxuu ku tusayaa qofka uu yahay.
    Shaqaalaha kiiskaagu wuu hubiyay qofka uu yahay ka hor intaanu ku weydiin.
    Haddii aad haa dhahdo, fariimo waad isu diri kartaan. Cid kale ma akhrin karto, xitaa annaga.
    Waxaad dhihi kartaa haa ama maya. Doorashadu adigaa leh.
notice-withdraw-b10to12 = Waqti kasta waad joojin kartaa. App-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Fariimuhu isla markiiba way istaagayaan.

notice-title-b13to15 = Xiriirka qaraabo
notice-body-b13to15 =
    Qof qaraabadaada ah ayaa jeclaan lahaa inuu kula xiriiro. App-ku wuxuu ku tusayaa qofka uu yahay.
    Shaqaalaha kiiskaagu marka hore wuxuu xaqiijiyay aqoonsiga qofkaas.
    Haddii aad oggolaato, fariimo waad isu diri kartaan. Fariimaha waa la sireeyaa: labadiinna oo keliya ayaa akhrin kara.
    Doorashadu adigaa leh. Waad diidi kartaa, waxaadna beddeli kartaa fikirkaaga goor dambe.
notice-withdraw-b13to15 = Waqti kasta waad joojin kartaa xiriirka: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Isla markiiba wuu istaagayaa.

notice-title-b16to17 = Xiriirka qaraabo
notice-body-b16to17 =
    Qof qaraabadaada ah ayaa jeclaan lahaa inuu kula xiriiro. App-ku wuxuu ku tusayaa qofka uu yahay.
    Shaqaalaha kiiskaagu marka hore wuxuu xaqiijiyay aqoonsiga qofkaas.
    Haddii aad oggolaato, fariimo waad isu diri kartaan. Fariimaha waa la sireeyaa: labadiinna oo keliya ayaa akhrin kara.
    Doorashadu adigaa leh. Waad diidi kartaa, waxaadna beddeli kartaa fikirkaaga goor dambe.
notice-withdraw-b16to17 = Waqti kasta waad joojin kartaa xiriirka: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Isla markiiba wuu istaagayaa.

notice-title-adult = Xiriirka ilmaha iyo qof qaraabo ah
notice-body-adult =
    Qof qaraabo ah, oo lagu muujiyay qoraalkan dhinaciisa, ayaa jeclaan lahaa inuu la xiriiro ilmaha.
    Shaqaalaha kiisku marka hore wuxuu xaqiijiyay aqoonsiga qofka qaraabada ah.
    Haddii aad oggolaato, ilmaha iyo qofka qaraabada ahi fariimo way isu diri karaan. Fariimaha waa la sireeyaa laga bilaabo diraha ilaa qaataha: adeeggu ma akhrin karo.
notice-withdraw-adult = Waqti kasta waad ka noqon kartaa oggolaanshahaaga, app-ka ama adigoo u sheegaya shaqaalaha kiiska. Xiriirku isla markiiba wuu istaagayaa.
