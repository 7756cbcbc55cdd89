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

## registered

status-registered-b0to5-title = حالا ما تو را می‌شناسیم
status-registered-b0to5-meaning = آدم‌های مهربان نامت را نوشتند. آن‌ها می‌خواهند به تو کمک کنند.
status-registered-b0to5-next = به‌زودی جست‌وجوی خانواده‌ات را شروع می‌کنند.
status-registered-b0to5-can-do = می‌توانی به یک بزرگ‌تر که به او اعتماد داری بگویی که چه احساسی داری.
status-registered-b0to5-ask = هر چیزی که بخواهی، می‌توانی از سرپرست یا مددکارت بپرسی.

status-registered-b6to9-title = نامت ثبت شد
status-registered-b6to9-meaning = مددکارت برایت یک پرونده ساخته است. با این پرونده، دیگران بهتر می‌توانند به تو کمک کنند.
status-registered-b6to9-next = بعد، مددکارت با تو گپ می‌زند. بعد از آن، جست‌وجوی خانواده‌ات را شروع می‌کند.
status-registered-b6to9-can-do = می‌توانی نام آدم‌های خانواده‌ات را به مددکارت بگویی. جاهایی را هم که یادت است، می‌توانی بگویی.
status-registered-b6to9-ask = سرپرست و مددکارت در کنار تو هستند. هر سوالی داری، می‌توانی از آن‌ها بپرسی.

status-registered-b10to12-title = پرونده‌ات باز شد
status-registered-b10to12-meaning = مددکارت برایت یک پرونده باز کرده است. در آن معلوماتی هست که به پیدا کردن خانواده‌ات کمک می‌کند.
status-registered-b10to12-next = مددکارت دربارهٔ خانواده‌ات با تو گپ می‌زند. بعد، جست‌وجوی خانواده‌ات می‌تواند شروع شود.
status-registered-b10to12-can-do = به نام‌ها، جاها و نمبرهای تیلفونی که یادت است فکر کن. هر چیزی می‌تواند کمک کند، حتی چیزهای کوچک.
status-registered-b10to12-ask = اگر چیزی برایت روشن نیست، از سرپرست یا مددکارت بپرس.

status-registered-b13to15-title = پروندهٔ شما باز شد
status-registered-b13to15-meaning = مددکار شما نام‌تان را ثبت کرده و پروندهٔ شما را باز کرده است. در پرونده چیزهایی است که برای جست‌وجوی خانواده‌تان لازم است.
status-registered-b13to15-next = مددکار شما دربارهٔ خانواده‌تان و آنچه می‌خواهید، با شما صحبت می‌کند. بعد از آن، جست‌وجوی خانواده‌تان شروع می‌شود.
status-registered-b13to15-can-do = نام‌ها، جاها، نمبرهای تیلفون و حساب‌های شبکه‌های اجتماعی را که یادتان است، بنویسید. به مددکار خود بگویید که می‌خواهید چه شود.
status-registered-b13to15-ask = سرپرست و مددکار شما می‌توانند به سوال‌هایتان جواب بدهند. می‌توانید ترجمان هم بخواهید.

status-registered-b16to17-title = پروندهٔ شما باز است
status-registered-b16to17-meaning = نام شما ثبت شده و مددکار شما پرونده‌تان را باز کرده است. فقط کسانی که روی پروندهٔ شما کار می‌کنند، می‌توانند آن را ببینند.
status-registered-b16to17-next = مددکار شما دربارهٔ خانواده و خواسته‌هایتان با شما صحبت می‌کند. بعد، جست‌وجوی خانواده می‌تواند شروع شود.
status-registered-b16to17-can-do = هر معلوماتی را که به پیدا کردن خانواده‌تان کمک کند، شریک بسازید: نام‌ها، جاها، نمبرهای تیلفون، شبکه‌های اجتماعی. به مددکار خود بگویید که چه می‌خواهید.
status-registered-b16to17-ask = از سرپرست، مددکار یا وکیل خود بپرسید. هر وقت بخواهید، می‌توانید ترجمان بخواهید.

status-registered-adult-title = پرونده باز است
status-registered-adult-meaning = یک مددکار نام طفل را ثبت کرده و برای جست‌وجوی خانوادهٔ او یک پرونده باز کرده است.
status-registered-adult-next = مددکار معلومات جمع می‌کند و بعد جست‌وجوی خانوادهٔ طفل را شروع می‌کند.
status-registered-adult-can-do = تیلفون خود را روشن نگه دارید و این اپلیکیشن را ببینید. معلومات را فقط با مددکار شریک بسازید.
status-registered-adult-ask = از مددکار طفل بپرسید.

## tracing

status-tracing-b0to5-title = جست‌وجوی خانواده‌ات
status-tracing-b0to5-meaning = آدم‌های مهربانِ زیادی در جست‌وجوی خانواده‌ات هستند.
status-tracing-b0to5-next = این کار شاید خیلی وقت بگیرد. تا وقتی که جست‌وجو ادامه دارد، تو در امان هستی.
status-tracing-b0to5-can-do = می‌توانی بازی کنی، استراحت کنی و بخواهی که بغلت کنند.
status-tracing-b0to5-ask = می‌توانی از سرپرستت بپرسی که جست‌وجو چطور پیش می‌رود.

status-tracing-b6to9-title = جست‌وجوی خانواده‌ات
status-tracing-b6to9-meaning = کسانی در جست‌وجوی خانواده‌ات هستند. آن‌ها از مددکارهای دیگر در جاهای زیاد می‌پرسند.
status-tracing-b6to9-next = جست‌وجو شاید خیلی وقت بگیرد. هر وقت خبری شود، مددکارت به تو می‌گوید.
status-tracing-b6to9-can-do = اگر چیز تازه‌ای یادت آمد، به مددکارت بگو. اگر غمگین یا نگران هستی، عیبی ندارد.
status-tracing-b6to9-ask = سرپرست و مددکارت می‌توانند به تو بگویند که جست‌وجو چطور پیش می‌رود.

status-tracing-b10to12-title = جست‌وجوی خانواده‌ات
status-tracing-b10to12-meaning = مددکارت در جست‌وجوی خانواده‌ات است. او با مددکارهای دیگر در جاهای دیگر و کشورهای دیگر کار می‌کند.
status-tracing-b10to12-next = جست‌وجو شاید چند هفته یا چند ماه وقت بگیرد. وقتی کسی پیدا شود، مددکارت به تو خبر می‌دهد.
status-tracing-b10to12-can-do = اگر یک نام، یک جا یا یک نمبر تیلفون یادت آمد، به مددکارت بگو. به مکتب رفتن و کارهایی که دوست داری ادامه بده.
status-tracing-b10to12-ask = از سرپرست یا مددکارت بپرس که جست‌وجو چطور پیش می‌رود.

status-tracing-b13to15-title = جست‌وجوی خانوادهٔ شما
status-tracing-b13to15-meaning = مددکار شما و مؤسسه‌های همکار، در اینجا و در کشورهای دیگر، در جست‌وجوی خانوادهٔ شما هستند.
status-tracing-b13to15-next = جست‌وجو شاید زیاد وقت بگیرد. وقتی کسی پیدا شود که شاید از خانوادهٔ شما باشد، به شما گفته می‌شود.
status-tracing-b13to15-can-do = هر چیز تازه‌ای که یادتان آمد، بگویید. به‌تنهایی با کسی تماس نگیرید: برای اینکه در امان باشید، اول از مددکار خود بپرسید.
status-tracing-b13to15-ask = سرپرست و مددکار شما می‌توانند بگویند که تا حالا چه کارهایی شده است.

status-tracing-b16to17-title = جست‌وجوی خانواده
status-tracing-b16to17-meaning = مددکار شما و مؤسسه‌های همکار، در اینجا و در خارج، در جست‌وجوی خانوادهٔ شما هستند.
status-tracing-b16to17-next = جست‌وجوی خانواده شاید زیاد وقت بگیرد. به مجردی که کسی پیدا شود که شاید از خانوادهٔ شما باشد، به شما گفته می‌شود.
status-tracing-b16to17-can-do = معلومات تازه را با مددکار خود شریک بسازید. پیش از اینکه خودتان با کسی تماس بگیرید، با مددکار خود صحبت کنید، تا هم برای شما و هم برای آن‌ها امن باشد.
status-tracing-b16to17-ask = از مددکار یا سرپرست خود بپرسید که تا حالا چه کارهایی شده و قدم بعدی چیست.

status-tracing-adult-title = جست‌وجوی خانواده
status-tracing-adult-meaning = مددکار و مؤسسه‌های همکار در جست‌وجوی اعضای خانوادهٔ طفل هستند.
status-tracing-adult-next = جست‌وجوی خانواده وقت می‌گیرد. مددکار با اعضای خانواده که پیدا شوند، تماس می‌گیرد.
status-tracing-adult-can-do = هر معلوماتی را که شاید کمک کند، به مددکار بدهید. معلومات طفل را با دیگران شریک نسازید.
status-tracing-adult-ask = از مددکار طفل بپرسید.

## family found

status-family-found-b0to5-title = کسی پیدا شد
status-family-found-b0to5-meaning = مددکارها کسی را پیدا کرده‌اند که شاید از خانواده‌ات باشد.
status-family-found-b0to5-next = اول آن‌ها مطمئن می‌شوند که او واقعاً از خانواده‌ات است.
status-family-found-b0to5-can-do = می‌توانی از سرپرستت بخواهی که بیشتر برایت بگوید.
status-family-found-b0to5-ask = سرپرست و مددکارت به تو می‌گویند که چه می‌شود.

status-family-found-b6to9-title = شاید کسی از خانواده‌ات پیدا شده
status-family-found-b6to9-meaning = مددکارت کسی را پیدا کرده که شاید از خانواده‌ات باشد.
status-family-found-b6to9-next = مددکارت مطمئن می‌شود که این آدم واقعاً از خانواده‌ات است. این کار شاید کمی وقت بگیرد.
status-family-found-b6to9-can-do = می‌توانی به مددکارت بگویی که دربارهٔ این خبر چه احساسی داری.
status-family-found-b6to9-ask = هر سوالی دربارهٔ این خبر داری، از سرپرست یا مددکارت بپرس.

status-family-found-b10to12-title = شاید کسی از خانواده‌ات پیدا شده
status-family-found-b10to12-meaning = مددکارت کسی را پیدا کرده که شاید یکی از اعضای خانواده‌ات باشد.
status-family-found-b10to12-next = مددکارت اول بررسی می‌کند که این شخص واقعاً از خانواده‌ات است. فقط بعد از آن می‌توانی با او گپ بزنی.
status-family-found-b10to12-can-do = به مددکارت بگو که چه احساسی داری و چه می‌خواهی. خواسته‌های تو مهم است.
status-family-found-b10to12-ask = اگر سوالی داری، از سرپرست یا مددکارت بپرس.

status-family-found-b13to15-title = شاید یکی از اعضای خانوادهٔ شما پیدا شده
status-family-found-b13to15-meaning = مددکار شما کسی را پیدا کرده که شاید یکی از اعضای خانوادهٔ شما باشد.
status-family-found-b13to15-next = مددکار شما بررسی می‌کند که این شخص کیست. تماس فقط وقتی شروع می‌شود که همه چیز بررسی شده و امن باشد.
status-family-found-b13to15-can-do = به مددکار خود بگویید که چه می‌خواهید و چه نگرانی‌هایی دارید. اگر نمی‌خواهید با او تماس داشته باشید، می‌توانید بگویید.
status-family-found-b13to15-ask = سرپرست و مددکار شما می‌توانند به سوال‌هایتان جواب بدهند.

status-family-found-b16to17-title = شاید یکی از اعضای خانوادهٔ شما پیدا شده
status-family-found-b16to17-meaning = مددکار شما کسی را پیدا کرده که شاید یکی از اعضای خانوادهٔ شما باشد.
status-family-found-b16to17-next = مددکار هویت این شخص و رابطهٔ خانوادگی شما را بررسی و تأیید می‌کند. تماس فقط وقتی شروع می‌شود که این کار تمام شده و امن باشد.
status-family-found-b16to17-can-do = خواسته‌ها و نگرانی‌های خود را به مددکار بگویید. نظر شما بخشی از تصمیم است.
status-family-found-b16to17-ask = از مددکار، سرپرست یا وکیل خود بپرسید.

status-family-found-adult-title = شاید یک خویشاوند طفل پیدا شده
status-family-found-adult-meaning = مددکار کسی را پیدا کرده که شاید از خویشاوندان طفل باشد.
status-family-found-adult-next = پیش از هر تماسی، مددکار هویت افراد و رابطهٔ خانوادگی را بررسی و تأیید می‌کند.
status-family-found-adult-can-do = به سوال‌های مددکار جواب بدهید. اسناد و عکس‌هایی را که رابطهٔ شما را نشان می‌دهد، آماده نگه دارید.
status-family-found-adult-ask = از مددکار طفل بپرسید.

## verifying

status-verifying-b0to5-title = مطمئن شدن
status-verifying-b0to5-meaning = مددکارها می‌خواهند مطمئن شوند که این آدم واقعاً از خانواده‌ات است.
status-verifying-b0to5-next = وقتی مطمئن شدند، به تو می‌گویند.
status-verifying-b0to5-can-do = اگر دلت بخواهد، می‌توانی با سرپرستت عکس‌ها را ببینی.
status-verifying-b0to5-ask = می‌توانی از سرپرستت بپرسی که چه می‌شود.

status-verifying-b6to9-title = مطمئن شدن
status-verifying-b6to9-meaning = مددکارت می‌خواهد مطمئن شود که این آدم واقعاً از خانواده‌ات است.
status-verifying-b6to9-next = شاید از تو چند سوال بپرسد یا چند عکس به تو نشان بدهد. بعد به تو می‌گوید که چه فهمیده است.
status-verifying-b6to9-can-do = فقط به سوال‌هایی جواب بده که خودت می‌خواهی. اگر بگویی «نمی‌دانم»، عیبی ندارد.
status-verifying-b6to9-ask = اگر نگران هستی، از سرپرست یا مددکارت بپرس.

status-verifying-b10to12-title = بررسی اینکه او کیست
status-verifying-b10to12-meaning = مددکارت بررسی می‌کند که کسی که پیدا شده، واقعاً از خانواده‌ات است.
status-verifying-b10to12-next = شاید از تو چند سوال بپرسند یا عکس‌هایی به تو نشان بدهند. مددکارت نتیجه را به تو می‌گوید.
status-verifying-b10to12-can-do = تا جایی که می‌توانی جواب بده. اگر بگویی نمی‌دانم یا یادم نیست، عیبی ندارد.
status-verifying-b10to12-ask = اگر سوال یا نگرانی داری، سرپرست و مددکارت در کنار تو هستند.

status-verifying-b13to15-title = بررسی رابطهٔ خانوادگی
status-verifying-b13to15-meaning = مددکار شما بررسی می‌کند که کسی که پیدا شده، واقعاً از خانوادهٔ شماست و می‌خواهد با شما تماس داشته باشد.
status-verifying-b13to15-next = شاید از شما سوال‌هایی بپرسند یا عکس‌ها یا اسنادی به شما نشان بدهند. نتیجه به شما گفته می‌شود.
status-verifying-b13to15-can-do = صادقانه جواب بدهید. اگر چیزی یادتان نیست، می‌توانید بگویید، و می‌توانید کمی استراحت کنید.
status-verifying-b13to15-ask = دربارهٔ هر چیزی که نگران‌تان می‌کند، از سرپرست یا مددکار خود بپرسید.

status-verifying-b16to17-title = بررسی و تأیید
status-verifying-b16to17-meaning = مددکار شما هویت شخصی را که پیدا شده، و رابطهٔ خانوادگی شما با او را بررسی و تأیید می‌کند.
status-verifying-b16to17-next = شاید از شما سوال‌هایی بپرسند یا عکس‌ها و اسنادی به شما نشان بدهند. نتیجه به شما گفته می‌شود.
status-verifying-b16to17-can-do = صادقانه جواب بدهید، و اگر چیزی به نظرتان درست نیست، بگویید. هر وقت بخواهید، می‌توانید استراحت کنید.
status-verifying-b16to17-ask = از مددکار، سرپرست یا وکیل خود بپرسید.

status-verifying-adult-title = بررسی و تأیید
status-verifying-adult-meaning = مددکار رابطهٔ خانوادگی و هویت افراد مربوط را بررسی و تأیید می‌کند.
status-verifying-adult-next = شاید از شما اسناد، عکس‌ها یا یک مصاحبه خواسته شود. مددکار نتیجه را به شما می‌گوید.
status-verifying-adult-can-do = به سوال‌های مددکار جواب بدهید و هر وقت اسناد خواسته شد، آن‌ها را بدهید.
status-verifying-adult-ask = از مددکار طفل بپرسید.

## assessing

status-assessing-b0to5-title = مطمئن شدن که همه چیز امن است
status-assessing-b0to5-meaning = مددکارها مطمئن می‌شوند که همه چیز برای تو امن و خوب است.
status-assessing-b0to5-next = آن‌ها به گپ‌های تو و خانواده‌ات گوش می‌دهند.
status-assessing-b0to5-can-do = می‌توانی به سرپرستت بگویی که چه احساسی داری.
status-assessing-b0to5-ask = هر چیزی که بخواهی، می‌توانی از سرپرستت بپرسی.

status-assessing-b6to9-title = مطمئن شدن که همه چیز امن است
status-assessing-b6to9-meaning = مددکارت مطمئن می‌شود که بودن با خانواده‌ات برای تو امن و خوب است.
status-assessing-b6to9-next = مددکارت با تو و با خانواده‌ات گپ می‌زند. بعد بزرگ‌ترها با هم تصمیم می‌گیرند.
status-assessing-b6to9-can-do = به مددکارت بگو که چه می‌خواهی و چه چیزی نگرانت می‌کند. گپ تو مهم است.
status-assessing-b6to9-ask = هر سوالی داری، از سرپرست یا مددکارت بپرس.

status-assessing-b10to12-title = مطمئن شدن که همه چیز برایت امن و درست است
status-assessing-b10to12-meaning = مددکارت بررسی می‌کند که آیا زندگی با خانواده‌ات امن است و بهترین کار برای توست.
status-assessing-b10to12-next = مددکارت با تو و خانواده‌ات گپ می‌زند. خواسته‌های تو بخشی از تصمیم خواهد بود.
status-assessing-b10to12-can-do = بگو که چه می‌خواهی و چه چیزی نگرانت می‌کند. اگر بخواهی، می‌توانی اول با سرپرستت گپ بزنی.
status-assessing-b10to12-ask = از سرپرست یا مددکارت بپرس.

status-assessing-b13to15-title = تصمیم دربارهٔ بهترین کار برای شما
status-assessing-b13to15-meaning = مددکار شما بررسی می‌کند که آیا یکجا شدن با خانواده‌تان امن است و بهترین کار برای شماست.
status-assessing-b13to15-next = مددکار شما با شما و خانواده‌تان صحبت می‌کند و شاید به دیدن آن‌ها برود. خواسته‌های شما بخشی از تصمیم است.
status-assessing-b13to15-can-do = به مددکار خود بگویید که چه می‌خواهید، از چه می‌ترسید و به چه امید دارید.
status-assessing-b13to15-ask = از سرپرست یا مددکار خود بپرسید. از وکیل خود هم می‌توانید بپرسید.

status-assessing-b16to17-title = ارزیابی بهترین منافع شما
status-assessing-b16to17-meaning = مددکار شما ارزیابی می‌کند که آیا یکجا شدن با خانواده‌تان امن است و به بهترین نفع شماست.
status-assessing-b16to17-next = مددکار با شما و خانواده‌تان صحبت می‌کند و شاید به دیدن آن‌ها برود. نظر شما در تصمیم اهمیت زیادی دارد.
status-assessing-b16to17-can-do = خواسته‌ها، نگرانی‌ها و امیدهای خود را بگویید. می‌توانید بخواهید که نظرهای شما نوشته شود.
status-assessing-b16to17-ask = از مددکار، سرپرست یا وکیل خود بپرسید.

status-assessing-adult-title = ارزیابی بهترین منافع طفل
status-assessing-adult-meaning = مددکار ارزیابی می‌کند که آیا یکجا شدن با خانواده امن است و بهترین منافع طفل را تأمین می‌کند.
status-assessing-adult-next = مددکار شاید با شما مصاحبه کند و به خانهٔ شما بیاید. نظر طفل بخشی از تصمیم است.
status-assessing-adult-can-do = در مصاحبه‌ها شرکت کنید و به سوال‌ها روشن و صادقانه جواب بدهید.
status-assessing-adult-ask = از مددکار طفل بپرسید.

## planning reunification

status-planning-reunification-b0to5-title = آماده شدن
status-planning-reunification-b0to5-meaning = تو پیش خانواده‌ات می‌روی. مددکارها همه چیز را آماده می‌کنند.
status-planning-reunification-b0to5-next = آن‌ها روزی را که می‌روی، به تو می‌گویند.
status-planning-reunification-b0to5-can-do = می‌توانی یک بازیچه یا یک عکس انتخاب کنی که با خود ببری.
status-planning-reunification-b0to5-ask = می‌توانی از سرپرستت دربارهٔ سفر بپرسی.

status-planning-reunification-b6to9-title = آماده شدن برای رفتن پیش خانواده‌ات
status-planning-reunification-b6to9-meaning = تصمیم گرفته شد: تو پیش خانواده‌ات می‌روی. حالا مددکارت یک پلان می‌سازد.
status-planning-reunification-b6to9-next = در پلان نوشته است که چطور و چه وقت سفر می‌کنی. مددکارت روز سفر را به تو می‌گوید.
status-planning-reunification-b6to9-can-do = می‌توانی به مددکارت بگویی که چه چیزهایی را می‌خواهی با خود ببری و با چه کسانی می‌خواهی خداحافظی کنی.
status-planning-reunification-b6to9-ask = دربارهٔ پلان از سرپرست یا مددکارت بپرس.

status-planning-reunification-b10to12-title = پلان رفتن پیش خانواده‌ات
status-planning-reunification-b10to12-meaning = تصمیم گرفته شده که تو پیش خانواده‌ات بروی. مددکارت پلان می‌سازد که این کار چطور انجام شود.
status-planning-reunification-b10to12-next = در پلان، اسناد، سفر و تاریخ آمده است. مددکارت آن را یکجا با تو مرور می‌کند.
status-planning-reunification-b10to12-can-do = سوال‌ها و نگرانی‌هایت را دربارهٔ این رفتن به مددکارت بگو. فکر کن که با چه کسانی می‌خواهی خداحافظی کنی.
status-planning-reunification-b10to12-ask = از سرپرست یا مددکارت بپرس.

status-planning-reunification-b13to15-title = پلان یکجا شدن با خانواده
status-planning-reunification-b13to15-meaning = تصمیم گرفته شده که شما پیش خانواده‌تان بروید. مددکار شما پلان رفتن را می‌سازد.
status-planning-reunification-b13to15-next = در پلان، اسناد، سفر، تاریخ، و مکتب یا کمک بعد از رسیدن‌تان آمده است. آن را با هم مرور می‌کنید.
status-planning-reunification-b13to15-can-do = دربارهٔ هر چیزی در پلان سوال کنید. اگر چیزی نگران‌تان می‌کند، بگویید.
status-planning-reunification-b13to15-ask = از سرپرست، مددکار یا وکیل خود بپرسید.

status-planning-reunification-b16to17-title = پلان یکجا شدن با خانواده
status-planning-reunification-b16to17-meaning = با یکجا شدن شما با خانواده‌تان موافقت شده است. مددکار شما پلان را آماده می‌کند.
status-planning-reunification-b16to17-next = در پلان، اسناد، سفر، تاریخ، و درس یا کار و کمک بعد از رسیدن‌تان آمده است. آن را با هم مرور می‌کنید.
status-planning-reunification-b16to17-can-do = پلان را ببینید و دربارهٔ هر چیزی که روشن نیست، سوال کنید. به مددکار خود بگویید که به چه ضرورت دارید.
status-planning-reunification-b16to17-ask = از مددکار، سرپرست یا وکیل خود بپرسید.

status-planning-reunification-adult-title = پلان یکجا شدن با خانواده
status-planning-reunification-adult-meaning = با یکجا شدن طفل با خانواده موافقت شده است. مددکار پلان را همراه با شما آماده می‌کند.
status-planning-reunification-adult-next = در پلان، اسناد، سفر، تاریخ و کمک بعد از رسیدن طفل آمده است.
status-planning-reunification-adult-can-do = اسنادی را که مددکار می‌خواهد آماده کنید و آماده باشید که دربارهٔ پلان صحبت کنید.
status-planning-reunification-adult-ask = از مددکار طفل بپرسید.

## reunified

status-reunified-b0to5-title = با خانواده‌ات
status-reunified-b0to5-meaning = حالا تو با خانواده‌ات هستی.
status-reunified-b0to5-next = مددکارهایت می‌آیند تا سلام بگویند و ببینند حالت چطور است.
status-reunified-b0to5-can-do = می‌توانی به خانواده‌ات بگویی که چه احساسی داری.
status-reunified-b0to5-ask = باز هم می‌توانی از مددکارت کمک بخواهی.

status-reunified-b6to9-title = با خانواده‌ات
status-reunified-b6to9-meaning = تو دوباره با خانواده‌ات هستی.
status-reunified-b6to9-next = مددکارت به دیدنت می‌آید تا ببیند حالت چطور است.
status-reunified-b6to9-can-do = عادی است که هم خوشحال باشی و هم کمی احساس عجیبی داشته باشی. می‌توانی دربارهٔ آن گپ بزنی.
status-reunified-b6to9-ask = باز هم می‌توانی از مددکارت کمک بخواهی.

status-reunified-b10to12-title = دوباره با خانواده‌ات
status-reunified-b10to12-meaning = تو دوباره پیش خانواده‌ات هستی.
status-reunified-b10to12-next = مددکارت تا مدتی احوالت را می‌پرسد تا ببیند کارها چطور پیش می‌رود.
status-reunified-b10to12-can-do = عادت کردن به یک زندگی نو وقت می‌گیرد. اگر کارها سخت است، با کسی گپ بزن.
status-reunified-b10to12-ask = باز هم می‌توانی از مددکارت کمک بخواهی.

status-reunified-b13to15-title = دوباره با خانواده‌تان
status-reunified-b13to15-meaning = شما دوباره با خانواده‌تان یکجا شده‌اید.
status-reunified-b13to15-next = مددکار شما تا مدتی احوال‌تان را می‌پرسد تا ببیند چطور به زندگی تازه عادت می‌کنید.
status-reunified-b13to15-can-do = عادت کردن وقت می‌گیرد. اگر چیزی درست نیست، یا احساس امنیت نمی‌کنید، به مددکار خود بگویید.
status-reunified-b13to15-ask = مددکار شما هنوز هم در کنار شماست.

status-reunified-b16to17-title = با خانواده یکجا شدید
status-reunified-b16to17-meaning = شما دوباره با خانواده‌تان یکجا شده‌اید.
status-reunified-b16to17-next = مددکار شما تا مدتی وضعیت‌تان را پیگیری می‌کند تا ببیند چطور به زندگی تازه عادت می‌کنید.
status-reunified-b16to17-can-do = اگر چیزی درست نیست یا احساس امنیت نمی‌کنید، با مددکار خود تماس بگیرید. هنوز هم می‌توانید شکایت کنید.
status-reunified-b16to17-ask = مددکار شما هنوز هم در کنار شماست.

status-reunified-adult-title = با خانواده یکجا شد
status-reunified-adult-meaning = طفل دوباره با خانواده یکجا شده است.
status-reunified-adult-next = مددکار پیگیری می‌کند تا ببیند حال طفل و خانواده چطور است.
status-reunified-adult-can-do = اگر خانواده به کمک ضرورت دارد، به مددکار بگویید.
status-reunified-adult-ask = از مددکار طفل بپرسید.

## follow-up

status-follow-up-b0to5-title = سلام و احوال‌پرسی
status-follow-up-b0to5-meaning = مددکارهایت می‌آیند تا ببینند حالت چطور است.
status-follow-up-b0to5-next = بعد از چند دیدار، مددکارهایت با تو خداحافظی می‌کنند.
status-follow-up-b0to5-can-do = می‌توانی نقاشی‌ها و بازی‌هایت را به آن‌ها نشان بدهی.
status-follow-up-b0to5-ask = می‌توانی از خانواده‌ات بخواهی که به مددکارت تیلفون کنند.

status-follow-up-b6to9-title = احوال‌پرسی
status-follow-up-b6to9-meaning = مددکارت احوالت را می‌پرسد تا ببیند با خانواده‌ات چطور هستی.
status-follow-up-b6to9-next = وقتی همه چیز خوب پیش برود، دیدارها تمام می‌شود.
status-follow-up-b6to9-can-do = به مددکارت بگو که چه چیزی خوب است و چه چیزی سخت است.
status-follow-up-b6to9-ask = می‌توانی از مددکارت کمک بخواهی.

status-follow-up-b10to12-title = احوال‌پرسی
status-follow-up-b10to12-meaning = مددکارت احوالت را می‌پرسد تا ببیند زندگی با خانواده‌ات چطور پیش می‌رود.
status-follow-up-b10to12-next = وقتی کارها خوب پیش برود، احوال‌پرسی‌ها تمام می‌شود و پرونده‌ات بسته می‌شود.
status-follow-up-b10to12-can-do = به مددکارت بگو که چه چیزی خوب پیش می‌رود و چه چیزی سخت است.
status-follow-up-b10to12-ask = می‌توانی از مددکارت کمک بخواهی.

status-follow-up-b13to15-title = پیگیری
status-follow-up-b13to15-meaning = مددکار شما پیگیری می‌کند که زندگی با خانواده‌تان چطور پیش می‌رود.
status-follow-up-b13to15-next = وقتی کارها خوب پیش برود، پیگیری تمام می‌شود و پروندهٔ شما بسته می‌شود.
status-follow-up-b13to15-can-do = صادقانه بگویید که چه چیزی خوب پیش می‌رود و چه چیزی نه. اگر به کمک ضرورت دارید، کمک بخواهید.
status-follow-up-b13to15-ask = می‌توانید از مددکار خود کمک بخواهید.

status-follow-up-b16to17-title = پیگیری
status-follow-up-b16to17-meaning = مددکار شما بعد از یکجا شدن‌تان با خانواده، وضعیت شما را پیگیری می‌کند.
status-follow-up-b16to17-next = وقتی وضعیت ثابت شد، پیگیری تمام می‌شود و پروندهٔ شما بسته می‌شود.
status-follow-up-b16to17-can-do = بگویید که به چه کمکی ضرورت دارید: مکتب، کار، صحت یا هر چیز دیگر.
status-follow-up-b16to17-ask = می‌توانید از مددکار خود کمک بخواهید.

status-follow-up-adult-title = پیگیری
status-follow-up-adult-meaning = مددکار پیگیری می‌کند که حال طفل و خانواده بعد از یکجا شدن چطور است.
status-follow-up-adult-next = وقتی وضعیت ثابت شد، پیگیری تمام می‌شود و پرونده بسته می‌شود.
status-follow-up-adult-can-do = هر ضرورت یا مشکلی را به مددکار بگویید.
status-follow-up-adult-ask = از مددکار طفل بپرسید.

## closed

status-closed-b0to5-title = تمام شد
status-closed-b0to5-meaning = کار مددکارهایت با تو تمام شد.
status-closed-b0to5-next = بزرگ‌ترهای دور و برت باز هم از تو مواظبت می‌کنند.
status-closed-b0to5-can-do = هر وقت بخواهی، می‌توانی از یک بزرگ‌تر کمک بخواهی.
status-closed-b0to5-ask = می‌توانی از سرپرستت یا یک بزرگ‌تر که به او اعتماد داری، بپرسی.

status-closed-b6to9-title = پرونده‌ات تمام شد
status-closed-b6to9-meaning = کار مددکارت روی پرونده‌ات تمام شد.
status-closed-b6to9-next = بزرگ‌ترهایی که از تو مواظبت می‌کنند، باز هم به تو کمک می‌کنند.
status-closed-b6to9-can-do = اگر باز هم کمک لازم داشتی، به یک بزرگ‌تر که به او اعتماد داری بگو.
status-closed-b6to9-ask = می‌توانی از یک بزرگ‌تر که به او اعتماد داری بخواهی که با تیم تماس بگیرد.

status-closed-b10to12-title = پرونده‌ات بسته شد
status-closed-b10to12-meaning = کار مددکارت روی پرونده‌ات تمام شد.
status-closed-b10to12-next = در این پرونده دیگر کاری انجام نمی‌شود. اگر باز به کمک ضرورت داشتی، تیم می‌تواند آن را دوباره باز کند.
status-closed-b10to12-can-do = اگر به کمک ضرورت داری، به یک بزرگ‌تر که به او اعتماد داری بگو.
status-closed-b10to12-ask = از یک بزرگ‌تر که به او اعتماد داری بخواه که با تیم تماس بگیرد.

status-closed-b13to15-title = پروندهٔ شما بسته شد
status-closed-b13to15-meaning = کار مددکار شما روی پرونده‌تان تمام شد.
status-closed-b13to15-next = در این پرونده دیگر کاری انجام نمی‌شود. اگر باز به کمک ضرورت داشتید، می‌شود آن را دوباره باز کرد.
status-closed-b13to15-can-do = اگر به کمک ضرورت دارید، با تیم یا یک بزرگ‌تر که به او اعتماد دارید تماس بگیرید. هنوز هم می‌توانید شکایت کنید.
status-closed-b13to15-ask = از یک بزرگ‌تر که به او اعتماد دارید بپرسید، یا با تیم تماس بگیرید.

status-closed-b16to17-title = پرونده بسته شد
status-closed-b16to17-meaning = کار مددکار شما روی پرونده‌تان تمام شد.
status-closed-b16to17-next = در این پرونده دیگر کاری انجام نمی‌شود. اگر باز به کمک ضرورت داشتید، می‌شود آن را دوباره باز کرد.
status-closed-b16to17-can-do = هنوز هم می‌توانید یک کاپی از معلومات خود بخواهید یا شکایت کنید.
status-closed-b16to17-ask = اگر باز به کمک ضرورت داشتید، با تیم تماس بگیرید.

status-closed-adult-title = پرونده بسته شد
status-closed-adult-meaning = کار مددکار روی پروندهٔ طفل تمام شد.
status-closed-adult-next = در این پرونده دیگر کاری انجام نمی‌شود. در صورت ضرورت، می‌شود آن را دوباره باز کرد.
status-closed-adult-can-do = می‌توانید یک کاپی از معلومات خود بخواهید یا شکایت کنید.
status-closed-adult-ask = اگر باز به کمک ضرورت داشتید، با تیم تماس بگیرید.

## alternative care

status-alternative-care-b0to5-title = یک جای امن برای زندگی
status-alternative-care-b0to5-meaning = تو در یک جای امن زندگی می‌کنی، با کسانی که از تو مواظبت می‌کنند.
status-alternative-care-b0to5-next = مددکارهایت باز هم به دیدنت می‌آیند.
status-alternative-care-b0to5-can-do = می‌توانی به کسانی که از تو مواظبت می‌کنند بگویی که چه چیزهایی را دوست داری.
status-alternative-care-b0to5-ask = هر چیزی که بخواهی، می‌توانی از سرپرستت بپرسی.

status-alternative-care-b6to9-title = یک جای امن برای زندگی
status-alternative-care-b6to9-meaning = فعلاً در یک جای امن زندگی می‌کنی، با کسانی که از تو مواظبت می‌کنند.
status-alternative-care-b6to9-next = مددکارت باز هم به دیدنت می‌آید. جست‌وجوی خانواده‌ات شاید ادامه پیدا کند.
status-alternative-care-b6to9-can-do = به مددکارت بگو که چه چیزهایی را دوست داری و چه چیزهایی لازم داری.
status-alternative-care-b6to9-ask = هر سوالی داری، از سرپرست یا مددکارت بپرس.

status-alternative-care-b10to12-title = یک جای امن برای زندگی
status-alternative-care-b10to12-meaning = فعلاً در یک جای امن با مراقبان زندگی می‌کنی، نه با خانواده‌ات.
status-alternative-care-b10to12-next = مددکارت باز هم به دیدنت می‌آید. جست‌وجوی خانواده‌ات شاید ادامه پیدا کند.
status-alternative-care-b10to12-can-do = به مددکارت بگو که به چه ضرورت داری و دربارهٔ جایی که زندگی می‌کنی چه احساسی داری.
status-alternative-care-b10to12-ask = از سرپرست یا مددکارت بپرس.

status-alternative-care-b13to15-title = مراقبت بدیل
status-alternative-care-b13to15-meaning = فعلاً در یک جای امن با مراقبان زندگی می‌کنید، مثلاً با یک خانوادهٔ میزبان یا در یک خانهٔ کوچک نگهداری.
status-alternative-care-b13to15-next = مددکار شما با شما در تماس می‌ماند. جست‌وجوی خانواده‌تان شاید ادامه پیدا کند، و پلان دوباره بررسی می‌شود.
status-alternative-care-b13to15-can-do = بگویید که به چه ضرورت دارید و دربارهٔ جایی که زندگی می‌کنید چه احساسی دارید. در این بررسی‌ها نظر شما مهم است.
status-alternative-care-b13to15-ask = از سرپرست، مددکار یا وکیل خود بپرسید.

status-alternative-care-b16to17-title = مراقبت بدیل
status-alternative-care-b16to17-meaning = فعلاً در مراقبت بدیل زندگی می‌کنید، مثلاً با یک خانوادهٔ میزبان، در یک خانهٔ کوچک نگهداری یا در یک خانهٔ حمایتی.
status-alternative-care-b16to17-next = مددکار شما با شما در تماس می‌ماند و پلان را با شما بررسی می‌کند. جست‌وجوی خانواده شاید ادامه پیدا کند.
status-alternative-care-b16to17-can-do = به مددکار خود بگویید که به چه ضرورت دارید، از جمله پلان‌ها برای وقتی که ۱۸ ساله می‌شوید.
status-alternative-care-b16to17-ask = از مددکار، سرپرست یا وکیل خود بپرسید.

status-alternative-care-adult-title = مراقبت بدیل
status-alternative-care-adult-meaning = فعلاً طفل در مراقبت بدیل زندگی می‌کند.
status-alternative-care-adult-next = مددکار پلان را به طور منظم بررسی می‌کند. جست‌وجوی خانواده شاید ادامه پیدا کند.
status-alternative-care-adult-can-do = اگر اجازه باشد، از مددکار بپرسید که چطور می‌توانید با طفل در تماس بمانید.
status-alternative-care-adult-ask = از مددکار طفل بپرسید.
