# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.
# ps: past transitive verbs agree with the object (دوسیه, feminine), so the staff
# member's gender never shows.

role-caseworker = ټولنیز کارکوونکی
role-guardian = سرپرست
role-legal-representative = وکیل
role-supervisor = څارونکی
role-admin = مدیر
role-complaint-handler = د شکایتونو مسؤل
role-child = ماشوم
role-family = د کورنۍ غړی

access-case-create = { $band ->
    [young] { $name } ستا دوسیه جوړه کړه.
    [child] { $name } ({ $role }) ستا دوسیه پرانیسته.
   *[adult] { $name } ({ $role }) دوسیه پرانیسته.
}
access-case-view = { $band ->
    [young] { $name } ستا دوسیه وکتله.
    [child] { $name } ({ $role }) ستا دوسیه وکتله.
   *[adult] { $name } ({ $role }) دوسیه وکتله.
}
access-case-members-view = { $band ->
    [young] { $name } وکتل چې څوک ستا مرسته کوي.
    [child] { $name } ({ $role }) د هغو کسانو نومونه وکتل چې ستا په دوسیه کې دي.
   *[adult] { $name } ({ $role }) په دوسیه کې شامل کسان وکتل.
}
access-case-invite = { $band ->
    [young] { $name } یو نوی کس راوباله.
    [child] { $name } ({ $role }) یو کس ستا دوسیې ته راوباله.
   *[adult] { $name } ({ $role }) یو کس دوسیې ته راوباله.
}
access-case-staff-assign = { $band ->
    [young] { $name } یو نوی مرسته کوونکی راوباله.
    [child] { $name } ({ $role }) ستا دوسیې ته د ټیم یو غړی ور اضافه کړ.
   *[adult] { $name } ({ $role }) د ټیم یو غړی دوسیې ته وګوماره.
}
access-case-stage-change = { $band ->
    [young] { $name } ستا دوسیه بل ګام ته یووړه.
    [child] { $name } ({ $role }) ستا د دوسیې پړاو بدل کړ.
   *[adult] { $name } ({ $role }) د دوسیې پړاو بدل کړ.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } وکتل چې څوک له تا سره خبرې کولای شي.
    [child] { $name } ({ $role }) وکتل چې څوک له تا سره اړیکه نیولای شي.
   *[adult] { $name } ({ $role }) د اړیکې قاعدې وکتلې.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } هغه کسان بدل کړل چې له تا سره خبرې کولای شي.
    [child] { $name } ({ $role }) هغه کسان بدل کړل چې له تا سره اړیکه نیولای شي.
   *[adult] { $name } ({ $role }) د اړیکې یوه قاعده بدله کړه.
}
access-case-link = { $band ->
    [young] { $name } ستا دوسیه ستا د ورور یا خور له دوسیې سره یوځای کړه.
    [child] { $name } ({ $role }) ستا دوسیه ستا د ورور یا خور له دوسیې سره ونښلوله.
   *[adult] { $name } ({ $role }) دوسیه د ماشوم د ورور یا خور له دوسیې سره ونښلوله.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } د یو ټیلیفون لپاره نوی کوډ جوړ کړ.
    [child] { $name } ({ $role }) ستا په دوسیه کې د یو کس لپاره د ننوتلو نوی کوډ جوړ کړ.
   *[adult] { $name } ({ $role }) د دوسیې یو غړي ته د ثبت نوی کوډ ورکړ.
}
access-case-access-log-view = { $band ->
    [young] { $name } دا لېست ولید.
    [child] { $name } ({ $role }) دا لېست ولید چې ښيي چا ستا دوسیه لیدلې ده.
   *[adult] { $name } ({ $role }) د لاسرسي دا لېست ولید.
}
access-case-export = { $band ->
    [young] { $name } ستا د دوسیې یوه کاپي جوړه کړه.
    [child] { $name } ({ $role }) ستا د دوسیې یوه کاپي جوړه کړه چې بل ځای ته یې ولېږي.
   *[adult] { $name } ({ $role }) دوسیه صادره کړه.
}
access-case-status-view = { $band ->
    [young] { $name } وکتل چې ستا دوسیه چېرته ده.
    [child] { $name } ({ $role }) وکتل چې ستا دوسیه په کوم پړاو کې ده.
   *[adult] { $name } ({ $role }) د دوسیې حالت وکوت.
}
access-case-stage-correct = { $band ->
    [young] { $name } ستا د دوسیې ګام سم کړ.
    [child] { $name } ({ $role }) ستا د دوسیې پړاو سم کړ.
   *[adult] { $name } ({ $role }) د دوسیې پړاو سم کړ.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name } وغوښتل چې ستا د دوسیې ګام سم کړي. لومړی باید یو بل کس هم موافق وي.
    [child] { $name } ({ $role }) وغوښتل چې ستا د دوسیې پړاو سم کړي. لومړی باید دویم څارونکی موافقه وکړي.
   *[adult] { $name } ({ $role }) د دوسیې د پړاو د سمون وړاندیز وکړ، چې دویم څارونکی یې باید تایید کړي.
}
access-case-stage-correct-withdraw = { $band ->
    [young] ستا د دوسیې د ګام د سمولو یوه غوښتنه ودرول شوه. هېڅ شی بدل نه شو.
    [child] { $name } ({ $role }) ستا د دوسیې د پړاو د سمولو یوه غوښتنه بنده کړه. هېڅ شی بدل نه شو.
   *[adult] { $name } ({ $role }) د پړاو د سمون یو وړاندیز بند کړ. د دوسیې پړاو بدل نه شو.
}
access-stage-corrections-list = { $band ->
    [young] { $name } د هغو ګامونو لېست ولید چې د سمېدو په تمه دي.
    [child] { $name } ({ $role }) د هغو سمونونو لېست ولید چې د تایید په تمه دي.
   *[adult] { $name } ({ $role }) د پړاو هغه سمونونه وکتل چې د تایید په تمه دي.
}
access-case-access-refused = { $band ->
    [young] { $name } هڅه وکړه چې ستا دوسیه پرانیزي. اجازه یې نه درلوده، نو هېڅ یې ونه لیدل.
    [child] { $name } ({ $role }) هڅه وکړه چې ستا دوسیه پرانیزي، خو اجازه یې نه درلوده. هېڅ یې ونه لیدل.
   *[adult] { $name } ({ $role }) هڅه وکړه چې د دوسیې معلوماتو ته لاسرسی ومومي، خو هڅه یې رد شوه. هېڅ شی نه وښودل شو او نه بدل شو.
}
access-case-member-remove = { $band ->
    [young] { $name } یو کس ستا له دوسیې څخه وایست.
    [child] { $name } ({ $role }) یو کس ستا له دوسیې څخه وایست.
   *[adult] { $name } ({ $role }) یو کس له دوسیې څخه لرې کړ.
}
access-cases-list = { $band ->
    [young] { $name } د خپلو دوسیو لېست ولید.
    [child] { $name } ({ $role }) د خپلو دوسیو لېست ولید.
   *[adult] { $name } ({ $role }) خپلې دوسیې وکتلې.
}
access-metrics-stages-view = { $band ->
    [young] { $name } د ډېرو دوسیو په اړه شمېرې وکتلې.
    [child] { $name } ({ $role }) د ټولو دوسیو په اړه شمېرې وکتلې، بې له نومونو.
   *[adult] { $name } ({ $role }) د ټولو دوسیو د پړاوونو شمېرې وکتلې.
}
access-staff-create = { $band ->
    [young] { $name } یو نوی مرسته کوونکی اضافه کړ.
    [child] { $name } ({ $role }) د ټیم د یو غړي لپاره حساب جوړ کړ.
   *[adult] { $name } ({ $role }) د ټیم د یو غړي حساب جوړ کړ.
}
access-staff-code-reissue = { $band ->
    [young] { $name } د یو مرسته کوونکي د ټیلیفون لپاره نوی کوډ جوړ کړ.
    [child] { $name } ({ $role }) د ټیم د یو غړي لپاره د ننوتلو نوی کوډ جوړ کړ.
   *[adult] { $name } ({ $role }) د ټیم د یو غړي حساب ته د ثبت نوی کوډ ورکړ.
}
access-staff-supervisor-set = { $band ->
    [young] { $name } ولیکل چې د یو مرسته کوونکي مشر څوک دی.
    [child] { $name } ({ $role }) د ټیم د یو غړي څارونکی ثبت کړ.
   *[adult] { $name } ({ $role }) د ټیم د یو غړي د حساب څارونکی ثبت کړ.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] ستا په حساب کې یو نوی ټیلیفون اضافه شو. د دې ټیلیفون کوډ { $name } ورکړ.
        [child] ستا په حساب کې یو نوی ټیلیفون اضافه شو. د دې ټیلیفون کوډ { $name } ({ $role }) ورکړ.
       *[adult] ستاسو په حساب کې یوه نوې وسیله ثبت شوه. د دې وسیلې د ثبت کوډ { $name } ({ $role }) ورکړ.
    }
    [child] { $band ->
        [young] د ماشوم په حساب کې یو نوی ټیلیفون اضافه شو. د دې ټیلیفون کوډ { $name } ورکړ.
        [child] د ماشوم په حساب کې یو نوی ټیلیفون اضافه شو. د دې ټیلیفون کوډ { $name } ({ $role }) ورکړ.
       *[adult] د ماشوم په حساب کې یوه نوې وسیله ثبت شوه. د دې وسیلې د ثبت کوډ { $name } ({ $role }) ورکړ.
    }
   *[other] { $band ->
        [young] ستا په دوسیه کې د یو کس لپاره یو نوی ټیلیفون اضافه شو. د دې ټیلیفون کوډ { $name } ورکړ.
        [child] ستا په دوسیه کې د یو کس لپاره یو نوی ټیلیفون اضافه شو. د دې ټیلیفون کوډ { $name } ({ $role }) ورکړ.
       *[adult] د دوسیې د یو غړي لپاره یوه نوې وسیله ثبت شوه. د دې وسیلې د ثبت کوډ { $name } ({ $role }) ورکړ.
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } هغه ژبه بدله کړه چې اپلیکېشن ورسره خبرې کوي.
    [child] { $name } ({ $role }) د خپلې ژبې تنظیمات بدل کړل.
   *[adult] { $name } ({ $role }) د ژبې خپل تنظیمات تازه کړل.
}
access-account-export = { $band ->
    [young] { $name } د خپلو معلوماتو یوه کاپي جوړه کړه.
    [child] { $name } ({ $role }) د خپلو معلوماتو یوه کاپي ډاونلوډ کړه.
   *[adult] { $name } ({ $role }) خپل معلومات صادر کړل.
}
access-devices-list = { $band ->
    [young] { $name } د یو حساب ټیلیفونونه وکتل.
    [child] { $name } ({ $role }) وکتل چې یو حساب کوم ټیلیفونونه کاروي.
   *[adult] { $name } ({ $role }) د یو حساب وسیلې وکتلې.
}
access-device-revoke = { $band ->
    [young] { $name } د یو ټیلیفون اړیکه پرې کړه.
    [child] { $name } ({ $role }) یو ټیلیفون له یو حساب څخه لرې کړ.
   *[adult] { $name } ({ $role }) د یوې وسیلې لاسرسی لغوه کړ.
}
access-keys-upload = { $band ->
    [young] { $name } یو ټیلیفون د خصوصي پیغامونو لپاره چمتو کړ.
    [child] { $name } ({ $role }) د خصوصي پیغامونو لپاره نوې کیلي شریکې کړې.
   *[adult] { $name } ({ $role }) د کوډ کولو نوې کیلي پورته کړې.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } د یو خصوصي پیغام د لېږلو لپاره هر څه چمتو کړل.
    [child] { $name } ({ $role }) د خصوصي خبرو اترو د پیلولو لپاره کیلي واخیستې.
   *[adult] { $name } ({ $role }) د خبرو اترو د پیلولو لپاره د کوډ کولو کیلي راواخیستې.
}
access-sealed-access-key-set = { $band ->
    [young] { $name } د خصوصي پیغامونو لپاره یوه نوې کیلي جوړه کړه.
    [child] { $name } ({ $role }) د خصوصي پیغامونو لپاره یوه نوې کیلي وټاکله.
   *[adult] { $name } ({ $role }) د پټ لېږونکي (sealed sender) لپاره د لاسرسي یوه نوې کیلي وټاکله.
}
access-audit-verify = { $band ->
    [young] { $name } وکتل چې د «چا څه وکړل» لېست خوندي دی.
    [child] { $name } ({ $role }) وکتل چې د «چا څه وکړل» ثبت نه دی بدل شوی.
   *[adult] { $name } ({ $role }) د پلټنې لېست تصدیق کړ.
}
access-retention-run = { $band ->
    [young] زاړه معلومات پاک شول، لکه څنګه چې قاعدې وايي.
    [child] زاړه معلومات پاک شول، لکه څنګه چې قاعدې وايي.
   *[adult] د ساتنې دندې هغه معلومات پاک کړل چې د ساتلو موده یې پوره شوې وه.
}
access-retention-dry-run = { $band ->
    [young] یو چا وکتل چې کوم زاړه معلومات پاکېدای شي. هېڅ شی پاک نه شو.
    [child] یو چا وکتل چې کوم زاړه معلومات پاکېدای شي. هېڅ شی پاک نه شو.
   *[adult] د ساتنې دندې یوې ازمایښتي چلونې هغه معلومات وشمېرل چې باید پاک شي. هېڅ شی پاک نه شو.
}
access-server-start = { $band ->
    [young] د Kinbridge کمپیوټر چالان شو.
    [child] د Kinbridge سرور چالان شو.
   *[adult] سرور چالان شو.
}
access-other = { $band ->
    [young] { $name } ستا په دوسیه کې یو کار وکړ.
    [child] { $name } ({ $role }) ستا په دوسیه کې یو کار وکړ.
   *[adult] { $name } ({ $role }) په دوسیه کې یو کار وکړ.
}
access-someone = د ټیم یو غړی
access-consent-age-set = { $band ->
    [young] { $name } ستا عمر ولیکه.
    [child] { $name } ({ $role }) ستا عمر ثبت کړ.
   *[adult] { $name } ({ $role }) د ماشوم عمر ثبت کړ.
}
access-consent-decide = { $band ->
    [young] { $name } ستا په اړه یوې پوښتنې ته «هو» یا «نه» وویل.
    [child] { $name } ({ $role }) د رضایت د یوې پوښتنې ځواب («هو» یا «نه») ثبت کړ.
   *[adult] { $name } ({ $role }) د رضایت یوه پرېکړه ثبت کړه.
}
access-consent-withdraw = { $band ->
    [young] { $name } هغه څه ودرول چې مخکې پرې موافقه شوې وه.
    [child] { $name } ({ $role }) یو رضایت بېرته واخیست.
   *[adult] { $name } ({ $role }) یو رضایت بېرته واخیست.
}
access-consent-list = { $band ->
    [young] { $name } وکتل چې ستا په اړه په کومو شیانو موافقه شوې ده.
    [child] { $name } ({ $role }) ستا رضایتونه وکتل.
   *[adult] { $name } ({ $role }) رضایتونه وکتل.
}
access-consent-override-request = { $band ->
    [young] { $name } وغوښتل چې بې له «هو» کار پرمخ یوړل شي، څو ته خوندي پاتې شې.
    [child] { $name } ({ $role }) وغوښتل چې ستا د خوندیتوب لپاره بې له رضایت کار پرمخ یوړل شي.
   *[adult] { $name } ({ $role }) د ماشوم د غوره ګټو لپاره وغوښتل چې د رضایت د یوې پرېکړې سره سره کار پرمخ یوړل شي.
}
access-consent-override-approve = { $band ->
    [young] { $name } موافقه وکړه چې بې له «هو» کار پرمخ یوړل شي، څو ته خوندي پاتې شې.
    [child] { $name } ({ $role }) موافقه وکړه چې ستا د خوندیتوب لپاره بې له رضایت کار پرمخ یوړل شي.
   *[adult] { $name } ({ $role }) هغه غوښتنه تایید کړه چې د رضایت د یوې پرېکړې سره سره کار پرمخ یوړل شي.
}
access-consent-request = { $band ->
    [young] { $name } له تا وپوښتل چې په یو شي موافقه کوې که نه.
    [child] { $name } ({ $role }) ستا رضایت وغوښت.
   *[adult] { $name } ({ $role }) یو رضایت وغوښت.
}
access-view-request = { $band ->
    [young] { $name } له تا وپوښتل چې ته څه فکر کوې.
    [child] { $name } ({ $role }) د یوې پرېکړې په اړه ستا نظر وغوښت.
   *[adult] { $name } ({ $role }) د یوې پرېکړې په اړه د ماشوم نظر وغوښت.
}
access-view-give = { $band ->
    [young] { $name } وویل چې څه فکر کوي.
    [child] { $name } ({ $role }) د یوې پرېکړې په اړه خپل نظر ورکړ.
   *[adult] { $name } ({ $role }) د یوې پرېکړې په اړه نظر ورکړ.
}
access-views-list = { $band ->
    [young] { $name } وکتل چې چا خپل نظر ویلی دی.
    [child] { $name } ({ $role }) وکتل چې د چا نظرونه ورکړل شوي دي.
   *[adult] { $name } ({ $role }) وکتل چې کوم نظرونه غوښتل شوي او ورکړل شوي دي.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } یو شکایت وکړ.
    [child] { $name } ({ $role }) یو شکایت وکړ.
   *[adult] { $name } ({ $role }): یو شکایت وشو.
}
access-complaint-read = { $band ->
    [young] { $name } د رسید په شمېره یو شکایت ولوست.
    [child] { $name } ({ $role }) د رسید په شمېره یو شکایت ولوست.
   *[adult] { $name } ({ $role }): د رسید په شمېره یو شکایت ولوستل شو.
}
access-complaint-follow-up = { $band ->
    [young] { $name } د رسید په شمېره یو شکایت ته نور څه ورزیات کړل.
    [child] { $name } ({ $role }) د رسید په شمېره یو شکایت ته نور څه ورزیات کړل.
   *[adult] { $name } ({ $role }): د رسید په شمېره یو شکایت ته نور معلومات ورزیات شول.
}
access-complaints-list = { $band ->
    [young] { $name } د شکایتونو لېست ولید.
    [child] { $name } ({ $role }) د شکایتونو لېست ولید.
   *[adult] { $name } ({ $role }) د شکایتونو د انتظار لېست وکوت.
}
access-complaint-view = { $band ->
    [young] { $name } یو شکایت ولید.
    [child] { $name } ({ $role }) یو شکایت پرانیست.
   *[adult] { $name } ({ $role }) یو شکایت پرانیست.
}
access-complaint-acknowledge = { $band ->
    [young] { $name } وویل چې یو شکایت یې لوستلی دی.
    [child] { $name } ({ $role }) د یو شکایت رسېدل تایید کړل.
   *[adult] { $name } ({ $role }) د یو شکایت رسېدل تایید کړل.
}
access-complaint-status-change = { $band ->
    [young] { $name } د یو شکایت حال بدل کړ.
    [child] { $name } ({ $role }) د یو شکایت حالت بدل کړ.
   *[adult] { $name } ({ $role }) د یو شکایت حالت بدل کړ.
}
access-complaint-reply = { $band ->
    [young] { $name } د یو شکایت په اړه یو څه ولیکل.
    [child] { $name } ({ $role }) په یو شکایت یو ځواب یا یادښت ولیکه.
   *[adult] { $name } ({ $role }) په یو شکایت یو ځواب یا داخلي یادښت ولیکه.
}
access-complaint-triage = { $band ->
    [young] { $name } یو شکایت ترتیب کړ.
    [child] { $name } ({ $role }) یو شکایت ترتیب کړ (څوک یې مسؤل دی، نښانونه).
   *[adult] { $name } ({ $role }) د یو شکایت ډلبندي وکړه.
}
access-complaint-keys-share = { $band ->
    [young] { $name } د شکایتونو د ټیم یو نوي ټیلیفون ته اجازه ورکړه چې یو شکایت ولولي.
    [child] { $name } ({ $role }) د شکایتونو د ټیم یو نوي ټیلیفون ته اجازه ورکړه چې یو شکایت ولولي.
   *[adult] { $name } ({ $role }) د یو شکایت کیلي د شکایتونو د ټیم له یوې وسیلې سره شریکه کړه چې وروسته اضافه شوې وه.
}
access-complaint-escalate = { $band ->
    [young] یو بیړنی شکایت نورو کسانو ته ولېږل شو.
    [child] یو بیړنی شکایت راتلونکو نوکریوالو کسانو ته ولېږل شو.
   *[adult] یو بیړنی شکایت چې رسېدل یې تایید شوي نه وو، د نوکریوالۍ راتلونکې کچې ته ولېږل شو.
}
access-complaint-deadline-warn = { $band ->
    [young] یو شکایت ډېر وخت په تمه دی.
    [child] د یو شکایت موده نږدې پای ته رسېږي، یا تېره شوې ده.
   *[adult] د یو شکایت د مودې ۸۰ سلنه پوره شوه، یا موده تېره شوه.
}
access-complaint-identity-request = { $band ->
    [young] { $name } وپوښتل چې شکایت چا کړی دی.
    [child] { $name } ({ $role }) وغوښتل چې پوه شي شکایت چا کړی دی.
   *[adult] { $name } ({ $role }) د شکایت کوونکي د هویت غوښتنه وکړه.
}
access-complaint-identity-decide = { $band ->
    [young] { $name } پرېکړه وکړه چې څوک پوهېدای شي شکایت چا کړی دی.
    [child] { $name } ({ $role }) د شکایت کوونکي د پېژندلو په یوه غوښتنه پرېکړه وکړه.
   *[adult] { $name } ({ $role }) د هویت په یوه غوښتنه پرېکړه وکړه.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } ته معلومه شوه چې شکایت چا کړی دی.
    [child] { $name } ({ $role }) ته له تایید وروسته معلومه شوه چې شکایت چا کړی دی.
   *[adult] { $name } ({ $role }) له تایید وروسته د شکایت کوونکي هویت ولوست.
}
access-complaint-custodian-set = { $band ->
    [young] { $name } هغه کسان بدل کړل چې په شکایتونو کې د نومونو په اړه پرېکړه کوي.
    [child] { $name } ({ $role }) د شکایتونو امانتدار بدل کړ.
   *[adult] { $name } ({ $role }) د شکایتونو د امانتدارۍ حق بدل کړ.
}
access-complaint-on-call-set = { $band ->
    [young] { $name } د شکایتونو لپاره نوکریوال کسان بدل کړل.
    [child] { $name } ({ $role }) د شکایتونو لپاره خپله نوکریوالي بدله کړه.
   *[adult] { $name } ({ $role }) د بیړنیو شکایتونو لپاره د خپلې نوکریوالۍ کچه بدله کړه.
}
access-complaint-expiry-warn = { $band ->
    [young] یو زوړ شکایت به ژر پاک شي.
    [child] یو بند شکایت به ژر پاک شي.
   *[adult] یو بند شکایت د خبرداري له مودې وروسته د پاکېدو لپاره په نښه شو.
}
access-complaint-delete = { $band ->
    [young] یو زوړ شکایت پاک شو.
    [child] یو بند شکایت پاک شو.
   *[adult] یو بند شکایت پاک شو.
}
access-complaint-metrics-view = { $band ->
    [young] { $name } د شکایتونو شمېرې وکتلې.
    [child] { $name } ({ $role }) د شکایتونو شمېرې وکتلې.
   *[adult] { $name } ({ $role }) د شکایتونو ارقام وکتل.
}

# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
access-checkin-record = { $band ->
    [young] { $name } وښودل چې ځان څنګه احساسوي.
    [child] { $name } ({ $role }) خپل حال شریک کړ.
   *[adult] { $name } ({ $role }) خپل حال شریک کړ.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } وټاکل چې ته څو ځله کولای شې وښیې چې ځان څنګه احساسوې.
    [child] { $name } ({ $role }) وټاکل چې څو ځله د حال شریکولو وړاندیز وشي.
   *[adult] { $name } ({ $role }) وټاکل چې څو ځله د حال شریکولو وړاندیز وشي.
}
access-checkins-list = { $band ->
    [young] { $name } هغه وختونه وکتل چې تا پکې خپل احساس ښودلی و.
    [child] { $name } ({ $role }) هغه وختونه وکتل چې حال پکې شریک شوی و.
   *[adult] { $name } ({ $role }) د حال شریکولو وختونه وکتل.
}
access-help-request = { $band ->
    [young] { $name } همدا اوس مرسته وغوښته.
    [child] { $name } ({ $role }) همدا اوس مرسته وغوښته.
   *[adult] { $name } ({ $role }) همدا اوس مرسته وغوښته.
}
access-missing-flag = { $band ->
    [young] { $name } وویل چې نه پوهېږي ته چېرته یې.
    [child] { $name } ({ $role }) ستا د ورکېدو خبر ورکړ.
   *[adult] { $name } ({ $role }) د ماشوم د ورکېدو راپور ورکړ.
}
access-alert-escalate = { $band ->
    [young] نورو مرسته کوونکو ته هم خبر ورکړل شو.
    [child] نورو نوکریوالو کسانو ته هم خبر ورکړل شو، ځکه چې تر اوسه هېچا ځواب نه و ورکړی.
   *[adult] خبرداری د نوکریوالۍ راتلونکې کچې ته ولاړ: هېچا یې رسېدل نه وو تایید کړي.
}
access-alert-acknowledge = { $band ->
    [young] { $name } د مرستې غوښتنه ولیده.
    [child] { $name } ({ $role }) خبرداری ولید او په غاړه یې واخیست.
   *[adult] { $name } ({ $role }) د خبرداري رسېدل تایید کړل.
}
access-alert-resolve = { $band ->
    [young] { $name } د مرستې غوښتنه بنده کړه.
    [child] { $name } ({ $role }) خبرداری بند کړ.
   *[adult] { $name } ({ $role }) خبرداری حل کړ.
}
access-alert-list = { $band ->
    [young] { $name } د مرستې غوښتنې وکتلې.
    [child] { $name } ({ $role }) پرانیستي خبرداري وکتل.
   *[adult] { $name } ({ $role }) پرانیستي خبرداري وکتل.
}
access-alert-metrics = { $band ->
    [young] { $name } د مرستې د غوښتنو په اړه شمېرې وکتلې.
    [child] { $name } ({ $role }) د خبرداریو شمېرې وکتلې (بې له نومونو).
   *[adult] { $name } ({ $role }) د خبرداریو ټولیز ارقام وکتل.
}
access-roster-set = { $band ->
    [young] { $name } نوکریوال کسان بدل کړل.
    [child] { $name } ({ $role }) د خبرداریو لپاره نوکریوال کسان بدل کړل.
   *[adult] { $name } ({ $role }) د نوکریوالۍ مهالوېش بدل کړ.
}
access-case-risk-set = { $band ->
    [young] { $name } وټاکل چې کوم مرسته کوونکي لومړی خبر شي.
    [child] { $name } ({ $role }) وټاکل چې د خبرداریو په اړه کوم متخصصین لومړی خبر شي.
   *[adult] { $name } ({ $role }) د خبرداریو د لېږلو لپاره د دوسیې د خطر کچه وټاکله.
}
