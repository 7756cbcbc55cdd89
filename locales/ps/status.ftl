# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] ستا د دوسیې کار پیل شو
    [child] دوسیه پرانیستل شوه
   *[adult] ثبت
}
case-stage-tracing = { $band ->
    [young] ستا د کورنۍ لټون
    [child] ستا د کورنۍ لټون
   *[adult] د کورنۍ لټون
}
case-stage-family-found = { $band ->
    [young] کېدای شي یو څوک ستا له کورنۍ څخه وي
    [child] کېدای شي یو څوک ستا له کورنۍ څخه وي
   *[adult] یو احتمالي خپلوان پیدا شو
}
case-stage-verifying = { $band ->
    [young] کتنه
    [child] د کورنۍ د خپلوۍ کتنه
   *[adult] تصدیق
}
case-stage-assessing = { $band ->
    [young] ګورو چې هر څه خوندي وي
    [child] معلومول چې ستا لپاره څه غوره دي
   *[adult] ارزونه
}
case-stage-planning-reunification = { $band ->
    [young] پلان جوړول
    [child] خپلې کورنۍ ته د تګ پلان
   *[adult] د بیا یوځای کېدو پلان
}
case-stage-reunified = { $band ->
    [young] له خپلې کورنۍ سره
    [child] بېرته له خپلې کورنۍ سره
   *[adult] له کورنۍ سره بیا یوځای
}
case-stage-follow-up = { $band ->
    [young] ستا د حال پوښتنه
    [child] کارونه څنګه روان دي؟
   *[adult] تعقیب
}
case-stage-closed = { $band ->
    [young] کار پای ته ورسېد
    [child] دوسیه وتړل شوه
   *[adult] دوسیه وتړل شوه
}
case-stage-alternative-care = { $band ->
    [young] د اوس لپاره یو کور
    [child] له پالونکو سره اوسېدل
   *[adult] بدیله پالنه
}

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
