# Tigrinya (ti): MACHINE DRAFT by an AI model, 2026-11-22 (case-stage-* band variants
# 2026-12-03). Not reviewed by a native speaker. Do not use with children before review.
# See locales/ti/STATUS.md.

# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = { $band ->
    [young] ጉዳይኩም ጀሚሩ
    [child] ጉዳይ ተኸፊቱ
   *[adult] ተመዝጊቡ
}
case-stage-tracing = { $band ->
    [young] ንስድራኹም ምድላይ
    [child] ንስድራኹም ምድላይ
   *[adult] ምድላይ ስድራ
}
case-stage-family-found = { $band ->
    [young] ሓደ ሰብ ስድራኹም ክኸውን ይኽእል
    [child] ሓደ ሰብ ስድራኹም ክኸውን ይኽእል
   *[adult] ዘመድ ክኸውን ዝኽእል ሰብ ተረኺቡ
}
case-stage-verifying = { $band ->
    [young] ምርግጋጽ
    [child] ዝምድና ስድራ ምርግጋጽ
   *[adult] ምርግጋጽ
}
case-stage-assessing = { $band ->
    [young] ውሑስ ምዃኑ ምርግጋጽ
    [child] ንዓኹም ዝበለጸ ምውሳን
   *[adult] ግምገማ
}
case-stage-planning-reunification = { $band ->
    [young] መደብ ምድላው
    [child] ናብ ስድራኹም ንምግዓዝ መደብ
   *[adult] መደብ ምጽንባር ስድራ
}
case-stage-reunified = { $band ->
    [young] ምስ ስድራኹም
    [child] ናብ ስድራኹም ተመሊስኩም
   *[adult] ምስ ስድራ ተጸንቢሩ
}
case-stage-follow-up = { $band ->
    [young] ከመይ ከም ዘለኹም ምርኣይ
    [child] ነገራት ከመይ ይኸዱ ከም ዘለዉ ምርኣይ
   *[adult] ክትትል
}
case-stage-closed = { $band ->
    [young] ተወዲኡ
    [child] ጉዳይ ተዓጽዩ
   *[adult] ተዓጽዩ
}
case-stage-alternative-care = { $band ->
    [young] ንሕጂ መንበሪ
    [child] ምስ ተኸናኸንቲ ምንባር
   *[adult] ኣማራጺ ክንክን
}

status-heading-meaning = { $band ->
    [young] እንታይ ይኸውን ኣሎ
   *[other] እዚ እንታይ ማለት እዩ
}
status-heading-next = ቀጺሉ እንታይ ይኸውን
status-heading-can-do = { $band ->
    [young] { $gender ->
        [feminine] እንታይ ክትገብሪ ትኽእሊ
        [masculine] እንታይ ክትገብር ትኽእል
       *[neutral] እንታይ ክትገብሩ ትኽእሉ
    }
   *[other] { $gender ->
        [feminine] ሕጂ እንታይ ክትገብሪ ትኽእሊ
        [masculine] ሕጂ እንታይ ክትገብር ትኽእል
       *[neutral] ሕጂ እንታይ ክትገብሩ ትኽእሉ
    }
}
status-heading-ask = { $band ->
    [young] መን ክሕግዝ ይኽእል
   *[other] ንመን ምሕታት
}

notification-stage-changed = { $band ->
    [young] { $gender ->
        [feminine] ብዛዕባ ፋይልኪ ሓድሽ ዜና ኣሎ።
        [masculine] ብዛዕባ ፋይልካ ሓድሽ ዜና ኣሎ።
       *[neutral] ብዛዕባ ፋይልኩም ሓድሽ ዜና ኣሎ።
    }
    [child] { $gender ->
        [feminine] ብዛዕባ ጉዳይኪ ሓድሽ ዜና ኣሎ።
        [masculine] ብዛዕባ ጉዳይካ ሓድሽ ዜና ኣሎ።
       *[neutral] ብዛዕባ ጉዳይኩም ሓድሽ ዜና ኣሎ።
    }
   *[adult] እቲ ጉዳይ ናብ ሓድሽ ደረጃ ተሰጋጊሩ።
}
