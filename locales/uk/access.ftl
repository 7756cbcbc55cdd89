# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.
# uk: the staff member's grammatical gender is unknown (and $gender is the reader's), so
# these lines avoid gendered past-tense verbs: "<name> (<role>): <what was done>".

role-caseworker = соціальний працівник
role-guardian = опікун
role-legal-representative = юрист
role-supervisor = керівник
role-admin = адміністратор
role-complaint-handler = працівник із розгляду скарг
role-child = дитина
role-family = член родини

access-case-create = { $band ->
    [young] { $name }: твою папку відкрито.
    [child] { $name } ({ $role }): твою справу відкрито.
   *[adult] { $name } ({ $role }): справу відкрито.
}
access-case-view = { $band ->
    [young] { $name }: твою папку переглянуто.
    [child] { $name } ({ $role }): твою справу переглянуто.
   *[adult] { $name } ({ $role }): справу переглянуто.
}
access-case-members-view = { $band ->
    [young] { $name }: переглянуто, хто тобі допомагає.
    [child] { $name } ({ $role }): переглянуто список людей у твоїй справі.
   *[adult] { $name } ({ $role }): переглянуто список учасників справи.
}
access-case-invite = { $band ->
    [young] { $name }: запрошено нову людину.
    [child] { $name } ({ $role }): до твоєї справи запрошено нову людину.
   *[adult] { $name } ({ $role }): до справи запрошено нову особу.
}
access-case-staff-assign = { $band ->
    [young] { $name }: запрошено ще одну людину, яка тобі допомагатиме.
    [child] { $name } ({ $role }): до твоєї справи додано працівника.
   *[adult] { $name } ({ $role }): до справи призначено працівника.
}
access-case-stage-change = { $band ->
    [young] { $name }: твоя папка перейшла до наступного кроку.
    [child] { $name } ({ $role }): твоя справа перейшла на інший крок.
   *[adult] { $name } ({ $role }): змінено етап справи.
}
access-case-contact-rules-view = { $band ->
    [young] { $name }: переглянуто, хто може з тобою говорити.
    [child] { $name } ({ $role }): переглянуто, хто може з тобою зв'язуватися.
   *[adult] { $name } ({ $role }): переглянуто правила контактів.
}
access-case-contact-rule-set = { $band ->
    [young] { $name }: змінено, хто може з тобою говорити.
    [child] { $name } ({ $role }): змінено, хто може з тобою зв'язуватися.
   *[adult] { $name } ({ $role }): змінено правило контактів.
}
access-case-link = { $band ->
    [young] { $name }: твою папку з'єднано з папкою твого брата чи сестри.
    [child] { $name } ({ $role }): твою справу пов'язано зі справою брата чи сестри.
   *[adult] { $name } ({ $role }): справу пов'язано зі справою брата чи сестри дитини.
}
access-case-member-code-reissue = { $band ->
    [young] { $name }: зроблено новий код для телефону.
    [child] { $name } ({ $role }): зроблено новий код входу для когось у твоїй справі.
   *[adult] { $name } ({ $role }): видано новий код підключення для учасника справи.
}
access-case-access-log-view = { $band ->
    [young] { $name }: переглянуто цей список.
    [child] { $name } ({ $role }): переглянуто цей список тих, хто бачив твою справу.
   *[adult] { $name } ({ $role }): переглянуто цей журнал доступу.
}
access-case-export = { $band ->
    [young] { $name }: зроблено копію твоєї папки.
    [child] { $name } ({ $role }): зроблено копію твоєї справи, щоб її передати.
   *[adult] { $name } ({ $role }): справу експортовано.
}
access-case-status-view = { $band ->
    [young] { $name }: переглянуто, де зараз твоя папка.
    [child] { $name } ({ $role }): переглянуто, на якому кроці твоя справа.
   *[adult] { $name } ({ $role }): переглянуто статус справи.
}
access-case-stage-correct = { $band ->
    [young] { $name }: виправлено крок, на якому твоя папка.
    [child] { $name } ({ $role }): виправлено крок, на якому твоя справа.
   *[adult] { $name } ({ $role }): виправлено етап справи.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name }: надіслано прохання виправити крок, на якому твоя папка. Спершу має погодитися ще одна людина.
    [child] { $name } ({ $role }): надіслано запит на виправлення кроку, на якому твоя справа. Спершу має погодитися ще один керівник.
   *[adult] { $name } ({ $role }): запропоновано виправлення етапу справи; його має схвалити другий керівник.
}
access-case-stage-correct-withdraw = { $band ->
    [young] Прохання виправити крок, на якому твоя папка, зупинено. Нічого не змінилося.
    [child] { $name } ({ $role }): запит на виправлення кроку, на якому твоя справа, закрито. Нічого не змінилося.
   *[adult] { $name } ({ $role }): запропоноване виправлення етапу закрито. Етап не змінився.
}
access-stage-corrections-list = { $band ->
    [young] { $name }: переглянуто список кроків, які чекають на виправлення.
    [child] { $name } ({ $role }): переглянуто список виправлень, які чекають на схвалення.
   *[adult] { $name } ({ $role }): переглянуто виправлення етапів, що очікують на схвалення.
}
access-case-access-refused = { $band ->
    [young] { $name }: була спроба відкрити твою папку. Дозволу не було, тому нічого не показано.
    [child] { $name } ({ $role }): була спроба відкрити твою справу, але дозволу не було. Нічого не показано.
   *[adult] { $name } ({ $role }): спробу отримати доступ до інформації справи відхилено. Нічого не показано і не змінено.
}
access-case-member-remove = { $band ->
    [young] { $name }: когось прибрано з твоєї папки.
    [child] { $name } ({ $role }): когось вилучено з твоєї справи.
   *[adult] { $name } ({ $role }): особу вилучено зі справи.
}
access-cases-list = { $band ->
    [young] { $name }: переглянуто власний список папок.
    [child] { $name } ({ $role }): переглянуто власний список справ.
   *[adult] { $name } ({ $role }): переглянуто перелік власних справ.
}
access-metrics-stages-view = { $band ->
    [young] { $name }: переглянуто числа про багато папок.
    [child] { $name } ({ $role }): переглянуто числа про всі справи, без імен.
   *[adult] { $name } ({ $role }): переглянуто статистику етапів за всіма справами.
}
access-staff-create = { $band ->
    [young] { $name }: додано нову людину, яка допомагає.
    [child] { $name } ({ $role }): створено акаунт для працівника.
   *[adult] { $name } ({ $role }): створено обліковий запис працівника.
}
access-staff-code-reissue = { $band ->
    [young] { $name }: зроблено новий код для телефону людини, яка допомагає.
    [child] { $name } ({ $role }): зроблено новий код входу для працівника.
   *[adult] { $name } ({ $role }): видано новий код підключення для облікового запису працівника.
}
access-staff-supervisor-set = { $band ->
    [young] { $name }: записано, хто керує людиною, яка допомагає.
    [child] { $name } ({ $role }): записано, хто керівник працівника.
   *[adult] { $name } ({ $role }): записано керівника для облікового запису працівника.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] { $name }: дано код для нового телефона. Цей телефон додано до твого акаунта.
        [child] { $name } ({ $role }): видано код, і з ним до твого акаунта додано новий телефон.
       *[adult] { $name } ({ $role }): видано код підключення, і з ним до вашого облікового запису підключено новий пристрій.
    }
    [child] { $band ->
        [young] { $name }: дано код для нового телефона. Цей телефон додано до акаунта дитини.
        [child] { $name } ({ $role }): видано код, і з ним до акаунта дитини додано новий телефон.
       *[adult] { $name } ({ $role }): видано код підключення, і з ним до облікового запису дитини підключено новий пристрій.
    }
   *[other] { $band ->
        [young] { $name }: дано код для нового телефона. Цей телефон додано для когось у твоїй папці.
        [child] { $name } ({ $role }): видано код, і з ним додано новий телефон для когось у твоїй справі.
       *[adult] { $name } ({ $role }): видано код підключення, і з ним підключено новий пристрій для учасника справи.
    }
}
access-account-preferences-update = { $band ->
    [young] { $name }: змінено мову у власному застосунку.
    [child] { $name } ({ $role }): змінено власні налаштування мови.
   *[adult] { $name } ({ $role }): оновлено власні мовні налаштування.
}
access-account-export = { $band ->
    [young] { $name }: зроблено копію власної інформації.
    [child] { $name } ({ $role }): завантажено копію власної інформації.
   *[adult] { $name } ({ $role }): експортовано власні дані.
}
access-devices-list = { $band ->
    [young] { $name }: переглянуто телефони одного акаунта.
    [child] { $name } ({ $role }): переглянуто, якими телефонами користується акаунт.
   *[adult] { $name } ({ $role }): переглянуто список пристроїв облікового запису.
}
access-device-revoke = { $band ->
    [young] { $name }: телефон від'єднано.
    [child] { $name } ({ $role }): телефон прибрано з акаунта.
   *[adult] { $name } ({ $role }): доступ пристрою відкликано.
}
access-keys-upload = { $band ->
    [young] { $name }: телефон підготовлено для приватних повідомлень.
    [child] { $name } ({ $role }): передано нові ключі для приватних повідомлень.
   *[adult] { $name } ({ $role }): завантажено нові ключі шифрування.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name }: усе підготовлено, щоб надіслати приватне повідомлення.
    [child] { $name } ({ $role }): отримано ключі, щоб почати приватну розмову.
   *[adult] { $name } ({ $role }): отримано ключі шифрування, щоб почати розмову.
}
access-sealed-access-key-set = { $band ->
    [young] { $name }: зроблено новий ключ для приватних повідомлень.
    [child] { $name } ({ $role }): встановлено новий ключ для приватних повідомлень.
   *[adult] { $name } ({ $role }): встановлено новий ключ доступу для прихованого відправника (sealed sender).
}
access-audit-verify = { $band ->
    [young] { $name }: перевірено, що список «хто що зробив» у безпеці.
    [child] { $name } ({ $role }): перевірено, що запис про те, хто що зробив, ніхто не змінював.
   *[adult] { $name } ({ $role }): перевірено журнал аудиту.
}
access-retention-run = { $band ->
    [young] Стару інформацію видалено, як кажуть правила.
    [child] Стару інформацію видалено, як кажуть правила.
   *[adult] Планове очищення видалило дані, строк зберігання яких минув.
}
access-retention-dry-run = { $band ->
    [young] Хтось перевірив, яку стару інформацію можна видалити. Нічого не видалено.
    [child] Хтось перевірив, яку стару інформацію можна видалити. Нічого не видалено.
   *[adult] Пробний запуск планового очищення порахував дані, які треба видалити. Нічого не видалено.
}
access-server-start = { $band ->
    [young] Комп'ютер Kinbridge увімкнувся.
    [child] Сервер Kinbridge запустився.
   *[adult] Сервер запущено.
}
access-other = { $band ->
    [young] { $name }: у твоїй папці щось зроблено.
    [child] { $name } ({ $role }): у твоїй справі щось зроблено.
   *[adult] { $name } ({ $role }): виконано дію щодо справи.
}
access-someone = Хтось із команди
access-consent-age-set = { $band ->
    [young] { $name }: записано, скільки тобі років.
    [child] { $name } ({ $role }): записано твій вік.
   *[adult] { $name } ({ $role }): записано вік дитини.
}
access-consent-decide = { $band ->
    [young] { $name }: дано відповідь «так» чи «ні» на запитання про тебе.
    [child] { $name } ({ $role }): записано відповідь «так» чи «ні» на запитання про згоду.
   *[adult] { $name } ({ $role }): записано рішення щодо згоди.
}
access-consent-withdraw = { $band ->
    [young] { $name }: сказано «стоп» тому, на що погодилися раніше.
    [child] { $name } ({ $role }): відкликано згоду.
   *[adult] { $name } ({ $role }): відкликано згоду.
}
access-consent-list = { $band ->
    [young] { $name }: переглянуто, на що погодилися щодо тебе.
    [child] { $name } ({ $role }): переглянуто твої згоди.
   *[adult] { $name } ({ $role }): переглянуто згоди.
}
access-consent-override-request = { $band ->
    [young] { $name }: надіслано прохання діяти без «так», щоб тобі було безпечно.
    [child] { $name } ({ $role }): надіслано запит діяти без згоди заради твоєї безпеки.
   *[adult] { $name } ({ $role }): надіслано запит діяти всупереч рішенню щодо згоди в найкращих інтересах дитини.
}
access-consent-override-approve = { $band ->
    [young] { $name }: дозволено діяти без «так», щоб тобі було безпечно.
    [child] { $name } ({ $role }): схвалено дії без згоди заради твоєї безпеки.
   *[adult] { $name } ({ $role }): схвалено дії всупереч рішенню щодо згоди.
}
access-consent-request = { $band ->
    [young] { $name }: запитано, чи ти на щось погоджуєшся.
    [child] { $name } ({ $role }): надіслано запит на твою згоду.
   *[adult] { $name } ({ $role }): надіслано запит на згоду.
}
access-view-request = { $band ->
    [young] { $name }: запитано, що ти думаєш.
    [child] { $name } ({ $role }): запитано твою думку щодо рішення.
   *[adult] { $name } ({ $role }): запитано думку дитини щодо рішення.
}
access-view-give = { $band ->
    [young] { $name }: висловлено думку.
    [child] { $name } ({ $role }): висловлено думку щодо рішення.
   *[adult] { $name } ({ $role }): висловлено думку щодо рішення.
}
access-views-list = { $band ->
    [young] { $name }: переглянуто, хто сказав, що думає.
    [child] { $name } ({ $role }): переглянуто, чиї думки висловлено.
   *[adult] { $name } ({ $role }): переглянуто, які думки запитано й висловлено.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name }: подано скаргу.
    [child] { $name } ({ $role }): подано скаргу.
   *[adult] { $name } ({ $role }): подано скаргу.
}
access-complaint-read = { $band ->
    [young] { $name }: скаргу прочитано за номером квитанції.
    [child] { $name } ({ $role }): скаргу прочитано за номером квитанції.
   *[adult] { $name } ({ $role }): скаргу прочитано за номером квитанції.
}
access-complaint-follow-up = { $band ->
    [young] { $name }: до скарги щось додано за номером квитанції.
    [child] { $name } ({ $role }): до скарги щось додано за номером квитанції.
   *[adult] { $name } ({ $role }): до скарги додано інформацію за номером квитанції.
}
access-complaints-list = { $band ->
    [young] { $name }: переглянуто список скарг.
    [child] { $name } ({ $role }): переглянуто список скарг.
   *[adult] { $name } ({ $role }): переглянуто чергу скарг.
}
access-complaint-view = { $band ->
    [young] { $name }: переглянуто скаргу.
    [child] { $name } ({ $role }): відкрито скаргу.
   *[adult] { $name } ({ $role }): відкрито скаргу.
}
access-complaint-acknowledge = { $band ->
    [young] { $name }: сказано, що скаргу прочитано.
    [child] { $name } ({ $role }): підтверджено отримання скарги.
   *[adult] { $name } ({ $role }): підтверджено отримання скарги.
}
access-complaint-status-change = { $band ->
    [young] { $name }: змінено, що відбувається зі скаргою.
    [child] { $name } ({ $role }): змінено статус скарги.
   *[adult] { $name } ({ $role }): змінено статус скарги.
}
access-complaint-reply = { $band ->
    [young] { $name }: написано про скаргу.
    [child] { $name } ({ $role }): написано відповідь або нотатку до скарги.
   *[adult] { $name } ({ $role }): написано відповідь або внутрішню нотатку до скарги.
}
access-complaint-triage = { $band ->
    [young] { $name }: скаргу розсортовано.
    [child] { $name } ({ $role }): скаргу розподілено (хто нею займається, мітки).
   *[adult] { $name } ({ $role }): проведено сортування скарги.
}
access-complaint-keys-share = { $band ->
    [young] { $name }: новому телефону команди з розгляду скарг дозволено прочитати скаргу.
    [child] { $name } ({ $role }): новому телефону команди з розгляду скарг дозволено прочитати скаргу.
   *[adult] { $name } ({ $role }): ключ скарги передано пристрою команди з розгляду скарг, підключеному пізніше.
}
access-complaint-escalate = { $band ->
    [young] Термінову скаргу надіслано більшій кількості людей.
    [child] Термінову скаргу надіслано наступним черговим.
   *[adult] Термінову скаргу, отримання якої ніхто не підтвердив, передано наступному рівню чергування.
}
access-complaint-deadline-warn = { $band ->
    [young] Скарга чекає надто довго.
    [child] Строк розгляду скарги спливає або вже минув.
   *[adult] Строк розгляду скарги використано на 80 % або він минув.
}
access-complaint-identity-request = { $band ->
    [young] { $name }: запитано, хто подав скаргу.
    [child] { $name } ({ $role }): надіслано запит, щоб дізнатися, хто подав скаргу.
   *[adult] { $name } ({ $role }): надіслано запит на розкриття особи людини, яка подала скаргу.
}
access-complaint-identity-decide = { $band ->
    [young] { $name }: вирішено, чи можна дізнатися, хто подав скаргу.
    [child] { $name } ({ $role }): ухвалено рішення щодо запиту дізнатися, хто подав скаргу.
   *[adult] { $name } ({ $role }): ухвалено рішення щодо запиту на розкриття особи.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name }: показано, хто подав скаргу.
    [child] { $name } ({ $role }): після схвалення показано, хто подав скаргу.
   *[adult] { $name } ({ $role }): після схвалення переглянуто особу людини, яка подала скаргу.
}
access-complaint-custodian-set = { $band ->
    [young] { $name }: змінено, хто може вирішувати щодо імен у скаргах.
    [child] { $name } ({ $role }): змінено, хто є хранителем скарг.
   *[adult] { $name } ({ $role }): змінено право хранителя скарг.
}
access-complaint-on-call-set = { $band ->
    [young] { $name }: змінено, хто чергує для скарг.
    [child] { $name } ({ $role }): змінено власне чергування для скарг.
   *[adult] { $name } ({ $role }): змінено власний рівень чергування для термінових скарг.
}
access-complaint-expiry-warn = { $band ->
    [young] Стару скаргу скоро буде видалено.
    [child] Закриту скаргу скоро буде видалено.
   *[adult] Закриту скаргу позначено для видалення після періоду попередження.
}
access-complaint-delete = { $band ->
    [young] Стару скаргу видалено.
    [child] Закриту скаргу видалено.
   *[adult] Закриту скаргу видалено.
}
access-complaint-metrics-view = { $band ->
    [young] { $name }: переглянуто числа про скарги.
    [child] { $name } ({ $role }): переглянуто числа про скарги.
   *[adult] { $name } ({ $role }): переглянуто статистику скарг.
}
# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
access-checkin-record = { $band ->
    [young] { $name }: надіслано відмітку про самопочуття.
    [child] { $name } ({ $role }): надіслано відмітку про самопочуття.
   *[adult] { $name } ({ $role }): надіслано відмітку про самопочуття.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name }: вибрано, як часто ти можеш показувати, як почуваєшся.
    [child] { $name } ({ $role }): встановлено, як часто пропонувати відмітку про самопочуття.
   *[adult] { $name } ({ $role }): встановлено, як часто пропонувати відмітку про самопочуття.
}
access-checkins-list = { $band ->
    [young] { $name }: переглянуто, коли надходили твої відмітки про самопочуття.
    [child] { $name } ({ $role }): переглянуто, коли надсилали відмітки про самопочуття.
   *[adult] { $name } ({ $role }): переглянуто дати відміток про самопочуття.
}
access-help-request = { $band ->
    [young] { $name }: надіслано прохання про допомогу зараз.
    [child] { $name } ({ $role }): надіслано прохання про допомогу зараз.
   *[adult] { $name } ({ $role }): надіслано прохання про термінову допомогу.
}
access-missing-flag = { $band ->
    [young] { $name }: повідомлено, що не знають, де ти.
    [child] { $name } ({ $role }): повідомлено про твоє зникнення.
   *[adult] { $name } ({ $role }): повідомлено про зникнення дитини.
}
access-alert-escalate = { $band ->
    [young] Повідомлено ще іншим помічникам.
    [child] Повідомлено наступним черговим, бо ще ніхто не відповів.
   *[adult] Сповіщення передано наступному рівню чергування: ніхто не підтвердив його отримання.
}
access-alert-acknowledge = { $band ->
    [young] { $name }: прохання про допомогу побачено.
    [child] { $name } ({ $role }): сповіщення побачено і взято в роботу.
   *[adult] { $name } ({ $role }): отримання сповіщення підтверджено.
}
access-alert-resolve = { $band ->
    [young] { $name }: прохання про допомогу закрито.
    [child] { $name } ({ $role }): сповіщення закрито.
   *[adult] { $name } ({ $role }): сповіщення позначено як вирішене.
}
access-alert-list = { $band ->
    [young] { $name }: переглянуто прохання про допомогу.
    [child] { $name } ({ $role }): переглянуто відкриті сповіщення.
   *[adult] { $name } ({ $role }): переглянуто відкриті сповіщення.
}
access-alert-metrics = { $band ->
    [young] { $name }: переглянуто числа про прохання про допомогу.
    [child] { $name } ({ $role }): переглянуто числа про сповіщення (без імен).
   *[adult] { $name } ({ $role }): переглянуто зведену статистику сповіщень.
}
access-roster-set = { $band ->
    [young] { $name }: змінено, хто чергує.
    [child] { $name } ({ $role }): змінено, хто чергує для сповіщень.
   *[adult] { $name } ({ $role }): змінено графік чергувань.
}
access-case-risk-set = { $band ->
    [young] { $name }: вибрано, яким помічникам повідомляють першими.
    [child] { $name } ({ $role }): вибрано, яких фахівців першими сповіщають про термінові прохання.
   *[adult] { $name } ({ $role }): встановлено клас ризику справи для маршрутизації сповіщень.
}
