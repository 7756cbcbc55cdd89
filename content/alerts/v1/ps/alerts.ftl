# Check-ins and "I need help now": what a child reads, and the words on the buttons.
# Pashto (ps): machine draft translation of the English file (content/alerts/v1/en/alerts.ftl),
# made by an AI model (Claude) on 2026-12-03. Not reviewed by a native speaker.
# ps: b0to5–b13to15 address the reader as ته (singular); b16to17 and adult as تاسو (polite).
# No $gender and no selectors: no adjective or participle about the reader; present/subjunctive
# verbs, first-person verbs, and past transitive verbs agreeing with their object.
# Terms: check-in = حال شریکول; call for help = د مرستې غوښتنه; alert = خبرداری;
# helpers (0–5) = مرسته کوونکي; on duty = نوکریوال; guardian = سرپرست;
# caseworker = ټولنیز کارکوونکی; press = کېکاږه.
# Audiences: b0to5 (read aloud by a caregiver), b6to9, b10to12, b13to15, b16to17, adult.
# No promise the system cannot keep: a person is told and a person has seen it; nobody
# can promise when someone arrives or what happens next.

checkin-ask-b0to5 = نن ځان څنګه احساسوې؟
checkin-ask-b6to9 = نن ځان څنګه احساسوې؟
checkin-ask-b10to12 = نن ځان څنګه احساسوې؟
checkin-ask-b13to15 = نن ځان څنګه احساسوې؟
checkin-ask-b16to17 = نن ستاسو حال څنګه دی؟
checkin-ask-adult = نن د ماشوم حال څنګه دی؟

checkin-face-1-b0to5 = ډېر خفه
checkin-face-1-b6to9 = ډېر بد
checkin-face-1-b10to12 = ډېر بد
checkin-face-1-b13to15 = ډېر بد
checkin-face-1-b16to17 = ډېر بد
checkin-face-1-adult = ډېر بد

checkin-face-2-b0to5 = خفه
checkin-face-2-b6to9 = بد
checkin-face-2-b10to12 = دومره ښه نه
checkin-face-2-b13to15 = دومره ښه نه
checkin-face-2-b16to17 = دومره ښه نه
checkin-face-2-adult = دومره ښه نه

checkin-face-3-b0to5 = سم
checkin-face-3-b6to9 = سم
checkin-face-3-b10to12 = سم
checkin-face-3-b13to15 = سم
checkin-face-3-b16to17 = سم
checkin-face-3-adult = سم

checkin-face-4-b0to5 = خوشحاله
checkin-face-4-b6to9 = ښه
checkin-face-4-b10to12 = ښه
checkin-face-4-b13to15 = ښه
checkin-face-4-b16to17 = ښه
checkin-face-4-adult = ښه

checkin-face-5-b0to5 = ډېر خوشحاله
checkin-face-5-b6to9 = ډېر ښه
checkin-face-5-b10to12 = ډېر ښه
checkin-face-5-b13to15 = ډېر ښه
checkin-face-5-b16to17 = ډېر ښه
checkin-face-5-adult = ډېر ښه

checkin-talk-b0to5 = زه غواړم خبرې وکړم له …
checkin-talk-b6to9 = زه غواړم خبرې وکړم له …
checkin-talk-b10to12 = زه غواړم خبرې وکړم له …
checkin-talk-b13to15 = زه غواړم خبرې وکړم له …
checkin-talk-b16to17 = زه غواړم خبرې وکړم له …
checkin-talk-adult = ماشوم غواړي خبرې وکړي له …

checkin-words-b0to5 = ته کولای شې هغه لوی کس ته چې له تا سره دی، نور هم ووایې.
checkin-words-b6to9 = که وغواړې، نور هم لیکلای شې.
checkin-words-b10to12 = که وغواړې، نور هم لیکلای شې. یوازې ستا سرپرست او ټولنیز کارکوونکی یې لوستلای شي.
checkin-words-b13to15 = که وغواړې، څو کلمې ورزیاتولای شې. یوازې ستا سرپرست او ټولنیز کارکوونکی یې لوستلای شي.
checkin-words-b16to17 = که وغواړئ، څو کلمې ورزیاتولای شئ. یوازې ستاسو سرپرست او ټولنیز کارکوونکی یې په خپلو ټیلیفونونو کې لوستلای شي.
checkin-words-adult = کلمې لیکل اختیاري دي. یوازې د ماشوم سرپرست او ټولنیز کارکوونکی یې په خپلو وسیلو کې لوستلای شي.

checkin-sent-b0to5 = مننه. ستا مرسته کوونکي اوس هغه مخ لیدلای شي چې تا غوره کړ.
checkin-sent-b6to9 = مننه. ستا سرپرست او ټولنیز کارکوونکی یې اوس لیدلای شي.
checkin-sent-b10to12 = مننه. ستا سرپرست او ټولنیز کارکوونکی لیدلای شي چې ته ځان څنګه احساسوې.
checkin-sent-b13to15 = مننه. ستا سرپرست او ټولنیز کارکوونکی اوس لیدلای شي چې ته ځان څنګه احساسوې.
checkin-sent-b16to17 = مننه. ستاسو سرپرست او ټولنیز کارکوونکی اوس لیدلای شي چې ستاسو حال څنګه دی.
checkin-sent-adult = ولېږل شو. د ماشوم سرپرست او ټولنیز کارکوونکی یې اوس لیدلای شي.

checkin-free-b0to5 = کله چې دې زړه وغواړي، دا کار کولای شې. که یې ونه کړې هم، کومه خبره نه ده.
checkin-free-b6to9 = کله چې وغواړې، دا کار کولای شې. که یې پرېږدې، کومه خبره نه ده.
checkin-free-b10to12 = هر وخت چې وغواړې، دا کار کولای شې. که یوه ورځ یې پرېږدې، کومه خبره نه ده.
checkin-free-b13to15 = هر وخت چې وغواړې، خپل حال شریکولای شې. که یو ځل یې پرېږدې، کومه خبره نه ده: هېڅوک به دا ستا پر ضد ونه شمېري.
checkin-free-b16to17 = هر وخت چې وغواړئ، خپل حال شریکولای شئ. که یو ځل یې پرېږدئ، کومه خبره نه ده: دا هېڅکله ستاسو پر ضد نه شمېرل کېږي.
checkin-free-adult = حال شریکول هېڅکله دنده نه ده. که ماشوم یو ځل خپل حال شریک نه کړي، دا د هغه پر ضد نه شمېرل کېږي.

checkin-invite-b0to5 = غواړې وښیې چې ځان څنګه احساسوې؟
checkin-invite-b6to9 = غواړې موږ ته ووایې چې ځان څنګه احساسوې؟ کولای شې چې دا پرېږدې.
checkin-invite-b10to12 = غواړې ووایې چې نن ځان څنګه احساسوې؟ کولای شې چې دا پرېږدې.
checkin-invite-b13to15 = ستا د حال شریکولو وخت دی، که دې خوښه وي. کولای شې چې دا پرېږدې.
checkin-invite-b16to17 = ستاسو د حال شریکولو وخت دی، که مو خوښه وي. کولای شئ چې دا پرېږدئ.
checkin-invite-adult = د حال شریکولو وخت دی، که ماشوم یې وغواړي. دا هېڅکله دنده نه ده.

help-button-b0to5 = همدا اوس مرستې ته اړتیا لرم
help-button-b6to9 = همدا اوس مرستې ته اړتیا لرم
help-button-b10to12 = همدا اوس مرستې ته اړتیا لرم
help-button-b13to15 = همدا اوس مرستې ته اړتیا لرم
help-button-b16to17 = همدا اوس مرستې ته اړتیا لرم
help-button-adult = ماشوم همدا اوس مرستې ته اړتیا لري

help-what-b0to5 = که همدا اوس مرستې ته اړتیا لرې، دا کېکاږه. یو مرسته کوونکی خبرېږي.
help-what-b6to9 = که همدا اوس مرستې ته اړتیا لرې، دا کېکاږه. یو کس چې همدا اوس په کار دی، خبرېږي.
help-what-b10to12 = که همدا اوس مرستې ته اړتیا لرې، دا کېکاږه. نوکریوال کسان سمدستي خبرېږي. که وغواړې، څو کلمې هم لیکلای شې.
help-what-b13to15 = که همدا اوس مرستې ته اړتیا لرې، دا کېکاږه. نوکریوال کارکوونکي سمدستي خبرېږي، او که هېڅوک ځواب ورنه کړي، نور کسان هم خبرېږي. که وغواړې، څو کلمې ورزیاتولای شې.
help-what-b16to17 = که همدا اوس مرستې ته اړتیا لرئ، دا کېکاږئ. نوکریوال کارکوونکي سمدستي خبرېږي، او که هېڅوک ځواب ورنه کړي، نور کسان هم خبرېږي. هره کلمه چې ورزیاته یې کړئ، یوازې ستاسو د سرپرست او ټولنیز کارکوونکي لپاره ده.
help-what-adult = دا تڼۍ نوکریوال کارکوونکي سمدستي خبروي، او که هېڅوک ځواب ورنه کړي، نور کارکوونکي هم خبروي. هره کلمه یوازې د ماشوم سرپرست او ټولنیز کارکوونکی لوستلای شي.

help-queued-b0to5 = ستا ټیلیفون به یې ژر ولېږي.
help-queued-b6to9 = اوس انټرنېټ نشته. ستا ټیلیفون به یې هغه وخت ولېږي چې وکړای شي.
help-queued-b10to12 = اوس انټرنېټ نشته. ستا ټیلیفون یې ساتي، او څومره ژر چې وکړای شي، لېږي یې.
help-queued-b13to15 = اوس اړیکه نشته. ستا ټیلیفون ستا غوښتنه ساتي، او څومره ژر چې وکړای شي، لېږي یې.
help-queued-b16to17 = اوس اړیکه نشته. ستاسو ټیلیفون ستاسو غوښتنه ساتي، او هماغه شېبه یې لېږي چې وکړای شي.
help-queued-adult = اړیکه نشته. غوښتنه په ټیلیفون کې ساتل کېږي، او څنګه چې اړیکه جوړه شي، لېږل کېږي.

help-sent-b0to5 = ولېږل شو. یو مرسته کوونکی خبر شو.
help-sent-b6to9 = ولېږل شو. یو نوکریوال کس خبر شو.
help-sent-b10to12 = ولېږل شو. نوکریوال کسان خبر شول.
help-sent-b13to15 = ولېږل شو. نوکریوال کارکوونکي خبر شول. دلته به ووینې کله چې یو کس دا ولید.
help-sent-b16to17 = ولېږل شو. نوکریوال کارکوونکي خبر شول. دلته به ووینئ کله چې یو کس دا ولید.
help-sent-adult = ولېږل شو. نوکریوال کارکوونکي خبر شول. دلته به ښکاره شي کله چې یو کس دا ولید.

help-seen-b0to5 = یو مرسته کوونکي دا ولید.
help-seen-b6to9 = یو کس ستا د مرستې غوښتنه ولیده.
help-seen-b10to12 = یو کس ستا د مرستې غوښتنه ولیده.
help-seen-b13to15 = یو نوکریوال کس ستا د مرستې غوښتنه ولیده.
help-seen-b16to17 = یو نوکریوال کس ستاسو د مرستې غوښتنه ولیده.
help-seen-adult = یو نوکریوال کارکوونکي د مرستې غوښتنه ولیده.
