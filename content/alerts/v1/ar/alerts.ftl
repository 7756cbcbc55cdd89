# Check-ins and "I need help now": what a child reads, and the words on the buttons.
# Arabic: machine draft translation of the English file (content/alerts/v1/en/alerts.ftl),
# made by an AI model (Claude) on 2026-12-03. Not reviewed by a native speaker.
# No $gender and no selectors here: the wording avoids gendered second-person forms
# ("يمكنك + verbal noun", passives, the suffix ـك, past-tense forms written the same for
# both genders, first-person verbs such as أريد / أحتاج), so it is the same for everyone.
# Terms: check-in = مشاركة الحال; call for help = طلب المساعدة; helpers (0–5) = المساعدون;
# on duty = المناوب; guardian = الوصي; caseworker = الأخصائي الاجتماعي.
# Audiences: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult.
# No promise the system cannot keep: a person is told and a person has seen it; nobody
# can promise when someone arrives or what happens next.

checkin-ask-b0to5 = كيف شعورك اليوم؟
checkin-ask-b6to9 = كيف شعورك اليوم؟
checkin-ask-b10to12 = كيف شعورك اليوم؟
checkin-ask-b13to15 = كيف شعورك اليوم؟
checkin-ask-b16to17 = كيف حالك اليوم؟
checkin-ask-adult = كيف حال الطفل اليوم؟

checkin-face-1-b0to5 = أشعر بحزن كبير
checkin-face-1-b6to9 = سيئ جدًا
checkin-face-1-b10to12 = سيئ جدًا
checkin-face-1-b13to15 = سيئ جدًا
checkin-face-1-b16to17 = سيئ جدًا
checkin-face-1-adult = سيئ جدًا

checkin-face-2-b0to5 = أشعر بالحزن
checkin-face-2-b6to9 = سيئ
checkin-face-2-b10to12 = ليس جيدًا
checkin-face-2-b13to15 = ليس جيدًا
checkin-face-2-b16to17 = ليس جيدًا
checkin-face-2-adult = ليس جيدًا

checkin-face-3-b0to5 = لا بأس
checkin-face-3-b6to9 = لا بأس
checkin-face-3-b10to12 = لا بأس
checkin-face-3-b13to15 = لا بأس
checkin-face-3-b16to17 = لا بأس
checkin-face-3-adult = لا بأس

checkin-face-4-b0to5 = أشعر بالفرح
checkin-face-4-b6to9 = جيد
checkin-face-4-b10to12 = جيد
checkin-face-4-b13to15 = جيد
checkin-face-4-b16to17 = جيد
checkin-face-4-adult = جيد

checkin-face-5-b0to5 = أشعر بفرح كبير
checkin-face-5-b6to9 = جيد جدًا
checkin-face-5-b10to12 = جيد جدًا
checkin-face-5-b13to15 = جيد جدًا
checkin-face-5-b16to17 = جيد جدًا
checkin-face-5-adult = جيد جدًا

checkin-talk-b0to5 = أريد أن أتحدث مع …
checkin-talk-b6to9 = أريد أن أتحدث مع …
checkin-talk-b10to12 = أريد أن أتحدث مع …
checkin-talk-b13to15 = أودّ أن أتحدث مع …
checkin-talk-b16to17 = أودّ أن أتحدث مع …
checkin-talk-adult = يودّ الطفل أن يتحدث مع …

checkin-words-b0to5 = يمكنك قول المزيد للشخص الكبير الذي معك.
checkin-words-b6to9 = يمكنك كتابة المزيد إذا أردت.
checkin-words-b10to12 = يمكنك كتابة المزيد إذا أردت. لا يقرؤه إلا الوصي عليك والأخصائي الاجتماعي.
checkin-words-b13to15 = يمكنك إضافة كلمات إذا أردت. لا يقرؤها إلا الوصي عليك والأخصائي الاجتماعي.
checkin-words-b16to17 = يمكنك إضافة كلمات إذا أردت. لا يقرؤها إلا الوصي عليك والأخصائي الاجتماعي، على هاتفيهما.
checkin-words-adult = الكلمات اختيارية. لا يقرؤها إلا الوصي على الطفل والأخصائي الاجتماعي المتابع له، على أجهزتهما.

checkin-sent-b0to5 = شكرًا. يمكن لمساعديك الآن رؤية الوجه الذي اخترته.
checkin-sent-b6to9 = شكرًا. يمكن للوصي عليك وللأخصائي الاجتماعي رؤيته الآن.
checkin-sent-b10to12 = شكرًا. يمكن للوصي عليك وللأخصائي الاجتماعي معرفة شعورك.
checkin-sent-b13to15 = شكرًا. يمكن الآن للوصي عليك وللأخصائي الاجتماعي معرفة شعورك.
checkin-sent-b16to17 = شكرًا. يمكن الآن للوصي عليك وللأخصائي الاجتماعي معرفة حالك.
checkin-sent-adult = تم الإرسال. يمكن الآن للوصي على الطفل وللأخصائي الاجتماعي المتابع له رؤيته.

checkin-free-b0to5 = يمكنك فعل هذا متى أردت. ولا بأس بعدم فعله.
checkin-free-b6to9 = يمكنك فعل هذا متى أردت. لا بأس بتخطيه.
checkin-free-b10to12 = يمكنك فعل هذا في أي وقت. لا بأس بتخطي يوم.
checkin-free-b13to15 = يمكنك مشاركة حالك في أي وقت. لا بأس بتخطي مرة: لن يلومك أحد على ذلك.
checkin-free-b16to17 = يمكنك مشاركة حالك في أي وقت. لا بأس بتخطي مرة: لا يُحسب ذلك ضدك أبدًا.
checkin-free-adult = مشاركة الحال ليست واجبًا أبدًا. ولا يُحسب على الطفل تفويت مرة منها.

checkin-invite-b0to5 = هل يناسبك إظهار شعورك؟
checkin-invite-b6to9 = هل يناسبك إخبارنا بشعورك؟ يمكنك تخطي ذلك.
checkin-invite-b10to12 = هل يناسبك التعبير عن شعورك اليوم؟ يمكنك تخطي ذلك.
checkin-invite-b13to15 = حان وقت مشاركة حالك، إذا أردت. يمكنك تخطي ذلك.
checkin-invite-b16to17 = حان وقت مشاركة حالك، إذا أردت. يمكنك تخطي ذلك.
checkin-invite-adult = حان موعد مشاركة الحال، إذا أراد الطفل ذلك. إنها ليست واجبًا أبدًا.

help-button-b0to5 = أحتاج إلى مساعدة الآن
help-button-b6to9 = أحتاج إلى مساعدة الآن
help-button-b10to12 = أحتاج إلى مساعدة الآن
help-button-b13to15 = أحتاج إلى مساعدة الآن
help-button-b16to17 = أحتاج إلى مساعدة الآن
help-button-adult = الطفل يحتاج إلى مساعدة الآن

help-what-b0to5 = يمكنك الضغط هنا إذا احتجت إلى مساعدة الآن. يُبلَّغ أحد المساعدين.
help-what-b6to9 = يمكنك الضغط هنا إذا احتجت إلى مساعدة الآن. يُبلَّغ شخص يعمل الآن.
help-what-b10to12 = يمكنك الضغط هنا إذا احتجت إلى مساعدة الآن. يُبلَّغ الأشخاص المناوبون فورًا. يمكنك إضافة كلمات إذا أردت.
help-what-b13to15 = يمكنك الضغط هنا إذا احتجت إلى مساعدة الآن. يُبلَّغ الموظفون المناوبون فورًا، ويُبلَّغ عدد أكبر من الأشخاص إذا لم يرد أحد. يمكنك إضافة كلمات إذا أردت.
help-what-b16to17 = يمكنك الضغط هنا إذا احتجت إلى مساعدة الآن. يُبلَّغ الموظفون المناوبون فورًا، ويُبلَّغ عدد أكبر من الأشخاص إذا لم يرد أحد. الكلمات المضافة لا يقرؤها إلا الوصي عليك والأخصائي الاجتماعي.
help-what-adult = هذا الزر ينبّه الموظفين المناوبين فورًا، وينبّه موظفين آخرين إذا لم يستجب أحد. لا يقرأ الكلمات المضافة إلا الوصي على الطفل والأخصائي الاجتماعي المتابع له.

help-queued-b0to5 = سيرسل هاتفك طلبك قريبًا.
help-queued-b6to9 = لا يوجد إنترنت الآن. سيرسل هاتفك طلبك عندما يستطيع.
help-queued-b10to12 = لا يوجد إنترنت الآن. يحتفظ هاتفك بطلبك ويرسله في أقرب وقت ممكن.
help-queued-b13to15 = لا يوجد اتصال الآن. يحتفظ هاتفك بطلبك ويرسله في أقرب وقت ممكن.
help-queued-b16to17 = لا يوجد اتصال الآن. يحتفظ هاتفك بطلبك ويرسله في اللحظة التي يستطيع فيها ذلك.
help-queued-adult = لا يوجد اتصال. يُحفظ الطلب على الهاتف ويُرسل فور توفر الاتصال.

help-sent-b0to5 = تم الإرسال. وصل الخبر إلى أحد المساعدين.
help-sent-b6to9 = تم الإرسال. تم إبلاغ شخص مناوب.
help-sent-b10to12 = تم الإرسال. تم إبلاغ الأشخاص المناوبين.
help-sent-b13to15 = تم الإرسال. تم إبلاغ الموظفين المناوبين. ستظهر هنا رسالة عندما يرى أحدٌ طلبك.
help-sent-b16to17 = تم الإرسال. تم إبلاغ الموظفين المناوبين. ستظهر هنا رسالة عندما يرى أحدٌ طلبك.
help-sent-adult = تم الإرسال. تم تنبيه الموظفين المناوبين. سيظهر هنا متى رأى أحدٌ الطلب.

help-seen-b0to5 = رأى أحد المساعدين طلبك.
help-seen-b6to9 = رأى شخصٌ طلبك للمساعدة.
help-seen-b10to12 = رأى شخصٌ طلبك للمساعدة.
help-seen-b13to15 = رأى شخص مناوب طلبك للمساعدة.
help-seen-b16to17 = رأى شخص مناوب طلبك للمساعدة.
help-seen-adult = رأى أحد الموظفين المناوبين طلب المساعدة.
