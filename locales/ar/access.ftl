# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.
# Arabic: the staff member's gender is not known, and an Arabic verb after $name must agree
# with it. To avoid calling a woman "he", entries use a log style: "$name: <verbal noun>".

role-caseworker = أخصائي اجتماعي
role-guardian = وصي
role-legal-representative = ممثل قانوني
role-supervisor = مشرف
role-admin = مسؤول النظام
role-complaint-handler = مسؤول الشكاوى
role-child = طفل
role-family = فرد من العائلة

access-case-create = { $band ->
    [young] { $name }: بدء ملفك.
    [child] { $name } ({ $role }): فتح ملفك.
   *[adult] { $name } ({ $role }): فتح الملف.
}
access-case-view = { $band ->
    [young] { $name }: النظر في ملفك.
    [child] { $name } ({ $role }): الاطلاع على ملفك.
   *[adult] { $name } ({ $role }): الاطلاع على الملف.
}
access-case-members-view = { $band ->
    [young] { $name }: النظر في قائمة من يساعدونك.
    [child] { $name } ({ $role }): الاطلاع على قائمة الأشخاص في ملفك.
   *[adult] { $name } ({ $role }): الاطلاع على الأشخاص المشاركين في الملف.
}
access-case-invite = { $band ->
    [young] { $name }: دعوة شخص جديد للانضمام.
    [child] { $name } ({ $role }): دعوة شخص إلى ملفك.
   *[adult] { $name } ({ $role }): دعوة شخص إلى الملف.
}
access-case-staff-assign = { $band ->
    [young] { $name }: دعوة مساعد جديد للانضمام.
    [child] { $name } ({ $role }): إضافة موظف إلى ملفك.
   *[adult] { $name } ({ $role }): تعيين موظف في الملف.
}
access-case-stage-change = { $band ->
    [young] { $name }: نقل ملفك إلى الخطوة التالية.
    [child] { $name } ({ $role }): تغيير الخطوة التي وصل إليها ملفك.
   *[adult] { $name } ({ $role }): تغيير مرحلة الملف.
}
access-case-contact-rules-view = { $band ->
    [young] { $name }: النظر في من يستطيع التحدث معك.
    [child] { $name } ({ $role }): الاطلاع على من يُسمح له بالتواصل معك.
   *[adult] { $name } ({ $role }): الاطلاع على قواعد التواصل.
}
access-case-contact-rule-set = { $band ->
    [young] { $name }: تغيير من يستطيع التحدث معك.
    [child] { $name } ({ $role }): تغيير من يُسمح له بالتواصل معك.
   *[adult] { $name } ({ $role }): تغيير قاعدة تواصل.
}
access-case-link = { $band ->
    [young] { $name }: ربط ملفك بملف أخيك أو أختك.
    [child] { $name } ({ $role }): ربط ملفك بملف أخ أو أخت لك.
   *[adult] { $name } ({ $role }): ربط الملف بملف أخ أو أخت للطفل.
}
access-case-member-code-reissue = { $band ->
    [young] { $name }: صنع رمز جديد لهاتف.
    [child] { $name } ({ $role }): إنشاء رمز دخول جديد لشخص في ملفك.
   *[adult] { $name } ({ $role }): إصدار رمز تسجيل جديد لأحد المشاركين.
}
access-case-access-log-view = { $band ->
    [young] { $name }: النظر في هذه القائمة.
    [child] { $name } ({ $role }): الاطلاع على هذه القائمة التي تبيّن من رأى ملفك.
   *[adult] { $name } ({ $role }): الاطلاع على سجل الوصول هذا.
}
access-case-export = { $band ->
    [young] { $name }: صنع نسخة من ملفك.
    [child] { $name } ({ $role }): صنع نسخة من ملفك لإرسالها.
   *[adult] { $name } ({ $role }): تصدير الملف.
}
access-other = { $band ->
    [young] { $name }: عمل شيء في ملفك.
    [child] { $name } ({ $role }): إجراء في ملفك.
   *[adult] { $name } ({ $role }): إجراء على الملف.
}
access-someone = شخص من الفريق
