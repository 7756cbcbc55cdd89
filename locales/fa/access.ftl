# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.

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
access-other = { $band ->
    [young] { $name } در پرونده‌ات کاری کرد.
    [child] { $name } ({ $role }) در پروندهٔ شما کاری انجام داد.
   *[adult] { $name } ({ $role }) در پرونده اقدامی انجام داد.
}
access-someone = یک نفر از تیم
