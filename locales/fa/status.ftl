# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] پرونده‌ات شروع شد
    [child] پرونده باز شد
   *[adult] ثبت شده
}
case-stage-tracing = { $band ->
    [young] جست‌وجوی خانواده‌ات
    [child] جست‌وجوی خانوادهٔ شما
   *[adult] جست‌وجوی خانواده
}
case-stage-family-found = { $band ->
    [young] شاید کسی از خانواده‌ات باشد
    [child] شاید کسی از خانوادهٔ شما باشد
   *[adult] شاید یک خویشاوند طفل پیدا شده
}
case-stage-verifying = { $band ->
    [young] بررسی کردن
    [child] بررسی رابطهٔ خانوادگی
   *[adult] بررسی و تأیید
}
case-stage-assessing = { $band ->
    [young] بررسی اینکه همه چیز امن است
    [child] تصمیم دربارهٔ بهترین کار برای شما
   *[adult] ارزیابی
}
case-stage-planning-reunification = { $band ->
    [young] ساختن یک پلان
    [child] پلان رفتن شما پیش خانواده‌تان
   *[adult] پلان یکجا شدن با خانواده
}
case-stage-reunified = { $band ->
    [young] با خانواده‌ات
    [child] دوباره با خانواده‌تان
   *[adult] با خانواده یکجا شد
}
case-stage-follow-up = { $band ->
    [young] احوال‌پرسی
    [child] دیدن اینکه کارها چطور پیش می‌رود
   *[adult] پیگیری
}
case-stage-closed = { $band ->
    [young] تمام شد
    [child] پرونده بسته شد
   *[adult] بسته شده
}
case-stage-alternative-care = { $band ->
    [young] یک خانه برای حالا
    [child] زندگی با مراقبان
   *[adult] مراقبت بدیل
}

status-heading-meaning = { $band ->
    [young] چه خبر است
   *[other] این یعنی چه
}
status-heading-next = بعد از این چه می‌شود
status-heading-can-do = { $band ->
    [young] کاری که می‌توانی بکنی
   *[other] کاری که حالا می‌توانید بکنید
}
status-heading-ask = { $band ->
    [young] چه کسی می‌تواند کمک کند
   *[other] از چه کسی بپرسید
}

notification-stage-changed = { $band ->
    [young] دربارهٔ پرونده‌ات یک خبر نو آمده است.
    [child] دربارهٔ پروندهٔ شما یک خبر نو آمده است.
   *[adult] پرونده به یک مرحلهٔ نو رسیده است.
}
