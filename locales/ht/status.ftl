# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = Anrejistre
case-stage-tracing = Rechèch fanmi
case-stage-family-found = Yo jwenn fanmi
case-stage-verifying = Verifikasyon
case-stage-assessing = Evalyasyon
case-stage-planning-reunification = Preparasyon pou rejwenn fanmi
case-stage-reunified = Ansanm ak fanmi ankò
case-stage-follow-up = Swivi
case-stage-closed = Fèmen
case-stage-alternative-care = Swen altènatif

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
