# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.
# uk: these texts are read by children and adults alike, so they avoid both "ти" and "ви"
# (impersonal forms: "можна", "потрібно").

error-request-malformed-json = Сервер не зміг прочитати те, що надіслав застосунок. Можна спробувати ще раз.
error-request-invalid-field = Застосунок надіслав значення, яке сервер не може використати: { $field }.
error-request-unknown-field = Застосунок надіслав те, чого сервер не знає: { $field }.
error-request-body-too-large = Це завелике для надсилання.
error-request-unsupported-media-type = Застосунок надіслав це у форматі, який сервер не приймає.
error-request-invalid-id = Щось не так із цим посиланням або ідентифікатором.
error-request-unknown-route = Тут нічого немає.
error-request-method-not-allowed = Тут цього зробити не можна.
error-auth-credential-missing = Щоб це зробити, потрібно увійти.
error-auth-credential-invalid = На цьому телефоні не виконано вхід. Допомогти може соціальний працівник.
error-auth-device-revoked = Цей телефон від'єднано. Новий код може дати соціальний працівник.
error-auth-forbidden = На це немає дозволу.
error-enrolment-code-invalid = Цей код неправильний. Можна перевірити його і спробувати ще раз.
error-enrolment-code-expired = Цей код уже застарів. Новий код може дати соціальний працівник.
error-enrolment-code-used = Цей код уже використано. Новий код може дати соціальний працівник.
error-enrolment-rate-limited = Забагато спроб. Потрібно трохи зачекати і спробувати ще раз.
error-keys-invalid-key = Застосунок надіслав ключ безпеки, який сервер не може прочитати.
error-keys-invalid-signature = Застосунок надіслав ключ безпеки, який не пройшов перевірку.
error-keys-invalid-registration-id = Застосунок надіслав число, яке сервер не може використати.
error-case-not-found = Ми не змогли знайти цю справу.
error-case-stage-transition-not-allowed = Справа не може перейти до цього етапу з того, на якому вона зараз.
error-case-member-not-found = Цієї людини немає в цій справі.
error-case-correction-needs-second-supervisor = Цю зміну має схвалити інший керівник. Схвалити власний запит не можна.
error-case-correction-not-found = Ми не змогли знайти цю зміну. Можливо, її вже схвалено або відкликано.
error-case-correction-stale = Після запиту на цю зміну справа перейшла на інший етап, або запит старший за сім днів. Запит закрито. Якщо зміна ще потрібна, можна попросити знову.
error-case-correction-pending = Зміна етапу цієї справи вже чекає на схвалення.
error-case-already-member = Ця людина вже є в цій справі.
error-case-not-assignable-staff = Так можна додати лише соціальних працівників, опікунів і юристів.
error-case-link-invalid = Ці справи не можна пов'язати.
error-case-contact-rule-invalid = Правило контактів має стосуватися двох різних людей із цієї справи.
error-account-not-found = Ми не змогли знайти цю людину.
error-device-not-found = Ми не змогли знайти цей пристрій.
error-device-still-active = У цьому акаунті ще є підключений телефон. Спочатку потрібно від'єднати цей телефон, а потім створити новий код.
error-messages-mailbox-full = Зараз на цю людину чекає забагато повідомлень, тому це повідомлення не надіслано. Можна спробувати пізніше.
error-server-internal = У нас щось пішло не так. Нічого не змінилося. Можна спробувати ще раз.
error-server-unavailable = Сервіс зараз перевантажений. Можна спробувати ще раз за хвилину.
error-contact-not-allowed = Зараз не можна надсилати повідомлення цій людині. Чому так, може пояснити соціальний працівник.
error-messages-mismatched-devices = Застосунок має оновити список телефонів цієї людини. Він спробує ще раз.
error-messages-stale-devices = Один із телефонів цієї людини налаштували заново. Застосунок спробує ще раз.
error-messages-too-large = Це повідомлення завелике для надсилання.
error-messages-invalid-envelopes = Застосунок спробував надіслати це повідомлення неправильним способом. Оновлення застосунку може допомогти.
error-keys-rate-limited = Забагато спроб зв'язатися з цією людиною. Потрібно трохи зачекати.
error-keys-too-many = Застосунок надіслав забагато ключів безпеки одночасно.
error-messages-access-denied = Зараз не можна надіслати це повідомлення таким способом. Спробуйте пізніше.
error-circle-changed = Люди в цій групі змінилися. Застосунок спробує ще раз.
error-messages-rate-limited = Цій людині щойно надіслали забагато повідомлень. Будь ласка, зачекайте трохи.
