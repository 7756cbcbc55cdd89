# Who looked at or changed a case, as children, guardians and caseworkers read it.
# $name is the staff member's working name; $role their role; $band is `young` (0–9),
# `child` (10–17) or `adult`.
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
access-other = { $band ->
    [young] { $name }: у твоїй папці щось зроблено.
    [child] { $name } ({ $role }): у твоїй справі щось зроблено.
   *[adult] { $name } ({ $role }): виконано дію щодо справи.
}
access-someone = Хтось із команди
