# Consent receipts: the short text a person gets after each consent decision, in their
# language and at their age band. $band is `young` (0–9), `child` (10–17) or `adult`;
# $title is the notice's title (what the question was about); $date is the day (YYYY-MM-DD).
# Dari (fa): machine draft (not reviewed). تو for `young`, شما for `child` and `adult`.
# Dari marks no grammatical gender, so the text is the same for everyone.

consent-receipt-given = { $band ->
    [young] تو به این «بلی» گفتی: { $title }. اگر نظرت تغییر کرد، به سرپرستت یا مددکارت بگو.
    [child] شما به این «بلی» گفتید: { $title } ({ $date }). هر وقت بخواهید، می‌توانید نظر خود را تغییر بدهید: در اپلیکیشن روی «توقف» بزنید، یا به مددکار خود بگویید.
   *[adult] موافقت داده شد: { $title } ({ $date }). این موافقت را هر وقت می‌توان در اپلیکیشن یا از طریق مددکار پس گرفت.
}
consent-receipt-refused = { $band ->
    [young] تو به این «نه» گفتی: { $title }. عیبی ندارد. باز هم به تو کمک می‌شود.
    [child] شما به این «نه» گفتید: { $title } ({ $date }). این انتخاب شماست، و همهٔ کمک‌های دیگر را باز هم می‌گیرید.
   *[adult] موافقت داده نشد: { $title } ({ $date }). آنچه خواسته شده بود انجام نمی‌شود، مگر این‌که دو کارمند تصمیم بگیرند که امنیت یا بهترین منافع طفل آن را ایجاب می‌کند؛ این تصمیم هم ثبت می‌شود.
}
consent-receipt-withdrawn = { $band ->
    [young] تو خواستی این متوقف شود: { $title }. حالا متوقف شده است.
    [child] شما «بلی» خود را پس گرفتید: { $title } ({ $date }). از همان لحظه متوقف شد.
   *[adult] موافقت پس گرفته شد: { $title } ({ $date }). از همان لحظه متوقف شد؛ کارهایی که پیش از آن انجام شده است، برگردانده نمی‌شود.
}
consent-receipt-recorded = { $band ->
    [young] چیزی نوشته شد دربارهٔ: { $title }. مددکارت می‌تواند به تو بگوید که معنایش چیست.
    [child] این مطلب ثبت شد، دربارهٔ: { $title } ({ $date }). اگر می‌خواهید بیشتر بدانید، از مددکار خود بپرسید.
   *[adult] ثبت شد، مربوط به: { $title } ({ $date }).
}
