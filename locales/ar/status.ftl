# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = تم التسجيل
case-stage-tracing = البحث عن العائلة
case-stage-family-found = تم العثور على العائلة
case-stage-verifying = التحقق
case-stage-assessing = التقييم
case-stage-planning-reunification = التخطيط للمّ الشمل
case-stage-reunified = تم لمّ الشمل
case-stage-follow-up = المتابعة
case-stage-closed = مغلق
case-stage-alternative-care = الرعاية البديلة

status-heading-meaning = { $band ->
    [young] ما الذي يحدث
   *[other] ماذا يعني هذا
}
status-heading-next = ماذا سيحدث بعد ذلك
status-heading-can-do = { $band ->
    [young] ما يمكنك فعله
   *[other] ما يمكنك فعله الآن
}
status-heading-ask = { $band ->
    [young] من يستطيع مساعدتك
   *[other] من يمكنك سؤاله
}

notification-stage-changed = { $band ->
    [young] هناك خبر جديد عن ملفك.
    [child] هناك خبر جديد في ملفك.
   *[adult] انتقل الملف إلى مرحلة جديدة.
}
