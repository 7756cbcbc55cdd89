# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = La diiwaangeliyay
case-stage-tracing = Raadinta qoyska
case-stage-family-found = Qoyska waa la helay
case-stage-verifying = Xaqiijin
case-stage-assessing = Qiimayn
case-stage-planning-reunification = Qorshaynta isu-keenidda qoyska
case-stage-reunified = Qoyska waa la isu keenay
case-stage-follow-up = La socod
case-stage-closed = Waa la xiray
case-stage-alternative-care = Daryeel beddel ah

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
