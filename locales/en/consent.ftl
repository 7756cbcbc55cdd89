# Consent receipts: the short text a person gets after each consent decision, in their
# language and at their age band. $band is `young` (0–9), `child` (10–17) or `adult`;
# $title is the notice's title (what the question was about); $date is the day (YYYY-MM-DD).

consent-receipt-given = { $band ->
    [young] You said yes to: { $title }. If you change your mind, tell your guardian or caseworker.
    [child] You said yes to: { $title } ({ $date }). You can change your mind any time: tap Stop in the app, or tell your caseworker.
   *[adult] Consent given: { $title } ({ $date }). It can be withdrawn at any time in the app or through the caseworker.
}
consent-receipt-refused = { $band ->
    [young] You said no to: { $title }. That is OK. You still get help.
    [child] You said no to: { $title } ({ $date }). That is your choice, and you still get all the other help.
   *[adult] Consent refused: { $title } ({ $date }). It is not acted on unless two staff members decide that the child's safety or best interests require it; that decision is recorded too.
}
consent-receipt-withdrawn = { $band ->
    [young] You said stop to: { $title }. It has stopped.
    [child] You took back your yes to: { $title } ({ $date }). It stopped from that moment.
   *[adult] Consent withdrawn: { $title } ({ $date }). It stopped from that moment; what was done before is not undone.
}
consent-receipt-recorded = { $band ->
    [young] Something was written down about: { $title }. Your caseworker can tell you what it means.
    [child] This was recorded about: { $title } ({ $date }). Ask your caseworker if you want to know more.
   *[adult] Recorded for: { $title } ({ $date }).
}
