# Consent receipts: the short text a person gets after each consent decision, in their
# language and at their age band. $band is `young` (0–9), `child` (10–17) or `adult`;
# $title is the notice's title (what the question was about); $date is the day (YYYY-MM-DD).
# Arabic: machine draft (not reviewed). No $gender: the child texts use "جوابك …" and
# "يمكنك + verbal noun" (no imperatives, no present-tense "you" verbs), as in the notices.

consent-receipt-given = { $band ->
    [young] جوابك «نعم» عن: { $title }. إذا غيرت رأيك، يمكنك إخبار الوصي عليك أو الأخصائي الاجتماعي.
    [child] جوابك «نعم» عن: { $title } ({ $date }). يمكنك تغيير رأيك في أي وقت: بالضغط على «إيقاف» في التطبيق، أو بإخبار الأخصائي الاجتماعي.
   *[adult] أُعطيت الموافقة: { $title } ({ $date }). يمكن سحبها في أي وقت في التطبيق أو عن طريق الأخصائي الاجتماعي.
}
consent-receipt-refused = { $band ->
    [young] جوابك «لا» عن: { $title }. لا بأس بذلك. وما زال هناك من يساعدك.
    [child] جوابك «لا» عن: { $title } ({ $date }). هذا اختيارك، وستبقى كل المساعدة الأخرى متاحة لك.
   *[adult] رُفضت الموافقة: { $title } ({ $date }). لن يُتخذ أي إجراء بشأن ما طُلب إلا إذا قرر اثنان من الموظفين أن سلامة الطفل أو مصلحته الفضلى تقتضي ذلك، ويُسجَّل هذا القرار أيضًا.
}
consent-receipt-withdrawn = { $band ->
    [young] جوابك «توقف» عن: { $title }. وقد توقف ذلك.
    [child] لم يعد جوابك «نعم» عن: { $title } ({ $date }). توقف ذلك منذ تلك اللحظة.
   *[adult] سُحبت الموافقة: { $title } ({ $date }). توقف العمل بها منذ تلك اللحظة، ولا يُلغى ما تم قبل ذلك.
}
consent-receipt-recorded = { $band ->
    [young] كُتب شيء عن: { $title }. يمكن للأخصائي الاجتماعي أن يشرح لك معناه.
    [child] سُجّل هذا بخصوص: { $title } ({ $date }). إذا أردت معرفة المزيد، يمكنك سؤال الأخصائي الاجتماعي.
   *[adult] تم التسجيل بخصوص: { $title } ({ $date }).
}
