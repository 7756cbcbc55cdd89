# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = Registered
case-stage-tracing = Tracing
case-stage-family-found = Family found
case-stage-verifying = Verifying
case-stage-assessing = Assessing
case-stage-planning-reunification = Planning reunification
case-stage-reunified = Reunified
case-stage-follow-up = Follow-up
case-stage-closed = Closed
case-stage-alternative-care = Alternative care

status-heading-meaning = { $band ->
    [young] What is happening
   *[other] What this means
}
status-heading-next = What happens next
status-heading-can-do = { $band ->
    [young] What you can do
   *[other] What you can do now
}
status-heading-ask = { $band ->
    [young] Who can help
   *[other] Who to ask
}

notification-stage-changed = { $band ->
    [young] There is news about your file.
    [child] There is news about your case.
   *[adult] The case has moved to a new stage.
}
