# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = ثبت
case-stage-tracing = د کورنۍ لټون
case-stage-family-found = کورنۍ پیدا شوه
case-stage-verifying = تصدیق
case-stage-assessing = ارزونه
case-stage-planning-reunification = د بیا یوځای کېدو پلان
case-stage-reunified = له کورنۍ سره بیا یوځای
case-stage-follow-up = تعقیب
case-stage-closed = دوسیه وتړل شوه
case-stage-alternative-care = بدیله پالنه

status-heading-meaning = { $band ->
    [young] څه پېښېږي
   *[other] د دې مانا څه ده
}
status-heading-next = وروسته به څه کېږي
status-heading-can-do = { $band ->
    [young] ته څه کولای شې
   *[other] اوس څه کولای شئ
}
status-heading-ask = { $band ->
    [young] څوک مرسته کولای شي
   *[other] له چا وپوښتئ
}

notification-stage-changed = { $band ->
    [young] ستا د دوسیې په اړه یو نوی خبر دی.
    [child] ستا د دوسیې په اړه نوی خبر دی.
   *[adult] دوسیه یو نوي پړاو ته ورسېده.
}
