# Complaints: what a person reads before, while and after making a complaint. Version 2.
# Version 2 of content/complaints/v1/ar/complaints.ftl: never edit in place.
# Arabic: machine draft translation of the English file (content/complaints/v1/en/complaints.ftl),
# made by an AI model (Claude) on 2026-12-03. Not reviewed by a native speaker.
# No $gender and no selectors here: the wording avoids gendered second-person forms
# ("يمكنك + verbal noun", past tense, passives, the suffix ـك), so it is the same for everyone.
# Terms: complaint team = فريق الشكاوى; receipt number = رقم الإيصال.
# Numbers in words (سبعة أيام، ثلاثة أشهر), as elsewhere in this locale.
# Audiences: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult.
#
# Version 2 (issue 14): the 18 texts for 0–9 that changed in English v2 are a new MACHINE
# DRAFT by an AI model (Claude), 2026-12-03, translated from content/complaints/v2/en; not
# reviewed by a native speaker. They name فريق الشكاوى (no more "us", "the team" or, in 0–5,
# the helpers المساعدون) and explain it the first time in each text in the same words as
# the status texts v2:
#   complaint team: "هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام."
#   (in the two referred texts, first: "عمل فريق الشكاوى هو المساعدة عندما يكون هناك شيء
#   ليس على ما يرام.")
# Still no $gender: the new texts keep the same gender-neutral forms.
# All other texts are as in version 1.

complaint-help-after-b0to5 = رسالتك تقول إن هناك شيئًا ليس على ما يرام. سيقرؤها شخص من فريق الشكاوى. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام. سيحاولون أن يجعلوا الأمر أفضل.
complaint-help-after-b6to9 = سيقرأ فريق الشكاوى ما كتبته. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام. سيكتبون لك ردًّا هنا. يمكنك العودة إلى هنا لرؤية ردّهم.
complaint-help-after-b10to12 = سيقرأ شخص من فريق الشكاوى شكواك ويكتب لك ردًّا هنا. يحاول الفريق أن يرد خلال أسبوع. يمكنك العودة ومعك رقم الإيصال لقراءة الرد.
complaint-help-after-b13to15 = سيقرأ شخص من فريق الشكاوى شكواك ويرد عليك هنا. يهدف الفريق إلى الرد خلال أسبوع، وإلى إخبارك بما قام به خلال ثلاثة أشهر. يمكنك إضافة المزيد في أي وقت.
complaint-help-after-b16to17 = يقرأ فريق الشكاوى كل شكوى. يهدف الفريق إلى الرد خلال أسبوع، وإلى إخبارك بما قام به خلال ثلاثة أشهر. يمكنك إضافة معلومات أخرى في أي وقت باستخدام رقم الإيصال.
complaint-help-after-adult = يقرأ فريق الشكاوى كل شكوى. يهدف الفريق إلى تأكيد استلام الشكوى خلال سبعة أيام، وإلى إبلاغك بما تم القيام به خلال ثلاثة أشهر. يمكنك إضافة معلومات في أي وقت باستخدام رقم الإيصال.

complaint-help-readers-b0to5 = لا يراها إلا فريق الشكاوى. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام. الشخص الذي تتحدث عنه الرسالة لا يستطيع أن يراها.
complaint-help-readers-b6to9 = لا يستطيع قراءتها إلا فريق الشكاوى. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام. إذا كانت الشكوى عن شخص ما، فلا يستطيع هذا الشخص أن يراها. لا داعي لذكر اسمك.
complaint-help-readers-b10to12 = لا يستطيع قراءتها إلا فريق الشكاوى. الشخص الذي تتعلق به الشكوى لا يستطيع رؤيتها. لا داعي لذكر اسمك.
complaint-help-readers-b13to15 = لا يستطيع قراءتها إلا فريق الشكاوى، على هواتفهم الخاصة. الشخص الذي تتعلق به الشكوى لا يستطيع رؤيتها، والخادم الذي ينقلها لا يستطيع قراءتها. لا داعي لذكر اسمك.
complaint-help-readers-b16to17 = لا يستطيع قراءتها إلا فريق الشكاوى: تُقفل على هاتفك وتُفتح على هواتفهم. الشخص الذي تتعلق به الشكوى لا يستطيع رؤيتها. لا داعي لذكر اسمك.
complaint-help-readers-adult = لا يستطيع قراءتها إلا فريق الشكاوى: تُشفَّر على هاتفك ويُفك تشفيرها على هواتفهم. الشخص الذي تتعلق به الشكوى لا يستطيع رؤيتها. لا داعي لذكر اسمك.

complaint-help-receipt-b0to5 = يصلك رقم. يمكن لشخص كبير موثوق أن يحتفظ به من أجلك.
complaint-help-receipt-b6to9 = يصلك رقم طويل. هذا الرقم هو مفتاحك لرؤية الرد. يجب أن يبقى سرًّا. من الأفضل كتابته وإخفاؤه.
complaint-help-receipt-b10to12 = يصلك رقم إيصال. بهذا الرقم يمكنك قراءة الرد، على أي هاتف. يجب أن يبقى سرًّا: أي شخص لديه هذا الرقم يستطيع قراءة شكواك.
complaint-help-receipt-b13to15 = يصلك رقم الإيصال مرة واحدة فقط. بهذا الرقم يمكنك قراءة الردود وإضافة المزيد، على أي هاتف. يجب أن يبقى سرًّا: أي شخص لديه هذا الرقم يستطيع قراءة شكواك. إذا ضاع منك، لا أحد يستطيع أن يجده لك.
complaint-help-receipt-b16to17 = يصلك رقم الإيصال مرة واحدة فقط. بهذا الرقم يمكنك قراءة الردود وإضافة المزيد، من أي هاتف. يجب أن يبقى سرًّا: أي شخص لديه هذا الرقم يستطيع قراءة شكواك. إذا ضاع منك، لا أحد يستطيع أن يعيده إليك.
complaint-help-receipt-adult = يصلك رقم الإيصال مرة واحدة فقط. بهذا الرقم يمكنك قراءة الردود وإضافة معلومات من أي جهاز. يرجى الحفاظ على سريته: أي شخص لديه هذا الرقم يستطيع قراءة الشكوى. إذا فُقد، لا يمكن لأحد استعادته.

complaint-urgent-b0to5 = إذا كان أحد يؤذي طفلًا الآن، يمكنك الضغط هنا. يُبلَّغ شخص مناوب فورًا.
complaint-urgent-b6to9 = إذا كان طفل في خطر الآن، يمكنك اختيار هذا. يُبلَّغ شخص مناوب فورًا.
complaint-urgent-b10to12 = إذا كان طفل في خطر الآن، يمكنك اختيار هذا. يُبلَّغ الأشخاص المناوبون فورًا.
complaint-urgent-b13to15 = إذا كان طفل في خطر الآن، يمكنك اختيار هذا. يُبلَّغ الأشخاص المناوبون فورًا، ويُبلَّغ أشخاص آخرون إذا لم يرد أحد.
complaint-urgent-b16to17 = إذا كان طفل في خطر الآن، يمكنك اختيار هذا. يُبلَّغ الأشخاص المناوبون فورًا، ويُبلَّغ عدد أكبر من الأشخاص إذا لم يرد أحد بسرعة.
complaint-urgent-adult = إذا كان طفل في خطر الآن، يرجى اختيار هذا. يُنبَّه الموظفون المناوبون فورًا، ويصل التنبيه إلى أشخاص آخرين إذا لم يستجب أحد.

complaint-received-b0to5 = شكرًا لأنك أخبرت فريق الشكاوى. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام. سيقرأ واحد منهم رسالتك.
complaint-received-b6to9 = شكرًا لك. وصلت شكواك. سيقرؤها شخص من فريق الشكاوى. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-received-b10to12 = شكرًا لك. وصلت شكواك. سيقرؤها شخص من فريق الشكاوى.
complaint-received-b13to15 = شكرًا لك. وصلت شكواك بأمان. سيقرؤها شخص من فريق الشكاوى ويرد عليك هنا.
complaint-received-b16to17 = شكرًا لك. وصلت شكواك بأمان. سيقرؤها فريق الشكاوى ويرد عليك هنا.
complaint-received-adult = شكرًا لك. تم استلام شكواك. سيقرؤها فريق الشكاوى ويرد هنا.

complaint-status-received-b0to5 = رسالتك تنتظر فريق الشكاوى. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-status-received-b6to9 = شكواك تنتظر. لم يقرأها أحد بعد.
complaint-status-received-b10to12 = وصلت شكواك. لم يقرأها أحد من الفريق بعد.
complaint-status-received-b13to15 = وصلت شكواك. لم يقرأها أحد من الفريق بعد.
complaint-status-received-b16to17 = تم الاستلام. لم يقرأها أحد من فريق الشكاوى بعد.
complaint-status-received-adult = تم الاستلام. لم يقرأها فريق الشكاوى بعد.

complaint-status-acknowledged-b0to5 = قرأ شخص من فريق الشكاوى رسالتك. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-status-acknowledged-b6to9 = قرأ شخص من فريق الشكاوى شكواك. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-status-acknowledged-b10to12 = قرأ شخص من فريق الشكاوى شكواك.
complaint-status-acknowledged-b13to15 = قرأ شخص من فريق الشكاوى شكواك.
complaint-status-acknowledged-b16to17 = قرأها فريق الشكاوى.
complaint-status-acknowledged-adult = أكّد فريق الشكاوى استلامها.

complaint-status-in-review-b0to5 = شخص من فريق الشكاوى يعمل على الأمر. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-status-in-review-b6to9 = يتحقق فريق الشكاوى مما أخبرتهم به. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-status-in-review-b10to12 = ينظر فريق الشكاوى في ما حدث.
complaint-status-in-review-b13to15 = ينظر فريق الشكاوى في ما حدث.
complaint-status-in-review-b16to17 = ينظر فريق الشكاوى في الأمر.
complaint-status-in-review-adult = قيد المراجعة لدى فريق الشكاوى.

complaint-status-referred-b0to5 = عمل فريق الشكاوى هو المساعدة عندما يكون هناك شيء ليس على ما يرام. طلب هذا الفريق من أشخاص آخرين أن يساعدوا في الأمر.
complaint-status-referred-b6to9 = عمل فريق الشكاوى هو المساعدة عندما يكون هناك شيء ليس على ما يرام. سأل هذا الفريق أشخاصًا آخرين يمكنهم المساعدة في هذا الأمر.
complaint-status-referred-b10to12 = أرسل فريق الشكاوى شكواك إلى جهة أخرى يمكنها المساعدة في هذا الأمر.
complaint-status-referred-b13to15 = أرسل فريق الشكاوى شكواك إلى جهة أخرى يمكنها المساعدة في هذا الأمر.
complaint-status-referred-b16to17 = أُرسلت إلى جهة أخرى يمكنها التعامل معها.
complaint-status-referred-adult = أُحيلت إلى جهة أخرى يمكنها التعامل معها.

complaint-status-action-taken-b0to5 = فعل فريق الشكاوى شيئًا بخصوص ذلك. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-status-action-taken-b6to9 = فعل فريق الشكاوى شيئًا بخصوص شكواك. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام.
complaint-status-action-taken-b10to12 = فعل فريق الشكاوى شيئًا بخصوص شكواك. يمكنك قراءة رد الفريق.
complaint-status-action-taken-b13to15 = اتخذ فريق الشكاوى إجراءً بشأن شكواك. يمكنك قراءة رد الفريق.
complaint-status-action-taken-b16to17 = اتخذ فريق الشكاوى إجراءً بشأنها. يوضح رد الفريق ما قام به.
complaint-status-action-taken-adult = تم اتخاذ إجراء. يوضح رد الفريق ما تم القيام به.

complaint-status-closed-b0to5 = انتهى فريق الشكاوى من هذا الأمر. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام. يمكنك إخبارهم من جديد في أي وقت.
complaint-status-closed-b6to9 = انتهى فريق الشكاوى من هذه الشكوى. هم أشخاص عملهم المساعدة عندما يكون هناك شيء ليس على ما يرام. يمكنك تقديم شكوى جديدة في أي وقت.
complaint-status-closed-b10to12 = انتهى فريق الشكاوى من هذه الشكوى. يمكنك تقديم شكوى جديدة في أي وقت.
complaint-status-closed-b13to15 = أغلق فريق الشكاوى هذه الشكوى. ما زال بإمكانك قراءتها لفترة من الوقت، ويمكنك تقديم شكوى جديدة في أي وقت.
complaint-status-closed-b16to17 = تم الإغلاق. ما زال بإمكانك قراءتها لفترة من الوقت، وتقديم شكوى جديدة في أي وقت.
complaint-status-closed-adult = تم الإغلاق. تبقى الشكوى متاحة للقراءة لفترة من الوقت، ويمكن تقديم شكوى جديدة في أي وقت.
