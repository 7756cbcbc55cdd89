# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# uk: machine draft (AI, 2026-12-03), not reviewed by a native speaker; see STATUS.md.
# Read by children and adults alike, so these avoid both "ти" and "ви" (impersonal forms:
# "можна", "потрібно"), as in errors.ftl.

sdk-error-offline = Застосунок зараз не може зв'язатися із сервером. Повідомлення чекають на цьому телефоні й будуть надіслані, коли з'явиться з'єднання.
sdk-error-unexpected-response = Сервер відповів так, що застосунок цього не розуміє. Можна спробувати ще раз пізніше.
sdk-error-store = Цей телефон не зміг зберегти або прочитати дані застосунку. Потрібно закрити застосунок, відкрити його знову і спробувати ще раз.
sdk-error-store-key = Дані застосунку на цьому телефоні не вдалося відкрити цим ключем. Нічого не змінилося.
sdk-error-crypto = Не вдалося замкнути або відімкнути повідомлення на цьому телефоні. Можна спробувати ще раз.
sdk-error-not-enrolled = Цей телефон ще не налаштовано. Потрібно ввести код, який дав соціальний працівник.
sdk-error-other-server = Дані цього застосунку належать іншому серверу. Нічого не змінилося.
sdk-error-identity-changed = Номер безпеки цього контакту змінився. Перш ніж писати знову, потрібно звірити його з цією людиною особисто.
sdk-error-revoked-device = Надійшло повідомлення з телефону, який було від'єднано. Його не показано.
sdk-error-contact-not-allowed = Зараз у застосунку не можна писати цьому акаунту.
sdk-error-sealed-unavailable = Приватне повідомлення цьому акаунту поки що не можна надіслати. Спочатку потрібно надіслати звичайне повідомлення.
sdk-error-notice-mismatch = Це не той текст, на який чекає застосунок, тому його не показано. Можна запитати соціального працівника.
sdk-error-receipt-signature = Цю квитанцію не вдалося перевірити. Можна запитати соціального працівника.
sdk-error-receipt-code-invalid = Цей номер квитанції неповний або в ньому є помилка. Можна перевірити його і спробувати ще раз.
sdk-error-complaint-unreadable = Цю скаргу не вдалося відкрити на цьому телефоні.
sdk-error-invalid-input = Застосунок використав значення, яке не може надіслати: { $field }.
sdk-error-internal = У застосунку щось пішло не так. Нічого не надіслано. Можна спробувати ще раз.
sdk-error-revoked = Цей телефон від'єднано від акаунта. Його дані видалено. Новий код може дати соціальний працівник.
