# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] Твоя справа почалася
    [child] Справу відкрито
   *[adult] Зареєстровано
}
case-stage-tracing = { $band ->
    [young] Шукаємо твою родину
    [child] Пошук твоєї родини
   *[adult] Пошук родини
}
case-stage-family-found = { $band ->
    [young] Можливо, це твоя родина
    [child] Можливо, це твоя родина
   *[adult] Знайдено можливого родича
}
case-stage-verifying = { $band ->
    [young] Перевіряємо
    [child] Перевірка родинного зв'язку
   *[adult] Перевірка
}
case-stage-assessing = { $band ->
    [young] Перевіряємо, чи це безпечно
    [child] Вирішуємо, що найкраще для тебе
   *[adult] Оцінювання
}
case-stage-planning-reunification = { $band ->
    [young] Складаємо план
    [child] Плануємо твій переїзд до родини
   *[adult] Планування возз'єднання
}
case-stage-reunified = { $band ->
    [young] З родиною
    [child] Знову з родиною
   *[adult] Возз'єднано з родиною
}
case-stage-follow-up = { $band ->
    [young] Як ти?
    [child] Як у тебе справи?
   *[adult] Подальший супровід
}
case-stage-closed = { $band ->
    [young] Усе завершено
    [child] Справу закрито
   *[adult] Закрито
}
case-stage-alternative-care = { $band ->
    [young] Дім на цей час
    [child] Життя з дорослими, які про тебе дбають
   *[adult] Альтернативний догляд
}

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
