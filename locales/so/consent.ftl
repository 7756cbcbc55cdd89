# Consent receipts: the short text a person gets after each consent decision, in their
# language and at their age band. $band is `young` (0–9), `child` (10–17) or `adult`;
# $title is the notice's title (what the question was about); $date is the day (YYYY-MM-DD).
# Somali (so): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. See locales/so/STATUS.md.

consent-receipt-given = { $band ->
    [young] Haa ayaad ku jawaabtay: { $title }. Haddii aad fikirkaaga beddesho, u sheeg mas'uulkaaga ama shaqaalaha kiiskaaga.
    [child] Haa ayaad ku jawaabtay: { $title } ({ $date }). Waqti kasta waad beddeli kartaa fikirkaaga: app-ka ku taabo "Jooji", ama u sheeg shaqaalaha kiiskaaga.
   *[adult] Oggolaansho waa la bixiyay: { $title } ({ $date }). Waqti kasta waad ka noqon kartaa, app-ka ama adigoo u sheegaya shaqaalaha kiiska.
}
consent-receipt-refused = { $band ->
    [young] Maya ayaad ku jawaabtay: { $title }. Taasi waa caadi. Weli waa lagu caawinayaa.
    [child] Maya ayaad ku jawaabtay: { $title } ({ $date }). Doorashadu adigaa leh, weli waxaad helaysaa caawimaadda kale oo dhan.
   *[adult] Oggolaansho waa la diiday: { $title } ({ $date }). Waxba laguma samayn doono oggolaanshahan, marka laga reebo haddii laba shaqaale ay go'aansadaan in taasi lagama maarmaan u tahay ammaanka ama danta ugu wanaagsan ee ilmaha; go'aankaas sidoo kale waa la diiwaangeliyaa.
}
consent-receipt-withdrawn = { $band ->
    [young] Waxaad tiri "jooji": { $title }. Wuu istaagay.
    [child] Waad ka noqotay "haa"-dii aad tiri: { $title } ({ $date }). Laga bilaabo waqtigaas wuu istaagay.
   *[adult] Oggolaanshaha waa laga noqday: { $title } ({ $date }). Laga bilaabo waqtigaas wuu istaagay; wixii horay loo sameeyay lama tirtirayo.
}
consent-receipt-recorded = { $band ->
    [young] Wax ayaa laga qoray: { $title }. Shaqaalaha kiiskaagu wuu kuu sheegi karaa waxa ay ka dhigan tahay.
    [child] Wax ayaa laga diiwaangeliyay: { $title } ({ $date }). Haddii aad rabto inaad wax badan ka ogaato, weydii shaqaalaha kiiskaaga.
   *[adult] Waa la diiwaangeliyay: { $title } ({ $date }).
}
