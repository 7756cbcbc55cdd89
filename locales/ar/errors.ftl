# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.
# Arabic: written without gendered second-person forms ("يرجى…", "يمكنك + verbal noun"),
# so no $gender selector is needed here.

error-request-malformed-json = أرسل التطبيق شيئًا لم يستطع الخادم قراءته. يرجى المحاولة مرة أخرى.
error-request-invalid-field = أرسل التطبيق قيمة لا يستطيع الخادم استخدامها: { $field }.
error-request-unknown-field = أرسل التطبيق شيئًا لا يعرفه الخادم: { $field }.
error-request-body-too-large = هذا كبير جدًا ولا يمكن إرساله.
error-request-unsupported-media-type = أرسل التطبيق هذا بصيغة لا يقبلها الخادم.
error-request-invalid-id = هذا الرابط أو الرقم التعريفي غير صحيح.
error-request-unknown-route = لا يوجد شيء هنا.
error-request-method-not-allowed = لا يمكن القيام بهذا هنا.
error-auth-credential-missing = يرجى تسجيل الدخول للقيام بهذا.
error-auth-credential-invalid = هذا الهاتف غير مسجَّل الدخول. يمكنك طلب المساعدة من الأخصائي الاجتماعي.
error-auth-device-revoked = تم فصل هذا الهاتف. يمكنك طلب رمز جديد من الأخصائي الاجتماعي.
error-auth-forbidden = لا يُسمح لك بالقيام بهذا.
error-enrolment-code-invalid = هذا الرمز غير صحيح. يرجى التأكد منه والمحاولة مرة أخرى.
error-enrolment-code-expired = انتهت صلاحية هذا الرمز. يمكنك طلب رمز جديد من الأخصائي الاجتماعي.
error-enrolment-code-used = هذا الرمز استُخدم من قبل. يمكنك طلب رمز جديد من الأخصائي الاجتماعي.
error-enrolment-rate-limited = محاولات كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
error-keys-invalid-key = أرسل التطبيق مفتاح أمان لا يستطيع الخادم قراءته.
error-keys-invalid-signature = أرسل التطبيق مفتاح أمان لم ينجح في التحقق.
error-keys-invalid-registration-id = أرسل التطبيق رقمًا لا يستطيع الخادم استخدامه.
error-case-not-found = لم نجد هذا الملف.
error-case-stage-transition-not-allowed = لا يمكن نقل الملف إلى تلك الخطوة من مرحلته الحالية.
error-case-member-not-found = هذا الشخص ليس من المشاركين في هذا الملف.
error-case-correction-needs-second-supervisor = يجب أن يوافق مشرف آخر على هذا التغيير. لا يمكن الموافقة على تغيير طلبته بنفسك.
error-case-correction-not-found = لم نجد هذا التغيير. ربما تمت الموافقة عليه أو سُحب من قبل.
error-case-correction-stale = انتقل الملف إلى خطوة أخرى بعد طلب هذا التغيير، أو مرّ على الطلب أكثر من سبعة أيام. لذلك أُغلق الطلب. يمكنك طلبه مرة أخرى إذا كان ما زال ضروريًا.
error-case-correction-pending = هناك تغيير لخطوة هذا الملف ينتظر الموافقة بالفعل.
error-case-already-member = هذا الشخص مشارك في هذا الملف بالفعل.
error-case-not-assignable-staff = بهذه الطريقة يمكن إضافة الأخصائيين الاجتماعيين والأوصياء والممثلين القانونيين فقط.
error-case-link-invalid = لا يمكن ربط هذه الملفات.
error-case-contact-rule-invalid = قاعدة التواصل تحتاج إلى شخصين مختلفين من هذا الملف.
error-account-not-found = لم نجد هذا الشخص.
error-device-not-found = لم نجد هذا الجهاز.
error-device-still-active = لهذا الحساب هاتف ما زال متصلًا. يرجى فصل ذلك الهاتف أولًا، ثم إنشاء رمز جديد.
error-messages-mailbox-full = هناك رسائل كثيرة جدًا تنتظر هذا الشخص الآن، لذلك لم تُرسل رسالتك. يرجى المحاولة مرة أخرى لاحقًا.
error-server-internal = حدث خطأ من جهتنا. لم يتغير أي شيء. يرجى المحاولة مرة أخرى.
error-server-unavailable = الخدمة مشغولة الآن. يرجى المحاولة مرة أخرى بعد دقيقة.
error-contact-not-allowed = لا يمكن إرسال رسائل إلى هذا الشخص الآن. يمكنك سؤال الأخصائي الاجتماعي عن السبب.
error-messages-mismatched-devices = يحتاج التطبيق إلى تحديث قائمة هواتف هذا الشخص. سيحاول مرة أخرى.
error-messages-stale-devices = تم إعداد أحد هواتف هذا الشخص من جديد. سيحاول التطبيق مرة أخرى.
error-messages-too-large = هذه الرسالة كبيرة جدًا ولا يمكن إرسالها.
error-messages-invalid-envelopes = حاول التطبيق إرسال هذه الرسالة بطريقة خاطئة. قد يساعد تحديث التطبيق.
error-keys-rate-limited = محاولات كثيرة جدًا للوصول إلى هذا الشخص. يرجى الانتظار قليلًا.
error-keys-too-many = أرسل التطبيق مفاتيح أمان كثيرة جدًا في وقت واحد.
error-messages-access-denied = تعذّر إرسال هذه الرسالة بهذه الطريقة الآن. يُرجى المحاولة مرة أخرى لاحقًا.
error-circle-changed = تغيّر الأشخاص في هذه المجموعة. سيحاول التطبيق مرة أخرى.
error-messages-rate-limited = أُرسلت رسائل كثيرة جدًا إلى هذا الشخص الآن. يُرجى الانتظار قليلًا.
