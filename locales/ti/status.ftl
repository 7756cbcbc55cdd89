# Tigrinya (ti): MACHINE DRAFT by an AI model, 2026-11-22. Not reviewed by a native
# speaker. Do not use with children before review. See locales/ti/STATUS.md.

# Labels around the case status screen and notifications.
# $band is `young` (0–9), `child` (10–17) or `adult`.

case-stage-registered = ተመዝጊቡ
case-stage-tracing = ምድላይ ስድራ
case-stage-family-found = ስድራ ተረኺቡ
case-stage-verifying = ምርግጋጽ
case-stage-assessing = ግምገማ
case-stage-planning-reunification = መደብ ምጽንባር ስድራ
case-stage-reunified = ምስ ስድራ ተጸንቢሩ
case-stage-follow-up = ክትትል
case-stage-closed = ተዓጽዩ
case-stage-alternative-care = ኣማራጺ ክንክን

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
