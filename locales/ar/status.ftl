# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] بدأ ملفك
    [child] تم فتح الملف
   *[adult] تم التسجيل
}
case-stage-tracing = { $band ->
    [young] البحث عن عائلتك
    [child] جارٍ البحث عن عائلتك
   *[adult] البحث عن العائلة
}
case-stage-family-found = { $band ->
    [young] شخص قد يكون من عائلتك
    [child] شخص قد يكون من عائلتك
   *[adult] تم العثور على قريب محتمل
}
case-stage-verifying = { $band ->
    [young] التحقق
    [child] التحقق من صلة القرابة
   *[adult] التحقق
}
case-stage-assessing = { $band ->
    [young] التحقق من أن كل شيء آمن
    [child] تحديد ما هو الأفضل لك
   *[adult] التقييم
}
case-stage-planning-reunification = { $band ->
    [young] وضع خطة
    [child] التخطيط لانتقالك إلى عائلتك
   *[adult] التخطيط للمّ الشمل
}
case-stage-reunified = { $band ->
    [young] مع عائلتك
    [child] مع عائلتك من جديد
   *[adult] تم لمّ الشمل
}
case-stage-follow-up = { $band ->
    [young] الاطمئنان عليك
    [child] متابعة أحوالك
   *[adult] المتابعة
}
case-stage-closed = { $band ->
    [young] انتهى العمل
    [child] تم إغلاق الملف
   *[adult] مغلق
}
case-stage-alternative-care = { $band ->
    [young] بيتك في الوقت الحالي
    [child] العيش مع مقدمي رعاية
   *[adult] الرعاية البديلة
}

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
