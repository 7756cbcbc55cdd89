# Share case data with tracing partners. Source: English. The notice a person is shown
# before they decide; its exact rendered bytes are hashed and the hash is kept with the
# decision. Never edit a published version: make v2.
# Somali (so): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. See locales/so/STATUS.md.

notice-title-b0to5 = Raadinta qoyskaaga
notice-body-b0to5 =
    Dad qoysaska raadiya ayaa doonaya inay wax kaa ogaadaan.
    Waxay doonayaan magacaaga iyo magacyada qoyskaaga.
    Waxay u isticmaalaan si ay u raadiyaan qoyskaaga.
    Waxaad dhihi kartaa haa ama maya. Labaduba waa caadi.
notice-withdraw-b0to5 = Haddii aad fikirkaaga beddesho, u sheeg mas'uulkaaga.

notice-title-b6to9 = Caawinta raadinta qoyskaaga
notice-body-b6to9 =
    Kooxo qaar ayaa caawiya helitaanka qoysaska. Waxaan jeclaan lahayn inaan wax kaaga sheegno.
    Waxaan u sheegi lahayn magacaaga, magacyada qoyskaaga iyo meeshii ugu dambaysay ee aad ku aragtay.
    Waxay u isticmaalaan oo keliya raadinta qoyskaaga.
    Waxaad dhihi kartaa haa ama maya. Haddii aad maya dhahdo, weli waan ku caawinaynaa.
notice-withdraw-b6to9 = Waqti kasta waad beddeli kartaa fikirkaaga. Taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b10to12 = La wadaagista macluumaadkaaga si loo helo qoyskaaga
notice-body-b10to12 =
    Hay'adaha raadintu waa kooxo caawiya helitaanka qoysaska. Waxaan jeclaan lahayn inaan macluumaadkaaga la wadaagno.
    Waxaan la wadaagi lahayn magacaaga, magacyada qoyskaaga iyo waxa aad noo sheegtay oo ku saabsan meeshii aad ku noolayd.
    Waxay u isticmaalaan oo keliya raadinta qoyskaaga, inta raadintu socoto.
    Waxaad dhihi kartaa haa ama maya. Haddii aad maya dhahdo, ma joojinayno caawintaada.
notice-withdraw-b10to12 = Waqti kasta waad beddeli kartaa fikirkaaga. App-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b13to15 = La wadaagista macluumaadka kiiskaaga iyo hay'adaha raadinta
notice-body-b13to15 =
    Hay'adaha raadintu waa hay'ado raadiya qoysaska. Waxaan kaa codsanaynaa inaan la wadaagno magacaaga, magacyada qoyskaaga iyo taariikhda kiiskaaga.
    Waxay u isticmaali karaan oo keliya raadinta qoyskaaga, iyo oo keliya inta raadintu furan tahay.
    Adigaa go'aansanaya. Haddii aad maya dhahdo, waxaad sii heli doontaa dhammaan caawimaadda kale ee aad hesho.
notice-withdraw-b13to15 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Laga bilaabo xilligaas, wadaagista waan joojinaynaa.

notice-title-b16to17 = La wadaagista macluumaadka kiiskaaga iyo hay'adaha raadinta
notice-body-b16to17 =
    Hay'adaha raadintu waa hay'ado raadiya qoysaska. Waxaan kaa codsanaynaa inaan la wadaagno magacaaga, magacyada qoyskaaga iyo taariikhda kiiskaaga.
    Waxay u isticmaali karaan oo keliya raadinta qoyskaaga, iyo oo keliya inta raadintu furan tahay.
    Adigaa go'aansanaya. Haddii aad maya dhahdo, waxaad sii heli doontaa dhammaan caawimaadda kale ee aad hesho.
notice-withdraw-b16to17 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Laga bilaabo xilligaas, wadaagista waan joojinaynaa. Wixii horay loo wadaagay dib looma soo celin karo.

notice-title-adult = La wadaagista macluumaadka kiiska iyo hay'adaha raadinta
notice-body-adult =
    Hay'adaha raadintu waa hay'ado raadiya qoysaska. Waxaan kaa codsanaynaa inaan la wadaagno magaca ilmaha, magacyada qoyska ilmaha iyo taariikhda kiiska.
    Macluumaadkan waxay u isticmaali karaan oo keliya raadinta qoyska ilmaha, iyo oo keliya inta raadintu furan tahay.
    Diidmadu ma beddesho caawimaadda kale ee ilmaha la siiyo.
notice-withdraw-adult = Waqti kasta waad ka noqon kartaa oggolaanshahaaga, app-ka ama adigoo u sheegaya shaqaalaha kiiska. Wadaagistu waxay istaagaysaa isla xilligaas; wixii horay loo wadaagay dib looma soo celin karo.
