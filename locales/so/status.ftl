# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] Kiiskaagu wuu bilaabmay
    [child] Kiiska waa la furay
   *[adult] La diiwaangeliyay
}
case-stage-tracing = { $band ->
    [young] Raadinta qoyskaaga
    [child] Raadinta qoyskaaga
   *[adult] Raadinta qoyska
}
case-stage-family-found = { $band ->
    [young] Qof baa laga yaabaa inuu qoyskaaga yahay
    [child] Qof baa laga yaabaa inuu qoyskaaga yahay
   *[adult] Waxaa la helay qof laga yaabo inuu qaraabo yahay
}
case-stage-verifying = { $band ->
    [young] Hubin
    [child] Hubinta xiriirka qoyska
   *[adult] Xaqiijin
}
case-stage-assessing = { $band ->
    [young] Hubinta inay nabad tahay
    [child] Go'aaminta waxa adiga kuugu fiican
   *[adult] Qiimayn
}
case-stage-planning-reunification = { $band ->
    [young] Samaynta qorshe
    [child] Qorshaynta u guuritaankaaga qoyskaaga
   *[adult] Qorshaynta isu-keenidda qoyska
}
case-stage-reunified = { $band ->
    [young] Qoyskaaga ayaad la joogtaa
    [child] Dib ugu soo laabasho qoyskaaga
   *[adult] Qoyska waa la isu keenay
}
case-stage-follow-up = { $band ->
    [young] Sidee tahay?
    [child] Sidee wax u socdaan?
   *[adult] La socod
}
case-stage-closed = { $band ->
    [young] Waa la dhammeeyay
    [child] Kiiska waa la xiray
   *[adult] Waa la xiray
}
case-stage-alternative-care = { $band ->
    [young] Guri xilligan ah
    [child] La noolaanshaha daryeelayaal
   *[adult] Daryeel beddel ah
}

status-heading-meaning = { $band ->
    [young] Waxa dhacaya
   *[other] Macnaha arrintan
}
status-heading-next = Waxa xiga
status-heading-can-do = { $band ->
    [young] Waxa aad samayn karto
   *[other] Waxa aad hadda samayn karto
}
status-heading-ask = { $band ->
    [young] Cidda ku caawin karta
   *[other] Cidda aad weydiin karto
}

notification-stage-changed = { $band ->
    [young] Faylkaaga war cusub ayaa ka jira.
    [child] Kiiskaaga war cusub ayaa ka jira.
   *[adult] Kiisku wuxuu u gudbay heer cusub.
}
