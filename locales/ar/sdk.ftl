# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# Arabic: machine draft (AI, 2026-12-03), not reviewed by a native speaker; see STATUS.md.
# Written without gendered second-person forms ("يرجى…", "يمكنك + verbal noun"), as in
# errors.ftl, so no gender selector is needed (these messages get no gender argument).

sdk-error-offline = لا يستطيع التطبيق الوصول إلى الخادم الآن. رسائلك تنتظر على هذا الهاتف، وستُرسل عندما يكون هناك اتصال.
sdk-error-unexpected-response = ردّ الخادم بطريقة لا يفهمها التطبيق. يرجى المحاولة مرة أخرى لاحقًا.
sdk-error-store = لم يستطع هذا الهاتف حفظ بيانات التطبيق أو قراءتها. يرجى إغلاق التطبيق وفتحه من جديد، ثم المحاولة مرة أخرى.
sdk-error-store-key = تعذّر فتح بيانات التطبيق على هذا الهاتف بهذا المفتاح. لم يتغير أي شيء.
sdk-error-crypto = تعذّر قفل رسالة أو فتحها على هذا الهاتف. يرجى المحاولة مرة أخرى.
sdk-error-not-enrolled = لم يتم إعداد هذا الهاتف بعد. يرجى إدخال الرمز الذي أعطاك إياه الأخصائي الاجتماعي.
sdk-error-other-server = بيانات هذا التطبيق تخص خادمًا آخر. لم يتغير أي شيء.
sdk-error-identity-changed = تغيّر رقم الأمان الخاص بهذا الشخص. يرجى مقارنة الرقم معه وجهًا لوجه قبل الكتابة إليه مرة أخرى.
sdk-error-revoked-device = وصلت رسالة من هاتف تم فصله. لم تُعرض الرسالة.
sdk-error-contact-not-allowed = لا يمكنك الكتابة إلى هذا الحساب في التطبيق الآن.
sdk-error-sealed-unavailable = لا يمكن إرسال رسالة خاصة إلى هذا الحساب بعد. يرجى إرسال رسالة عادية أولًا.
sdk-error-notice-mismatch = هذا النص ليس النص الذي ينتظره التطبيق، لذلك لا يُعرض. يمكنك سؤال الأخصائي الاجتماعي.
sdk-error-receipt-signature = تعذّر التحقق من هذا الإيصال. يمكنك سؤال الأخصائي الاجتماعي.
sdk-error-receipt-code-invalid = رقم الإيصال هذا ناقص أو فيه خطأ في الكتابة. يرجى التأكد منه والمحاولة مرة أخرى.
sdk-error-complaint-unreadable = تعذّر فتح هذه الشكوى على هذا الهاتف.
sdk-error-invalid-input = استخدم التطبيق قيمة لا يستطيع إرسالها: { $field }.
sdk-error-internal = حدث خطأ في التطبيق. لم يُرسل أي شيء. يرجى المحاولة مرة أخرى.
sdk-error-revoked = تم فصل هذا الهاتف عن حسابك، وحُذفت بياناته. يمكنك طلب رمز جديد من الأخصائي الاجتماعي.
