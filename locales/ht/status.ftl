# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] Dosye ou kòmanse
    [child] Dosye louvri
   *[adult] Anrejistre
}
case-stage-tracing = { $band ->
    [young] Y ap chèche fanmi ou
    [child] Y ap chèche fanmi ou
   *[adult] Rechèch fanmi
}
case-stage-family-found = { $band ->
    [young] Yon moun ka fanmi ou
    [child] Yon moun ka fanmi ou
   *[adult] Yo jwenn yon moun ki ka fanmi timoun nan
}
case-stage-verifying = { $band ->
    [young] Y ap tcheke
    [child] Y ap tcheke lyen fanmi an
   *[adult] Verifikasyon
}
case-stage-assessing = { $band ->
    [young] Y ap veye pou ou an sekirite
    [child] Y ap deside sa ki pi bon pou ou
   *[adult] Evalyasyon
}
case-stage-planning-reunification = { $band ->
    [young] Y ap fè yon plan
    [child] Plan pou ou rejwenn fanmi ou
   *[adult] Preparasyon pou rejwenn fanmi
}
case-stage-reunified = { $band ->
    [young] Ansanm ak fanmi ou
    [child] Ansanm ak fanmi ou ankò
   *[adult] Ansanm ak fanmi ankò
}
case-stage-follow-up = { $band ->
    [young] Y ap vin wè kijan ou ye
    [child] Y ap gade kijan bagay yo ap mache
   *[adult] Swivi
}
case-stage-closed = { $band ->
    [young] Fini
    [child] Dosye fèmen
   *[adult] Fèmen
}
case-stage-alternative-care = { $band ->
    [young] Yon kay pou kounye a
    [child] Viv ak moun k ap okipe ou
   *[adult] Swen altènatif
}

status-heading-meaning = { $band ->
    [young] Sa k ap pase
   *[other] Sa sa vle di
}
status-heading-next = Sa k ap pase apre
status-heading-can-do = { $band ->
    [young] Sa ou ka fè
   *[other] Sa ou ka fè kounye a
}
status-heading-ask = { $band ->
    [young] Kiyès ki ka ede ou
   *[other] Kiyès pou ou mande
}

notification-stage-changed = { $band ->
    [young] Gen nouvèl sou dosye ou.
    [child] Gen nouvèl sou dosye ou.
   *[adult] Dosye a pase nan yon nouvo etap.
}
