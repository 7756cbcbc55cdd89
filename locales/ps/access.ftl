# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.
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
access-other = { $band ->
    [young] { $name } ستا په دوسیه کې یو کار وکړ.
    [child] { $name } ({ $role }) ستا په دوسیه کې یو کار وکړ.
   *[adult] { $name } ({ $role }) په دوسیه کې یو کار وکړ.
}
access-someone = د ټیم یو غړی
