# The reunification plan. Source: English. Promises nothing: plans can change.
# Never edit a published version: make v2.
# Somali (so): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. See locales/so/STATUS.md.

notice-title-b0to5 = Qorshe aad qoyskaaga ula noolaan karto
notice-body-b0to5 =
    Dad waaweyn ayaa diyaarinaya qorshe aad qoyskaaga ula noolaan karto.
    Waxay rabaan inay ogaadaan waxa aad ka fikirayso.
    Waxaad dhihi kartaa haa ama maya. Labaduba waa caadi.
notice-withdraw-b0to5 = Haddii aad fikirkaaga beddesho, u sheeg mas'uulkaaga.

notice-title-b6to9 = Qorshaha aad ugu tagi karto qoyskaaga
notice-body-b6to9 =
    Shaqaalaha kiiskaagu wuxuu diyaarinayaa qorshe aad qoyskaaga ula noolaan karto.
    Ka hor inta aan qorshaha la hirgelin, waxaan rabnaa inaan ogaanno inaad oggoshahay.
    Qorshayaashu way is beddeli karaan. Haddii uu is beddelo, shaqaalaha kiiskaagu wuu kuu sheegayaa.
    Waxaad dhihi kartaa haa ama maya.
notice-withdraw-b6to9 = Waqti kasta waad beddeli kartaa fikirkaaga. Taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b10to12 = Qorshaha isu-keenidda qoyska
notice-body-b10to12 =
    Shaqaalaha kiiskaagu wuxuu diyaarinayaa qorshe aad ugu tagto oo aad ula noolaato qoyskaaga. Qorshuhu wuxuu sheegayaa cidda aad la noolaan lahayd iyo sida u guuristu u dhici lahayd.
    Waxaan ku weydiinaynaa inaad oggoshahay ka hor inta aan la hirgelin.
    Qorshayaashu way is beddeli karaan. Haddii wax is beddelaan, shaqaalaha kiiskaagu wuxuu kuu sharxayaa sababta.
    Waxaad dhihi kartaa haa ama maya. Aragtidaadu waa muhiim go'aanka.
notice-withdraw-b10to12 = Waqti kasta waad beddeli kartaa fikirkaaga. App-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b13to15 = Qorshaha isu-keenidda qoyska
notice-body-b13to15 =
    Shaqaalaha kiiskaagu wuxuu diyaarinayaa qorshe aad qoyskaaga ula noolaan karto: cidda aad la noolaan lahayd, meesha, iyo sida u guuristu u dhici lahayd.
    Waxaan ku weydiinaynaa oggolaanshahaaga ka hor inta aan la hirgelin. Aragtidaadu waa qayb ka mid ah go'aanka.
    Qorshayaashu way is beddeli karaan. Haddii uu is beddelo, shaqaalaha kiiskaagu wuxuu kuu sharxayaa sababta, wuuna ku weydiinayaa mar kale.
notice-withdraw-b13to15 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Markaas qorshaha mar kale ayaa la eegayaa.

notice-title-b16to17 = Qorshaha isu-keenidda qoyska
notice-body-b16to17 =
    Shaqaalaha kiiskaagu wuxuu diyaarinayaa qorshe aad qoyskaaga ula noolaan karto: cidda aad la noolaan lahayd, meesha, iyo sida u guuristu u dhici lahayd.
    Waxaan ku weydiinaynaa oggolaanshahaaga ka hor inta aan la hirgelin. Aragtidaadu waa qayb ka mid ah go'aanka.
    Qorshayaashu way is beddeli karaan. Haddii uu is beddelo, shaqaalaha kiiskaagu wuxuu kuu sharxayaa sababta, wuuna ku weydiinayaa mar kale.
notice-withdraw-b16to17 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Markaas qorshaha mar kale ayaa la eegayaa.

notice-title-adult = Qorshaha isu-keenidda qoyska ilmaha
notice-body-adult =
    Shaqaalaha kiisku wuxuu diyaarinayaa qorshe lagu doonayo in ilmaha iyo qoysku wada noolaadaan: cidda, meesha, iyo sida u guuristu u dhici lahayd.
    Waxaan ku weydiinaynaa oggolaanshahaaga ka hor inta aan la hirgelin. Aragtida ilmaha waa qayb ka mid ah go'aanka.
    Qorshayaashu way is beddeli karaan; haddii uu is beddelo, mar kale ayaa lagu weydiin doonaa.
notice-withdraw-adult = Waqti kasta waad ka noqon kartaa oggolaanshahaaga, app-ka ama adigoo u sheegaya shaqaalaha kiiska. Markaas qorshaha dib ayaa loo eegayaa.
