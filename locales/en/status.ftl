# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] Your case has started
    [child] Case opened
   *[adult] Registered
}
case-stage-tracing = { $band ->
    [young] Looking for your family
    [child] Searching for your family
   *[adult] Tracing
}
case-stage-family-found = { $band ->
    [young] Someone may be your family
    [child] Someone may be your family
   *[adult] Possible relative found
}
case-stage-verifying = { $band ->
    [young] Checking
    [child] Checking the family link
   *[adult] Verifying
}
case-stage-assessing = { $band ->
    [young] Making sure it is safe
    [child] Deciding what is best for you
   *[adult] Assessing
}
case-stage-planning-reunification = { $band ->
    [young] Making a plan
    [child] Planning your move to your family
   *[adult] Planning reunification
}
case-stage-reunified = { $band ->
    [young] With your family
    [child] Back with your family
   *[adult] Reunified
}
case-stage-follow-up = { $band ->
    [young] Seeing how you are
    [child] Seeing how things are going
   *[adult] Follow-up
}
case-stage-closed = { $band ->
    [young] Finished
    [child] Case closed
   *[adult] Closed
}
case-stage-alternative-care = { $band ->
    [young] A home for now
    [child] Living with carers
   *[adult] Alternative care
}

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
