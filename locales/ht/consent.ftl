# Resi konsantman: ti tèks yon moun resevwa apre chak desizyon konsantman, nan lang li ak
# pou laj li. $band se `young` (0–9), `child` (10–17) oswa `adult`; $title se tit avi a
# (sou ki sa kesyon an te ye); $date se jou a (AAAA-MM-JJ).
# Kreyòl ayisyen (ht): machine draft (Claude), not reviewed by a native speaker.
# caseworker = "responsab dosye", guardian = "gadyen", Stop button = "Sispann".

consent-receipt-given = { $band ->
    [young] Ou di wi pou: { $title }. Si ou chanje lide, di gadyen ou oswa responsab dosye ou.
    [child] Ou di wi pou: { $title } ({ $date }). Ou ka chanje lide nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou.
   *[adult] Konsantman bay: { $title } ({ $date }). Konsantman sa a ka retire nenpòt ki lè nan aplikasyon an oswa atravè responsab dosye a.
}
consent-receipt-refused = { $band ->
    [young] Ou di non pou: { $title }. Sa pa fè anyen. Ou ap toujou jwenn èd.
    [child] Ou di non pou: { $title } ({ $date }). Se ou ki chwazi, e ou ap toujou jwenn tout lòt èd yo.
   *[adult] Konsantman refize: { $title } ({ $date }). Anyen p ap fèt sou baz konsantman sa a, sof si de manm pèsonèl deside sekirite oswa enterè siperyè timoun nan mande sa; yo anrejistre desizyon sa a tou.
}
consent-receipt-withdrawn = { $band ->
    [young] Ou mande pou sispann: { $title }. Sa sispann.
    [child] Ou retire wi ou te bay pou: { $title } ({ $date }). Sa sispann depi moman sa a.
   *[adult] Konsantman retire: { $title } ({ $date }). Sa sispann depi moman sa a; sa ki te fèt anvan pa defèt.
}
consent-receipt-recorded = { $band ->
    [young] Yo ekri yon bagay sou: { $title }. Responsab dosye ou ka esplike ou sa sa vle di.
    [child] Yo anrejistre sa sou: { $title } ({ $date }). Mande responsab dosye ou si ou vle konnen plis.
   *[adult] Anrejistre pou: { $title } ({ $date }).
}
