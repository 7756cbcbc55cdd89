# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = Зареєстровано
case-stage-tracing = Пошук родини
case-stage-family-found = Родину знайдено
case-stage-verifying = Перевірка
case-stage-assessing = Оцінювання
case-stage-planning-reunification = Планування возз'єднання
case-stage-reunified = Возз'єднано з родиною
case-stage-follow-up = Подальший супровід
case-stage-closed = Закрито
case-stage-alternative-care = Альтернативний догляд

status-heading-meaning = { $band ->
    [young] Що відбувається
   *[other] Що це означає
}
status-heading-next = Що буде далі
status-heading-can-do = { $band ->
    [young] Що ти можеш зробити
   *[other] Що можна зробити зараз
}
status-heading-ask = { $band ->
    [young] Хто може допомогти
   *[other] До кого звернутися
}

notification-stage-changed = { $band ->
    [young] Є новини про твою папку.
    [child] Є новини у твоїй справі.
   *[adult] Справа перейшла на новий етап.
}
