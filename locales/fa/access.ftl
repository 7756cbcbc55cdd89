# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.

role-caseworker = مددکار
role-guardian = سرپرست
role-legal-representative = وکیل
role-supervisor = ناظر
role-admin = مدیر سیستم
role-complaint-handler = مسئول رسیدگی به شکایات
role-child = طفل
role-family = عضو خانواده

access-case-create = { $band ->
    [young] { $name } برایت یک پرونده ساخت.
    [child] { $name } ({ $role }) پروندهٔ شما را باز کرد.
   *[adult] { $name } ({ $role }) پرونده را باز کرد.
}
access-case-view = { $band ->
    [young] { $name } پرونده‌ات را دید.
    [child] { $name } ({ $role }) پروندهٔ شما را دید.
   *[adult] { $name } ({ $role }) پرونده را مشاهده کرد.
}
access-case-members-view = { $band ->
    [young] { $name } دید که چه کسانی به تو کمک می‌کنند.
    [child] { $name } ({ $role }) فهرست کسانی را که در پروندهٔ شما هستند، دید.
   *[adult] { $name } ({ $role }) افراد شامل در پرونده را مشاهده کرد.
}
access-case-invite = { $band ->
    [young] { $name } از یک نفر نو خواست که همراه شود.
    [child] { $name } ({ $role }) کسی را به پروندهٔ شما دعوت کرد.
   *[adult] { $name } ({ $role }) شخصی را به پرونده دعوت کرد.
}
access-case-staff-assign = { $band ->
    [young] { $name } از یک مددکار نو خواست که همراه شود.
    [child] { $name } ({ $role }) یک کارمند را به پروندهٔ شما اضافه کرد.
   *[adult] { $name } ({ $role }) یک کارمند را برای پرونده مقرر کرد.
}
access-case-stage-change = { $band ->
    [young] { $name } پرونده‌ات را به قدم بعدی برد.
    [child] { $name } ({ $role }) مرحلهٔ پروندهٔ شما را تغییر داد.
   *[adult] { $name } ({ $role }) مرحلهٔ پرونده را تغییر داد.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } دید که چه کسانی می‌توانند با تو گپ بزنند.
    [child] { $name } ({ $role }) دید که چه کسانی اجازه دارند با شما تماس بگیرند.
   *[adult] { $name } ({ $role }) قواعد تماس را مشاهده کرد.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } تغییر داد که چه کسانی می‌توانند با تو گپ بزنند.
    [child] { $name } ({ $role }) تغییر داد که چه کسانی اجازه دارند با شما تماس بگیرند.
   *[adult] { $name } ({ $role }) یک قاعدهٔ تماس را تغییر داد.
}
access-case-link = { $band ->
    [young] { $name } پرونده‌ات را با پروندهٔ برادر یا خواهرت یکجا کرد.
    [child] { $name } ({ $role }) پروندهٔ شما را با پروندهٔ برادر یا خواهرتان وصل کرد.
   *[adult] { $name } ({ $role }) پرونده را با پروندهٔ خواهر یا برادر طفل وصل کرد.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } برای یک تیلفون یک کود نو ساخت.
    [child] { $name } ({ $role }) برای یک نفر در پروندهٔ شما یک کود ورود نو ساخت.
   *[adult] { $name } ({ $role }) برای یکی از اعضا یک کود ثبت‌نام نو صادر کرد.
}
access-case-access-log-view = { $band ->
    [young] { $name } این فهرست را دید.
    [child] { $name } ({ $role }) همین فهرست را دید که نشان می‌دهد چه کسانی پروندهٔ شما را دیده‌اند.
   *[adult] { $name } ({ $role }) این فهرست دسترسی را مشاهده کرد.
}
access-case-export = { $band ->
    [young] { $name } از پرونده‌ات یک کاپی ساخت.
    [child] { $name } ({ $role }) از پروندهٔ شما یک کاپی ساخت تا آن را بفرستد.
   *[adult] { $name } ({ $role }) یک کاپی از پرونده را صادر کرد.
}
access-case-status-view = { $band ->
    [young] { $name } دید که پرونده‌ات در کجا است.
    [child] { $name } ({ $role }) دید که پروندهٔ شما در کدام مرحله است.
   *[adult] { $name } ({ $role }) وضعیت پرونده را مشاهده کرد.
}
access-case-stage-correct = { $band ->
    [young] { $name } قدمی را که پرونده‌ات در آن است، درست کرد.
    [child] { $name } ({ $role }) مرحلهٔ پروندهٔ شما را اصلاح کرد.
   *[adult] { $name } ({ $role }) مرحلهٔ پرونده را اصلاح کرد.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name } خواست قدمی را که پرونده‌ات در آن است، درست کند. اول یک نفر دیگر هم باید موافق باشد.
    [child] { $name } ({ $role }) خواست مرحلهٔ پروندهٔ شما را اصلاح کند. اول یک ناظر دوم باید موافق باشد.
   *[adult] { $name } ({ $role }) اصلاح مرحلهٔ پرونده را پیشنهاد کرد تا یک ناظر دوم آن را تأیید کند.
}
access-case-stage-correct-withdraw = { $band ->
    [young] درخواستی برای درست کردن قدمی که پرونده‌ات در آن است، متوقف شد. هیچ چیزی تغییر نکرد.
    [child] { $name } ({ $role }) درخواستی را برای اصلاح مرحلهٔ پروندهٔ شما بست. هیچ چیزی تغییر نکرد.
   *[adult] { $name } ({ $role }) یک پیشنهاد اصلاح مرحله را بست. مرحلهٔ پرونده تغییر نکرد.
}
access-stage-corrections-list = { $band ->
    [young] { $name } فهرست قدم‌هایی را که منتظر درست شدن هستند، دید.
    [child] { $name } ({ $role }) فهرست اصلاح‌هایی را که منتظر تأیید هستند، دید.
   *[adult] { $name } ({ $role }) اصلاح‌های مرحله‌ای را که منتظر تأیید هستند، مشاهده کرد.
}
access-case-access-refused = { $band ->
    [young] { $name } کوشش کرد پرونده‌ات را باز کند. اجازه نداشت، پس هیچ چیزی ندید.
    [child] { $name } ({ $role }) کوشش کرد پروندهٔ شما را باز کند، اما اجازه نداشت. هیچ چیزی ندید.
   *[adult] { $name } ({ $role }) کوشش کرد به معلومات پرونده دسترسی پیدا کند، اما دسترسی رد شد. هیچ چیزی نشان داده نشد و هیچ چیزی تغییر نکرد.
}
access-case-member-remove = { $band ->
    [young] { $name } یک نفر را از پرونده‌ات برداشت.
    [child] { $name } ({ $role }) یک نفر را از پروندهٔ شما برداشت.
   *[adult] { $name } ({ $role }) شخصی را از پرونده حذف کرد.
}
access-cases-list = { $band ->
    [young] { $name } فهرست پرونده‌های خودش را دید.
    [child] { $name } ({ $role }) فهرست پرونده‌های خود را دید.
   *[adult] { $name } ({ $role }) فهرست پرونده‌های خود را مشاهده کرد.
}
access-metrics-stages-view = { $band ->
    [young] { $name } چند عدد دربارهٔ پرونده‌های زیاد دید.
    [child] { $name } ({ $role }) عددهایی را دربارهٔ همهٔ پرونده‌ها، بدون نام‌ها، دید.
   *[adult] { $name } ({ $role }) آمار مرحله‌های همهٔ پرونده‌ها را مشاهده کرد.
}
access-staff-create = { $band ->
    [young] { $name } یک مددکار نو را اضافه کرد.
    [child] { $name } ({ $role }) برای یک کارمند حساب ساخت.
   *[adult] { $name } ({ $role }) یک حساب کارمند ایجاد کرد.
}
access-staff-code-reissue = { $band ->
    [young] { $name } برای تیلفون یک مددکار یک کود نو ساخت.
    [child] { $name } ({ $role }) برای یک کارمند یک کود ورود نو ساخت.
   *[adult] { $name } ({ $role }) برای یک حساب کارمند یک کود ثبت‌نام نو صادر کرد.
}
access-staff-supervisor-set = { $band ->
    [young] { $name } نوشت که مسئول یک مددکار کیست.
    [child] { $name } ({ $role }) ثبت کرد که ناظر یک کارمند کیست.
   *[adult] { $name } ({ $role }) ثبت کرد که ناظر یک حساب کارمند کیست.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] یک تیلفون نو به حسابت اضافه شد. کود آن را { $name } داد.
        [child] یک تیلفون نو به حساب شما اضافه شد، با کودی که { $name } ({ $role }) داد.
       *[adult] یک دستگاه نو در حساب شما ثبت شد، با کود ثبت‌نامی که { $name } ({ $role }) صادر کرد.
    }
    [child] { $band ->
        [young] یک تیلفون نو به حساب طفل اضافه شد. کود آن را { $name } داد.
        [child] یک تیلفون نو به حساب طفل اضافه شد، با کودی که { $name } ({ $role }) داد.
       *[adult] یک دستگاه نو در حساب طفل ثبت شد، با کود ثبت‌نامی که { $name } ({ $role }) صادر کرد.
    }
   *[other] { $band ->
        [young] یک تیلفون نو برای یک نفر در پرونده‌ات اضافه شد. کود آن را { $name } داد.
        [child] یک تیلفون نو برای یک نفر در پروندهٔ شما اضافه شد، با کودی که { $name } ({ $role }) داد.
       *[adult] یک دستگاه نو برای یکی از اعضای پرونده ثبت شد، با کود ثبت‌نامی که { $name } ({ $role }) صادر کرد.
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } زبانی را که اپلیکیشن با او گپ می‌زند، تغییر داد.
    [child] { $name } ({ $role }) تنظیمات زبان خود را تغییر داد.
   *[adult] { $name } ({ $role }) ترجیحات زبان خود را تازه کرد.
}
access-account-export = { $band ->
    [young] { $name } از معلومات خودش یک کاپی ساخت.
    [child] { $name } ({ $role }) یک کاپی از معلومات خود را دانلود کرد.
   *[adult] { $name } ({ $role }) معلومات خود را صادر کرد.
}
access-devices-list = { $band ->
    [young] { $name } تیلفون‌های یک حساب را دید.
    [child] { $name } ({ $role }) دید که یک حساب از کدام تیلفون‌ها استفاده می‌کند.
   *[adult] { $name } ({ $role }) فهرست دستگاه‌های یک حساب را مشاهده کرد.
}
access-device-revoke = { $band ->
    [young] { $name } اتصال یک تیلفون را قطع کرد.
    [child] { $name } ({ $role }) یک تیلفون را از یک حساب برداشت.
   *[adult] { $name } ({ $role }) دسترسی یک دستگاه را لغو کرد.
}
access-keys-upload = { $band ->
    [young] { $name } یک تیلفون را برای پیام‌های خصوصی آماده کرد.
    [child] { $name } ({ $role }) کلیدهای نو برای پیام‌های خصوصی شریک ساخت.
   *[adult] { $name } ({ $role }) کلیدهای رمزگذاری نو را بارگذاری کرد.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } آماده شد که یک پیام خصوصی بفرستد.
    [child] { $name } ({ $role }) کلیدها را برای شروع یک گفت‌وگوی خصوصی گرفت.
   *[adult] { $name } ({ $role }) کلیدهای رمزگذاری را برای شروع یک گفت‌وگو دریافت کرد.
}
access-sealed-access-key-set = { $band ->
    [young] { $name } یک کلید نو برای پیام‌های خصوصی ساخت.
    [child] { $name } ({ $role }) یک کلید نو برای پیام‌های خصوصی تعیین کرد.
   *[adult] { $name } ({ $role }) یک کلید دسترسی نو برای فرستندهٔ پنهان (sealed sender) تعیین کرد.
}
access-audit-verify = { $band ->
    [young] { $name } دید که فهرست «چه کسی چه کرد» در امان است.
    [child] { $name } ({ $role }) بررسی کرد که ثبت «چه کسی چه کرد» تغییر نکرده است.
   *[adult] { $name } ({ $role }) درستی ثبت تفتیش را بررسی و تأیید کرد.
}
access-retention-run = { $band ->
    [young] معلومات کهنه پاک شد، همان‌طور که قواعد می‌گوید.
    [child] معلومات کهنه پاک شد، همان‌طور که قواعد می‌گوید.
   *[adult] کار نگهداری معلومات، معلوماتی را که مدت نگهداری آن تمام شده بود، پاک کرد.
}
access-retention-dry-run = { $band ->
    [young] یک نفر بررسی کرد که کدام معلومات کهنه را می‌شود پاک کرد. هیچ چیزی پاک نشد.
    [child] یک نفر بررسی کرد که کدام معلومات کهنه را می‌شود پاک کرد. هیچ چیزی پاک نشد.
   *[adult] یک اجرای آزمایشی نگهداری معلومات، معلوماتی را که باید پاک شود، شمرد. هیچ چیزی پاک نشد.
}
access-server-start = { $band ->
    [young] کمپیوتر Kinbridge روشن شد.
    [child] سرور Kinbridge به کار افتاد.
   *[adult] سرور شروع به کار کرد.
}
access-other = { $band ->
    [young] { $name } در پرونده‌ات کاری کرد.
    [child] { $name } ({ $role }) در پروندهٔ شما کاری انجام داد.
   *[adult] { $name } ({ $role }) در پرونده اقدامی انجام داد.
}
access-someone = یک نفر از تیم
access-consent-age-set = { $band ->
    [young] { $name } نوشت که تو چند سال داری.
    [child] { $name } ({ $role }) سن شما را ثبت کرد.
   *[adult] { $name } ({ $role }) سن طفل را ثبت کرد.
}
access-consent-decide = { $band ->
    [young] { $name } به یک سوال دربارهٔ تو «بلی» یا «نه» گفت.
    [child] { $name } ({ $role }) جواب «بلی» یا «نه» را به یک سوال موافقت ثبت کرد.
   *[adult] { $name } ({ $role }) یک تصمیم موافقت را ثبت کرد.
}
access-consent-withdraw = { $band ->
    [young] { $name } چیزی را که قبلاً با آن موافقت شده بود، متوقف کرد.
    [child] { $name } ({ $role }) یک موافقت را پس گرفت.
   *[adult] { $name } ({ $role }) یک موافقت را پس گرفت.
}
access-consent-list = { $band ->
    [young] { $name } دید که دربارهٔ تو با چه چیزهایی موافقت شده است.
    [child] { $name } ({ $role }) موافقت‌های شما را دید.
   *[adult] { $name } ({ $role }) موافقت‌ها را مشاهده کرد.
}
access-consent-override-request = { $band ->
    [young] { $name } خواست که بدون «بلی» کار پیش برود، تا تو در امان باشی.
    [child] { $name } ({ $role }) درخواست کرد که برای امنیت شما، بدون موافقت کار پیش برود.
   *[adult] { $name } ({ $role }) درخواست کرد که یک تصمیم موافقت، به خاطر بهترین منافع طفل، کنار گذاشته شود.
}
access-consent-override-approve = { $band ->
    [young] { $name } قبول کرد که بدون «بلی» کار پیش برود، تا تو در امان باشی.
    [child] { $name } ({ $role }) تأیید کرد که برای امنیت شما، بدون موافقت کار پیش برود.
   *[adult] { $name } ({ $role }) کنار گذاشتن یک تصمیم موافقت را تأیید کرد.
}
access-consent-request = { $band ->
    [young] { $name } از تو پرسید که با چیزی موافق هستی یا نه.
    [child] { $name } ({ $role }) موافقت شما را درخواست کرد.
   *[adult] { $name } ({ $role }) یک موافقت را درخواست کرد.
}
access-view-request = { $band ->
    [young] { $name } از تو پرسید که چه فکر می‌کنی.
    [child] { $name } ({ $role }) نظر شما را دربارهٔ یک تصمیم پرسید.
   *[adult] { $name } ({ $role }) نظر طفل را دربارهٔ یک تصمیم پرسید.
}
access-view-give = { $band ->
    [young] { $name } گفت که چه فکر می‌کند.
    [child] { $name } ({ $role }) نظر خود را دربارهٔ یک تصمیم گفت.
   *[adult] { $name } ({ $role }) دربارهٔ یک تصمیم نظر داد.
}
access-views-list = { $band ->
    [young] { $name } دید که چه کسانی نظر خود را گفته‌اند.
    [child] { $name } ({ $role }) دید که نظر چه کسانی داده شده است.
   *[adult] { $name } ({ $role }) فهرست نظرهای خواسته‌شده و داده‌شده را مشاهده کرد.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } یک شکایت ثبت کرد.
    [child] { $name } ({ $role }) یک شکایت ثبت کرد.
   *[adult] { $name } ({ $role }): یک شکایت ثبت شد.
}
access-complaint-read = { $band ->
    [young] { $name } یک شکایت را با نمبر رسید آن خواند.
    [child] { $name } ({ $role }) یک شکایت را با نمبر رسید آن خواند.
   *[adult] { $name } ({ $role }): یک شکایت با نمبر رسید آن خوانده شد.
}
access-complaint-follow-up = { $band ->
    [young] { $name } با نمبر رسید، چیزی به یک شکایت اضافه کرد.
    [child] { $name } ({ $role }) با نمبر رسید، چیزی به یک شکایت اضافه کرد.
   *[adult] { $name } ({ $role }): با نمبر رسید، معلوماتی به یک شکایت اضافه شد.
}
access-complaints-list = { $band ->
    [young] { $name } فهرست شکایت‌ها را دید.
    [child] { $name } ({ $role }) فهرست شکایت‌ها را دید.
   *[adult] { $name } ({ $role }) صف شکایت‌ها را مشاهده کرد.
}
access-complaint-view = { $band ->
    [young] { $name } یک شکایت را دید.
    [child] { $name } ({ $role }) یک شکایت را باز کرد.
   *[adult] { $name } ({ $role }) یک شکایت را باز کرد.
}
access-complaint-acknowledge = { $band ->
    [young] { $name } گفت که یک شکایت را خوانده است.
    [child] { $name } ({ $role }) دریافت یک شکایت را تأیید کرد.
   *[adult] { $name } ({ $role }) دریافت یک شکایت را تأیید کرد.
}
access-complaint-status-change = { $band ->
    [young] { $name } وضع یک شکایت را تغییر داد.
    [child] { $name } ({ $role }) وضعیت یک شکایت را تغییر داد.
   *[adult] { $name } ({ $role }) وضعیت یک شکایت را تغییر داد.
}
access-complaint-reply = { $band ->
    [young] { $name } دربارهٔ یک شکایت چیزی نوشت.
    [child] { $name } ({ $role }) برای یک شکایت یک جواب یا یادداشت نوشت.
   *[adult] { $name } ({ $role }) برای یک شکایت یک جواب یا یادداشت داخلی نوشت.
}
access-complaint-triage = { $band ->
    [young] { $name } یک شکایت را دسته‌بندی کرد.
    [child] { $name } ({ $role }) یک شکایت را دسته‌بندی کرد (چه کسی به آن رسیدگی کند، برچسب‌ها).
   *[adult] { $name } ({ $role }) یک شکایت را ارزیابی و دسته‌بندی کرد.
}
access-complaint-keys-share = { $band ->
    [young] { $name } به یک تیلفون نو از تیم رسیدگی به شکایات اجازه داد که یک شکایت را بخواند.
    [child] { $name } ({ $role }) به یک تیلفون نو از تیم رسیدگی به شکایات اجازه داد که یک شکایت را بخواند.
   *[adult] { $name } ({ $role }) کلید یک شکایت را با یک دستگاه تیم رسیدگی به شکایات که بعداً اضافه شده بود، شریک ساخت.
}
access-complaint-escalate = { $band ->
    [young] یک شکایت فوری به کسان بیشتری فرستاده شد.
    [child] یک شکایت فوری به نوکریوال‌های بعدی فرستاده شد.
   *[adult] یک شکایت فوری که دریافت آن تأیید نشده بود، به سطح بعدی نوکریوالی فرستاده شد.
}
access-complaint-deadline-warn = { $band ->
    [young] یک شکایت خیلی زیاد منتظر مانده است.
    [child] مهلت یک شکایت نزدیک است یا گذشته است.
   *[adult] مهلت یک شکایت به ۸۰ درصد رسید یا گذشت.
}
access-complaint-identity-request = { $band ->
    [young] { $name } پرسید که چه کسی شکایت کرده است.
    [child] { $name } ({ $role }) درخواست کرد بداند که چه کسی شکایت کرده است.
   *[adult] { $name } ({ $role }) هویت شخص شکایت‌کننده را درخواست کرد.
}
access-complaint-identity-decide = { $band ->
    [young] { $name } تصمیم گرفت که آیا کسی می‌تواند بداند چه کسی شکایت کرده است.
    [child] { $name } ({ $role }) دربارهٔ یک درخواست برای دانستن اینکه چه کسی شکایت کرده، تصمیم گرفت.
   *[adult] { $name } ({ $role }) دربارهٔ یک درخواست هویت تصمیم گرفت.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } فهمید که چه کسی شکایت کرده است.
    [child] { $name } ({ $role }) پس از تأیید، فهمید که چه کسی شکایت کرده است.
   *[adult] { $name } ({ $role }) پس از تأیید، هویت شخص شکایت‌کننده را خواند.
}
access-complaint-custodian-set = { $band ->
    [young] { $name } تغییر داد که چه کسی دربارهٔ نام‌ها در شکایت‌ها تصمیم می‌گیرد.
    [child] { $name } ({ $role }) تغییر داد که چه کسی امانت‌دار هویت در شکایت‌ها است.
   *[adult] { $name } ({ $role }) صلاحیت امانت‌داری هویت در شکایت‌ها را تغییر داد.
}
access-complaint-on-call-set = { $band ->
    [young] { $name } تغییر داد که چه کسی برای شکایت‌ها نوکریوال است.
    [child] { $name } ({ $role }) نوکریوالی خود را برای شکایت‌ها تغییر داد.
   *[adult] { $name } ({ $role }) سطح نوکریوالی خود را برای شکایت‌های فوری تغییر داد.
}
access-complaint-expiry-warn = { $band ->
    [young] یک شکایت کهنه به‌زودی پاک می‌شود.
    [child] یک شکایت بسته‌شده به‌زودی پاک می‌شود.
   *[adult] یک شکایت بسته‌شده، پس از مدت هشدار، برای پاک شدن نشانی شد.
}
access-complaint-delete = { $band ->
    [young] یک شکایت کهنه پاک شد.
    [child] یک شکایت بسته‌شده پاک شد.
   *[adult] یک شکایت بسته‌شده پاک شد.
}
access-complaint-metrics-view = { $band ->
    [young] { $name } ارقام شکایت‌ها را دید.
    [child] { $name } ({ $role }) ارقام شکایت‌ها را دید.
   *[adult] { $name } ({ $role }) آمار شکایت‌ها را مشاهده کرد.
}

# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
access-checkin-record = { $band ->
    [young] { $name } نشان داد که چه احساسی دارد.
    [child] { $name } ({ $role }) احوال خود را ثبت کرد.
   *[adult] { $name } ({ $role }) احوال خود را ثبت کرد.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } انتخاب کرد که هر چند وقت یک بار می‌توانی نشان بدهی که چه احساسی داری.
    [child] { $name } ({ $role }) تعیین کرد که ثبت احوال هر چند وقت یک بار پیشنهاد شود.
   *[adult] { $name } ({ $role }) تعیین کرد که ثبت احوال هر چند وقت یک بار پیشنهاد شود.
}
access-checkins-list = { $band ->
    [young] { $name } دید که چه وقت‌هایی نشان دادی که چه احساسی داری.
    [child] { $name } ({ $role }) دید که ثبت احوال در چه وقت‌هایی انجام شده است.
   *[adult] { $name } ({ $role }) زمان‌های ثبت احوال را مشاهده کرد.
}
access-help-request = { $band ->
    [young] { $name } همین حالا کمک خواست.
    [child] { $name } ({ $role }) همین حالا کمک خواست.
   *[adult] { $name } ({ $role }) همین حالا کمک خواست.
}
access-missing-flag = { $band ->
    [young] { $name } گفت که نمی‌داند تو کجا هستی.
    [child] { $name } ({ $role }) گزارش داد که شما گم شده‌اید.
   *[adult] { $name } ({ $role }) مفقود شدن طفل را گزارش داد.
}
access-alert-escalate = { $band ->
    [young] به مددکارهای بیشتری خبر داده شد.
    [child] به نوکریوال‌های بیشتری خبر داده شد، چون هنوز هیچ‌کس جواب نداده بود.
   *[adult] هشدار به سطح بعدی نوکریوالی فرستاده شد: هیچ‌کس دریافت آن را تأیید نکرده بود.
}
access-alert-acknowledge = { $band ->
    [young] { $name } درخواست کمک را دید.
    [child] { $name } ({ $role }) هشدار را دید و مسئولیت آن را به عهده گرفت.
   *[adult] { $name } ({ $role }) دریافت هشدار را تأیید کرد.
}
access-alert-resolve = { $band ->
    [young] { $name } درخواست کمک را بست.
    [child] { $name } ({ $role }) هشدار را بست.
   *[adult] { $name } ({ $role }) به هشدار رسیدگی کرد و آن را بست.
}
access-alert-list = { $band ->
    [young] { $name } درخواست‌های کمک را دید.
    [child] { $name } ({ $role }) هشدارهای باز را دید.
   *[adult] { $name } ({ $role }) هشدارهای باز را مشاهده کرد.
}
access-alert-metrics = { $band ->
    [young] { $name } ارقامی دربارهٔ درخواست‌های کمک را دید.
    [child] { $name } ({ $role }) ارقام هشدارها را دید (بدون نام).
   *[adult] { $name } ({ $role }) آمار کلی هشدارها را مشاهده کرد.
}
access-roster-set = { $band ->
    [young] { $name } تغییر داد که چه کسی نوکریوال است.
    [child] { $name } ({ $role }) تغییر داد که چه کسی برای هشدارها نوکریوال است.
   *[adult] { $name } ({ $role }) جدول نوکریوالی را تغییر داد.
}
access-case-risk-set = { $band ->
    [young] { $name } انتخاب کرد که اول به کدام مددکارها خبر داده شود.
    [child] { $name } ({ $role }) انتخاب کرد که دربارهٔ هشدارها اول به کدام متخصصان خبر داده شود.
   *[adult] { $name } ({ $role }) درجهٔ خطر پرونده را برای فرستادن هشدارها تعیین کرد.
}
