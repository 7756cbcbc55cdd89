# Case status texts, version 1. Published: never edit in place; a change is a new version
# folder (content/status/v2/…).
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# ps: b0to5–b13to15 address the child as ته (singular); b16to17 and adult as تاسو (polite).
# $gender (feminine / masculine / *neutral) is used only where a form addressing the
# reader would differ for a girl and a boy; the neutral default avoids gendered forms.

## registered

status-registered-b0to5-title = اوس موږ تا پېژنو
status-registered-b0to5-meaning = مهربانو خلکو ستا نوم ولیکه. هغوی غواړي ستا مرسته وکړي.
status-registered-b0to5-next = ډېر ژر به ستا د کورنۍ په لټه شي.
status-registered-b0to5-can-do = ته کولای شې هغه لوی کس ته چې باور پرې لرې، ووایې چې څنګه احساس کوې.
status-registered-b0to5-ask = ته کولای شې له خپل سرپرست یا ټولنیز کارکوونکي څخه هر څه وپوښتې.

status-registered-b6to9-title = ستا نوم ثبت شو
status-registered-b6to9-meaning = ستا ټولنیز کارکوونکي ستا لپاره یوه دوسیه جوړه کړې ده. د دې دوسیې په مرسته، خلک ستا مرسته کولای شي.
status-registered-b6to9-next = وروسته، ستا ټولنیز کارکوونکی به له تا سره خبرې وکړي. بیا به ستا د کورنۍ لټون پیل کړي.
status-registered-b6to9-can-do = ته کولای شې خپل ټولنیز کارکوونکي ته د خپلې کورنۍ د غړو نومونه ووایې. هغه ځایونه هم ورته ویلای شې چې درته یاد دي.
status-registered-b6to9-ask = ستا سرپرست او ټولنیز کارکوونکی ستا تر څنګ دي. له هغوی څخه هره پوښتنه کولای شې.

status-registered-b10to12-title = ستا دوسیه پرانیستل شوه
status-registered-b10to12-meaning = ستا ټولنیز کارکوونکي ستا لپاره دوسیه پرانیستې ده. په دې کې هغه معلومات ساتل کېږي چې ستا د کورنۍ په موندلو کې مرسته کوي.
status-registered-b10to12-next = ستا ټولنیز کارکوونکی به ستا د کورنۍ په اړه له تا سره خبرې وکړي. بیا ستا د کورنۍ لټون پیل کېدای شي.
status-registered-b10to12-can-do = فکر وکړه چې کوم نومونه، ځایونه او د ټیلیفون شمېرې درته یاد دي. هر څه مرسته کولای شي، حتی وړې خبرې هم.
status-registered-b10to12-ask = که په کوم شي نه پوهېږې، له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته.

status-registered-b13to15-title = ستا دوسیه پرانیستل شوه
status-registered-b13to15-meaning = ستا ټولنیز کارکوونکي ستا نوم ثبت کړی او ستا دوسیه یې پرانیستې ده. ستا په دوسیه کې هغه څه دي چې ستا د کورنۍ د لټون لپاره اړین دي.
status-registered-b13to15-next = ستا ټولنیز کارکوونکی به له تا سره ستا د کورنۍ او ستا د هیلو په اړه خبرې وکړي. له هغې وروسته، ستا د کورنۍ لټون پیلېږي.
status-registered-b13to15-can-do = هغه نومونه، ځایونه، د ټیلیفون شمېرې او د ټولنیزو رسنیو حسابونه ولیکه چې درته یاد دي. خپل ټولنیز کارکوونکي ته ووایه چې ته څه غواړې چې وشي.
status-registered-b13to15-ask = ستا سرپرست او ټولنیز کارکوونکی ستا پوښتنو ته ځواب ویلای شي. ته کولای شې د ژباړونکي غوښتنه هم وکړې.

status-registered-b16to17-title = ستاسو دوسیه پرانیستل شوه
status-registered-b16to17-meaning = ستاسو نوم ثبت شوی، او ستاسو ټولنیز کارکوونکي ستاسو دوسیه پرانیستې ده. یوازې هغه کسان یې لیدلای شي چې ستاسو په دوسیه کار کوي.
status-registered-b16to17-next = ستاسو ټولنیز کارکوونکی به له تاسو سره ستاسو د کورنۍ او ستاسو د هیلو په اړه خبرې وکړي. بیا د کورنۍ لټون پیل کېدای شي.
status-registered-b16to17-can-do = هر هغه معلومات شریک کړئ چې ستاسو د کورنۍ په موندلو کې مرسته کولای شي: نومونه، ځایونه، د ټیلیفون شمېرې، ټولنیزې رسنۍ. خپل ټولنیز کارکوونکي ته ووایئ چې تاسو څه غواړئ.
status-registered-b16to17-ask = له خپل سرپرست، ټولنیز کارکوونکي یا وکیل څخه وپوښتئ. تاسو هر وخت کولای شئ د ژباړونکي غوښتنه وکړئ.

status-registered-adult-title = دوسیه پرانیستل شوه
status-registered-adult-meaning = یو ټولنیز کارکوونکي د ماشوم نوم ثبت کړی، او د ماشوم د کورنۍ د لټون لپاره یې دوسیه پرانیستې ده.
status-registered-adult-next = ټولنیز کارکوونکی به معلومات راټول کړي، بیا به د ماشوم د کورنۍ لټون پیل کړي.
status-registered-adult-can-do = خپل ټیلیفون روښانه وساتئ او دا اپلیکېشن ګورئ. معلومات یوازې له ټولنیز کارکوونکي سره شریک کړئ.
status-registered-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## tracing

status-tracing-b0to5-title = ستا د کورنۍ لټون
status-tracing-b0to5-meaning = ډېر مهربان خلک ستا د کورنۍ په لټه کې دي.
status-tracing-b0to5-next = دا کار کېدای شي ډېر وخت ونیسي. تر څو چې هغوی لټون کوي، ته خوندي یې.
status-tracing-b0to5-can-do = ته کولای شې لوبې وکړې، دمه وکړې، او ووایې چې غېږ کې دې ونیسي.
status-tracing-b0to5-ask = ته کولای شې له خپل سرپرست څخه وپوښتې چې لټون څنګه روان دی.

status-tracing-b6to9-title = ستا د کورنۍ لټون
status-tracing-b6to9-meaning = خلک ستا د کورنۍ په لټه کې دي. هغوی په ډېرو ځایونو کې له نورو مرسته کوونکو څخه پوښتنه کوي.
status-tracing-b6to9-next = لټون کېدای شي ډېر وخت ونیسي. کله چې نوی خبر راشي، ستا ټولنیز کارکوونکی به درته ووایي.
status-tracing-b6to9-can-do = { $gender ->
    [feminine] که کوم نوی شی دې په یاد راشي، خپل ټولنیز کارکوونکي ته یې ووایه. که خفه یا اندېښمنه یې، دا عادي خبره ده.
    [masculine] که کوم نوی شی دې په یاد راشي، خپل ټولنیز کارکوونکي ته یې ووایه. که خفه یا اندېښمن یې، دا عادي خبره ده.
   *[neutral] که کوم نوی شی دې په یاد راشي، خپل ټولنیز کارکوونکي ته یې ووایه. خفه کېدل یا اندېښنه لرل عادي خبره ده.
}
status-tracing-b6to9-ask = ستا سرپرست او ټولنیز کارکوونکی درته ویلای شي چې لټون څنګه روان دی.

status-tracing-b10to12-title = ستا د کورنۍ لټون
status-tracing-b10to12-meaning = ستا ټولنیز کارکوونکی ستا کورنۍ لټوي. هغه په نورو ځایونو او نورو هېوادونو کې له مرسته کوونکو سره کار کوي.
status-tracing-b10to12-next = لټون کېدای شي څو اونۍ یا څو میاشتې ونیسي. کله چې څوک پیدا شي، ستا ټولنیز کارکوونکی به درته ووایي.
status-tracing-b10to12-can-do = که دې کوم نوم، ځای یا د ټیلیفون شمېره په یاد راشي، خپل ټولنیز کارکوونکي ته یې ووایه. ښوونځي ته ځه، او هغه کارونه کوه چې خوند درکوي.
status-tracing-b10to12-ask = له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته چې لټون څنګه روان دی.

status-tracing-b13to15-title = ستا د کورنۍ لټون
status-tracing-b13to15-meaning = ستا ټولنیز کارکوونکی او همکارې ادارې دلته او په نورو هېوادونو کې ستا کورنۍ لټوي.
status-tracing-b13to15-next = لټون کېدای شي ډېر وخت ونیسي. کله چې داسې څوک پیدا شي چې کېدای شي ستا له کورنۍ څخه وي، درته به ووایي.
status-tracing-b13to15-can-do = هر نوی شی چې دې په یاد راشي، ووایه یې. پخپله له خلکو سره د اړیکې هڅه مه کوه: لومړی له خپل ټولنیز کارکوونکي څخه وپوښته، چې خوندي پاتې شې.
status-tracing-b13to15-ask = ستا سرپرست او ټولنیز کارکوونکی درته ویلای شي چې تر اوسه څه شوي دي.

status-tracing-b16to17-title = د کورنۍ لټون
status-tracing-b16to17-meaning = ستاسو ټولنیز کارکوونکی او همکارې ادارې دلته او په بهر کې ستاسو کورنۍ لټوي.
status-tracing-b16to17-next = لټون کېدای شي ډېر وخت ونیسي. هر کله چې داسې څوک پیدا شي چې کېدای شي ستاسو له کورنۍ څخه وي، سمدستي به درته ووایي.
status-tracing-b16to17-can-do = نوي معلومات له خپل ټولنیز کارکوونکي سره شریک کړئ. مخکې له دې چې پخپله له چا سره اړیکه ونیسئ، له خپل ټولنیز کارکوونکي سره خبرې وکړئ، څو ستاسو او د هغوی لپاره خوندي وي.
status-tracing-b16to17-ask = له خپل ټولنیز کارکوونکي یا سرپرست څخه وپوښتئ چې تر اوسه څه شوي او وروسته به څه کېږي.

status-tracing-adult-title = د کورنۍ لټون
status-tracing-adult-meaning = ټولنیز کارکوونکی او همکارې ادارې د ماشوم د کورنۍ غړي لټوي.
status-tracing-adult-next = لټون وخت نیسي. ټولنیز کارکوونکی به د کورنۍ له هغو غړو سره اړیکه ونیسي چې پیدا شي.
status-tracing-adult-can-do = ټولنیز کارکوونکي ته هر هغه معلومات ورکړئ چې مرسته کولای شي. د ماشوم معلومات له نورو سره مه شریکوئ.
status-tracing-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## family found

status-family-found-b0to5-title = یو څوک پیدا شو
status-family-found-b0to5-meaning = مرسته کوونکو یو څوک موندلی چې کېدای شي ستا له کورنۍ څخه وي.
status-family-found-b0to5-next = لومړی به وګوري چې دا رښتیا ستا کورنۍ ده.
status-family-found-b0to5-can-do = ته کولای شې له خپل سرپرست څخه وغواړې چې نور درته ووایي.
status-family-found-b0to5-ask = ستا سرپرست او ټولنیز کارکوونکی به درته ووایي چې څه کېږي.

status-family-found-b6to9-title = کېدای شي یو څوک ستا له کورنۍ څخه وي
status-family-found-b6to9-meaning = ستا ټولنیز کارکوونکي یو کس موندلی چې کېدای شي ستا له کورنۍ څخه وي.
status-family-found-b6to9-next = ستا ټولنیز کارکوونکی به وګوري چې دا کس رښتیا ستا له کورنۍ څخه دی. دا کار کېدای شي یو څه وخت ونیسي.
status-family-found-b6to9-can-do = ته کولای شې خپل ټولنیز کارکوونکي ته ووایې چې د دې خبر په اړه څه احساس لرې.
status-family-found-b6to9-ask = د دې په اړه له خپل سرپرست یا ټولنیز کارکوونکي څخه هر څه وپوښته.

status-family-found-b10to12-title = کېدای شي یو څوک ستا له کورنۍ څخه وي
status-family-found-b10to12-meaning = ستا ټولنیز کارکوونکي یو کس موندلی چې کېدای شي ستا د کورنۍ غړی وي.
status-family-found-b10to12-next = ستا ټولنیز کارکوونکی به لومړی وګوري چې دا کس رښتیا ستا له کورنۍ څخه دی. یوازې له هغې وروسته ته له دې کس سره خبرې کولای شې.
status-family-found-b10to12-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه احساس لرې او څه غواړې. ستا هیلې مهمې دي.
status-family-found-b10to12-ask = که پوښتنې لرې، له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته.

status-family-found-b13to15-title = د کورنۍ یو احتمالي غړی پیدا شو
status-family-found-b13to15-meaning = ستا ټولنیز کارکوونکي یو کس موندلی چې کېدای شي ستا د کورنۍ غړی وي.
status-family-found-b13to15-next = ستا ټولنیز کارکوونکی به وګوري چې دا کس څوک دی. اړیکه یوازې هغه وخت پیل کېدای شي چې هر څه وکتل شي او خوندي وي.
status-family-found-b13to15-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه غواړې او کومې اندېښنې لرې. که اړیکه نه غواړې، ویلای یې شې.
status-family-found-b13to15-ask = ستا سرپرست او ټولنیز کارکوونکی ستا پوښتنو ته ځواب ویلای شي.

status-family-found-b16to17-title = د کورنۍ یو احتمالي غړی پیدا شو
status-family-found-b16to17-meaning = ستاسو ټولنیز کارکوونکي یو کس موندلی چې کېدای شي ستاسو د کورنۍ غړی وي.
status-family-found-b16to17-next = ټولنیز کارکوونکی به د دې کس هویت او له تاسو سره یې خپلوي تایید کړي. اړیکه یوازې هغه وخت پیلېږي چې تایید شي او خوندي وي.
status-family-found-b16to17-can-do = خپلې هیلې او اندېښنې خپل ټولنیز کارکوونکي ته ووایئ. ستاسو نظر د پرېکړې برخه ده.
status-family-found-b16to17-ask = له خپل ټولنیز کارکوونکي، سرپرست یا وکیل څخه وپوښتئ.

status-family-found-adult-title = یو احتمالي خپلوان پیدا شو
status-family-found-adult-meaning = ټولنیز کارکوونکي یو کس موندلی چې کېدای شي د ماشوم خپلوان وي.
status-family-found-adult-next = ټولنیز کارکوونکی به له هر ډول اړیکې مخکې هویتونه او خپلوي تایید کړي.
status-family-found-adult-can-do = د ټولنیز کارکوونکي پوښتنو ته ځواب ورکړئ. هغه اسناد او عکسونه چمتو وساتئ چې ستاسو خپلوي ښيي.
status-family-found-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## verifying

status-verifying-b0to5-title = کتنه
status-verifying-b0to5-meaning = مرسته کوونکي ګوري چې دا کس رښتیا ستا له کورنۍ څخه دی.
status-verifying-b0to5-next = کله چې ډاډه شي، درته به ووایي.
status-verifying-b0to5-can-do = که دې زړه غواړي، له خپل سرپرست سره عکسونه کتلای شې.
status-verifying-b0to5-ask = ته کولای شې له خپل سرپرست څخه وپوښتې چې څه کېږي.

status-verifying-b6to9-title = کتنه
status-verifying-b6to9-meaning = ستا ټولنیز کارکوونکی ګوري چې دا کس رښتیا ستا له کورنۍ څخه دی.
status-verifying-b6to9-next = کېدای شي له تا څخه څو پوښتنې وکړي یا درته عکسونه وښيي. بیا به درته ووایي چې څه یې معلوم کړل.
status-verifying-b6to9-can-do = یوازې هغو پوښتنو ته ځواب ورکړه چې ځواب یې غواړې. که نه پوهېږې، ویلای شې چې نه پوهېږم. دا سمه ده.
status-verifying-b6to9-ask = { $gender ->
    [feminine] که اندېښمنه یې، خپل سرپرست یا ټولنیز کارکوونکي ته ووایه.
    [masculine] که اندېښمن یې، خپل سرپرست یا ټولنیز کارکوونکي ته ووایه.
   *[neutral] که اندېښنه لرې، خپل سرپرست یا ټولنیز کارکوونکي ته ووایه.
}

status-verifying-b10to12-title = معلومول چې دا کس څوک دی
status-verifying-b10to12-meaning = ستا ټولنیز کارکوونکی ګوري چې پیدا شوی کس رښتیا ستا له کورنۍ څخه دی.
status-verifying-b10to12-next = کېدای شي له تا څخه څو پوښتنې وشي یا درته عکسونه وښودل شي. ستا ټولنیز کارکوونکی به پایله درته ووایي.
status-verifying-b10to12-can-do = څومره چې کولای شې، ښه ځواب ورکړه. دا سمه ده چې ووایې نه پوهېږم، یا راته یاد نه دي.
status-verifying-b10to12-ask = که پوښتنې یا اندېښنې لرې، ستا سرپرست او ټولنیز کارکوونکی ستا تر څنګ دي.

status-verifying-b13to15-title = د کورنۍ د خپلوۍ کتنه
status-verifying-b13to15-meaning = ستا ټولنیز کارکوونکی ګوري چې پیدا شوی کس رښتیا ستا له کورنۍ څخه دی او له تا سره اړیکه غواړي.
status-verifying-b13to15-next = کېدای شي له تا څخه پوښتنې وشي، یا درته عکسونه یا اسناد وښودل شي. پایله به درته ووایي.
status-verifying-b13to15-can-do = رښتیا ځواب ورکړه. ته ویلای شې چې راته یاد نه دي، او کولای شې دمه وکړې.
status-verifying-b13to15-ask = د هر هغه شي په اړه چې اندېښنه درکوي، له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته.

status-verifying-b16to17-title = تصدیق
status-verifying-b16to17-meaning = ستاسو ټولنیز کارکوونکی د پیدا شوي کس هویت او له تاسو سره یې خپلوي تصدیقوي.
status-verifying-b16to17-next = کېدای شي له تاسو څخه پوښتنې وشي، یا درته عکسونه او اسناد وښودل شي. پایله به درته ووایي.
status-verifying-b16to17-can-do = رښتیا ځواب ورکړئ، او که کوم شی سم نه ښکاري، ووایئ یې. تاسو هر وخت کولای شئ دمه وکړئ.
status-verifying-b16to17-ask = له خپل ټولنیز کارکوونکي، سرپرست یا وکیل څخه وپوښتئ.

status-verifying-adult-title = تصدیق
status-verifying-adult-meaning = ټولنیز کارکوونکی د کورنۍ خپلوي او د اړوندو کسانو هویتونه تصدیقوي.
status-verifying-adult-next = کېدای شي له تاسو څخه اسناد یا عکسونه وغوښتل شي، یا مرکه وشي. ټولنیز کارکوونکی به پایله درته ووایي.
status-verifying-adult-can-do = د ټولنیز کارکوونکي پوښتنو ته ځواب ورکړئ، او کله چې وغوښتل شي، اسناد ورکړئ.
status-verifying-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## assessing

status-assessing-b0to5-title = ګورو چې هر څه خوندي وي
status-assessing-b0to5-meaning = مرسته کوونکي ګوري چې دا ستا لپاره خوندي او ښه وي.
status-assessing-b0to5-next = هغوی به تا او ستا کورنۍ ته غوږ ونیسي.
status-assessing-b0to5-can-do = ته کولای شې خپل سرپرست ته ووایې چې څنګه احساس کوې.
status-assessing-b0to5-ask = ته کولای شې له خپل سرپرست څخه هر څه وپوښتې.

status-assessing-b6to9-title = ګورو چې هر څه خوندي وي
status-assessing-b6to9-meaning = ستا ټولنیز کارکوونکی ګوري چې له کورنۍ سره اوسېدل ستا لپاره خوندي او ښه دي.
status-assessing-b6to9-next = ستا ټولنیز کارکوونکی به له تا او ستا کورنۍ سره خبرې وکړي. بیا به لویان یوځای پرېکړه وکړي.
status-assessing-b6to9-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه غواړې او څه شی اندېښنه درکوي. ستا خبرې مهمې دي.
status-assessing-b6to9-ask = له خپل سرپرست یا ټولنیز کارکوونکي څخه هره پوښتنه وکړه.

status-assessing-b10to12-title = ګورو چې ستا لپاره خوندي او سم وي
status-assessing-b10to12-meaning = ستا ټولنیز کارکوونکی ګوري چې ایا له کورنۍ سره اوسېدل ستا لپاره خوندي او تر ټولو ښه کار دی.
status-assessing-b10to12-next = ستا ټولنیز کارکوونکی به له تا او ستا کورنۍ سره خبرې وکړي. ستا هیلې به د پرېکړې برخه وي.
status-assessing-b10to12-can-do = ووایه چې څه غواړې او څه شی اندېښنه درکوي. که وغواړې، لومړی له خپل سرپرست سره خبرې کولای شې.
status-assessing-b10to12-ask = له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته.

status-assessing-b13to15-title = معلومول چې ستا لپاره څه غوره دي
status-assessing-b13to15-meaning = ستا ټولنیز کارکوونکی ارزونه کوي چې ایا له کورنۍ سره یوځای کېدل ستا لپاره خوندي او تر ټولو غوره کار دی.
status-assessing-b13to15-next = ستا ټولنیز کارکوونکی به له تا او ستا کورنۍ سره خبرې وکړي، او کېدای شي د هغوی کور ته ورشي. ستا هیلې د پرېکړې برخه دي.
status-assessing-b13to15-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه غواړې، له څه وېرېږې او څه هیله لرې.
status-assessing-b13to15-ask = له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته. له خپل وکیل څخه هم پوښتنه کولای شې.

status-assessing-b16to17-title = د غوره ګټو ارزونه
status-assessing-b16to17-meaning = ستاسو ټولنیز کارکوونکی ارزونه کوي چې ایا له کورنۍ سره بیا یوځای کېدل خوندي او ستاسو په غوره ګټه دي.
status-assessing-b16to17-next = ټولنیز کارکوونکی به له تاسو او ستاسو کورنۍ سره خبرې وکړي، او کېدای شي د هغوی کور ته ورشي. ستاسو نظر په پرېکړه کې ډېر ارزښت لري.
status-assessing-b16to17-can-do = خپلې هیلې، اندېښنې او امیدونه ووایئ. تاسو کولای شئ وغواړئ چې ستاسو نظر ولیکل شي.
status-assessing-b16to17-ask = له خپل ټولنیز کارکوونکي، سرپرست یا وکیل څخه وپوښتئ.

status-assessing-adult-title = د غوره ګټو ارزونه
status-assessing-adult-meaning = ټولنیز کارکوونکی ارزونه کوي چې ایا بیا یوځای کېدل خوندي او د ماشوم په غوره ګټه دي.
status-assessing-adult-next = کېدای شي ټولنیز کارکوونکی له تاسو سره مرکه وکړي او ستاسو کور ته راشي. د ماشوم نظر د پرېکړې برخه ده.
status-assessing-adult-can-do = په مرکو کې برخه واخلئ، او پوښتنو ته په خلاص زړه ځواب ورکړئ.
status-assessing-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## planning reunification

status-planning-reunification-b0to5-title = تیاری
status-planning-reunification-b0to5-meaning = ته به خپلې کورنۍ ته ورشې. مرسته کوونکي هر څه تیاروي.
status-planning-reunification-b0to5-next = هغوی به درته ووایي چې په کومه ورځ ځې.
status-planning-reunification-b0to5-can-do = ته کولای شې یو لوبتکی یا یو انځور وټاکې چې له ځان سره یې یوسې.
status-planning-reunification-b0to5-ask = ته کولای شې له خپل سرپرست څخه د سفر په اړه پوښتنه وکړې.

status-planning-reunification-b6to9-title = خپلې کورنۍ ته د تګ تیاری
status-planning-reunification-b6to9-meaning = پرېکړه شوې ده: ته به خپلې کورنۍ ته ورشې. اوس ستا ټولنیز کارکوونکی پلان جوړوي.
status-planning-reunification-b6to9-next = پلان ښيي چې ته به څنګه او کله سفر کوې. ستا ټولنیز کارکوونکی به د تګ ورځ درته ووایي.
status-planning-reunification-b6to9-can-do = ته کولای شې خپل ټولنیز کارکوونکي ته ووایې چې څه غواړې له ځان سره یوسې، او له چا سره غواړې خدای پاماني وکړې.
status-planning-reunification-b6to9-ask = د پلان په اړه له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته.

status-planning-reunification-b10to12-title = خپلې کورنۍ ته د ورتګ پلان
status-planning-reunification-b10to12-meaning = پرېکړه شوې چې ته به خپلې کورنۍ ته ورشې. ستا ټولنیز کارکوونکی پلان جوړوي چې دا به څنګه وي.
status-planning-reunification-b10to12-next = پلان کې کاغذونه، سفر او نېټه شامل دي. ستا ټولنیز کارکوونکی به دا پلان له تا سره یوځای وګوري.
status-planning-reunification-b10to12-can-do = د تګ په اړه خپلې پوښتنې او اندېښنې خپل ټولنیز کارکوونکي ته ووایه. فکر وکړه چې له چا سره غواړې خدای پاماني وکړې.
status-planning-reunification-b10to12-ask = له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته.

status-planning-reunification-b13to15-title = د بیا یوځای کېدو پلان
status-planning-reunification-b13to15-meaning = پرېکړه شوې چې ته به خپلې کورنۍ ته ورشې. ستا ټولنیز کارکوونکی د تګ پلان جوړوي.
status-planning-reunification-b13to15-next = پلان کې اسناد، سفر، نېټه، او له رسېدو وروسته ښوونځی یا ملاتړ شامل دي. ستا ټولنیز کارکوونکی به یې له تا سره یوځای وګوري.
status-planning-reunification-b13to15-can-do = د پلان د هر شي په اړه پوښتنه وکړه. که کوم شی اندېښنه درکوي، ووایه یې.
status-planning-reunification-b13to15-ask = له خپل سرپرست، ټولنیز کارکوونکي یا وکیل څخه وپوښته.

status-planning-reunification-b16to17-title = د بیا یوځای کېدو پلان
status-planning-reunification-b16to17-meaning = له کورنۍ سره ستاسو بیا یوځای کېدل منل شوي دي. ستاسو ټولنیز کارکوونکی پلان چمتو کوي.
status-planning-reunification-b16to17-next = پلان کې اسناد، سفر، نېټه، او له رسېدو وروسته زده کړه یا کار او ملاتړ شامل دي. له ټولنیز کارکوونکي سره به یې یوځای وګورئ.
status-planning-reunification-b16to17-can-do = پلان وګورئ، او د هر هغه شي په اړه پوښتنه وکړئ چې روښانه نه وي. خپل ټولنیز کارکوونکي ته ووایئ چې څه ته اړتیا لرئ.
status-planning-reunification-b16to17-ask = له خپل ټولنیز کارکوونکي، سرپرست یا وکیل څخه وپوښتئ.

status-planning-reunification-adult-title = د بیا یوځای کېدو پلان
status-planning-reunification-adult-meaning = په بیا یوځای کېدو موافقه شوې ده. ټولنیز کارکوونکی له تاسو سره پلان چمتو کوي.
status-planning-reunification-adult-next = پلان کې اسناد، سفر، نېټه، او د ماشوم له رسېدو وروسته ملاتړ شامل دي.
status-planning-reunification-adult-can-do = هغه اسناد چمتو کړئ چې ټولنیز کارکوونکی یې غواړي، او د پلان په اړه خبرو ته چمتو اوسئ.
status-planning-reunification-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## reunified

status-reunified-b0to5-title = له خپلې کورنۍ سره
status-reunified-b0to5-meaning = ته اوس له خپلې کورنۍ سره یې.
status-reunified-b0to5-next = ستا مرسته کوونکي به درشي، چې سلام درته ووایي او وګوري چې ته څنګه یې.
status-reunified-b0to5-can-do = ته کولای شې خپلې کورنۍ ته ووایې چې څنګه احساس کوې.
status-reunified-b0to5-ask = ته اوس هم کولای شې له خپل ټولنیز کارکوونکي څخه مرسته وغواړې.

status-reunified-b6to9-title = له خپلې کورنۍ سره
status-reunified-b6to9-meaning = ته بیا له خپلې کورنۍ سره یې.
status-reunified-b6to9-next = ستا ټولنیز کارکوونکی به ستا حال پوښتي او ګوري به چې ته څنګه یې.
status-reunified-b6to9-can-do = خوښي او یو څه عجیب احساس دواړه عادي دي. ته کولای شې په دې اړه خبرې وکړې.
status-reunified-b6to9-ask = ته اوس هم کولای شې له خپل ټولنیز کارکوونکي څخه مرسته وغواړې.

status-reunified-b10to12-title = بېرته له خپلې کورنۍ سره
status-reunified-b10to12-meaning = ته بېرته له خپلې کورنۍ سره یې.
status-reunified-b10to12-next = ستا ټولنیز کارکوونکی به د یو څه مودې لپاره درځي، چې وګوري کارونه څنګه روان دي.
status-reunified-b10to12-can-do = نوي ژوند ته عادت کېدل وخت نیسي. که کارونه سخت وي، له یو چا سره خبرې وکړه.
status-reunified-b10to12-ask = ته اوس هم کولای شې له خپل ټولنیز کارکوونکي څخه مرسته وغواړې.

status-reunified-b13to15-title = بېرته له خپلې کورنۍ سره
status-reunified-b13to15-meaning = { $gender ->
    [feminine] ته بیا له خپلې کورنۍ سره یوځای شوې یې.
    [masculine] ته بیا له خپلې کورنۍ سره یوځای شوی یې.
   *[neutral] اوس ته بیا له خپلې کورنۍ سره یوځای یې.
}
status-reunified-b13to15-next = ستا ټولنیز کارکوونکی به د یو څه مودې لپاره درځي، چې وګوري نوي ژوند ته څنګه عادت کېږې.
status-reunified-b13to15-can-do = نوي ژوند ته عادت کېدل وخت نیسي. که کوم شی سم نه وي، یا ځان خوندي نه احساسوې، خپل ټولنیز کارکوونکي ته ووایه.
status-reunified-b13to15-ask = ستا ټولنیز کارکوونکی لا هم ستا تر څنګ دی.

status-reunified-b16to17-title = له کورنۍ سره بیا یوځای
status-reunified-b16to17-meaning = { $gender ->
    [feminine] تاسو بیا له خپلې کورنۍ سره یوځای شوې یاست.
    [masculine] تاسو بیا له خپلې کورنۍ سره یوځای شوي یاست.
   *[neutral] اوس تاسو بیا له خپلې کورنۍ سره یوځای یاست.
}
status-reunified-b16to17-next = ستاسو ټولنیز کارکوونکی به د یو څه مودې لپاره ستاسو حال تعقیبوي، چې وګوري نوي ژوند ته څنګه عادت کېږئ.
status-reunified-b16to17-can-do = که کوم شی سم نه وي، یا ځان خوندي نه احساسوئ، له خپل ټولنیز کارکوونکي سره اړیکه ونیسئ. تاسو لا هم کولای شئ شکایت وکړئ.
status-reunified-b16to17-ask = ستاسو ټولنیز کارکوونکی لا هم ستاسو تر څنګ دی.

status-reunified-adult-title = له کورنۍ سره بیا یوځای
status-reunified-adult-meaning = ماشوم بیا له کورنۍ سره یوځای شوی دی.
status-reunified-adult-next = ټولنیز کارکوونکی به تعقیب کوي، چې وګوري ماشوم او کورنۍ څنګه دي.
status-reunified-adult-can-do = که کورنۍ ملاتړ ته اړتیا لري، ټولنیز کارکوونکي ته ووایئ.
status-reunified-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## follow-up

status-follow-up-b0to5-title = سلام او احوال پوښتنه
status-follow-up-b0to5-meaning = ستا مرسته کوونکي درځي چې وګوري ته څنګه یې.
status-follow-up-b0to5-next = له څو لیدنو وروسته، ستا مرسته کوونکي به خدای پاماني وکړي.
status-follow-up-b0to5-can-do = ته کولای شې خپل انځورونه او لوبې هغوی ته وښیې.
status-follow-up-b0to5-ask = ته کولای شې له خپلې کورنۍ څخه وغواړې چې ستا ټولنیز کارکوونکي ته زنګ ووهي.

status-follow-up-b6to9-title = احوال پوښتنه
status-follow-up-b6to9-meaning = ستا ټولنیز کارکوونکی درځي، چې وګوري ته له خپلې کورنۍ سره څنګه یې.
status-follow-up-b6to9-next = کله چې هر څه ښه روان وي، لیدنې به پای ته ورسېږي.
status-follow-up-b6to9-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه ښه دي او څه سخت دي.
status-follow-up-b6to9-ask = ته کولای شې له خپل ټولنیز کارکوونکي څخه مرسته وغواړې.

status-follow-up-b10to12-title = احوال پوښتنه
status-follow-up-b10to12-meaning = ستا ټولنیز کارکوونکی درځي، چې وګوري له کورنۍ سره دې ژوند څنګه روان دی.
status-follow-up-b10to12-next = کله چې کارونه ښه روان وي، دا لیدنې به پای ته ورسېږي او ستا دوسیه به وتړل شي.
status-follow-up-b10to12-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه ښه روان دي او څه سخت دي.
status-follow-up-b10to12-ask = ته کولای شې له خپل ټولنیز کارکوونکي څخه مرسته وغواړې.

status-follow-up-b13to15-title = تعقیب
status-follow-up-b13to15-meaning = ستا ټولنیز کارکوونکی ګوري چې له کورنۍ سره دې کارونه څنګه روان دي.
status-follow-up-b13to15-next = کله چې کارونه ښه روان وي، تعقیب پای ته رسېږي او ستا دوسیه به وتړل شي.
status-follow-up-b13to15-can-do = په رښتیا ووایه چې څه ښه روان دي او څه نه. که مرستې ته اړتیا لرې، مرسته وغواړه.
status-follow-up-b13to15-ask = ته کولای شې له خپل ټولنیز کارکوونکي څخه مرسته وغواړې.

status-follow-up-b16to17-title = تعقیب
status-follow-up-b16to17-meaning = ستاسو ټولنیز کارکوونکی له بیا یوځای کېدو وروسته ستاسو حال تعقیبوي.
status-follow-up-b16to17-next = کله چې حالات ارام او ثابت شي، تعقیب پای ته رسېږي او ستاسو دوسیه به وتړل شي.
status-follow-up-b16to17-can-do = ووایئ چې څه ملاتړ ته اړتیا لرئ: ښوونځی، کار، روغتیا یا بل هر څه.
status-follow-up-b16to17-ask = تاسو کولای شئ له خپل ټولنیز کارکوونکي څخه مرسته وغواړئ.

status-follow-up-adult-title = تعقیب
status-follow-up-adult-meaning = ټولنیز کارکوونکی له بیا یوځای کېدو وروسته د ماشوم او کورنۍ حال تعقیبوي.
status-follow-up-adult-next = کله چې حالات ثابت شي، تعقیب پای ته رسېږي او دوسیه به وتړل شي.
status-follow-up-adult-can-do = ټولنیز کارکوونکي ته د هرې اړتیا یا ستونزې په اړه ووایئ.
status-follow-up-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.

## closed

status-closed-b0to5-title = کار پای ته ورسېد
status-closed-b0to5-meaning = له تا سره د مرسته کوونکو کار پای ته ورسېد.
status-closed-b0to5-next = هغه لویان چې ستا شاوخوا دي، ستا خیال به ساتي.
status-closed-b0to5-can-do = ته هر وخت کولای شې له یو لوی کس څخه مرسته وغواړې.
status-closed-b0to5-ask = ته کولای شې له خپل سرپرست، یا له هغه لوی کس څخه وپوښتې چې باور پرې لرې.

status-closed-b6to9-title = ستا دوسیه پای ته ورسېده
status-closed-b6to9-meaning = ستا ټولنیز کارکوونکي ستا په دوسیه کار بشپړ کړ.
status-closed-b6to9-next = هغه لویان چې ستا پالنه کوي، همداسې به ستا مرسته کوي.
status-closed-b6to9-can-do = که بیا مرستې ته اړتیا لرې، هغه لوی کس ته ووایه چې باور پرې لرې.
status-closed-b6to9-ask = ته کولای شې له هغه لوی کس څخه چې باور پرې لرې وغواړې چې له ټیم سره اړیکه ونیسي.

status-closed-b10to12-title = ستا دوسیه وتړل شوه
status-closed-b10to12-meaning = ستا ټولنیز کارکوونکي ستا په دوسیه کار بشپړ کړ.
status-closed-b10to12-next = په دې دوسیه کې نور څه نه کېږي. که بیا مرستې ته اړتیا لرې، ټیم کولای شي دا بیا پرانیزي.
status-closed-b10to12-can-do = که مرستې ته اړتیا لرې، هغه لوی کس ته ووایه چې باور پرې لرې.
status-closed-b10to12-ask = له هغه لوی کس څخه چې باور پرې لرې وغواړه چې له ټیم سره اړیکه ونیسي.

status-closed-b13to15-title = ستا دوسیه وتړل شوه
status-closed-b13to15-meaning = ستا ټولنیز کارکوونکي ستا په دوسیه کار بشپړ کړ.
status-closed-b13to15-next = په دې دوسیه کې نور څه نه کېږي. که بیا مرستې ته اړتیا لرې، بیا پرانیستل کېدای شي.
status-closed-b13to15-can-do = که مرستې ته اړتیا لرې، له ټیم یا له هغه لوی کس سره اړیکه ونیسه چې باور پرې لرې. ته لا هم کولای شې شکایت وکړې.
status-closed-b13to15-ask = له هغه لوی کس څخه وپوښته چې باور پرې لرې، یا له ټیم سره اړیکه ونیسه.

status-closed-b16to17-title = دوسیه وتړل شوه
status-closed-b16to17-meaning = ستاسو ټولنیز کارکوونکي ستاسو په دوسیه کار بشپړ کړ.
status-closed-b16to17-next = په دې دوسیه کې نور څه نه کېږي. که بیا مرستې ته اړتیا ولرئ، دوسیه بیا پرانیستل کېدای شي.
status-closed-b16to17-can-do = تاسو لا هم کولای شئ د خپلو معلوماتو کاپي وغواړئ یا شکایت وکړئ.
status-closed-b16to17-ask = که بیا مرستې ته اړتیا ولرئ، له ټیم سره اړیکه ونیسئ.

status-closed-adult-title = دوسیه وتړل شوه
status-closed-adult-meaning = ټولنیز کارکوونکي د ماشوم په دوسیه کار بشپړ کړ.
status-closed-adult-next = په دې دوسیه کې نور څه نه کېږي. که اړتیا وي، بیا پرانیستل کېدای شي.
status-closed-adult-can-do = تاسو کولای شئ د خپلو معلوماتو کاپي وغواړئ یا شکایت وکړئ.
status-closed-adult-ask = که بیا مرستې ته اړتیا ولرئ، له ټیم سره اړیکه ونیسئ.

## alternative care

status-alternative-care-b0to5-title = د اوسېدو یو خوندي ځای
status-alternative-care-b0to5-meaning = ته به په یو خوندي ځای کې له داسې خلکو سره اوسېږې چې ستا خیال ساتي.
status-alternative-care-b0to5-next = ستا مرسته کوونکي به همداسې ستا لیدو ته راځي.
status-alternative-care-b0to5-can-do = ته کولای شې هغو کسانو ته چې ستا خیال ساتي، ووایې چې څه دې خوښ دي.
status-alternative-care-b0to5-ask = ته کولای شې له خپل سرپرست څخه هر څه وپوښتې.

status-alternative-care-b6to9-title = د اوسېدو یو خوندي ځای
status-alternative-care-b6to9-meaning = د اوس لپاره، ته به په یو خوندي ځای کې اوسېږې، له داسې خلکو سره چې ستا خیال به ساتي.
status-alternative-care-b6to9-next = ستا ټولنیز کارکوونکی به همداسې ستا لیدو ته راځي. کېدای شي ستا د کورنۍ لټون دوام وکړي.
status-alternative-care-b6to9-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه دې خوښ دي او څه ته اړتیا لرې.
status-alternative-care-b6to9-ask = له خپل سرپرست یا ټولنیز کارکوونکي څخه هره پوښتنه وکړه.

status-alternative-care-b10to12-title = د اوسېدو یو خوندي ځای
status-alternative-care-b10to12-meaning = د اوس لپاره، ته به له پالونکو سره په یو خوندي ځای کې اوسېږې، نه له خپلې کورنۍ سره.
status-alternative-care-b10to12-next = ستا ټولنیز کارکوونکی به همداسې ستا لیدو ته راځي. ستا د کورنۍ لټون کېدای شي دوام وکړي.
status-alternative-care-b10to12-can-do = خپل ټولنیز کارکوونکي ته ووایه چې څه ته اړتیا لرې، او چېرې چې اوسېږې، هلته ځان څنګه احساسوې.
status-alternative-care-b10to12-ask = له خپل سرپرست یا ټولنیز کارکوونکي څخه وپوښته.

status-alternative-care-b13to15-title = بدیله پالنه
status-alternative-care-b13to15-meaning = د اوس لپاره، ته به له پالونکو سره په یو خوندي ځای کې اوسېږې، لکه یوه پالونکې کورنۍ، یا د لږو ماشومانو لپاره یو کور.
status-alternative-care-b13to15-next = ستا ټولنیز کارکوونکی به درسره په اړیکه کې وي. ستا د کورنۍ لټون کېدای شي دوام وکړي، او پلان به بیا کتل کېږي.
status-alternative-care-b13to15-can-do = ووایه چې څه ته اړتیا لرې، او چېرې چې اوسېږې، هلته ځان څنګه احساسوې. ستا نظر په بیا کتنو کې مهم دی.
status-alternative-care-b13to15-ask = له خپل سرپرست، ټولنیز کارکوونکي یا وکیل څخه وپوښته.

status-alternative-care-b16to17-title = بدیله پالنه
status-alternative-care-b16to17-meaning = د اوس لپاره، تاسو به په بدیله پالنه کې اوسېږئ، لکه یوه پالونکې کورنۍ، د لږو ماشومانو لپاره یو کور، یا داسې استوګنځی چې ملاتړ پکې وي.
status-alternative-care-b16to17-next = ستاسو ټولنیز کارکوونکی به له تاسو سره په اړیکه کې وي، او پلان به له تاسو سره بیا ګوري. د کورنۍ لټون کېدای شي دوام وکړي.
status-alternative-care-b16to17-can-do = خپل ټولنیز کارکوونکي ته ووایئ چې څه ته اړتیا لرئ، د ۱۸ کلنۍ ته د رسېدو پلانونه هم په کې.
status-alternative-care-b16to17-ask = له خپل ټولنیز کارکوونکي، سرپرست یا وکیل څخه وپوښتئ.

status-alternative-care-adult-title = بدیله پالنه
status-alternative-care-adult-meaning = د اوس لپاره، ماشوم به په بدیله پالنه کې اوسېږي.
status-alternative-care-adult-next = ټولنیز کارکوونکی به پلان په منظم ډول بیا ګوري. د کورنۍ لټون کېدای شي دوام وکړي.
status-alternative-care-adult-can-do = له ټولنیز کارکوونکي څخه وپوښتئ چې که اجازه وي، تاسو څنګه له ماشوم سره اړیکه ساتلای شئ.
status-alternative-care-adult-ask = د ماشوم له ټولنیز کارکوونکي څخه وپوښتئ.
