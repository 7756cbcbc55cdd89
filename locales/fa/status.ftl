# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = ثبت شده
case-stage-tracing = جست‌وجوی خانواده
case-stage-family-found = خانواده پیدا شد
case-stage-verifying = بررسی و تأیید
case-stage-assessing = ارزیابی
case-stage-planning-reunification = پلان یکجا شدن با خانواده
case-stage-reunified = با خانواده یکجا شد
case-stage-follow-up = پیگیری
case-stage-closed = بسته شده
case-stage-alternative-care = مراقبت بدیل

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
