# Case data kept beyond the standard period. Source: English. Never edit a published version.
# Somali (so): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. See locales/so/STATUS.md.

notice-title-b0to5 = Kaydinta sheekadaada
notice-body-b0to5 =
    Waxaan kaydinaa waxa aan kaa ognahay inta aan ku caawinayno.
    Waxaan jeclaan lahayn inaan muddo dheeraad ah kaydino, haddii aad u baahato goor dambe.
    Waxaad dhihi kartaa haa ama maya. Labaduba waa caadi.
notice-withdraw-b0to5 = Haddii aad fikirkaaga beddesho, u sheeg mas'uulkaaga.

notice-title-b6to9 = Kaydinta macluumaadkaaga muddo dheeraad ah
notice-body-b6to9 =
    Marka kiiskaagu dhammaado, caadi ahaan waxaan tirtirnaa waxa aan kaa ognahay muddo kadib.
    Waxaan jeclaan lahayn inaan muddo dheeraad ah kaydino, haddii goor dambe adiga ama qoyskaagu aad u baahataan.
    Waxaad dhihi kartaa haa ama maya.
notice-withdraw-b6to9 = Waqti kasta waad beddeli kartaa fikirkaaga. Taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.

notice-title-b10to12 = Kaydinta macluumaadkaaga muddo dheeraad ah
notice-body-b10to12 =
    Marka kiiskaaga la xiro, caadi ahaan waxaan tirtirnaa macluumaadkaaga muddo go'an kadib.
    Waxaan jeclaan lahayn inaan kaydino ilaa shan sano, haddii goor dambe adiga ama qoyskaagu aad u baahataan, tusaale ahaan si aad u muujisaan taariikhda qoyskaaga.
    Waxaad dhihi kartaa haa ama maya.
notice-withdraw-b10to12 = Waqti kasta waad beddeli kartaa fikirkaaga. App-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Markaas waxaan tirtiraynaa waqtiga caadiga ah.

notice-title-b13to15 = Kaydinta macluumaadka kiiskaaga muddo dheeraad ah
notice-body-b13to15 =
    Caadi ahaan macluumaadka kiiskaaga waa la tirtiraa muddo go'an kadib marka kiiskaaga la xiro.
    Waxaan kaa codsanaynaa inaan kaydino ilaa shan sano kadib xiritaanka, si adiga ama qoyskaagu aad u codsan kartaan goor dambe.
    Doorashadu adigaa leh.
notice-withdraw-b13to15 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Markaas macluumaadkaaga waxaa la tirtirayaa waqtiga caadiga ah.

notice-title-b16to17 = Kaydinta macluumaadka kiiskaaga muddo dheeraad ah
notice-body-b16to17 =
    Caadi ahaan macluumaadka kiiskaaga waa la tirtiraa muddo go'an kadib marka kiiskaaga la xiro.
    Waxaan kaa codsanaynaa inaan kaydino ilaa shan sano kadib xiritaanka, si adiga ama qoyskaagu aad u codsan kartaan goor dambe.
    Doorashadu adigaa leh.
notice-withdraw-b16to17 = Waqti kasta waad ka noqon kartaa oggolaanshahaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga. Markaas macluumaadkaaga waxaa la tirtirayaa waqtiga caadiga ah.

notice-title-adult = Kaydinta macluumaadka kiiska ilmaha muddo dheeraad ah
notice-body-adult =
    Caadi ahaan macluumaadka kiiska waa la tirtiraa muddo go'an kadib marka kiiska la xiro (muddada kaydinta).
    Waxaan kaa codsanaynaa inaan kaydino ilaa shan sano kadib xiritaanka, si ilmaha ama qoysku ay u codsan karaan goor dambe.
notice-withdraw-adult = Waqti kasta waad ka noqon kartaa oggolaanshahaaga, app-ka ama adigoo u sheegaya shaqaalaha kiiska. Markaas macluumaadka waxaa la tirtirayaa waqtiga caadiga ah.
