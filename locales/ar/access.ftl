# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.
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
access-case-status-view = { $band ->
    [young] { $name }: النظر في المكان الذي وصل إليه ملفك.
    [child] { $name } ({ $role }): الاطلاع على الخطوة التي وصل إليها ملفك.
   *[adult] { $name } ({ $role }): الاطلاع على حالة الملف.
}
access-case-stage-correct = { $band ->
    [young] { $name }: تصحيح الخطوة التي وصل إليها ملفك.
    [child] { $name } ({ $role }): تصحيح الخطوة التي وصل إليها ملفك.
   *[adult] { $name } ({ $role }): تصحيح مرحلة الملف.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name }: تقديم طلب لتصحيح الخطوة التي وصل إليها ملفك. يجب أن يوافق شخص آخر أولًا.
    [child] { $name } ({ $role }): تقديم طلب لتصحيح الخطوة التي وصل إليها ملفك. يجب أن يوافق مشرف ثانٍ أولًا.
   *[adult] { $name } ({ $role }): اقتراح تصحيح لمرحلة الملف، بانتظار موافقة مشرف ثانٍ.
}
access-case-stage-correct-withdraw = { $band ->
    [young] أُوقف طلب لتصحيح الخطوة التي وصل إليها ملفك. لم يتغير أي شيء.
    [child] { $name } ({ $role }): إغلاق طلب لتصحيح الخطوة التي وصل إليها ملفك. لم يتغير أي شيء.
   *[adult] { $name } ({ $role }): إغلاق اقتراح لتصحيح المرحلة. لم تتغير مرحلة الملف.
}
access-stage-corrections-list = { $band ->
    [young] { $name }: النظر في قائمة الخطوات التي تنتظر التصحيح.
    [child] { $name } ({ $role }): الاطلاع على قائمة التصحيحات التي تنتظر الموافقة.
   *[adult] { $name } ({ $role }): الاطلاع على تصحيحات المراحل التي تنتظر الموافقة.
}
access-case-access-refused = { $band ->
    [young] { $name }: محاولة لفتح ملفك. لم يُسمح بذلك، لذلك لم يُعرض أي شيء.
    [child] { $name } ({ $role }): محاولة لفتح ملفك، ولم يُسمح بذلك. لم يُعرض أي شيء.
   *[adult] { $name } ({ $role }): محاولة للوصول إلى معلومات الملف، وقد رُفضت. لم يُعرض أي شيء ولم يتغير أي شيء.
}
access-case-member-remove = { $band ->
    [young] { $name }: إخراج شخص من ملفك.
    [child] { $name } ({ $role }): إخراج شخص من ملفك.
   *[adult] { $name } ({ $role }): إزالة شخص من الملف.
}
access-cases-list = { $band ->
    [young] { $name }: النظر في قائمة ملفات العمل.
    [child] { $name } ({ $role }): الاطلاع على قائمة ملفات العمل.
   *[adult] { $name } ({ $role }): عرض قائمة ملفات العمل.
}
access-metrics-stages-view = { $band ->
    [young] { $name }: النظر في أرقام عن ملفات كثيرة.
    [child] { $name } ({ $role }): الاطلاع على أرقام عن كل الملفات، بدون أسماء.
   *[adult] { $name } ({ $role }): الاطلاع على أعداد المراحل في جميع الملفات.
}
access-staff-create = { $band ->
    [young] { $name }: إضافة مساعد جديد.
    [child] { $name } ({ $role }): إنشاء حساب لموظف.
   *[adult] { $name } ({ $role }): إنشاء حساب موظف.
}
access-staff-code-reissue = { $band ->
    [young] { $name }: صنع رمز جديد لهاتف أحد المساعدين.
    [child] { $name } ({ $role }): إنشاء رمز دخول جديد لموظف.
   *[adult] { $name } ({ $role }): إصدار رمز تسجيل جديد لحساب موظف.
}
access-staff-supervisor-set = { $band ->
    [young] { $name }: كتابة من هو مدير أحد المساعدين.
    [child] { $name } ({ $role }): تسجيل من يشرف على موظف.
   *[adult] { $name } ({ $role }): تسجيل من يشرف على حساب موظف.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] أُضيف هاتف جديد إلى حسابك. رمز هذا الهاتف من { $name }.
        [child] أُضيف هاتف جديد إلى حسابك، برمز من { $name } ({ $role }).
       *[adult] تم تسجيل جهاز جديد في حسابك، برمز تسجيل صادر عن { $name } ({ $role }).
    }
    [child] { $band ->
        [young] أُضيف هاتف جديد إلى حساب الطفل. رمز هذا الهاتف من { $name }.
        [child] أُضيف هاتف جديد إلى حساب الطفل، برمز من { $name } ({ $role }).
       *[adult] تم تسجيل جهاز جديد في حساب الطفل، برمز تسجيل صادر عن { $name } ({ $role }).
    }
   *[other] { $band ->
        [young] أُضيف هاتف جديد لشخص في ملفك. رمز هذا الهاتف من { $name }.
        [child] أُضيف هاتف جديد لشخص في ملفك، برمز من { $name } ({ $role }).
       *[adult] تم تسجيل جهاز جديد لأحد المشاركين في الملف، برمز تسجيل صادر عن { $name } ({ $role }).
    }
}
access-account-preferences-update = { $band ->
    [young] { $name }: تغيير اللغة التي يستعملها التطبيق في حساب العمل.
    [child] { $name } ({ $role }): تغيير إعدادات اللغة في حساب العمل.
   *[adult] { $name } ({ $role }): تحديث تفضيلات اللغة في حساب العمل.
}
access-account-export = { $band ->
    [young] { $name }: صنع نسخة من معلومات حساب العمل.
    [child] { $name } ({ $role }): تنزيل نسخة من معلومات حساب العمل.
   *[adult] { $name } ({ $role }): تصدير بيانات حساب العمل.
}
access-devices-list = { $band ->
    [young] { $name }: النظر في هواتف أحد الحسابات.
    [child] { $name } ({ $role }): الاطلاع على الهواتف التي يستعملها أحد الحسابات.
   *[adult] { $name } ({ $role }): عرض أجهزة أحد الحسابات.
}
access-device-revoke = { $band ->
    [young] { $name }: فصل هاتف.
    [child] { $name } ({ $role }): إزالة هاتف من أحد الحسابات.
   *[adult] { $name } ({ $role }): إلغاء صلاحية جهاز.
}
access-keys-upload = { $band ->
    [young] { $name }: تجهيز هاتف للرسائل الخاصة.
    [child] { $name } ({ $role }): مشاركة مفاتيح جديدة للرسائل الخاصة.
   *[adult] { $name } ({ $role }): رفع مفاتيح تشفير جديدة.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name }: الاستعداد لإرسال رسالة خاصة.
    [child] { $name } ({ $role }): الحصول على المفاتيح لبدء محادثة خاصة.
   *[adult] { $name } ({ $role }): جلب مفاتيح التشفير لبدء محادثة.
}
access-sealed-access-key-set = { $band ->
    [young] { $name }: صنع مفتاح جديد للرسائل الخاصة.
    [child] { $name } ({ $role }): وضع مفتاح جديد للرسائل الخاصة.
   *[adult] { $name } ({ $role }): تعيين مفتاح وصول جديد لإخفاء المرسل (sealed sender).
}
access-audit-verify = { $band ->
    [young] { $name }: التأكد من أن قائمة «من فعل ماذا» في أمان.
    [child] { $name } ({ $role }): التأكد من أن سجل «من فعل ماذا» لم يتغير.
   *[adult] { $name } ({ $role }): التحقق من سجل التدقيق.
}
access-retention-run = { $band ->
    [young] حُذفت معلومات قديمة، كما تقول القواعد.
    [child] حُذفت معلومات قديمة، كما تقول القواعد.
   *[adult] حذفت مهمة الاحتفاظ بالبيانات البيانات التي انتهت مدة حفظها.
}
access-retention-dry-run = { $band ->
    [young] تحقق شخص ما من المعلومات القديمة التي يمكن حذفها. لم يُحذف أي شيء.
    [child] تحقق شخص ما من المعلومات القديمة التي يمكن حذفها. لم يُحذف أي شيء.
   *[adult] أحصى تشغيل تجريبي لمهمة الاحتفاظ بالبيانات البيانات المستحقة للحذف. لم يُحذف أي شيء.
}
access-server-start = { $band ->
    [young] بدأ حاسوب Kinbridge العمل.
    [child] بدأ خادم Kinbridge العمل.
   *[adult] بدأ الخادم العمل.
}
access-other = { $band ->
    [young] { $name }: عمل شيء في ملفك.
    [child] { $name } ({ $role }): إجراء في ملفك.
   *[adult] { $name } ({ $role }): إجراء على الملف.
}
access-someone = شخص من الفريق
access-consent-age-set = { $band ->
    [young] { $name }: كتابة عمرك.
    [child] { $name } ({ $role }): تسجيل عمرك.
   *[adult] { $name } ({ $role }): تسجيل عمر الطفل.
}
access-consent-decide = { $band ->
    [young] { $name }: الإجابة بنعم أو لا عن سؤال يخصك.
    [child] { $name } ({ $role }): تسجيل جواب «نعم» أو «لا» عن سؤال موافقة.
   *[adult] { $name } ({ $role }): تسجيل قرار موافقة.
}
access-consent-withdraw = { $band ->
    [young] { $name }: إيقاف شيء تمت الموافقة عليه من قبل.
    [child] { $name } ({ $role }): سحب موافقة.
   *[adult] { $name } ({ $role }): سحب موافقة.
}
access-consent-list = { $band ->
    [young] { $name }: النظر في ما تمت الموافقة عليه بشأنك.
    [child] { $name } ({ $role }): الاطلاع على موافقاتك.
   *[adult] { $name } ({ $role }): الاطلاع على الموافقات.
}
access-consent-override-request = { $band ->
    [young] { $name }: طلب المضي قدمًا بدون «نعم»، للحفاظ على سلامتك.
    [child] { $name } ({ $role }): طلب المضي قدمًا بدون موافقة، من أجل سلامتك.
   *[adult] { $name } ({ $role }): طلب تجاوز قرار موافقة، حفاظًا على المصلحة الفضلى للطفل.
}
access-consent-override-approve = { $band ->
    [young] { $name }: الموافقة على المضي قدمًا بدون «نعم»، للحفاظ على سلامتك.
    [child] { $name } ({ $role }): اعتماد المضي قدمًا بدون موافقة، من أجل سلامتك.
   *[adult] { $name } ({ $role }): اعتماد تجاوز قرار موافقة.
}
access-consent-request = { $band ->
    [young] { $name }: سؤالك عن موافقتك على شيء ما.
    [child] { $name } ({ $role }): طلب موافقتك.
   *[adult] { $name } ({ $role }): طلب موافقة.
}
access-view-request = { $band ->
    [young] { $name }: سؤالك عن رأيك.
    [child] { $name } ({ $role }): طلب رأيك في قرار.
   *[adult] { $name } ({ $role }): طلب رأي الطفل في قرار.
}
access-view-give = { $band ->
    [young] { $name }: المشاركة بالرأي.
    [child] { $name } ({ $role }): إبداء الرأي في قرار.
   *[adult] { $name } ({ $role }): إبداء رأي في قرار.
}
access-views-list = { $band ->
    [young] { $name }: النظر في مَن شارك برأيه.
    [child] { $name } ({ $role }): الاطلاع على مَن أبدى رأيه.
   *[adult] { $name } ({ $role }): الاطلاع على الآراء التي طُلبت والآراء التي أُبديت.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name }: تقديم شكوى.
    [child] { $name } ({ $role }): تقديم شكوى.
   *[adult] { $name } ({ $role }): تقديم شكوى.
}
access-complaint-read = { $band ->
    [young] { $name }: قراءة شكوى برقم الإيصال الخاص بها.
    [child] { $name } ({ $role }): قراءة شكوى برقم الإيصال الخاص بها.
   *[adult] { $name } ({ $role }): قراءة شكوى برقم الإيصال الخاص بها.
}
access-complaint-follow-up = { $band ->
    [young] { $name }: إضافة شيء إلى شكوى برقم الإيصال الخاص بها.
    [child] { $name } ({ $role }): إضافة شيء إلى شكوى برقم الإيصال الخاص بها.
   *[adult] { $name } ({ $role }): إضافة معلومات إلى شكوى برقم الإيصال الخاص بها.
}
access-complaints-list = { $band ->
    [young] { $name }: النظر في قائمة الشكاوى.
    [child] { $name } ({ $role }): الاطلاع على قائمة الشكاوى.
   *[adult] { $name } ({ $role }): الاطلاع على قائمة الشكاوى المنتظرة.
}
access-complaint-view = { $band ->
    [young] { $name }: النظر في شكوى.
    [child] { $name } ({ $role }): فتح شكوى.
   *[adult] { $name } ({ $role }): فتح شكوى.
}
access-complaint-acknowledge = { $band ->
    [young] { $name }: تأكيد قراءة شكوى.
    [child] { $name } ({ $role }): تأكيد استلام شكوى.
   *[adult] { $name } ({ $role }): تأكيد استلام شكوى.
}
access-complaint-status-change = { $band ->
    [young] { $name }: تغيير وضع شكوى.
    [child] { $name } ({ $role }): تغيير حالة شكوى.
   *[adult] { $name } ({ $role }): تغيير حالة شكوى.
}
access-complaint-reply = { $band ->
    [young] { $name }: الكتابة عن شكوى.
    [child] { $name } ({ $role }): كتابة رد أو ملاحظة على شكوى.
   *[adult] { $name } ({ $role }): كتابة رد أو ملاحظة داخلية على شكوى.
}
access-complaint-triage = { $band ->
    [young] { $name }: ترتيب شكوى.
    [child] { $name } ({ $role }): فرز شكوى (مَن يتولاها، والتصنيفات).
   *[adult] { $name } ({ $role }): فرز شكوى.
}
access-complaint-keys-share = { $band ->
    [young] { $name }: السماح لهاتف جديد من فريق الشكاوى بقراءة شكوى.
    [child] { $name } ({ $role }): السماح لهاتف جديد من فريق الشكاوى بقراءة شكوى.
   *[adult] { $name } ({ $role }): مشاركة مفتاح شكوى مع جهاز تابع لفريق الشكاوى انضم لاحقًا.
}
access-complaint-escalate = { $band ->
    [young] أُرسلت شكوى عاجلة إلى أشخاص أكثر.
    [child] أُرسلت شكوى عاجلة إلى المناوبين التاليين.
   *[adult] صُعّدت شكوى عاجلة لم يُؤكَّد استلامها إلى مستوى المناوبة التالي.
}
access-complaint-deadline-warn = { $band ->
    [young] شكوى تنتظر منذ وقت طويل جدًا.
    [child] اقترب موعد الرد على شكوى، أو فات.
   *[adult] بلغت مهلة إحدى الشكاوى ثمانين بالمئة من مدتها، أو انقضت.
}
access-complaint-identity-request = { $band ->
    [young] { $name }: السؤال عمّن قدّم شكوى.
    [child] { $name } ({ $role }): طلب معرفة مَن قدّم شكوى.
   *[adult] { $name } ({ $role }): طلب هوية مقدّم شكوى.
}
access-complaint-identity-decide = { $band ->
    [young] { $name }: القرار بشأن مَن يمكنه معرفة مَن قدّم شكوى.
    [child] { $name } ({ $role }): البت في طلب لمعرفة مَن قدّم شكوى.
   *[adult] { $name } ({ $role }): البت في طلب كشف هوية.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name }: معرفة مَن قدّم شكوى.
    [child] { $name } ({ $role }): معرفة مَن قدّم شكوى، بعد الموافقة.
   *[adult] { $name } ({ $role }): الاطلاع على هوية مقدّم شكوى بعد الموافقة.
}
access-complaint-custodian-set = { $band ->
    [young] { $name }: تغيير مَن يمكنه القرار بشأن الأسماء في الشكاوى.
    [child] { $name } ({ $role }): تغيير مَن لديه صلاحية الأمين على الهويات في الشكاوى.
   *[adult] { $name } ({ $role }): تغيير صلاحية الأمين على الهويات في الشكاوى.
}
access-complaint-on-call-set = { $band ->
    [young] { $name }: تغيير مَن يناوب لاستقبال الشكاوى.
    [child] { $name } ({ $role }): تغيير المناوبة الخاصة بالشكاوى.
   *[adult] { $name } ({ $role }): تغيير مستوى المناوبة الخاص بالشكاوى العاجلة.
}
access-complaint-expiry-warn = { $band ->
    [young] ستُحذف شكوى قديمة قريبًا.
    [child] ستُحذف شكوى مغلقة قريبًا.
   *[adult] حُدّدت شكوى مغلقة للحذف بعد انتهاء فترة التنبيه.
}
access-complaint-delete = { $band ->
    [young] حُذفت شكوى قديمة.
    [child] حُذفت شكوى مغلقة.
   *[adult] حُذفت شكوى مغلقة.
}
access-complaint-metrics-view = { $band ->
    [young] { $name }: النظر في أرقام عن الشكاوى.
    [child] { $name } ({ $role }): الاطلاع على أرقام الشكاوى.
   *[adult] { $name } ({ $role }): الاطلاع على إحصاءات الشكاوى.
}

# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
access-checkin-record = { $band ->
    [young] { $name }: إظهار الشعور.
    [child] { $name } ({ $role }): مشاركة الحال.
   *[adult] { $name } ({ $role }): مشاركة الحال.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name }: اختيار عدد المرات التي يمكنك فيها إظهار شعورك.
    [child] { $name } ({ $role }): تحديد عدد مرات اقتراح مشاركة الحال.
   *[adult] { $name } ({ $role }): تحديد عدد مرات اقتراح مشاركة الحال.
}
access-checkins-list = { $band ->
    [young] { $name }: النظر في الأوقات التي أظهرت فيها شعورك.
    [child] { $name } ({ $role }): الاطلاع على أوقات مشاركة الحال.
   *[adult] { $name } ({ $role }): الاطلاع على أوقات مشاركة الحال.
}
access-help-request = { $band ->
    [young] { $name }: طلب المساعدة الآن.
    [child] { $name } ({ $role }): طلب المساعدة الآن.
   *[adult] { $name } ({ $role }): طلب المساعدة الآن.
}
access-missing-flag = { $band ->
    [young] { $name }: الإبلاغ بعدم معرفة مكانك.
    [child] { $name } ({ $role }): الإبلاغ عن اختفائك.
   *[adult] { $name } ({ $role }): الإبلاغ عن اختفاء الطفل.
}
access-alert-escalate = { $band ->
    [young] تم إبلاغ مساعدين آخرين.
    [child] تم إبلاغ مناوبين آخرين، لأن أحدًا لم يرد بعد.
   *[adult] وصل التنبيه إلى مستوى المناوبة التالي: لم يؤكد أحد استلامه.
}
access-alert-acknowledge = { $band ->
    [young] { $name }: رؤية طلب المساعدة.
    [child] { $name } ({ $role }): رؤية التنبيه وتولّيه.
   *[adult] { $name } ({ $role }): تأكيد استلام التنبيه.
}
access-alert-resolve = { $band ->
    [young] { $name }: إغلاق طلب المساعدة.
    [child] { $name } ({ $role }): إغلاق التنبيه.
   *[adult] { $name } ({ $role }): إغلاق التنبيه بعد معالجته.
}
access-alert-list = { $band ->
    [young] { $name }: النظر في طلبات المساعدة.
    [child] { $name } ({ $role }): الاطلاع على التنبيهات المفتوحة.
   *[adult] { $name } ({ $role }): الاطلاع على التنبيهات المفتوحة.
}
access-alert-metrics = { $band ->
    [young] { $name }: النظر في أرقام عن طلبات المساعدة.
    [child] { $name } ({ $role }): الاطلاع على أرقام التنبيهات (بدون أسماء).
   *[adult] { $name } ({ $role }): الاطلاع على إحصاءات إجمالية للتنبيهات.
}
access-roster-set = { $band ->
    [young] { $name }: تغيير مَن هو المناوب.
    [child] { $name } ({ $role }): تغيير المناوبين الذين يتلقون التنبيهات.
   *[adult] { $name } ({ $role }): تغيير جدول المناوبات.
}
access-case-risk-set = { $band ->
    [young] { $name }: اختيار المساعدين الذين يُبلَّغون أولًا.
    [child] { $name } ({ $role }): اختيار المختصين الذين يُبلَّغون أولًا بالتنبيهات.
   *[adult] { $name } ({ $role }): تحديد فئة الخطورة للملف لتوجيه التنبيهات.
}
