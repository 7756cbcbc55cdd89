# Consent receipts: the short text a person gets after each consent decision, in their
# language and at their age band. $band is `young` (0–9), `child` (10–17) or `adult`;
# $title is the notice's title (what the question was about); $date is the day (YYYY-MM-DD).
# ps: machine draft (not reviewed by a native speaker). `young` and `child` address the
# child as ته (as in access.ftl); no predicate adjective or participle about the reader,
# only present/subjunctive verbs and past transitive verbs agreeing with their object.

consent-receipt-given = { $band ->
    [young] تا دې ته «هو» وویل: { $title }. که خپل نظر بدل کړې، خپل سرپرست یا ټولنیز کارکوونکي ته ووایه.
    [child] تا دې ته «هو» وویل: { $title } ({ $date }). ته هر وخت کولای شې خپل نظر بدل کړې: په اپلیکېشن کې د «ودروه» تڼۍ کېکاږه، یا خپل ټولنیز کارکوونکي ته ووایه.
   *[adult] رضایت ورکړل شو: { $title } ({ $date }). هر وخت په اپلیکېشن کې یا د ټولنیز کارکوونکي له لارې بېرته اخیستل کېدای شي.
}
consent-receipt-refused = { $band ->
    [young] تا دې ته «نه» وویل: { $title }. دا سمه ده. بیا هم درسره مرسته کېږي.
    [child] تا دې ته «نه» وویل: { $title } ({ $date }). دا ستا خپله خوښه ده، او نورې ټولې مرستې به بیا هم ترلاسه کوې.
   *[adult] رضایت نه دی ورکړل شوی: { $title } ({ $date }). هغه څه چې غوښتل شوي وو، نه ترسره کېږي، مګر دا چې د ټیم دوه غړي پرېکړه وکړي چې د ماشوم خوندیتوب یا غوره ګټې ورته اړتیا لري؛ دا پرېکړه هم ثبت کېږي.
}
consent-receipt-withdrawn = { $band ->
    [young] تا وغوښتل چې دا ودرېږي: { $title }. اوس ودرېد.
    [child] تا خپل «هو» بېرته واخیست: { $title } ({ $date }). له هماغې شېبې څخه ودرېد.
   *[adult] رضایت بېرته واخیستل شو: { $title } ({ $date }). له هماغې شېبې څخه ودرېد؛ هغه څه چې مخکې شوي دي، بېرته نه اړول کېږي.
}
consent-receipt-recorded = { $band ->
    [young] د دې په اړه یو څه ولیکل شو: { $title }. ستا ټولنیز کارکوونکی کولای شي درته ووایي چې دا څه مانا لري.
    [child] د دې په اړه دا ثبت شو: { $title } ({ $date }). که غواړې نور معلومات ولرې، له خپل ټولنیز کارکوونکي وپوښته.
   *[adult] د دې لپاره ثبت شو: { $title } ({ $date }).
}
