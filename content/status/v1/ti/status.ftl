# Tigrinya (ti): MACHINE DRAFT by an AI model, 2026-11-22. Not reviewed by a native
# speaker. Do not use with children before review. See locales/ti/STATUS.md.

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

status-registered-b0to5-title = ሕጂ ተፋሊጥና
status-registered-b0to5-meaning = { $gender ->
    [feminine] ሕያዋት ሰባት ስምኪ ጽሒፎም። ክሕግዙኪ ይደልዩ።
    [masculine] ሕያዋት ሰባት ስምካ ጽሒፎም። ክሕግዙካ ይደልዩ።
   *[neutral] ሕያዋት ሰባት ስምኩም ጽሒፎም። ክሕግዙኩም ይደልዩ።
}
status-registered-b0to5-next = { $gender ->
    [feminine] ኣብ ቀረባ ግዜ ንስድራኺ ምድላይ ክጅምሩ እዮም።
    [masculine] ኣብ ቀረባ ግዜ ንስድራኻ ምድላይ ክጅምሩ እዮም።
   *[neutral] ኣብ ቀረባ ግዜ ንስድራኹም ምድላይ ክጅምሩ እዮም።
}
status-registered-b0to5-can-do = { $gender ->
    [feminine] ከመይ ከም ዝስምዓኪ ንእትኣምንዮ ዓቢ ሰብ ክትነግርዮ ትኽእሊ ኢኺ።
    [masculine] ከመይ ከም ዝስምዓካ ንእትኣምኖ ዓቢ ሰብ ክትነግሮ ትኽእል ኢኻ።
   *[neutral] ከመይ ከም ዝስምዓኩም ንእትኣምንዎ ዓቢ ሰብ ክትነግርዎ ትኽእሉ ኢኹም።
}
status-registered-b0to5-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ዝኾነ ሕቶ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ዝኾነ ሕቶ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ዝኾነ ሕቶ ክትሓቱ ትኽእሉ ኢኹም።
}

status-registered-b6to9-title = { $gender ->
    [feminine] ተመዝጊብኪ ኣለኺ
    [masculine] ተመዝጊብካ ኣለኻ
   *[neutral] ተመዝጊብኩም ኣለኹም
}
status-registered-b6to9-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ብዛዕባኺ ፋይል ከፊቶም ኣለዉ። እዚ ፋይል ሰባት ንኽሕግዙኪ ይሕግዝ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ብዛዕባኻ ፋይል ከፊቶም ኣለዉ። እዚ ፋይል ሰባት ንኽሕግዙካ ይሕግዝ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ብዛዕባኹም ፋይል ከፊቶም ኣለዉ። እዚ ፋይል ሰባት ንኽሕግዙኩም ይሕግዝ።
}
status-registered-b6to9-next = { $gender ->
    [feminine] ቀጺሉ፡ ማሕበራዊ ሰራሕተኛኺ ምሳኺ ክዛረቡ እዮም። ድሕሪኡ ንስድራኺ ምድላይ ክጅምሩ እዮም።
    [masculine] ቀጺሉ፡ ማሕበራዊ ሰራሕተኛኻ ምሳኻ ክዛረቡ እዮም። ድሕሪኡ ንስድራኻ ምድላይ ክጅምሩ እዮም።
   *[neutral] ቀጺሉ፡ ማሕበራዊ ሰራሕተኛኹም ምሳኹም ክዛረቡ እዮም። ድሕሪኡ ንስድራኹም ምድላይ ክጅምሩ እዮም።
}
status-registered-b6to9-can-do = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛኺ ኣስማት ስድራኺ ክትነግርዮም ትኽእሊ ኢኺ። ዝዝከረኪ ቦታታት እውን ክትነግርዮም ትኽእሊ ኢኺ።
    [masculine] ንማሕበራዊ ሰራሕተኛኻ ኣስማት ስድራኻ ክትነግሮም ትኽእል ኢኻ። ዝዝከረካ ቦታታት እውን ክትነግሮም ትኽእል ኢኻ።
   *[neutral] ንማሕበራዊ ሰራሕተኛኹም ኣስማት ስድራኹም ክትነግርዎም ትኽእሉ ኢኹም። ዝዝከረኩም ቦታታት እውን ክትነግርዎም ትኽእሉ ኢኹም።
}
status-registered-b6to9-ask = { $gender ->
    [feminine] ሞግዚትኪን ማሕበራዊ ሰራሕተኛኺን ንኽሕግዙኪ ኣለዉ። ዝኾነ ሕቶ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ሞግዚትካን ማሕበራዊ ሰራሕተኛኻን ንኽሕግዙካ ኣለዉ። ዝኾነ ሕቶ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ንኽሕግዙኩም ኣለዉ። ዝኾነ ሕቶ ክትሓቱ ትኽእሉ ኢኹም።
}

status-registered-b10to12-title = { $gender ->
    [feminine] ጉዳይኪ ተኸፊቱ ኣሎ
    [masculine] ጉዳይካ ተኸፊቱ ኣሎ
   *[neutral] ጉዳይኩም ተኸፊቱ ኣሎ
}
status-registered-b10to12-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ጉዳይ ከፊቶምልኪ ኣለዉ። ኣብኡ ንስድራኺ ንምርካብ ዝሕግዝ ሓበሬታ ይዕቀብ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ጉዳይ ከፊቶምልካ ኣለዉ። ኣብኡ ንስድራኻ ንምርካብ ዝሕግዝ ሓበሬታ ይዕቀብ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ጉዳይ ከፊቶምልኩም ኣለዉ። ኣብኡ ንስድራኹም ንምርካብ ዝሕግዝ ሓበሬታ ይዕቀብ።
}
status-registered-b10to12-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ብዛዕባ ስድራኺ ምሳኺ ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራኺ ክጅምር ይኽእል።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ብዛዕባ ስድራኻ ምሳኻ ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራኻ ክጅምር ይኽእል።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ብዛዕባ ስድራኹም ምሳኹም ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራኹም ክጅምር ይኽእል።
}
status-registered-b10to12-can-do = { $gender ->
    [feminine] ዝዝከረኪ ኣስማት፡ ቦታታትን ቁጽርታት ተሌፎንን ሕሰቢ። ዝኾነ ነገር ክሕግዝ ይኽእል፡ ንኣሽቱ ነገራት እውን።
    [masculine] ዝዝከረካ ኣስማት፡ ቦታታትን ቁጽርታት ተሌፎንን ሕሰብ። ዝኾነ ነገር ክሕግዝ ይኽእል፡ ንኣሽቱ ነገራት እውን።
   *[neutral] ዝዝከረኩም ኣስማት፡ ቦታታትን ቁጽርታት ተሌፎንን ሕሰቡ። ዝኾነ ነገር ክሕግዝ ይኽእል፡ ንኣሽቱ ነገራት እውን።
}
status-registered-b10to12-ask = { $gender ->
    [feminine] ንጹር ዘይኮነ ነገር እንተሎ፡ ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ንጹር ዘይኮነ ነገር እንተሎ፡ ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ንጹር ዘይኮነ ነገር እንተሎ፡ ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-registered-b13to15-title = { $gender ->
    [feminine] ጉዳይኪ ተኸፊቱ ኣሎ
    [masculine] ጉዳይካ ተኸፊቱ ኣሎ
   *[neutral] ጉዳይኩም ተኸፊቱ ኣሎ
}
status-registered-b13to15-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ስምኪ መዝጊቦም ጉዳይኪ ከፊቶም ኣለዉ። ጉዳይኪ ንስድራኺ ንምድላይ ዘድሊ ሓበሬታ ሒዙ ኣሎ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ስምካ መዝጊቦም ጉዳይካ ከፊቶም ኣለዉ። ጉዳይካ ንስድራኻ ንምድላይ ዘድሊ ሓበሬታ ሒዙ ኣሎ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ስምኩም መዝጊቦም ጉዳይኩም ከፊቶም ኣለዉ። ጉዳይኩም ንስድራኹም ንምድላይ ዘድሊ ሓበሬታ ሒዙ ኣሎ።
}
status-registered-b13to15-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ብዛዕባ ስድራኺን ድሌትኪን ምሳኺ ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራኺ ይጅምር።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ብዛዕባ ስድራኻን ድሌትካን ምሳኻ ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራኻ ይጅምር።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ብዛዕባ ስድራኹምን ድሌትኩምን ምሳኹም ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራኹም ይጅምር።
}
status-registered-b13to15-can-do = { $gender ->
    [feminine] ዝዝከረኪ ኣስማት፡ ቦታታት፡ ቁጽርታት ተሌፎንን ኣካውንታት ማሕበራዊ ሚድያን ጽሓፊ። እንታይ ክኸውን ከም እትደልዪ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] ዝዝከረካ ኣስማት፡ ቦታታት፡ ቁጽርታት ተሌፎንን ኣካውንታት ማሕበራዊ ሚድያን ጽሓፍ። እንታይ ክኸውን ከም እትደሊ ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] ዝዝከረኩም ኣስማት፡ ቦታታት፡ ቁጽርታት ተሌፎንን ኣካውንታት ማሕበራዊ ሚድያን ጽሓፉ። እንታይ ክኸውን ከም እትደልዩ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-registered-b13to15-ask = { $gender ->
    [feminine] ሞግዚትኪን ማሕበራዊ ሰራሕተኛኺን ንሕቶታትኪ ክምልሱ ይኽእሉ። ተርጓሚ ክትሓትቲ እውን ትኽእሊ ኢኺ።
    [masculine] ሞግዚትካን ማሕበራዊ ሰራሕተኛኻን ንሕቶታትካ ክምልሱ ይኽእሉ። ተርጓሚ ክትሓትት እውን ትኽእል ኢኻ።
   *[neutral] ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ንሕቶታትኩም ክምልሱ ይኽእሉ። ተርጓሚ ክትሓቱ እውን ትኽእሉ ኢኹም።
}

status-registered-b16to17-title = { $gender ->
    [feminine] ጉዳይኪ ተኸፊቱ ኣሎ
    [masculine] ጉዳይካ ተኸፊቱ ኣሎ
   *[neutral] ጉዳይኩም ተኸፊቱ ኣሎ
}
status-registered-b16to17-meaning = { $gender ->
    [feminine] ተመዝጊብኪ ኣለኺ፡ ማሕበራዊ ሰራሕተኛኺ ድማ ጉዳይኪ ከፊቶም ኣለዉ። ክርእይዎ ዝኽእሉ ኣብ ጉዳይኪ ዝሰርሑ ሰባት ጥራይ እዮም።
    [masculine] ተመዝጊብካ ኣለኻ፡ ማሕበራዊ ሰራሕተኛኻ ድማ ጉዳይካ ከፊቶም ኣለዉ። ክርእይዎ ዝኽእሉ ኣብ ጉዳይካ ዝሰርሑ ሰባት ጥራይ እዮም።
   *[neutral] ተመዝጊብኩም ኣለኹም፡ ማሕበራዊ ሰራሕተኛኹም ድማ ጉዳይኩም ከፊቶም ኣለዉ። ክርእይዎ ዝኽእሉ ኣብ ጉዳይኩም ዝሰርሑ ሰባት ጥራይ እዮም።
}
status-registered-b16to17-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ብዛዕባ ስድራኺን ድሌታትኪን ምሳኺ ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራ ክጅምር ይኽእል።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ብዛዕባ ስድራኻን ድሌታትካን ምሳኻ ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራ ክጅምር ይኽእል።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ብዛዕባ ስድራኹምን ድሌታትኩምን ምሳኹም ክዛረቡ እዮም። ድሕሪኡ ምድላይ ስድራ ክጅምር ይኽእል።
}
status-registered-b16to17-can-do = { $gender ->
    [feminine] ንስድራኺ ንምርካብ ክሕግዝ ዝኽእል ዝኾነ ሓበሬታ ኣካፍሊ፦ ኣስማት፡ ቦታታት፡ ቁጽርታት ተሌፎን፡ ማሕበራዊ ሚድያ። እንታይ ከም እትደልዪ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] ንስድራኻ ንምርካብ ክሕግዝ ዝኽእል ዝኾነ ሓበሬታ ኣካፍል፦ ኣስማት፡ ቦታታት፡ ቁጽርታት ተሌፎን፡ ማሕበራዊ ሚድያ። እንታይ ከም እትደሊ ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] ንስድራኹም ንምርካብ ክሕግዝ ዝኽእል ዝኾነ ሓበሬታ ኣካፍሉ፦ ኣስማት፡ ቦታታት፡ ቁጽርታት ተሌፎን፡ ማሕበራዊ ሚድያ። እንታይ ከም እትደልዩ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-registered-b16to17-ask = { $gender ->
    [feminine] ንሞግዚትኪ፡ ንማሕበራዊ ሰራሕተኛኺ ወይ ንጠበቓኺ ሕተትዮም። ኣብ ዝኾነ ግዜ ተርጓሚ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ንሞግዚትካ፡ ንማሕበራዊ ሰራሕተኛኻ ወይ ንጠበቓኻ ሕተቶም። ኣብ ዝኾነ ግዜ ተርጓሚ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ንሞግዚትኩም፡ ንማሕበራዊ ሰራሕተኛኹም ወይ ንጠበቓኹም ሕተትዎም። ኣብ ዝኾነ ግዜ ተርጓሚ ክትሓቱ ትኽእሉ ኢኹም።
}

status-registered-adult-title = እቲ ጉዳይ ተኸፊቱ ኣሎ
status-registered-adult-meaning = ማሕበራዊ ሰራሕተኛ ነቲ ቆልዓ መዝጊቦም፡ ስድራ እቲ ቆልዓ ንምድላይ ጉዳይ ከፊቶም ኣለዉ።
status-registered-adult-next = ማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሓበሬታ ክእክቡ፡ ድሕሪኡ ስድራ እቲ ቆልዓ ምድላይ ክጅምሩ እዮም።
status-registered-adult-can-do = { $gender ->
    [feminine] ተሌፎንክን ኣይተጥፍኣ፡ ነዚ ኣፕ ድማ ተኸታተላ። ሓበሬታ ምስ ማሕበራዊ ሰራሕተኛ ጥራይ ኣካፍላ።
    [masculine] ተሌፎንኩም ኣይተጥፍኡ፡ ነዚ ኣፕ ድማ ተኸታተሉ። ሓበሬታ ምስ ማሕበራዊ ሰራሕተኛ ጥራይ ኣካፍሉ።
   *[neutral] ተሌፎንኩም ኣይተጥፍኡ፡ ነዚ ኣፕ ድማ ተኸታተሉ። ሓበሬታ ምስ ማሕበራዊ ሰራሕተኛ ጥራይ ኣካፍሉ።
}
status-registered-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## tracing

status-tracing-b0to5-title = { $gender ->
    [feminine] ንስድራኺ ምድላይ
    [masculine] ንስድራኻ ምድላይ
   *[neutral] ንስድራኹም ምድላይ
}
status-tracing-b0to5-meaning = { $gender ->
    [feminine] ብዙሓት ሕያዋት ሰባት ንስድራኺ ይደልዩ ኣለዉ።
    [masculine] ብዙሓት ሕያዋት ሰባት ንስድራኻ ይደልዩ ኣለዉ።
   *[neutral] ብዙሓት ሕያዋት ሰባት ንስድራኹም ይደልዩ ኣለዉ።
}
status-tracing-b0to5-next = { $gender ->
    [feminine] ነዊሕ ግዜ ክወስድ ይኽእል እዩ። ክደልዩ ከለዉ፡ ኣብ ውሑስ ቦታ ኣለኺ።
    [masculine] ነዊሕ ግዜ ክወስድ ይኽእል እዩ። ክደልዩ ከለዉ፡ ኣብ ውሑስ ቦታ ኣለኻ።
   *[neutral] ነዊሕ ግዜ ክወስድ ይኽእል እዩ። ክደልዩ ከለዉ፡ ኣብ ውሑስ ቦታ ኣለኹም።
}
status-tracing-b0to5-can-do = { $gender ->
    [feminine] ክትጻወቲ፡ ከተዕርፊ፡ ክሓቑፉኪ ድማ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ክትጻወት፡ ከተዕርፍ፡ ክሓቑፉካ ድማ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ክትጻወቱ፡ ከተዕርፉ፡ ክሓቑፉኩም ድማ ክትሓቱ ትኽእሉ ኢኹም።
}
status-tracing-b0to5-ask = { $gender ->
    [feminine] ምድላይ ከመይ ይኸይድ ከም ዘሎ ንሞግዚትኪ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ምድላይ ከመይ ይኸይድ ከም ዘሎ ንሞግዚትካ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ምድላይ ከመይ ይኸይድ ከም ዘሎ ንሞግዚትኩም ክትሓቱ ትኽእሉ ኢኹም።
}

status-tracing-b6to9-title = { $gender ->
    [feminine] ንስድራኺ ምድላይ
    [masculine] ንስድራኻ ምድላይ
   *[neutral] ንስድራኹም ምድላይ
}
status-tracing-b6to9-meaning = { $gender ->
    [feminine] ሰባት ንስድራኺ ይደልዩ ኣለዉ። ኣብ ብዙሕ ቦታታት ንኻልኦት ሓገዝቲ ይሓቱ።
    [masculine] ሰባት ንስድራኻ ይደልዩ ኣለዉ። ኣብ ብዙሕ ቦታታት ንኻልኦት ሓገዝቲ ይሓቱ።
   *[neutral] ሰባት ንስድራኹም ይደልዩ ኣለዉ። ኣብ ብዙሕ ቦታታት ንኻልኦት ሓገዝቲ ይሓቱ።
}
status-tracing-b6to9-next = { $gender ->
    [feminine] ምድላይ ነዊሕ ግዜ ክወስድ ይኽእል። ሓድሽ ዜና ምስ ዝህሉ፡ ማሕበራዊ ሰራሕተኛኺ ክነግሩኪ እዮም።
    [masculine] ምድላይ ነዊሕ ግዜ ክወስድ ይኽእል። ሓድሽ ዜና ምስ ዝህሉ፡ ማሕበራዊ ሰራሕተኛኻ ክነግሩካ እዮም።
   *[neutral] ምድላይ ነዊሕ ግዜ ክወስድ ይኽእል። ሓድሽ ዜና ምስ ዝህሉ፡ ማሕበራዊ ሰራሕተኛኹም ክነግሩኩም እዮም።
}
status-tracing-b6to9-can-do = { $gender ->
    [feminine] ሓድሽ ነገር እንተ ዘኪርኪ፡ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም። ምሕዛን ወይ ምጭናቕ ንቡር እዩ።
    [masculine] ሓድሽ ነገር እንተ ዘኪርካ፡ ንማሕበራዊ ሰራሕተኛኻ ንገሮም። ምሕዛን ወይ ምጭናቕ ንቡር እዩ።
   *[neutral] ሓድሽ ነገር እንተ ዘኪርኩም፡ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም። ምሕዛን ወይ ምጭናቕ ንቡር እዩ።
}
status-tracing-b6to9-ask = { $gender ->
    [feminine] ምድላይ ከመይ ይኸይድ ከም ዘሎ፡ ሞግዚትኪን ማሕበራዊ ሰራሕተኛኺን ክነግሩኪ ይኽእሉ።
    [masculine] ምድላይ ከመይ ይኸይድ ከም ዘሎ፡ ሞግዚትካን ማሕበራዊ ሰራሕተኛኻን ክነግሩካ ይኽእሉ።
   *[neutral] ምድላይ ከመይ ይኸይድ ከም ዘሎ፡ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ክነግሩኩም ይኽእሉ።
}

status-tracing-b10to12-title = { $gender ->
    [feminine] ንስድራኺ ምድላይ
    [masculine] ንስድራኻ ምድላይ
   *[neutral] ንስድራኹም ምድላይ
}
status-tracing-b10to12-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ንስድራኺ ይደልዩ ኣለዉ። ምስ ኣብ ካልእ ቦታታትን ካልኦት ሃገራትን ዘለዉ ሓገዝቲ ይሰርሑ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ንስድራኻ ይደልዩ ኣለዉ። ምስ ኣብ ካልእ ቦታታትን ካልኦት ሃገራትን ዘለዉ ሓገዝቲ ይሰርሑ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ንስድራኹም ይደልዩ ኣለዉ። ምስ ኣብ ካልእ ቦታታትን ካልኦት ሃገራትን ዘለዉ ሓገዝቲ ይሰርሑ።
}
status-tracing-b10to12-next = { $gender ->
    [feminine] ምድላይ ሰሙናት ወይ ኣዋርሕ ክወስድ ይኽእል። ሓደ ሰብ ምስ ዝርከብ፡ ማሕበራዊ ሰራሕተኛኺ ክነግሩኪ እዮም።
    [masculine] ምድላይ ሰሙናት ወይ ኣዋርሕ ክወስድ ይኽእል። ሓደ ሰብ ምስ ዝርከብ፡ ማሕበራዊ ሰራሕተኛኻ ክነግሩካ እዮም።
   *[neutral] ምድላይ ሰሙናት ወይ ኣዋርሕ ክወስድ ይኽእል። ሓደ ሰብ ምስ ዝርከብ፡ ማሕበራዊ ሰራሕተኛኹም ክነግሩኩም እዮም።
}
status-tracing-b10to12-can-do = { $gender ->
    [feminine] ስም፡ ቦታ ወይ ቁጽሪ ተሌፎን እንተ ዘኪርኪ፡ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም። ናብ ትምህርቲ ምኻድን ዘሐጉሰኪ ነገራት ምግባርን ቀጽሊ።
    [masculine] ስም፡ ቦታ ወይ ቁጽሪ ተሌፎን እንተ ዘኪርካ፡ ንማሕበራዊ ሰራሕተኛኻ ንገሮም። ናብ ትምህርቲ ምኻድን ዘሐጉሰካ ነገራት ምግባርን ቀጽል።
   *[neutral] ስም፡ ቦታ ወይ ቁጽሪ ተሌፎን እንተ ዘኪርኩም፡ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም። ናብ ትምህርቲ ምኻድን ዘሐጉሰኩም ነገራት ምግባርን ቀጽሉ።
}
status-tracing-b10to12-ask = { $gender ->
    [feminine] ምድላይ ከመይ ይኸይድ ከም ዘሎ ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ምድላይ ከመይ ይኸይድ ከም ዘሎ ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ምድላይ ከመይ ይኸይድ ከም ዘሎ ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-tracing-b13to15-title = { $gender ->
    [feminine] ንስድራኺ ምድላይ
    [masculine] ንስድራኻ ምድላይ
   *[neutral] ንስድራኹም ምድላይ
}
status-tracing-b13to15-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺን መሻርኽቲ ትካላትን ኣብዚን ኣብ ካልኦት ሃገራትን ንስድራኺ ይደልዩ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻን መሻርኽቲ ትካላትን ኣብዚን ኣብ ካልኦት ሃገራትን ንስድራኻ ይደልዩ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹምን መሻርኽቲ ትካላትን ኣብዚን ኣብ ካልኦት ሃገራትን ንስድራኹም ይደልዩ ኣለዉ።
}
status-tracing-b13to15-next = { $gender ->
    [feminine] ምድላይ ነዊሕ ግዜ ክወስድ ይኽእል። ስድራኺ ክኸውን ዝኽእል ሰብ ምስ ዝርከብ፡ ክሕበረኪ እዩ።
    [masculine] ምድላይ ነዊሕ ግዜ ክወስድ ይኽእል። ስድራኻ ክኸውን ዝኽእል ሰብ ምስ ዝርከብ፡ ክሕበረካ እዩ።
   *[neutral] ምድላይ ነዊሕ ግዜ ክወስድ ይኽእል። ስድራኹም ክኸውን ዝኽእል ሰብ ምስ ዝርከብ፡ ክሕበረኩም እዩ።
}
status-tracing-b13to15-can-do = { $gender ->
    [feminine] ዝዝከረኪ ሓድሽ ነገር ኣካፍሊ። ንበይንኺ ምስ ሰባት ክትራኸቢ ኣይትፈትኒ፦ ንድሕንነትኪ፡ ቅድም ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ዝዝከረካ ሓድሽ ነገር ኣካፍል። ንበይንኻ ምስ ሰባት ክትራኸብ ኣይትፈትን፦ ንድሕንነትካ፡ ቅድም ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ዝዝከረኩም ሓድሽ ነገር ኣካፍሉ። ንበይንኹም ምስ ሰባት ክትራኸቡ ኣይትፈትኑ፦ ንድሕንነትኩም፡ ቅድም ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}
status-tracing-b13to15-ask = { $gender ->
    [feminine] ክሳዕ ሕጂ እንታይ ከም ዝተገብረ፡ ሞግዚትኪን ማሕበራዊ ሰራሕተኛኺን ክነግሩኪ ይኽእሉ።
    [masculine] ክሳዕ ሕጂ እንታይ ከም ዝተገብረ፡ ሞግዚትካን ማሕበራዊ ሰራሕተኛኻን ክነግሩካ ይኽእሉ።
   *[neutral] ክሳዕ ሕጂ እንታይ ከም ዝተገብረ፡ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ክነግሩኩም ይኽእሉ።
}

status-tracing-b16to17-title = ምድላይ ስድራ
status-tracing-b16to17-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺን መሻርኽቲ ትካላትን ኣብዚን ኣብ ወጻኢን ንስድራኺ ይደልዩ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻን መሻርኽቲ ትካላትን ኣብዚን ኣብ ወጻኢን ንስድራኻ ይደልዩ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹምን መሻርኽቲ ትካላትን ኣብዚን ኣብ ወጻኢን ንስድራኹም ይደልዩ ኣለዉ።
}
status-tracing-b16to17-next = { $gender ->
    [feminine] ምድላይ ስድራ ነዊሕ ግዜ ክወስድ ይኽእል። ስድራኺ ክኸውን ዝኽእል ሰብ ምስ ተረኽበ፡ ብቕልጡፍ ክሕበረኪ እዩ።
    [masculine] ምድላይ ስድራ ነዊሕ ግዜ ክወስድ ይኽእል። ስድራኻ ክኸውን ዝኽእል ሰብ ምስ ተረኽበ፡ ብቕልጡፍ ክሕበረካ እዩ።
   *[neutral] ምድላይ ስድራ ነዊሕ ግዜ ክወስድ ይኽእል። ስድራኹም ክኸውን ዝኽእል ሰብ ምስ ተረኽበ፡ ብቕልጡፍ ክሕበረኩም እዩ።
}
status-tracing-b16to17-can-do = { $gender ->
    [feminine] ሓድሽ ሓበሬታ ምስ ማሕበራዊ ሰራሕተኛኺ ኣካፍሊ። ባዕልኺ ምስ ዝኾነ ሰብ ቅድሚ ምርኻብኪ፡ ንዓኺን ንዕኦምን ውሑስ ምእንቲ ክኸውን፡ ምስ ማሕበራዊ ሰራሕተኛኺ ተዛረቢ።
    [masculine] ሓድሽ ሓበሬታ ምስ ማሕበራዊ ሰራሕተኛኻ ኣካፍል። ባዕልኻ ምስ ዝኾነ ሰብ ቅድሚ ምርኻብካ፡ ንዓኻን ንዕኦምን ውሑስ ምእንቲ ክኸውን፡ ምስ ማሕበራዊ ሰራሕተኛኻ ተዛረብ።
   *[neutral] ሓድሽ ሓበሬታ ምስ ማሕበራዊ ሰራሕተኛኹም ኣካፍሉ። ባዕልኹም ምስ ዝኾነ ሰብ ቅድሚ ምርኻብኩም፡ ንዓኹምን ንዕኦምን ውሑስ ምእንቲ ክኸውን፡ ምስ ማሕበራዊ ሰራሕተኛኹም ተዛረቡ።
}
status-tracing-b16to17-ask = { $gender ->
    [feminine] ክሳዕ ሕጂ እንታይ ከም ዝተገብረን ቀጺሉ እንታይ ከም ዝመጽእን ንማሕበራዊ ሰራሕተኛኺ ወይ ንሞግዚትኪ ሕተትዮም።
    [masculine] ክሳዕ ሕጂ እንታይ ከም ዝተገብረን ቀጺሉ እንታይ ከም ዝመጽእን ንማሕበራዊ ሰራሕተኛኻ ወይ ንሞግዚትካ ሕተቶም።
   *[neutral] ክሳዕ ሕጂ እንታይ ከም ዝተገብረን ቀጺሉ እንታይ ከም ዝመጽእን ንማሕበራዊ ሰራሕተኛኹም ወይ ንሞግዚትኩም ሕተትዎም።
}

status-tracing-adult-title = ምድላይ ስድራ
status-tracing-adult-meaning = ማሕበራዊ ሰራሕተኛ እቲ ቆልዓን መሻርኽቲ ትካላትን ንኣባላት ስድራ እቲ ቆልዓ ይደልዩ ኣለዉ።
status-tracing-adult-next = ምድላይ ስድራ ግዜ ክወስድ ይኽእል። ማሕበራዊ ሰራሕተኛ ምስቶም ዝተረኽቡ ኣባላት ስድራ ክራኸቡ እዮም።
status-tracing-adult-can-do = { $gender ->
    [feminine] ክሕግዝ ዝኽእል ዝኾነ ሓበሬታ ንማሕበራዊ ሰራሕተኛ ሃባ። ሓበሬታ እቲ ቆልዓ ምስ ካልኦት ኣይተካፍላ።
    [masculine] ክሕግዝ ዝኽእል ዝኾነ ሓበሬታ ንማሕበራዊ ሰራሕተኛ ሃቡ። ሓበሬታ እቲ ቆልዓ ምስ ካልኦት ኣይተካፍሉ።
   *[neutral] ክሕግዝ ዝኽእል ዝኾነ ሓበሬታ ንማሕበራዊ ሰራሕተኛ ሃቡ። ሓበሬታ እቲ ቆልዓ ምስ ካልኦት ኣይተካፍሉ።
}
status-tracing-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## family found

status-family-found-b0to5-title = ሓደ ሰብ ተረኺቡ
status-family-found-b0to5-meaning = { $gender ->
    [feminine] እቶም ሓገዝቲ ስድራኺ ክኸውን ዝኽእል ሰብ ረኺቦም።
    [masculine] እቶም ሓገዝቲ ስድራኻ ክኸውን ዝኽእል ሰብ ረኺቦም።
   *[neutral] እቶም ሓገዝቲ ስድራኹም ክኸውን ዝኽእል ሰብ ረኺቦም።
}
status-family-found-b0to5-next = { $gender ->
    [feminine] ብሓቂ ስድራኺ ምዃኑ ቅድም ከረጋግጹ እዮም።
    [masculine] ብሓቂ ስድራኻ ምዃኑ ቅድም ከረጋግጹ እዮም።
   *[neutral] ብሓቂ ስድራኹም ምዃኑ ቅድም ከረጋግጹ እዮም።
}
status-family-found-b0to5-can-do = { $gender ->
    [feminine] ተወሳኺ ንምፍላጥ ንሞግዚትኪ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ተወሳኺ ንምፍላጥ ንሞግዚትካ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ተወሳኺ ንምፍላጥ ንሞግዚትኩም ክትሓቱ ትኽእሉ ኢኹም።
}
status-family-found-b0to5-ask = { $gender ->
    [feminine] እንታይ ከም ዝኸውን ሞግዚትኪን ማሕበራዊ ሰራሕተኛኺን ክነግሩኪ እዮም።
    [masculine] እንታይ ከም ዝኸውን ሞግዚትካን ማሕበራዊ ሰራሕተኛኻን ክነግሩካ እዮም።
   *[neutral] እንታይ ከም ዝኸውን ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ክነግሩኩም እዮም።
}

status-family-found-b6to9-title = { $gender ->
    [feminine] ሓደ ሰብ ስድራኺ ክኸውን ይኽእል
    [masculine] ሓደ ሰብ ስድራኻ ክኸውን ይኽእል
   *[neutral] ሓደ ሰብ ስድራኹም ክኸውን ይኽእል
}
status-family-found-b6to9-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ስድራኺ ክኸውን ዝኽእል ሰብ ረኺቦም።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ስድራኻ ክኸውን ዝኽእል ሰብ ረኺቦም።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ስድራኹም ክኸውን ዝኽእል ሰብ ረኺቦም።
}
status-family-found-b6to9-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ እዚ ሰብ ብሓቂ ስድራኺ ምዃኑ ከረጋግጹ እዮም። እዚ ግዜ ክወስድ ይኽእል።
    [masculine] ማሕበራዊ ሰራሕተኛኻ እዚ ሰብ ብሓቂ ስድራኻ ምዃኑ ከረጋግጹ እዮም። እዚ ግዜ ክወስድ ይኽእል።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም እዚ ሰብ ብሓቂ ስድራኹም ምዃኑ ከረጋግጹ እዮም። እዚ ግዜ ክወስድ ይኽእል።
}
status-family-found-b6to9-can-do = { $gender ->
    [feminine] ብዛዕባ እዚ ዜና ከመይ ከም ዝስምዓኪ ንማሕበራዊ ሰራሕተኛኺ ክትነግርዮም ትኽእሊ ኢኺ።
    [masculine] ብዛዕባ እዚ ዜና ከመይ ከም ዝስምዓካ ንማሕበራዊ ሰራሕተኛኻ ክትነግሮም ትኽእል ኢኻ።
   *[neutral] ብዛዕባ እዚ ዜና ከመይ ከም ዝስምዓኩም ንማሕበራዊ ሰራሕተኛኹም ክትነግርዎም ትኽእሉ ኢኹም።
}
status-family-found-b6to9-ask = { $gender ->
    [feminine] ብዛዕባ እዚ ዝኾነ ነገር ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ብዛዕባ እዚ ዝኾነ ነገር ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ብዛዕባ እዚ ዝኾነ ነገር ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-family-found-b10to12-title = { $gender ->
    [feminine] ሓደ ሰብ ስድራኺ ክኸውን ይኽእል
    [masculine] ሓደ ሰብ ስድራኻ ክኸውን ይኽእል
   *[neutral] ሓደ ሰብ ስድራኹም ክኸውን ይኽእል
}
status-family-found-b10to12-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ካብ ስድራኺ ክኸውን ዝኽእል ሰብ ረኺቦም።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ካብ ስድራኻ ክኸውን ዝኽእል ሰብ ረኺቦም።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ካብ ስድራኹም ክኸውን ዝኽእል ሰብ ረኺቦም።
}
status-family-found-b10to12-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ቅድም እዚ ሰብ ብሓቂ ስድራኺ ምዃኑ ከረጋግጹ እዮም። ድሕሪኡ ጥራይ ምስኡ ክትዛረቢ ትኽእሊ ኢኺ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ቅድም እዚ ሰብ ብሓቂ ስድራኻ ምዃኑ ከረጋግጹ እዮም። ድሕሪኡ ጥራይ ምስኡ ክትዛረብ ትኽእል ኢኻ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ቅድም እዚ ሰብ ብሓቂ ስድራኹም ምዃኑ ከረጋግጹ እዮም። ድሕሪኡ ጥራይ ምስኡ ክትዛረቡ ትኽእሉ ኢኹም።
}
status-family-found-b10to12-can-do = { $gender ->
    [feminine] ከመይ ከም ዝስምዓኪን እንታይ ከም እትደልዪን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም። ድሌትኪ ኣገዳሲ እዩ።
    [masculine] ከመይ ከም ዝስምዓካን እንታይ ከም እትደሊን ንማሕበራዊ ሰራሕተኛኻ ንገሮም። ድሌትካ ኣገዳሲ እዩ።
   *[neutral] ከመይ ከም ዝስምዓኩምን እንታይ ከም እትደልዩን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም። ድሌትኩም ኣገዳሲ እዩ።
}
status-family-found-b10to12-ask = { $gender ->
    [feminine] ሕቶ እንተ ሃልዩኪ፡ ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ሕቶ እንተ ሃልዩካ፡ ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ሕቶ እንተ ሃልዩኩም፡ ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-family-found-b13to15-title = ኣባል ስድራ ክኸውን ዝኽእል ሰብ ተረኺቡ
status-family-found-b13to15-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ኣባል ስድራኺ ክኸውን ዝኽእል ሰብ ረኺቦም ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ኣባል ስድራኻ ክኸውን ዝኽእል ሰብ ረኺቦም ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ኣባል ስድራኹም ክኸውን ዝኽእል ሰብ ረኺቦም ኣለዉ።
}
status-family-found-b13to15-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ እዚ ሰብ መን ምዃኑ ከረጋግጹ እዮም። ርክብ ክጅምር ዝኽእል፡ ምስ ተረጋገጸን ውሑስ ምስ ኮነን ጥራይ እዩ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ እዚ ሰብ መን ምዃኑ ከረጋግጹ እዮም። ርክብ ክጅምር ዝኽእል፡ ምስ ተረጋገጸን ውሑስ ምስ ኮነን ጥራይ እዩ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም እዚ ሰብ መን ምዃኑ ከረጋግጹ እዮም። ርክብ ክጅምር ዝኽእል፡ ምስ ተረጋገጸን ውሑስ ምስ ኮነን ጥራይ እዩ።
}
status-family-found-b13to15-can-do = { $gender ->
    [feminine] እንታይ ከም እትደልዪን ዘሻቕለኪ ነገራትን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም። ርክብ ከም ዘይትደልዪ ክትገልጺ ትኽእሊ ኢኺ።
    [masculine] እንታይ ከም እትደሊን ዘሻቕለካ ነገራትን ንማሕበራዊ ሰራሕተኛኻ ንገሮም። ርክብ ከም ዘይትደሊ ክትገልጽ ትኽእል ኢኻ።
   *[neutral] እንታይ ከም እትደልዩን ዘሻቕለኩም ነገራትን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም። ርክብ ከም ዘይትደልዩ ክትገልጹ ትኽእሉ ኢኹም።
}
status-family-found-b13to15-ask = { $gender ->
    [feminine] ሞግዚትኪን ማሕበራዊ ሰራሕተኛኺን ንሕቶታትኪ ክምልሱ ይኽእሉ።
    [masculine] ሞግዚትካን ማሕበራዊ ሰራሕተኛኻን ንሕቶታትካ ክምልሱ ይኽእሉ።
   *[neutral] ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ንሕቶታትኩም ክምልሱ ይኽእሉ።
}

status-family-found-b16to17-title = ኣባል ስድራ ክኸውን ዝኽእል ሰብ ተረኺቡ
status-family-found-b16to17-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ኣባል ስድራኺ ክኸውን ዝኽእል ሰብ ረኺቦም ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ኣባል ስድራኻ ክኸውን ዝኽእል ሰብ ረኺቦም ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ኣባል ስድራኹም ክኸውን ዝኽእል ሰብ ረኺቦም ኣለዉ።
}
status-family-found-b16to17-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ መንነት እቲ ሰብን እቲ ዝምድናን ከረጋግጹ እዮም። ርክብ ዝጅምር፡ ምስ ተረጋገጸን ውሑስ ምስ ኮነን ጥራይ እዩ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ መንነት እቲ ሰብን እቲ ዝምድናን ከረጋግጹ እዮም። ርክብ ዝጅምር፡ ምስ ተረጋገጸን ውሑስ ምስ ኮነን ጥራይ እዩ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም መንነት እቲ ሰብን እቲ ዝምድናን ከረጋግጹ እዮም። ርክብ ዝጅምር፡ ምስ ተረጋገጸን ውሑስ ምስ ኮነን ጥራይ እዩ።
}
status-family-found-b16to17-can-do = { $gender ->
    [feminine] ድሌታትኪን ሻቕሎታትኪን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም። ርእይቶኺ ኣካል እቲ ውሳነ እዩ።
    [masculine] ድሌታትካን ሻቕሎታትካን ንማሕበራዊ ሰራሕተኛኻ ንገሮም። ርእይቶኻ ኣካል እቲ ውሳነ እዩ።
   *[neutral] ድሌታትኩምን ሻቕሎታትኩምን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም። ርእይቶኹም ኣካል እቲ ውሳነ እዩ።
}
status-family-found-b16to17-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛኺ፡ ንሞግዚትኪ ወይ ንጠበቓኺ ሕተትዮም።
    [masculine] ንማሕበራዊ ሰራሕተኛኻ፡ ንሞግዚትካ ወይ ንጠበቓኻ ሕተቶም።
   *[neutral] ንማሕበራዊ ሰራሕተኛኹም፡ ንሞግዚትኩም ወይ ንጠበቓኹም ሕተትዎም።
}

status-family-found-adult-title = ዘመድ ክኸውን ዝኽእል ሰብ ተረኺቡ
status-family-found-adult-meaning = ማሕበራዊ ሰራሕተኛ፡ ዘመድ እቲ ቆልዓ ክኸውን ዝኽእል ሰብ ረኺቦም ኣለዉ።
status-family-found-adult-next = ቅድሚ ዝኾነ ርክብ፡ ማሕበራዊ ሰራሕተኛ መንነታትን እቲ ዝምድናን ከረጋግጹ እዮም።
status-family-found-adult-can-do = { $gender ->
    [feminine] ንሕቶታት ማሕበራዊ ሰራሕተኛ መልሳ። ዝምድናኽን ዘርኢ ሰነዳትን ስእልታትን ኣዳልዋ።
    [masculine] ንሕቶታት ማሕበራዊ ሰራሕተኛ መልሱ። ዝምድናኹም ዘርኢ ሰነዳትን ስእልታትን ኣዳልዉ።
   *[neutral] ንሕቶታት ማሕበራዊ ሰራሕተኛ መልሱ። ዝምድናኹም ዘርኢ ሰነዳትን ስእልታትን ኣዳልዉ።
}
status-family-found-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## verifying

status-verifying-b0to5-title = ምርግጋጽ
status-verifying-b0to5-meaning = { $gender ->
    [feminine] እቶም ሓገዝቲ እቲ ሰብ ብሓቂ ስድራኺ ምዃኑ የረጋግጹ ኣለዉ።
    [masculine] እቶም ሓገዝቲ እቲ ሰብ ብሓቂ ስድራኻ ምዃኑ የረጋግጹ ኣለዉ።
   *[neutral] እቶም ሓገዝቲ እቲ ሰብ ብሓቂ ስድራኹም ምዃኑ የረጋግጹ ኣለዉ።
}
status-verifying-b0to5-next = { $gender ->
    [feminine] ምስ ኣረጋገጹ ክነግሩኪ እዮም።
    [masculine] ምስ ኣረጋገጹ ክነግሩካ እዮም።
   *[neutral] ምስ ኣረጋገጹ ክነግሩኩም እዮም።
}
status-verifying-b0to5-can-do = { $gender ->
    [feminine] እንተ ደሊኺ፡ ምስ ሞግዚትኪ ስእልታት ክትርእዪ ትኽእሊ ኢኺ።
    [masculine] እንተ ደሊኻ፡ ምስ ሞግዚትካ ስእልታት ክትርኢ ትኽእል ኢኻ።
   *[neutral] እንተ ደሊኹም፡ ምስ ሞግዚትኩም ስእልታት ክትርእዩ ትኽእሉ ኢኹም።
}
status-verifying-b0to5-ask = { $gender ->
    [feminine] እንታይ ይኸውን ከም ዘሎ ንሞግዚትኪ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] እንታይ ይኸውን ከም ዘሎ ንሞግዚትካ ክትሓትት ትኽእል ኢኻ።
   *[neutral] እንታይ ይኸውን ከም ዘሎ ንሞግዚትኩም ክትሓቱ ትኽእሉ ኢኹም።
}

status-verifying-b6to9-title = ምርግጋጽ
status-verifying-b6to9-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ እቲ ሰብ ብሓቂ ስድራኺ ምዃኑ የረጋግጹ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ እቲ ሰብ ብሓቂ ስድራኻ ምዃኑ የረጋግጹ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም እቲ ሰብ ብሓቂ ስድራኹም ምዃኑ የረጋግጹ ኣለዉ።
}
status-verifying-b6to9-next = { $gender ->
    [feminine] ገለ ሕቶታት ክሓቱኪ ወይ ስእልታት ከርእዩኪ ይኽእሉ እዮም። ድሕሪኡ ዝረኸብዎ ክነግሩኪ እዮም።
    [masculine] ገለ ሕቶታት ክሓቱካ ወይ ስእልታት ከርእዩካ ይኽእሉ እዮም። ድሕሪኡ ዝረኸብዎ ክነግሩካ እዮም።
   *[neutral] ገለ ሕቶታት ክሓቱኩም ወይ ስእልታት ከርእዩኩም ይኽእሉ እዮም። ድሕሪኡ ዝረኸብዎ ክነግሩኩም እዮም።
}
status-verifying-b6to9-can-do = { $gender ->
    [feminine] እንተ ደሊኺ ጥራይ መልሲ። ኣይፈልጥን ምባል ጸገም የብሉን።
    [masculine] እንተ ደሊኻ ጥራይ መልስ። ኣይፈልጥን ምባል ጸገም የብሉን።
   *[neutral] እንተ ደሊኹም ጥራይ መልሱ። ኣይፈልጥን ምባል ጸገም የብሉን።
}
status-verifying-b6to9-ask = { $gender ->
    [feminine] እንተ ተሻቒልኪ፡ ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] እንተ ተሻቒልካ፡ ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] እንተ ተሻቒልኩም፡ ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-verifying-b10to12-title = መንነት ምርግጋጽ
status-verifying-b10to12-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ እቲ ዝተረኽበ ሰብ ብሓቂ ስድራኺ ምዃኑ የረጋግጹ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ እቲ ዝተረኽበ ሰብ ብሓቂ ስድራኻ ምዃኑ የረጋግጹ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም እቲ ዝተረኽበ ሰብ ብሓቂ ስድራኹም ምዃኑ የረጋግጹ ኣለዉ።
}
status-verifying-b10to12-next = { $gender ->
    [feminine] ገለ ሕቶታት ክሓቱኪ ወይ ስእልታት ከርእዩኪ ይኽእሉ እዮም። ማሕበራዊ ሰራሕተኛኺ ውጽኢቱ ክነግሩኪ እዮም።
    [masculine] ገለ ሕቶታት ክሓቱካ ወይ ስእልታት ከርእዩካ ይኽእሉ እዮም። ማሕበራዊ ሰራሕተኛኻ ውጽኢቱ ክነግሩካ እዮም።
   *[neutral] ገለ ሕቶታት ክሓቱኩም ወይ ስእልታት ከርእዩኩም ይኽእሉ እዮም። ማሕበራዊ ሰራሕተኛኹም ውጽኢቱ ክነግሩኩም እዮም።
}
status-verifying-b10to12-can-do = { $gender ->
    [feminine] ብዝኸኣልኪ መጠን መልሲ። ኣይፈልጥን ወይ ኣይዝክርን ምባል ጸገም የብሉን።
    [masculine] ብዝኸኣልካ መጠን መልስ። ኣይፈልጥን ወይ ኣይዝክርን ምባል ጸገም የብሉን።
   *[neutral] ብዝኸኣልኩም መጠን መልሱ። ኣይፈልጥን ወይ ኣይዝክርን ምባል ጸገም የብሉን።
}
status-verifying-b10to12-ask = { $gender ->
    [feminine] ሕቶ ወይ ሻቕሎት እንተ ሃልዩኪ፡ ሞግዚትኪን ማሕበራዊ ሰራሕተኛኺን ምሳኺ ኣለዉ።
    [masculine] ሕቶ ወይ ሻቕሎት እንተ ሃልዩካ፡ ሞግዚትካን ማሕበራዊ ሰራሕተኛኻን ምሳኻ ኣለዉ።
   *[neutral] ሕቶ ወይ ሻቕሎት እንተ ሃልዩኩም፡ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ምሳኹም ኣለዉ።
}

status-verifying-b13to15-title = ዝምድና ስድራ ምርግጋጽ
status-verifying-b13to15-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ እቲ ዝተረኽበ ሰብ ብሓቂ ስድራኺ ምዃኑን ርክብ ከም ዝደሊን የረጋግጹ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ እቲ ዝተረኽበ ሰብ ብሓቂ ስድራኻ ምዃኑን ርክብ ከም ዝደሊን የረጋግጹ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም እቲ ዝተረኽበ ሰብ ብሓቂ ስድራኹም ምዃኑን ርክብ ከም ዝደሊን የረጋግጹ ኣለዉ።
}
status-verifying-b13to15-next = { $gender ->
    [feminine] ሕቶታት ክሓቱኪ፡ ወይ ስእልታት ወይ ሰነዳት ከርእዩኪ ይኽእሉ እዮም። ውጽኢቱ ክሕበረኪ እዩ።
    [masculine] ሕቶታት ክሓቱካ፡ ወይ ስእልታት ወይ ሰነዳት ከርእዩካ ይኽእሉ እዮም። ውጽኢቱ ክሕበረካ እዩ።
   *[neutral] ሕቶታት ክሓቱኩም፡ ወይ ስእልታት ወይ ሰነዳት ከርእዩኩም ይኽእሉ እዮም። ውጽኢቱ ክሕበረኩም እዩ።
}
status-verifying-b13to15-can-do = { $gender ->
    [feminine] ብቕንዕና መልሲ። ከም ዘይትዝክሪ ክትገልጺ ትኽእሊ ኢኺ፡ ዕረፍቲ ክትወስዲ እውን ትኽእሊ ኢኺ።
    [masculine] ብቕንዕና መልስ። ከም ዘይትዝክር ክትገልጽ ትኽእል ኢኻ፡ ዕረፍቲ ክትወስድ እውን ትኽእል ኢኻ።
   *[neutral] ብቕንዕና መልሱ። ከም ዘይትዝክሩ ክትገልጹ ትኽእሉ ኢኹም፡ ዕረፍቲ ክትወስዱ እውን ትኽእሉ ኢኹም።
}
status-verifying-b13to15-ask = { $gender ->
    [feminine] ብዛዕባ ዘሻቕለኪ ዝኾነ ነገር ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ብዛዕባ ዘሻቕለካ ዝኾነ ነገር ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ብዛዕባ ዘሻቕለኩም ዝኾነ ነገር ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-verifying-b16to17-title = ምርግጋጽ
status-verifying-b16to17-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ መንነት እቲ ዝተረኽበ ሰብን ምስኡ ዘለኪ ዝምድናን የረጋግጹ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ መንነት እቲ ዝተረኽበ ሰብን ምስኡ ዘለካ ዝምድናን የረጋግጹ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም መንነት እቲ ዝተረኽበ ሰብን ምስኡ ዘለኩም ዝምድናን የረጋግጹ ኣለዉ።
}
status-verifying-b16to17-next = { $gender ->
    [feminine] ሕቶታት ክሓቱኪ፡ ወይ ስእልታትን ሰነዳትን ከርእዩኪ ይኽእሉ እዮም። ውጽኢቱ ክሕበረኪ እዩ።
    [masculine] ሕቶታት ክሓቱካ፡ ወይ ስእልታትን ሰነዳትን ከርእዩካ ይኽእሉ እዮም። ውጽኢቱ ክሕበረካ እዩ።
   *[neutral] ሕቶታት ክሓቱኩም፡ ወይ ስእልታትን ሰነዳትን ከርእዩኩም ይኽእሉ እዮም። ውጽኢቱ ክሕበረኩም እዩ።
}
status-verifying-b16to17-can-do = { $gender ->
    [feminine] ብቕንዕና መልሲ፡ ቅኑዕ ዘይመስለኪ ነገር እንተሎ ድማ ንገሪ። ኣብ ዝኾነ ግዜ ዕረፍቲ ክትወስዲ ትኽእሊ ኢኺ።
    [masculine] ብቕንዕና መልስ፡ ቅኑዕ ዘይመስለካ ነገር እንተሎ ድማ ንገር። ኣብ ዝኾነ ግዜ ዕረፍቲ ክትወስድ ትኽእል ኢኻ።
   *[neutral] ብቕንዕና መልሱ፡ ቅኑዕ ዘይመስለኩም ነገር እንተሎ ድማ ንገሩ። ኣብ ዝኾነ ግዜ ዕረፍቲ ክትወስዱ ትኽእሉ ኢኹም።
}
status-verifying-b16to17-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛኺ፡ ንሞግዚትኪ ወይ ንጠበቓኺ ሕተትዮም።
    [masculine] ንማሕበራዊ ሰራሕተኛኻ፡ ንሞግዚትካ ወይ ንጠበቓኻ ሕተቶም።
   *[neutral] ንማሕበራዊ ሰራሕተኛኹም፡ ንሞግዚትኩም ወይ ንጠበቓኹም ሕተትዎም።
}

status-verifying-adult-title = ምርግጋጽ
status-verifying-adult-meaning = ማሕበራዊ ሰራሕተኛ እቲ ዝምድና ስድራን መንነት እቶም ዝምልከቶም ሰባትን የረጋግጹ ኣለዉ።
status-verifying-adult-next = ሰነዳት፡ ስእልታት ወይ ቃለ-መሕትት ክሕተት ይኽእል እዩ። ውጽኢቱ ብማሕበራዊ ሰራሕተኛ ክሕበር እዩ።
status-verifying-adult-can-do = { $gender ->
    [feminine] ንሕቶታት ማሕበራዊ ሰራሕተኛ መልሳ፡ ምስ ተሓተትክን ድማ ሰነዳት ሃባ።
    [masculine] ንሕቶታት ማሕበራዊ ሰራሕተኛ መልሱ፡ ምስ ተሓተትኩም ድማ ሰነዳት ሃቡ።
   *[neutral] ንሕቶታት ማሕበራዊ ሰራሕተኛ መልሱ፡ ምስ ተሓተትኩም ድማ ሰነዳት ሃቡ።
}
status-verifying-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## assessing

status-assessing-b0to5-title = ውሑስ ምዃኑ ምርግጋጽ
status-assessing-b0to5-meaning = { $gender ->
    [feminine] እቶም ሓገዝቲ ውሑስን ንዓኺ ጽቡቕን ምዃኑ የረጋግጹ ኣለዉ።
    [masculine] እቶም ሓገዝቲ ውሑስን ንዓኻ ጽቡቕን ምዃኑ የረጋግጹ ኣለዉ።
   *[neutral] እቶም ሓገዝቲ ውሑስን ንዓኹም ጽቡቕን ምዃኑ የረጋግጹ ኣለዉ።
}
status-assessing-b0to5-next = { $gender ->
    [feminine] ንዓኺን ንስድራኺን ክሰምዑ እዮም።
    [masculine] ንዓኻን ንስድራኻን ክሰምዑ እዮም።
   *[neutral] ንዓኹምን ንስድራኹምን ክሰምዑ እዮም።
}
status-assessing-b0to5-can-do = { $gender ->
    [feminine] ከመይ ከም ዝስምዓኪ ንሞግዚትኪ ክትነግርዮም ትኽእሊ ኢኺ።
    [masculine] ከመይ ከም ዝስምዓካ ንሞግዚትካ ክትነግሮም ትኽእል ኢኻ።
   *[neutral] ከመይ ከም ዝስምዓኩም ንሞግዚትኩም ክትነግርዎም ትኽእሉ ኢኹም።
}
status-assessing-b0to5-ask = { $gender ->
    [feminine] ንሞግዚትኪ ዝኾነ ሕቶ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ንሞግዚትካ ዝኾነ ሕቶ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ንሞግዚትኩም ዝኾነ ሕቶ ክትሓቱ ትኽእሉ ኢኹም።
}

status-assessing-b6to9-title = ውሑስ ምዃኑ ምርግጋጽ
status-assessing-b6to9-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምስ ስድራኺ ምንባር ውሑስን ንዓኺ ጽቡቕን ምዃኑ የረጋግጹ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምስ ስድራኻ ምንባር ውሑስን ንዓኻ ጽቡቕን ምዃኑ የረጋግጹ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምስ ስድራኹም ምንባር ውሑስን ንዓኹም ጽቡቕን ምዃኑ የረጋግጹ ኣለዉ።
}
status-assessing-b6to9-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምሳኺን ምስ ስድራኺን ክዛረቡ እዮም። ድሕሪኡ ዓበይቲ ሰባት ብሓባር ክውስኑ እዮም።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምሳኻን ምስ ስድራኻን ክዛረቡ እዮም። ድሕሪኡ ዓበይቲ ሰባት ብሓባር ክውስኑ እዮም።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምሳኹምን ምስ ስድራኹምን ክዛረቡ እዮም። ድሕሪኡ ዓበይቲ ሰባት ብሓባር ክውስኑ እዮም።
}
status-assessing-b6to9-can-do = { $gender ->
    [feminine] እንታይ ከም እትደልዪን እንታይ ከም ዘሻቕለኪን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም። ዘረባኺ ኣገዳሲ እዩ።
    [masculine] እንታይ ከም እትደሊን እንታይ ከም ዘሻቕለካን ንማሕበራዊ ሰራሕተኛኻ ንገሮም። ዘረባኻ ኣገዳሲ እዩ።
   *[neutral] እንታይ ከም እትደልዩን እንታይ ከም ዘሻቕለኩምን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም። ዘረባኹም ኣገዳሲ እዩ።
}
status-assessing-b6to9-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ዝኾነ ሕቶ ሕተቲ።
    [masculine] ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ዝኾነ ሕቶ ሕተት።
   *[neutral] ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ዝኾነ ሕቶ ሕተቱ።
}

status-assessing-b10to12-title = { $gender ->
    [feminine] ውሑስን ንዓኺ ዝበለጸን ምዃኑ ምርግጋጽ
    [masculine] ውሑስን ንዓኻ ዝበለጸን ምዃኑ ምርግጋጽ
   *[neutral] ውሑስን ንዓኹም ዝበለጸን ምዃኑ ምርግጋጽ
}
status-assessing-b10to12-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምስ ስድራኺ ምንባር ውሑስን ንዓኺ ዝበለጸን እንተ ኾይኑ ይፍትሹ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምስ ስድራኻ ምንባር ውሑስን ንዓኻ ዝበለጸን እንተ ኾይኑ ይፍትሹ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምስ ስድራኹም ምንባር ውሑስን ንዓኹም ዝበለጸን እንተ ኾይኑ ይፍትሹ ኣለዉ።
}
status-assessing-b10to12-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምሳኺን ምስ ስድራኺን ክዛረቡ እዮም። ድሌታትኪ ኣካል እቲ ውሳነ ክኸውን እዩ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምሳኻን ምስ ስድራኻን ክዛረቡ እዮም። ድሌታትካ ኣካል እቲ ውሳነ ክኸውን እዩ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምሳኹምን ምስ ስድራኹምን ክዛረቡ እዮም። ድሌታትኩም ኣካል እቲ ውሳነ ክኸውን እዩ።
}
status-assessing-b10to12-can-do = { $gender ->
    [feminine] እንታይ ከም እትደልዪን እንታይ ከም ዘሻቕለኪን ንገሪ። እንተ ደሊኺ፡ ቅድም ምስ ሞግዚትኪ ክትዛረቢ ትኽእሊ ኢኺ።
    [masculine] እንታይ ከም እትደሊን እንታይ ከም ዘሻቕለካን ንገር። እንተ ደሊኻ፡ ቅድም ምስ ሞግዚትካ ክትዛረብ ትኽእል ኢኻ።
   *[neutral] እንታይ ከም እትደልዩን እንታይ ከም ዘሻቕለኩምን ንገሩ። እንተ ደሊኹም፡ ቅድም ምስ ሞግዚትኩም ክትዛረቡ ትኽእሉ ኢኹም።
}
status-assessing-b10to12-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-assessing-b13to15-title = { $gender ->
    [feminine] ንዓኺ ዝበለጸ ምውሳን
    [masculine] ንዓኻ ዝበለጸ ምውሳን
   *[neutral] ንዓኹም ዝበለጸ ምውሳን
}
status-assessing-b13to15-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምስ ስድራኺ ምጽንባር ውሑስን ንዓኺ ዝበለጸን እንተ ኾይኑ ይግምግሙ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምስ ስድራኻ ምጽንባር ውሑስን ንዓኻ ዝበለጸን እንተ ኾይኑ ይግምግሙ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምስ ስድራኹም ምጽንባር ውሑስን ንዓኹም ዝበለጸን እንተ ኾይኑ ይግምግሙ ኣለዉ።
}
status-assessing-b13to15-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምሳኺን ምስ ስድራኺን ክዛረቡ እዮም፡ ክበጽሕዎም’ውን ይኽእሉ። ድሌታትኪ ኣካል እቲ ውሳነ እዩ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምሳኻን ምስ ስድራኻን ክዛረቡ እዮም፡ ክበጽሕዎም’ውን ይኽእሉ። ድሌታትካ ኣካል እቲ ውሳነ እዩ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምሳኹምን ምስ ስድራኹምን ክዛረቡ እዮም፡ ክበጽሕዎም’ውን ይኽእሉ። ድሌታትኩም ኣካል እቲ ውሳነ እዩ።
}
status-assessing-b13to15-can-do = { $gender ->
    [feminine] ድሌታትኪ፡ ፍርሒታትኪን ተስፋታትኪን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] ድሌታትካ፡ ፍርሒታትካን ተስፋታትካን ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] ድሌታትኩም፡ ፍርሒታትኩምን ተስፋታትኩምን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-assessing-b13to15-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም። ንጠበቓኺ እውን ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም። ንጠበቓኻ እውን ክትሓትት ትኽእል ኢኻ።
   *[neutral] ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም። ንጠበቓኹም እውን ክትሓቱ ትኽእሉ ኢኹም።
}

status-assessing-b16to17-title = ግምገማ ዝበለጸ ረብሓ
status-assessing-b16to17-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምስ ስድራኺ ምጽንባር ውሑስን ንረብሓኺ ዝበለጸን እንተ ኾይኑ ይግምግሙ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምስ ስድራኻ ምጽንባር ውሑስን ንረብሓኻ ዝበለጸን እንተ ኾይኑ ይግምግሙ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምስ ስድራኹም ምጽንባር ውሑስን ንረብሓኹም ዝበለጸን እንተ ኾይኑ ይግምግሙ ኣለዉ።
}
status-assessing-b16to17-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምሳኺን ምስ ስድራኺን ክዛረቡ እዮም፡ ክበጽሕዎም’ውን ይኽእሉ። ርእይቶኺ ኣብቲ ውሳነ ዓቢ ክብደት ኣለዎ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምሳኻን ምስ ስድራኻን ክዛረቡ እዮም፡ ክበጽሕዎም’ውን ይኽእሉ። ርእይቶኻ ኣብቲ ውሳነ ዓቢ ክብደት ኣለዎ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምሳኹምን ምስ ስድራኹምን ክዛረቡ እዮም፡ ክበጽሕዎም’ውን ይኽእሉ። ርእይቶኹም ኣብቲ ውሳነ ዓቢ ክብደት ኣለዎ።
}
status-assessing-b16to17-can-do = { $gender ->
    [feminine] ድሌታትኪ፡ ሻቕሎታትኪን ተስፋታትኪን ኣካፍሊ። ርእይቶኺ ክጽሓፍ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ድሌታትካ፡ ሻቕሎታትካን ተስፋታትካን ኣካፍል። ርእይቶኻ ክጽሓፍ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ድሌታትኩም፡ ሻቕሎታትኩምን ተስፋታትኩምን ኣካፍሉ። ርእይቶኹም ክጽሓፍ ክትሓቱ ትኽእሉ ኢኹም።
}
status-assessing-b16to17-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛኺ፡ ንሞግዚትኪ ወይ ንጠበቓኺ ሕተትዮም።
    [masculine] ንማሕበራዊ ሰራሕተኛኻ፡ ንሞግዚትካ ወይ ንጠበቓኻ ሕተቶም።
   *[neutral] ንማሕበራዊ ሰራሕተኛኹም፡ ንሞግዚትኩም ወይ ንጠበቓኹም ሕተትዎም።
}

status-assessing-adult-title = ግምገማ ዝበለጸ ረብሓ ቆልዓ
status-assessing-adult-meaning = ማሕበራዊ ሰራሕተኛ ምጽንባር ስድራ ውሑስ ምዃኑን ንዝበለጸ ረብሓ እቲ ቆልዓ ዘገልግል ምዃኑን ይግምግሙ ኣለዉ።
status-assessing-adult-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛ ቃለ-መሕትት ክገብሩልክን፡ ገዛኽን’ውን ክበጽሑ ይኽእሉ። ርእይቶ እቲ ቆልዓ ኣካል እቲ ውሳነ እዩ።
    [masculine] ማሕበራዊ ሰራሕተኛ ቃለ-መሕትት ክገብሩልኩም፡ ገዛኹም’ውን ክበጽሑ ይኽእሉ። ርእይቶ እቲ ቆልዓ ኣካል እቲ ውሳነ እዩ።
   *[neutral] ማሕበራዊ ሰራሕተኛ ቃለ-መሕትት ክገብሩልኩም፡ ገዛኹም’ውን ክበጽሑ ይኽእሉ። ርእይቶ እቲ ቆልዓ ኣካል እቲ ውሳነ እዩ።
}
status-assessing-adult-can-do = { $gender ->
    [feminine] ኣብ ቃለ-መሕትት ተሳተፋ፡ ንሕቶታት ድማ ብግልጺ መልሳ።
    [masculine] ኣብ ቃለ-መሕትት ተሳተፉ፡ ንሕቶታት ድማ ብግልጺ መልሱ።
   *[neutral] ኣብ ቃለ-መሕትት ተሳተፉ፡ ንሕቶታት ድማ ብግልጺ መልሱ።
}
status-assessing-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## planning reunification

status-planning-reunification-b0to5-title = ምድላው
status-planning-reunification-b0to5-meaning = { $gender ->
    [feminine] ናብ ስድራኺ ክትከዲ ኢኺ። እቶም ሓገዝቲ ኩሉ ነገር የዳልዉ ኣለዉ።
    [masculine] ናብ ስድራኻ ክትከይድ ኢኻ። እቶም ሓገዝቲ ኩሉ ነገር የዳልዉ ኣለዉ።
   *[neutral] ናብ ስድራኹም ክትከዱ ኢኹም። እቶም ሓገዝቲ ኩሉ ነገር የዳልዉ ኣለዉ።
}
status-planning-reunification-b0to5-next = { $gender ->
    [feminine] መዓልቲ ጉዕዞኺ ክነግሩኪ እዮም።
    [masculine] መዓልቲ ጉዕዞኻ ክነግሩካ እዮም።
   *[neutral] መዓልቲ ጉዕዞኹም ክነግሩኩም እዮም።
}
status-planning-reunification-b0to5-can-do = { $gender ->
    [feminine] ምሳኺ ንምውሳድ ሓደ መጻወቲ ወይ ስእሊ ክትመርጺ ትኽእሊ ኢኺ።
    [masculine] ምሳኻ ንምውሳድ ሓደ መጻወቲ ወይ ስእሊ ክትመርጽ ትኽእል ኢኻ።
   *[neutral] ምሳኹም ንምውሳድ ሓደ መጻወቲ ወይ ስእሊ ክትመርጹ ትኽእሉ ኢኹም።
}
status-planning-reunification-b0to5-ask = { $gender ->
    [feminine] ብዛዕባ እቲ ጉዕዞ ንሞግዚትኪ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ብዛዕባ እቲ ጉዕዞ ንሞግዚትካ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ብዛዕባ እቲ ጉዕዞ ንሞግዚትኩም ክትሓቱ ትኽእሉ ኢኹም።
}

status-planning-reunification-b6to9-title = { $gender ->
    [feminine] ምስ ስድራኺ ንምጽንባር ምድላው
    [masculine] ምስ ስድራኻ ንምጽንባር ምድላው
   *[neutral] ምስ ስድራኹም ንምጽንባር ምድላው
}
status-planning-reunification-b6to9-meaning = { $gender ->
    [feminine] ተወሲኑ እዩ፦ ምስ ስድራኺ ክትጽንበሪ ኢኺ። ሕጂ ማሕበራዊ ሰራሕተኛኺ መደብ የዳልዉ ኣለዉ።
    [masculine] ተወሲኑ እዩ፦ ምስ ስድራኻ ክትጽንበር ኢኻ። ሕጂ ማሕበራዊ ሰራሕተኛኻ መደብ የዳልዉ ኣለዉ።
   *[neutral] ተወሲኑ እዩ፦ ምስ ስድራኹም ክትጽንበሩ ኢኹም። ሕጂ ማሕበራዊ ሰራሕተኛኹም መደብ የዳልዉ ኣለዉ።
}
status-planning-reunification-b6to9-next = { $gender ->
    [feminine] እቲ መደብ ብኸመይን መዓስን ከም እትጓዓዚ ይገልጽ። ማሕበራዊ ሰራሕተኛኺ ነታ መዓልቲ ክነግሩኪ እዮም።
    [masculine] እቲ መደብ ብኸመይን መዓስን ከም እትጓዓዝ ይገልጽ። ማሕበራዊ ሰራሕተኛኻ ነታ መዓልቲ ክነግሩካ እዮም።
   *[neutral] እቲ መደብ ብኸመይን መዓስን ከም እትጓዓዙ ይገልጽ። ማሕበራዊ ሰራሕተኛኹም ነታ መዓልቲ ክነግሩኩም እዮም።
}
status-planning-reunification-b6to9-can-do = { $gender ->
    [feminine] እንታይ ክትወስዲ ከም እትደልዪን ምስ መን ክትሰናበቲ ከም እትደልዪን ንማሕበራዊ ሰራሕተኛኺ ክትነግርዮም ትኽእሊ ኢኺ።
    [masculine] እንታይ ክትወስድ ከም እትደሊን ምስ መን ክትሰናበት ከም እትደሊን ንማሕበራዊ ሰራሕተኛኻ ክትነግሮም ትኽእል ኢኻ።
   *[neutral] እንታይ ክትወስዱ ከም እትደልዩን ምስ መን ክትሰናበቱ ከም እትደልዩን ንማሕበራዊ ሰራሕተኛኹም ክትነግርዎም ትኽእሉ ኢኹም።
}
status-planning-reunification-b6to9-ask = { $gender ->
    [feminine] ብዛዕባ እቲ መደብ ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ብዛዕባ እቲ መደብ ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ብዛዕባ እቲ መደብ ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-planning-reunification-b10to12-title = { $gender ->
    [feminine] ምስ ስድራኺ ንምጽንባር መደብ
    [masculine] ምስ ስድራኻ ንምጽንባር መደብ
   *[neutral] ምስ ስድራኹም ንምጽንባር መደብ
}
status-planning-reunification-b10to12-meaning = { $gender ->
    [feminine] ምስ ስድራኺ ከም እትጽንበሪ ተወሲኑ ኣሎ። ማሕበራዊ ሰራሕተኛኺ ብኸመይ ከም ዝኸውን ይመድቡ ኣለዉ።
    [masculine] ምስ ስድራኻ ከም እትጽንበር ተወሲኑ ኣሎ። ማሕበራዊ ሰራሕተኛኻ ብኸመይ ከም ዝኸውን ይመድቡ ኣለዉ።
   *[neutral] ምስ ስድራኹም ከም እትጽንበሩ ተወሲኑ ኣሎ። ማሕበራዊ ሰራሕተኛኹም ብኸመይ ከም ዝኸውን ይመድቡ ኣለዉ።
}
status-planning-reunification-b10to12-next = { $gender ->
    [feminine] እቲ መደብ ወረቓቕቲ፡ ጉዕዞን ዕለትን ዝሓዘ እዩ። ማሕበራዊ ሰራሕተኛኺ ምሳኺ ክርእይዎ እዮም።
    [masculine] እቲ መደብ ወረቓቕቲ፡ ጉዕዞን ዕለትን ዝሓዘ እዩ። ማሕበራዊ ሰራሕተኛኻ ምሳኻ ክርእይዎ እዮም።
   *[neutral] እቲ መደብ ወረቓቕቲ፡ ጉዕዞን ዕለትን ዝሓዘ እዩ። ማሕበራዊ ሰራሕተኛኹም ምሳኹም ክርእይዎ እዮም።
}
status-planning-reunification-b10to12-can-do = { $gender ->
    [feminine] ብዛዕባ እቲ ምግዓዝ ዘለዉ ሕቶታትኪን ሻቕሎታትኪን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም። ምስ መን ክትሰናበቲ ከም እትደልዪ ሕሰቢ።
    [masculine] ብዛዕባ እቲ ምግዓዝ ዘለዉ ሕቶታትካን ሻቕሎታትካን ንማሕበራዊ ሰራሕተኛኻ ንገሮም። ምስ መን ክትሰናበት ከም እትደሊ ሕሰብ።
   *[neutral] ብዛዕባ እቲ ምግዓዝ ዘለዉ ሕቶታትኩምን ሻቕሎታትኩምን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም። ምስ መን ክትሰናበቱ ከም እትደልዩ ሕሰቡ።
}
status-planning-reunification-b10to12-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-planning-reunification-b13to15-title = መደብ ምጽንባር ስድራ
status-planning-reunification-b13to15-meaning = { $gender ->
    [feminine] ምስ ስድራኺ ከም እትጽንበሪ ተወሲኑ ኣሎ። ማሕበራዊ ሰራሕተኛኺ ነቲ ምግዓዝ ይመድቡ ኣለዉ።
    [masculine] ምስ ስድራኻ ከም እትጽንበር ተወሲኑ ኣሎ። ማሕበራዊ ሰራሕተኛኻ ነቲ ምግዓዝ ይመድቡ ኣለዉ።
   *[neutral] ምስ ስድራኹም ከም እትጽንበሩ ተወሲኑ ኣሎ። ማሕበራዊ ሰራሕተኛኹም ነቲ ምግዓዝ ይመድቡ ኣለዉ።
}
status-planning-reunification-b13to15-next = { $gender ->
    [feminine] እቲ መደብ ሰነዳት፡ ጉዕዞ፡ ዕለትን፡ ድሕሪ ምብጻሕ ትምህርቲ ወይ ደገፍን ዝሓዘ እዩ። ምስ ማሕበራዊ ሰራሕተኛኺ ብሓባር ክትርእይዎ ኢኹም።
    [masculine] እቲ መደብ ሰነዳት፡ ጉዕዞ፡ ዕለትን፡ ድሕሪ ምብጻሕ ትምህርቲ ወይ ደገፍን ዝሓዘ እዩ። ምስ ማሕበራዊ ሰራሕተኛኻ ብሓባር ክትርእይዎ ኢኹም።
   *[neutral] እቲ መደብ ሰነዳት፡ ጉዕዞ፡ ዕለትን፡ ድሕሪ ምብጻሕ ትምህርቲ ወይ ደገፍን ዝሓዘ እዩ። ምስ ማሕበራዊ ሰራሕተኛኹም ብሓባር ክትርእይዎ ኢኹም።
}
status-planning-reunification-b13to15-can-do = { $gender ->
    [feminine] ብዛዕባ ኣብቲ መደብ ዘሎ ዝኾነ ነገር ሕተቲ። ዘሻቕለኪ ነገር እንተሎ ንገሪ።
    [masculine] ብዛዕባ ኣብቲ መደብ ዘሎ ዝኾነ ነገር ሕተት። ዘሻቕለካ ነገር እንተሎ ንገር።
   *[neutral] ብዛዕባ ኣብቲ መደብ ዘሎ ዝኾነ ነገር ሕተቱ። ዘሻቕለኩም ነገር እንተሎ ንገሩ።
}
status-planning-reunification-b13to15-ask = { $gender ->
    [feminine] ንሞግዚትኪ፡ ንማሕበራዊ ሰራሕተኛኺ ወይ ንጠበቓኺ ሕተትዮም።
    [masculine] ንሞግዚትካ፡ ንማሕበራዊ ሰራሕተኛኻ ወይ ንጠበቓኻ ሕተቶም።
   *[neutral] ንሞግዚትኩም፡ ንማሕበራዊ ሰራሕተኛኹም ወይ ንጠበቓኹም ሕተትዎም።
}

status-planning-reunification-b16to17-title = መደብ ምጽንባር ስድራ
status-planning-reunification-b16to17-meaning = { $gender ->
    [feminine] ምስ ስድራኺ ምጽንባር ስምምዕ ተገይሩሉ ኣሎ። ማሕበራዊ ሰራሕተኛኺ ነቲ መደብ የዳልዉ ኣለዉ።
    [masculine] ምስ ስድራኻ ምጽንባር ስምምዕ ተገይሩሉ ኣሎ። ማሕበራዊ ሰራሕተኛኻ ነቲ መደብ የዳልዉ ኣለዉ።
   *[neutral] ምስ ስድራኹም ምጽንባር ስምምዕ ተገይሩሉ ኣሎ። ማሕበራዊ ሰራሕተኛኹም ነቲ መደብ የዳልዉ ኣለዉ።
}
status-planning-reunification-b16to17-next = { $gender ->
    [feminine] እቲ መደብ ሰነዳት፡ ጉዕዞ፡ ዕለት፡ ከምኡ’ውን ድሕሪ ምብጻሕ ትምህርቲ ወይ ስራሕን ደገፍን ዝሓዘ እዩ። ምስ ማሕበራዊ ሰራሕተኛኺ ብሓባር ክትገምግምዎ ኢኹም።
    [masculine] እቲ መደብ ሰነዳት፡ ጉዕዞ፡ ዕለት፡ ከምኡ’ውን ድሕሪ ምብጻሕ ትምህርቲ ወይ ስራሕን ደገፍን ዝሓዘ እዩ። ምስ ማሕበራዊ ሰራሕተኛኻ ብሓባር ክትገምግምዎ ኢኹም።
   *[neutral] እቲ መደብ ሰነዳት፡ ጉዕዞ፡ ዕለት፡ ከምኡ’ውን ድሕሪ ምብጻሕ ትምህርቲ ወይ ስራሕን ደገፍን ዝሓዘ እዩ። ምስ ማሕበራዊ ሰራሕተኛኹም ብሓባር ክትገምግምዎ ኢኹም።
}
status-planning-reunification-b16to17-can-do = { $gender ->
    [feminine] ነቲ መደብ ርኣይዮ፡ ንጹር ዘይኮነ ነገር እንተሎ ድማ ሕተቲ። ዘድልየኪ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] ነቲ መደብ ርኣዮ፡ ንጹር ዘይኮነ ነገር እንተሎ ድማ ሕተት። ዘድልየካ ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] ነቲ መደብ ርኣይዎ፡ ንጹር ዘይኮነ ነገር እንተሎ ድማ ሕተቱ። ዘድልየኩም ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-planning-reunification-b16to17-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛኺ፡ ንሞግዚትኪ ወይ ንጠበቓኺ ሕተትዮም።
    [masculine] ንማሕበራዊ ሰራሕተኛኻ፡ ንሞግዚትካ ወይ ንጠበቓኻ ሕተቶም።
   *[neutral] ንማሕበራዊ ሰራሕተኛኹም፡ ንሞግዚትኩም ወይ ንጠበቓኹም ሕተትዎም።
}

status-planning-reunification-adult-title = መደብ ምጽንባር ስድራ
status-planning-reunification-adult-meaning = { $gender ->
    [feminine] ምጽንባር ስድራ ስምምዕ ተገይሩሉ ኣሎ። ማሕበራዊ ሰራሕተኛ ምሳኽን ኮይኖም ነቲ መደብ የዳልዉ ኣለዉ።
    [masculine] ምጽንባር ስድራ ስምምዕ ተገይሩሉ ኣሎ። ማሕበራዊ ሰራሕተኛ ምሳኹም ኮይኖም ነቲ መደብ የዳልዉ ኣለዉ።
   *[neutral] ምጽንባር ስድራ ስምምዕ ተገይሩሉ ኣሎ። ማሕበራዊ ሰራሕተኛ ምሳኹም ኮይኖም ነቲ መደብ የዳልዉ ኣለዉ።
}
status-planning-reunification-adult-next = እቲ መደብ ሰነዳት፡ ጉዕዞ፡ ዕለትን ድሕሪ ምብጻሕ እቲ ቆልዓ ዝወሃብ ደገፍን ዝሓዘ እዩ።
status-planning-reunification-adult-can-do = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛ ዝሓተትዎ ሰነዳት ኣዳልዋ፡ ብዛዕባ እቲ መደብ ንምዝርራብ ድማ ድሉዋት ኩና።
    [masculine] ማሕበራዊ ሰራሕተኛ ዝሓተትዎ ሰነዳት ኣዳልዉ፡ ብዛዕባ እቲ መደብ ንምዝርራብ ድማ ድሉዋት ኩኑ።
   *[neutral] ማሕበራዊ ሰራሕተኛ ዝሓተትዎ ሰነዳት ኣዳልዉ፡ ብዛዕባ እቲ መደብ ንምዝርራብ ድማ ድሉዋት ኩኑ።
}
status-planning-reunification-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## reunified

status-reunified-b0to5-title = { $gender ->
    [feminine] ምስ ስድራኺ
    [masculine] ምስ ስድራኻ
   *[neutral] ምስ ስድራኹም
}
status-reunified-b0to5-meaning = { $gender ->
    [feminine] ሕጂ ምስ ስድራኺ ኣለኺ።
    [masculine] ሕጂ ምስ ስድራኻ ኣለኻ።
   *[neutral] ሕጂ ምስ ስድራኹም ኣለኹም።
}
status-reunified-b0to5-next = { $gender ->
    [feminine] እቶም ሓገዝቲ ሰላም ክብሉኪ፡ ከመይ ከም ዘለኺ ድማ ክርእዩ ክመጹ እዮም።
    [masculine] እቶም ሓገዝቲ ሰላም ክብሉካ፡ ከመይ ከም ዘለኻ ድማ ክርእዩ ክመጹ እዮም።
   *[neutral] እቶም ሓገዝቲ ሰላም ክብሉኩም፡ ከመይ ከም ዘለኹም ድማ ክርእዩ ክመጹ እዮም።
}
status-reunified-b0to5-can-do = { $gender ->
    [feminine] ከመይ ከም ዝስምዓኪ ንስድራኺ ክትነግርዮም ትኽእሊ ኢኺ።
    [masculine] ከመይ ከም ዝስምዓካ ንስድራኻ ክትነግሮም ትኽእል ኢኻ።
   *[neutral] ከመይ ከም ዝስምዓኩም ንስድራኹም ክትነግርዎም ትኽእሉ ኢኹም።
}
status-reunified-b0to5-ask = { $gender ->
    [feminine] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}

status-reunified-b6to9-title = { $gender ->
    [feminine] ምስ ስድራኺ
    [masculine] ምስ ስድራኻ
   *[neutral] ምስ ስድራኹም
}
status-reunified-b6to9-meaning = { $gender ->
    [feminine] ከም ብሓድሽ ምስ ስድራኺ ኣለኺ።
    [masculine] ከም ብሓድሽ ምስ ስድራኻ ኣለኻ።
   *[neutral] ከም ብሓድሽ ምስ ስድራኹም ኣለኹም።
}
status-reunified-b6to9-next = { $gender ->
    [feminine] ከመይ ከም ዘለኺ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኺ ክበጽሑኪ እዮም።
    [masculine] ከመይ ከም ዘለኻ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኻ ክበጽሑካ እዮም።
   *[neutral] ከመይ ከም ዘለኹም ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኹም ክበጽሑኩም እዮም።
}
status-reunified-b6to9-can-do = { $gender ->
    [feminine] ሓጎስን ቁሩብ ዘይልሙድ ስምዒትን ክስምዓኪ ንቡር እዩ። ብዛዕባኡ ክትዛረቢ ትኽእሊ ኢኺ።
    [masculine] ሓጎስን ቁሩብ ዘይልሙድ ስምዒትን ክስምዓካ ንቡር እዩ። ብዛዕባኡ ክትዛረብ ትኽእል ኢኻ።
   *[neutral] ሓጎስን ቁሩብ ዘይልሙድ ስምዒትን ክስምዓኩም ንቡር እዩ። ብዛዕባኡ ክትዛረቡ ትኽእሉ ኢኹም።
}
status-reunified-b6to9-ask = { $gender ->
    [feminine] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}

status-reunified-b10to12-title = { $gender ->
    [feminine] ናብ ስድራኺ ተመሊስኪ
    [masculine] ናብ ስድራኻ ተመሊስካ
   *[neutral] ናብ ስድራኹም ተመሊስኩም
}
status-reunified-b10to12-meaning = { $gender ->
    [feminine] ናብ ስድራኺ ተመሊስኪ ኣለኺ።
    [masculine] ናብ ስድራኻ ተመሊስካ ኣለኻ።
   *[neutral] ናብ ስድራኹም ተመሊስኩም ኣለኹም።
}
status-reunified-b10to12-next = { $gender ->
    [feminine] ነገራት ከመይ ይኸዱ ከም ዘለዉ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኺ ንገለ ግዜ ክበጽሑኪ እዮም።
    [masculine] ነገራት ከመይ ይኸዱ ከም ዘለዉ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኻ ንገለ ግዜ ክበጽሑካ እዮም።
   *[neutral] ነገራት ከመይ ይኸዱ ከም ዘለዉ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኹም ንገለ ግዜ ክበጽሑኩም እዮም።
}
status-reunified-b10to12-can-do = { $gender ->
    [feminine] ምስ ሓድሽ ናብራ ምልማድ ግዜ ይወስድ። ነገራት እንተ ኸቢዶም፡ ምስ ሓደ ሰብ ተዛረቢ።
    [masculine] ምስ ሓድሽ ናብራ ምልማድ ግዜ ይወስድ። ነገራት እንተ ኸቢዶም፡ ምስ ሓደ ሰብ ተዛረብ።
   *[neutral] ምስ ሓድሽ ናብራ ምልማድ ግዜ ይወስድ። ነገራት እንተ ኸቢዶም፡ ምስ ሓደ ሰብ ተዛረቡ።
}
status-reunified-b10to12-ask = { $gender ->
    [feminine] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ሕጂ’ውን ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}

status-reunified-b13to15-title = { $gender ->
    [feminine] ናብ ስድራኺ ተመሊስኪ
    [masculine] ናብ ስድራኻ ተመሊስካ
   *[neutral] ናብ ስድራኹም ተመሊስኩም
}
status-reunified-b13to15-meaning = { $gender ->
    [feminine] ምስ ስድራኺ ተጸንቢርኪ ኣለኺ።
    [masculine] ምስ ስድራኻ ተጸንቢርካ ኣለኻ።
   *[neutral] ምስ ስድራኹም ተጸንቢርኩም ኣለኹም።
}
status-reunified-b13to15-next = { $gender ->
    [feminine] ከመይ ከም እትለማመዲ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኺ ንገለ ግዜ ክበጽሑኪ እዮም።
    [masculine] ከመይ ከም እትለማመድ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኻ ንገለ ግዜ ክበጽሑካ እዮም።
   *[neutral] ከመይ ከም እትለማመዱ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኹም ንገለ ግዜ ክበጽሑኩም እዮም።
}
status-reunified-b13to15-can-do = { $gender ->
    [feminine] ምልማድ ግዜ ይወስድ። ጸገም እንተሎ፡ ወይ ውሑስ ከም ዘይኮንኪ እንተ ተሰሚዑኪ፡ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] ምልማድ ግዜ ይወስድ። ጸገም እንተሎ፡ ወይ ውሑስ ከም ዘይኮንካ እንተ ተሰሚዑካ፡ ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] ምልማድ ግዜ ይወስድ። ጸገም እንተሎ፡ ወይ ውሑስ ከም ዘይኮንኩም እንተ ተሰሚዑኩም፡ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-reunified-b13to15-ask = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ሕጂ’ውን ምሳኺ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ሕጂ’ውን ምሳኻ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ሕጂ’ውን ምሳኹም ኣለዉ።
}

status-reunified-b16to17-title = ምስ ስድራ ምጽንባር ተፈጺሙ
status-reunified-b16to17-meaning = { $gender ->
    [feminine] ምስ ስድራኺ ተጸንቢርኪ ኣለኺ።
    [masculine] ምስ ስድራኻ ተጸንቢርካ ኣለኻ።
   *[neutral] ምስ ስድራኹም ተጸንቢርኩም ኣለኹም።
}
status-reunified-b16to17-next = { $gender ->
    [feminine] ከመይ ከም እትለማመዲ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኺ ንገለ ግዜ ክከታተሉኪ እዮም።
    [masculine] ከመይ ከም እትለማመድ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኻ ንገለ ግዜ ክከታተሉካ እዮም።
   *[neutral] ከመይ ከም እትለማመዱ ንምፍላጥ፡ ማሕበራዊ ሰራሕተኛኹም ንገለ ግዜ ክከታተሉኩም እዮም።
}
status-reunified-b16to17-can-do = { $gender ->
    [feminine] ጸገም እንተሎ ወይ ውሑስ ከም ዘይኮንኪ እንተ ተሰሚዑኪ፡ ምስ ማሕበራዊ ሰራሕተኛኺ ተራኸቢ። ሕጂ’ውን ጥርዓን ከተቕርቢ ትኽእሊ ኢኺ።
    [masculine] ጸገም እንተሎ ወይ ውሑስ ከም ዘይኮንካ እንተ ተሰሚዑካ፡ ምስ ማሕበራዊ ሰራሕተኛኻ ተራኸብ። ሕጂ’ውን ጥርዓን ከተቕርብ ትኽእል ኢኻ።
   *[neutral] ጸገም እንተሎ ወይ ውሑስ ከም ዘይኮንኩም እንተ ተሰሚዑኩም፡ ምስ ማሕበራዊ ሰራሕተኛኹም ተራኸቡ። ሕጂ’ውን ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
}
status-reunified-b16to17-ask = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ሕጂ’ውን ምሳኺ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ሕጂ’ውን ምሳኻ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ሕጂ’ውን ምሳኹም ኣለዉ።
}

status-reunified-adult-title = ምስ ስድራ ምጽንባር ተፈጺሙ
status-reunified-adult-meaning = እቲ ቆልዓ ምስ ስድራኡ ተጸንቢሩ ኣሎ።
status-reunified-adult-next = ማሕበራዊ ሰራሕተኛ እቲ ቆልዓን ስድራን ከመይ ከም ዘለዉ ክከታተሉ እዮም።
status-reunified-adult-can-do = { $gender ->
    [feminine] ስድራ ደገፍ እንተ ኣድልዮም፡ ንማሕበራዊ ሰራሕተኛ ንገራ።
    [masculine] ስድራ ደገፍ እንተ ኣድልዮም፡ ንማሕበራዊ ሰራሕተኛ ንገሩ።
   *[neutral] ስድራ ደገፍ እንተ ኣድልዮም፡ ንማሕበራዊ ሰራሕተኛ ንገሩ።
}
status-reunified-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## follow-up

status-follow-up-b0to5-title = ሰላም ምባል
status-follow-up-b0to5-meaning = { $gender ->
    [feminine] እቶም ሓገዝቲ ከመይ ከም ዘለኺ ክርእዩ ይመጹ።
    [masculine] እቶም ሓገዝቲ ከመይ ከም ዘለኻ ክርእዩ ይመጹ።
   *[neutral] እቶም ሓገዝቲ ከመይ ከም ዘለኹም ክርእዩ ይመጹ።
}
status-follow-up-b0to5-next = { $gender ->
    [feminine] እቶም ሓገዝቲ ሒደት ግዜ ምስ በጽሑኪ፡ ክሰናበቱ እዮም።
    [masculine] እቶም ሓገዝቲ ሒደት ግዜ ምስ በጽሑካ፡ ክሰናበቱ እዮም።
   *[neutral] እቶም ሓገዝቲ ሒደት ግዜ ምስ በጽሑኩም፡ ክሰናበቱ እዮም።
}
status-follow-up-b0to5-can-do = { $gender ->
    [feminine] ስእልታትኪን ጸወታታትኪን ከተርእይዮም ትኽእሊ ኢኺ።
    [masculine] ስእልታትካን ጸወታታትካን ከተርእዮም ትኽእል ኢኻ።
   *[neutral] ስእልታትኩምን ጸወታታትኩምን ከተርእይዎም ትኽእሉ ኢኹም።
}
status-follow-up-b0to5-ask = { $gender ->
    [feminine] ስድራኺ ናብ ማሕበራዊ ሰራሕተኛኺ ክድውሉ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ስድራኻ ናብ ማሕበራዊ ሰራሕተኛኻ ክድውሉ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ስድራኹም ናብ ማሕበራዊ ሰራሕተኛኹም ክድውሉ ክትሓቱ ትኽእሉ ኢኹም።
}

status-follow-up-b6to9-title = ምብጻሕ
status-follow-up-b6to9-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምስ ስድራኺ ከመይ ከም ዘለኺ ንምርኣይ ይበጽሑኪ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምስ ስድራኻ ከመይ ከም ዘለኻ ንምርኣይ ይበጽሑካ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምስ ስድራኹም ከመይ ከም ዘለኹም ንምርኣይ ይበጽሑኩም።
}
status-follow-up-b6to9-next = ኩሉ ብጽቡቕ ምስ ዝኸይድ፡ እቲ ምብጻሕ ክውዳእ እዩ።
status-follow-up-b6to9-can-do = { $gender ->
    [feminine] እንታይ ጽቡቕ እንታይ ከቢድ ከም ዘሎ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] እንታይ ጽቡቕ እንታይ ከቢድ ከም ዘሎ ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] እንታይ ጽቡቕ እንታይ ከቢድ ከም ዘሎ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-follow-up-b6to9-ask = { $gender ->
    [feminine] ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}

status-follow-up-b10to12-title = ምብጻሕ
status-follow-up-b10to12-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምስ ስድራኺ ዘለኪ ናብራ ከመይ ይኸይድ ከም ዘሎ ንምርኣይ ይበጽሑኪ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምስ ስድራኻ ዘለካ ናብራ ከመይ ይኸይድ ከም ዘሎ ንምርኣይ ይበጽሑካ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምስ ስድራኹም ዘለኩም ናብራ ከመይ ይኸይድ ከም ዘሎ ንምርኣይ ይበጽሑኩም።
}
status-follow-up-b10to12-next = { $gender ->
    [feminine] ነገራት ብጽቡቕ ምስ ዝኸዱ፡ እቲ ምብጻሕ ክውዳእ፡ ጉዳይኪ ድማ ክዕጾ እዩ።
    [masculine] ነገራት ብጽቡቕ ምስ ዝኸዱ፡ እቲ ምብጻሕ ክውዳእ፡ ጉዳይካ ድማ ክዕጾ እዩ።
   *[neutral] ነገራት ብጽቡቕ ምስ ዝኸዱ፡ እቲ ምብጻሕ ክውዳእ፡ ጉዳይኩም ድማ ክዕጾ እዩ።
}
status-follow-up-b10to12-can-do = { $gender ->
    [feminine] እንታይ ብጽቡቕ ይኸይድ ከም ዘሎን እንታይ ከቢድ ከም ዝኾነን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] እንታይ ብጽቡቕ ይኸይድ ከም ዘሎን እንታይ ከቢድ ከም ዝኾነን ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] እንታይ ብጽቡቕ ይኸይድ ከም ዘሎን እንታይ ከቢድ ከም ዝኾነን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-follow-up-b10to12-ask = { $gender ->
    [feminine] ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}

status-follow-up-b13to15-title = ክትትል
status-follow-up-b13to15-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምስ ስድራኺ ነገራት ከመይ ይኸዱ ከም ዘለዉ ይከታተሉ ኣለዉ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምስ ስድራኻ ነገራት ከመይ ይኸዱ ከም ዘለዉ ይከታተሉ ኣለዉ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምስ ስድራኹም ነገራት ከመይ ይኸዱ ከም ዘለዉ ይከታተሉ ኣለዉ።
}
status-follow-up-b13to15-next = { $gender ->
    [feminine] ነገራት ብጽቡቕ ምስ ዝኸዱ፡ ክትትል ይውዳእ፡ ጉዳይኪ ድማ ይዕጾ።
    [masculine] ነገራት ብጽቡቕ ምስ ዝኸዱ፡ ክትትል ይውዳእ፡ ጉዳይካ ድማ ይዕጾ።
   *[neutral] ነገራት ብጽቡቕ ምስ ዝኸዱ፡ ክትትል ይውዳእ፡ ጉዳይኩም ድማ ይዕጾ።
}
status-follow-up-b13to15-can-do = { $gender ->
    [feminine] እንታይ ብጽቡቕ ይኸይድ ከም ዘሎን እንታይ ከም ዘይከይድን ብቕንዕና ንገሪ። ደገፍ እንተ ኣድልዩኪ ሕተቲ።
    [masculine] እንታይ ብጽቡቕ ይኸይድ ከም ዘሎን እንታይ ከም ዘይከይድን ብቕንዕና ንገር። ደገፍ እንተ ኣድልዩካ ሕተት።
   *[neutral] እንታይ ብጽቡቕ ይኸይድ ከም ዘሎን እንታይ ከም ዘይከይድን ብቕንዕና ንገሩ። ደገፍ እንተ ኣድልዩኩም ሕተቱ።
}
status-follow-up-b13to15-ask = { $gender ->
    [feminine] ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}

status-follow-up-b16to17-title = ክትትል
status-follow-up-b16to17-meaning = { $gender ->
    [feminine] ድሕሪ ምስ ስድራኺ ምጽንባርኪ፡ ማሕበራዊ ሰራሕተኛኺ ይከታተሉኪ ኣለዉ።
    [masculine] ድሕሪ ምስ ስድራኻ ምጽንባርካ፡ ማሕበራዊ ሰራሕተኛኻ ይከታተሉካ ኣለዉ።
   *[neutral] ድሕሪ ምስ ስድራኹም ምጽንባርኩም፡ ማሕበራዊ ሰራሕተኛኹም ይከታተሉኩም ኣለዉ።
}
status-follow-up-b16to17-next = { $gender ->
    [feminine] ኩነታት ምስ ረጋግአ፡ ክትትል ይውዳእ፡ ጉዳይኪ ድማ ይዕጾ።
    [masculine] ኩነታት ምስ ረጋግአ፡ ክትትል ይውዳእ፡ ጉዳይካ ድማ ይዕጾ።
   *[neutral] ኩነታት ምስ ረጋግአ፡ ክትትል ይውዳእ፡ ጉዳይኩም ድማ ይዕጾ።
}
status-follow-up-b16to17-can-do = { $gender ->
    [feminine] ዘድልየኪ ደገፍ ንገሪ፦ ትምህርቲ፡ ስራሕ፡ ጥዕና ወይ ካልእ ዝኾነ ነገር።
    [masculine] ዘድልየካ ደገፍ ንገር፦ ትምህርቲ፡ ስራሕ፡ ጥዕና ወይ ካልእ ዝኾነ ነገር።
   *[neutral] ዘድልየኩም ደገፍ ንገሩ፦ ትምህርቲ፡ ስራሕ፡ ጥዕና ወይ ካልእ ዝኾነ ነገር።
}
status-follow-up-b16to17-ask = { $gender ->
    [feminine] ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}

status-follow-up-adult-title = ክትትል
status-follow-up-adult-meaning = ማሕበራዊ ሰራሕተኛ ድሕሪ ምጽንባር ስድራ እቲ ቆልዓን ስድራን ከመይ ከም ዘለዉ ይከታተሉ ኣለዉ።
status-follow-up-adult-next = ኩነታት ምስ ረጋግአ፡ ክትትል ይውዳእ፡ እቲ ጉዳይ ድማ ይዕጾ።
status-follow-up-adult-can-do = { $gender ->
    [feminine] ዝኾነ ዘድሊ ነገር ወይ ጸገም እንተሎ ንማሕበራዊ ሰራሕተኛ ንገራ።
    [masculine] ዝኾነ ዘድሊ ነገር ወይ ጸገም እንተሎ ንማሕበራዊ ሰራሕተኛ ንገሩ።
   *[neutral] ዝኾነ ዘድሊ ነገር ወይ ጸገም እንተሎ ንማሕበራዊ ሰራሕተኛ ንገሩ።
}
status-follow-up-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}

## closed

status-closed-b0to5-title = ተወዲኡ
status-closed-b0to5-meaning = { $gender ->
    [feminine] እቶም ሓገዝቲ ምሳኺ ዝሰርሕዎ ስራሕ ወዲኦም።
    [masculine] እቶም ሓገዝቲ ምሳኻ ዝሰርሕዎ ስራሕ ወዲኦም።
   *[neutral] እቶም ሓገዝቲ ምሳኹም ዝሰርሕዎ ስራሕ ወዲኦም።
}
status-closed-b0to5-next = { $gender ->
    [feminine] ኣብ ከባቢኺ ዘለዉ ዓበይቲ ሰባት ክከናኸኑኪ ክቕጽሉ እዮም።
    [masculine] ኣብ ከባቢኻ ዘለዉ ዓበይቲ ሰባት ክከናኸኑካ ክቕጽሉ እዮም።
   *[neutral] ኣብ ከባቢኹም ዘለዉ ዓበይቲ ሰባት ክከናኸኑኩም ክቕጽሉ እዮም።
}
status-closed-b0to5-can-do = { $gender ->
    [feminine] ኣብ ዝኾነ ግዜ ካብ ዓቢ ሰብ ሓገዝ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ኣብ ዝኾነ ግዜ ካብ ዓቢ ሰብ ሓገዝ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ኣብ ዝኾነ ግዜ ካብ ዓቢ ሰብ ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
}
status-closed-b0to5-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንእትኣምንዮ ዓቢ ሰብ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ንሞግዚትካ ወይ ንእትኣምኖ ዓቢ ሰብ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ንሞግዚትኩም ወይ ንእትኣምንዎ ዓቢ ሰብ ክትሓቱ ትኽእሉ ኢኹም።
}

status-closed-b6to9-title = { $gender ->
    [feminine] ጉዳይኪ ተወዲኡ
    [masculine] ጉዳይካ ተወዲኡ
   *[neutral] ጉዳይኩም ተወዲኡ
}
status-closed-b6to9-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ኣብ ጉዳይኪ ዝሰርሕዎ ስራሕ ወዲኦም።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ኣብ ጉዳይካ ዝሰርሕዎ ስራሕ ወዲኦም።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ኣብ ጉዳይኩም ዝሰርሕዎ ስራሕ ወዲኦም።
}
status-closed-b6to9-next = { $gender ->
    [feminine] ዝከናኸኑኪ ዓበይቲ ሰባት ክሕግዙኪ ክቕጽሉ እዮም።
    [masculine] ዝከናኸኑካ ዓበይቲ ሰባት ክሕግዙካ ክቕጽሉ እዮም።
   *[neutral] ዝከናኸኑኩም ዓበይቲ ሰባት ክሕግዙኩም ክቕጽሉ እዮም።
}
status-closed-b6to9-can-do = { $gender ->
    [feminine] እንደገና ሓገዝ እንተ ኣድልዩኪ፡ ንእትኣምንዮ ዓቢ ሰብ ንገርዮ።
    [masculine] እንደገና ሓገዝ እንተ ኣድልዩካ፡ ንእትኣምኖ ዓቢ ሰብ ንገሮ።
   *[neutral] እንደገና ሓገዝ እንተ ኣድልዩኩም፡ ንእትኣምንዎ ዓቢ ሰብ ንገርዎ።
}
status-closed-b6to9-ask = { $gender ->
    [feminine] ንእትኣምንዮ ዓቢ ሰብ ምስቲ ጉጅለ ክራኸብ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ንእትኣምኖ ዓቢ ሰብ ምስቲ ጉጅለ ክራኸብ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ንእትኣምንዎ ዓቢ ሰብ ምስቲ ጉጅለ ክራኸብ ክትሓቱ ትኽእሉ ኢኹም።
}

status-closed-b10to12-title = { $gender ->
    [feminine] ጉዳይኪ ተዓጽዩ
    [masculine] ጉዳይካ ተዓጽዩ
   *[neutral] ጉዳይኩም ተዓጽዩ
}
status-closed-b10to12-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ኣብ ጉዳይኪ ዝሰርሕዎ ስራሕ ወዲኦም።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ኣብ ጉዳይካ ዝሰርሕዎ ስራሕ ወዲኦም።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ኣብ ጉዳይኩም ዝሰርሕዎ ስራሕ ወዲኦም።
}
status-closed-b10to12-next = { $gender ->
    [feminine] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩኪ፡ እቲ ጉጅለ ከም ብሓድሽ ክኸፍቶ ይኽእል።
    [masculine] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩካ፡ እቲ ጉጅለ ከም ብሓድሽ ክኸፍቶ ይኽእል።
   *[neutral] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩኩም፡ እቲ ጉጅለ ከም ብሓድሽ ክኸፍቶ ይኽእል።
}
status-closed-b10to12-can-do = { $gender ->
    [feminine] ሓገዝ እንተ ኣድልዩኪ፡ ንእትኣምንዮ ዓቢ ሰብ ንገርዮ።
    [masculine] ሓገዝ እንተ ኣድልዩካ፡ ንእትኣምኖ ዓቢ ሰብ ንገሮ።
   *[neutral] ሓገዝ እንተ ኣድልዩኩም፡ ንእትኣምንዎ ዓቢ ሰብ ንገርዎ።
}
status-closed-b10to12-ask = { $gender ->
    [feminine] ንእትኣምንዮ ዓቢ ሰብ ምስቲ ጉጅለ ክራኸብ ሕተትዮ።
    [masculine] ንእትኣምኖ ዓቢ ሰብ ምስቲ ጉጅለ ክራኸብ ሕተቶ።
   *[neutral] ንእትኣምንዎ ዓቢ ሰብ ምስቲ ጉጅለ ክራኸብ ሕተትዎ።
}

status-closed-b13to15-title = { $gender ->
    [feminine] ጉዳይኪ ተዓጽዩ
    [masculine] ጉዳይካ ተዓጽዩ
   *[neutral] ጉዳይኩም ተዓጽዩ
}
status-closed-b13to15-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ኣብ ጉዳይኪ ዝሰርሕዎ ስራሕ ወዲኦም።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ኣብ ጉዳይካ ዝሰርሕዎ ስራሕ ወዲኦም።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ኣብ ጉዳይኩም ዝሰርሕዎ ስራሕ ወዲኦም።
}
status-closed-b13to15-next = { $gender ->
    [feminine] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩኪ፡ ከም ብሓድሽ ክኽፈት ይኽእል።
    [masculine] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩካ፡ ከም ብሓድሽ ክኽፈት ይኽእል።
   *[neutral] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩኩም፡ ከም ብሓድሽ ክኽፈት ይኽእል።
}
status-closed-b13to15-can-do = { $gender ->
    [feminine] ሓገዝ እንተ ኣድልዩኪ፡ ምስቲ ጉጅለ ወይ ምስ እትኣምንዮ ዓቢ ሰብ ተራኸቢ። ሕጂ’ውን ጥርዓን ከተቕርቢ ትኽእሊ ኢኺ።
    [masculine] ሓገዝ እንተ ኣድልዩካ፡ ምስቲ ጉጅለ ወይ ምስ እትኣምኖ ዓቢ ሰብ ተራኸብ። ሕጂ’ውን ጥርዓን ከተቕርብ ትኽእል ኢኻ።
   *[neutral] ሓገዝ እንተ ኣድልዩኩም፡ ምስቲ ጉጅለ ወይ ምስ እትኣምንዎ ዓቢ ሰብ ተራኸቡ። ሕጂ’ውን ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
}
status-closed-b13to15-ask = { $gender ->
    [feminine] ንእትኣምንዮ ዓቢ ሰብ ሕተትዮ፡ ወይ ምስቲ ጉጅለ ተራኸቢ።
    [masculine] ንእትኣምኖ ዓቢ ሰብ ሕተቶ፡ ወይ ምስቲ ጉጅለ ተራኸብ።
   *[neutral] ንእትኣምንዎ ዓቢ ሰብ ሕተትዎ፡ ወይ ምስቲ ጉጅለ ተራኸቡ።
}

status-closed-b16to17-title = ጉዳይ ተዓጽዩ
status-closed-b16to17-meaning = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ኣብ ጉዳይኪ ዝሰርሕዎ ስራሕ ወዲኦም።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ኣብ ጉዳይካ ዝሰርሕዎ ስራሕ ወዲኦም።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ኣብ ጉዳይኩም ዝሰርሕዎ ስራሕ ወዲኦም።
}
status-closed-b16to17-next = { $gender ->
    [feminine] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩኪ፡ ከም ብሓድሽ ክኽፈት ይኽእል።
    [masculine] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩካ፡ ከም ብሓድሽ ክኽፈት ይኽእል።
   *[neutral] ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። እንደገና ሓገዝ እንተ ኣድልዩኩም፡ ከም ብሓድሽ ክኽፈት ይኽእል።
}
status-closed-b16to17-can-do = { $gender ->
    [feminine] ሕጂ’ውን ቅዳሕ ሓበሬታኺ ክትሓትቲ ወይ ጥርዓን ከተቕርቢ ትኽእሊ ኢኺ።
    [masculine] ሕጂ’ውን ቅዳሕ ሓበሬታኻ ክትሓትት ወይ ጥርዓን ከተቕርብ ትኽእል ኢኻ።
   *[neutral] ሕጂ’ውን ቅዳሕ ሓበሬታኹም ክትሓቱ ወይ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
}
status-closed-b16to17-ask = { $gender ->
    [feminine] እንደገና ሓገዝ እንተ ኣድልዩኪ፡ ምስቲ ጉጅለ ተራኸቢ።
    [masculine] እንደገና ሓገዝ እንተ ኣድልዩካ፡ ምስቲ ጉጅለ ተራኸብ።
   *[neutral] እንደገና ሓገዝ እንተ ኣድልዩኩም፡ ምስቲ ጉጅለ ተራኸቡ።
}

status-closed-adult-title = ጉዳይ ተዓጽዩ
status-closed-adult-meaning = ማሕበራዊ ሰራሕተኛ ኣብ ጉዳይ እቲ ቆልዓ ዝሰርሕዎ ስራሕ ወዲኦም።
status-closed-adult-next = ኣብዚ ጉዳይ ካብዚ ንላዕሊ ዝኸውን ነገር የለን። ኣድላዪ እንተ ኾይኑ፡ ከም ብሓድሽ ክኽፈት ይኽእል።
status-closed-adult-can-do = { $gender ->
    [feminine] ቅዳሕ ሓበሬታኽን ክትሓታ ወይ ጥርዓን ከተቕርባ ትኽእላ ኢኽን።
    [masculine] ቅዳሕ ሓበሬታኹም ክትሓቱ ወይ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
   *[neutral] ቅዳሕ ሓበሬታኹም ክትሓቱ ወይ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
}
status-closed-adult-ask = { $gender ->
    [feminine] እንደገና ሓገዝ እንተ ኣድልዩክን፡ ምስቲ ጉጅለ ተራኸባ።
    [masculine] እንደገና ሓገዝ እንተ ኣድልዩኩም፡ ምስቲ ጉጅለ ተራኸቡ።
   *[neutral] እንደገና ሓገዝ እንተ ኣድልዩኩም፡ ምስቲ ጉጅለ ተራኸቡ።
}

## alternative care

status-alternative-care-b0to5-title = ውሑስ መንበሪ ቦታ
status-alternative-care-b0to5-meaning = { $gender ->
    [feminine] ምስ ዝከናኸኑኪ ሰባት ኣብ ውሑስ ቦታ ክትነብሪ ኢኺ።
    [masculine] ምስ ዝከናኸኑካ ሰባት ኣብ ውሑስ ቦታ ክትነብር ኢኻ።
   *[neutral] ምስ ዝከናኸኑኩም ሰባት ኣብ ውሑስ ቦታ ክትነብሩ ኢኹም።
}
status-alternative-care-b0to5-next = { $gender ->
    [feminine] እቶም ሓገዝቲ ክበጽሑኪ ክቕጽሉ እዮም።
    [masculine] እቶም ሓገዝቲ ክበጽሑካ ክቕጽሉ እዮም።
   *[neutral] እቶም ሓገዝቲ ክበጽሑኩም ክቕጽሉ እዮም።
}
status-alternative-care-b0to5-can-do = { $gender ->
    [feminine] እንታይ ከም ዘሐጉሰኪ ነቶም ዝከናኸኑኪ ሰባት ክትነግርዮም ትኽእሊ ኢኺ።
    [masculine] እንታይ ከም ዘሐጉሰካ ነቶም ዝከናኸኑካ ሰባት ክትነግሮም ትኽእል ኢኻ።
   *[neutral] እንታይ ከም ዘሐጉሰኩም ነቶም ዝከናኸኑኩም ሰባት ክትነግርዎም ትኽእሉ ኢኹም።
}
status-alternative-care-b0to5-ask = { $gender ->
    [feminine] ንሞግዚትኪ ዝኾነ ሕቶ ክትሓትቲ ትኽእሊ ኢኺ።
    [masculine] ንሞግዚትካ ዝኾነ ሕቶ ክትሓትት ትኽእል ኢኻ።
   *[neutral] ንሞግዚትኩም ዝኾነ ሕቶ ክትሓቱ ትኽእሉ ኢኹም።
}

status-alternative-care-b6to9-title = ውሑስ መንበሪ ቦታ
status-alternative-care-b6to9-meaning = { $gender ->
    [feminine] ንሕጂ፡ ምስ ዝከናኸኑኪ ሰባት ኣብ ውሑስ ቦታ ክትነብሪ ኢኺ።
    [masculine] ንሕጂ፡ ምስ ዝከናኸኑካ ሰባት ኣብ ውሑስ ቦታ ክትነብር ኢኻ።
   *[neutral] ንሕጂ፡ ምስ ዝከናኸኑኩም ሰባት ኣብ ውሑስ ቦታ ክትነብሩ ኢኹም።
}
status-alternative-care-b6to9-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ክበጽሑኪ ክቕጽሉ እዮም። ምድላይ ስድራኺ ክቕጽል ይኽእል።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ክበጽሑካ ክቕጽሉ እዮም። ምድላይ ስድራኻ ክቕጽል ይኽእል።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ክበጽሑኩም ክቕጽሉ እዮም። ምድላይ ስድራኹም ክቕጽል ይኽእል።
}
status-alternative-care-b6to9-can-do = { $gender ->
    [feminine] እንታይ ከም ዘሐጉሰኪን እንታይ ከም ዘድልየኪን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] እንታይ ከም ዘሐጉሰካን እንታይ ከም ዘድልየካን ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] እንታይ ከም ዘሐጉሰኩምን እንታይ ከም ዘድልየኩምን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-alternative-care-b6to9-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ዝኾነ ሕቶ ሕተቲ።
    [masculine] ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ዝኾነ ሕቶ ሕተት።
   *[neutral] ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ዝኾነ ሕቶ ሕተቱ።
}

status-alternative-care-b10to12-title = ውሑስ መንበሪ ቦታ
status-alternative-care-b10to12-meaning = { $gender ->
    [feminine] ንሕጂ፡ ምስ ስድራኺ ዘይኮነስ፡ ምስ ተኸናኸንቲ ኣብ ውሑስ ቦታ ክትነብሪ ኢኺ።
    [masculine] ንሕጂ፡ ምስ ስድራኻ ዘይኮነስ፡ ምስ ተኸናኸንቲ ኣብ ውሑስ ቦታ ክትነብር ኢኻ።
   *[neutral] ንሕጂ፡ ምስ ስድራኹም ዘይኮነስ፡ ምስ ተኸናኸንቲ ኣብ ውሑስ ቦታ ክትነብሩ ኢኹም።
}
status-alternative-care-b10to12-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ክበጽሑኪ ክቕጽሉ እዮም። ምድላይ ስድራኺ ክቕጽል ይኽእል።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ክበጽሑካ ክቕጽሉ እዮም። ምድላይ ስድራኻ ክቕጽል ይኽእል።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ክበጽሑኩም ክቕጽሉ እዮም። ምድላይ ስድራኹም ክቕጽል ይኽእል።
}
status-alternative-care-b10to12-can-do = { $gender ->
    [feminine] ዘድልየኪ ነገራትን ብዛዕባ መንበሪኺ ከመይ ከም ዝስምዓኪን ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] ዘድልየካ ነገራትን ብዛዕባ መንበሪኻ ከመይ ከም ዝስምዓካን ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] ዘድልየኩም ነገራትን ብዛዕባ መንበሪኹም ከመይ ከም ዝስምዓኩምን ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-alternative-care-b10to12-ask = { $gender ->
    [feminine] ንሞግዚትኪ ወይ ንማሕበራዊ ሰራሕተኛኺ ሕተትዮም።
    [masculine] ንሞግዚትካ ወይ ንማሕበራዊ ሰራሕተኛኻ ሕተቶም።
   *[neutral] ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
}

status-alternative-care-b13to15-title = ኣማራጺ ክንክን
status-alternative-care-b13to15-meaning = { $gender ->
    [feminine] ንሕጂ፡ ምስ ተኸናኸንቲ ኣብ ውሑስ ቦታ ክትነብሪ ኢኺ፡ ከም ተኸናኻኒ ስድራ ወይ ንእሽቶ ናይ ክንክን ገዛ።
    [masculine] ንሕጂ፡ ምስ ተኸናኸንቲ ኣብ ውሑስ ቦታ ክትነብር ኢኻ፡ ከም ተኸናኻኒ ስድራ ወይ ንእሽቶ ናይ ክንክን ገዛ።
   *[neutral] ንሕጂ፡ ምስ ተኸናኸንቲ ኣብ ውሑስ ቦታ ክትነብሩ ኢኹም፡ ከም ተኸናኻኒ ስድራ ወይ ንእሽቶ ናይ ክንክን ገዛ።
}
status-alternative-care-b13to15-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምሳኺ ርክብ ክቕጽሉ እዮም። ምድላይ ስድራኺ ክቕጽል ይኽእል፡ እቲ መደብ ድማ ክግምገም እዩ።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምሳኻ ርክብ ክቕጽሉ እዮም። ምድላይ ስድራኻ ክቕጽል ይኽእል፡ እቲ መደብ ድማ ክግምገም እዩ።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምሳኹም ርክብ ክቕጽሉ እዮም። ምድላይ ስድራኹም ክቕጽል ይኽእል፡ እቲ መደብ ድማ ክግምገም እዩ።
}
status-alternative-care-b13to15-can-do = { $gender ->
    [feminine] ዘድልየኪ ነገራትን ብዛዕባ መንበሪኺ ከመይ ከም ዝስምዓኪን ንገሪ። ኣብ ግምገማታት ርእይቶኺ ቦታ ኣለዎ።
    [masculine] ዘድልየካ ነገራትን ብዛዕባ መንበሪኻ ከመይ ከም ዝስምዓካን ንገር። ኣብ ግምገማታት ርእይቶኻ ቦታ ኣለዎ።
   *[neutral] ዘድልየኩም ነገራትን ብዛዕባ መንበሪኹም ከመይ ከም ዝስምዓኩምን ንገሩ። ኣብ ግምገማታት ርእይቶኹም ቦታ ኣለዎ።
}
status-alternative-care-b13to15-ask = { $gender ->
    [feminine] ንሞግዚትኪ፡ ንማሕበራዊ ሰራሕተኛኺ ወይ ንጠበቓኺ ሕተትዮም።
    [masculine] ንሞግዚትካ፡ ንማሕበራዊ ሰራሕተኛኻ ወይ ንጠበቓኻ ሕተቶም።
   *[neutral] ንሞግዚትኩም፡ ንማሕበራዊ ሰራሕተኛኹም ወይ ንጠበቓኹም ሕተትዎም።
}

status-alternative-care-b16to17-title = ኣማራጺ ክንክን
status-alternative-care-b16to17-meaning = { $gender ->
    [feminine] ንሕጂ፡ ኣብ ኣማራጺ ክንክን ክትነብሪ ኢኺ፡ ከም ተኸናኻኒ ስድራ፡ ንእሽቶ ናይ ክንክን ገዛ ወይ ደገፍ ዘለዎ መንበሪ።
    [masculine] ንሕጂ፡ ኣብ ኣማራጺ ክንክን ክትነብር ኢኻ፡ ከም ተኸናኻኒ ስድራ፡ ንእሽቶ ናይ ክንክን ገዛ ወይ ደገፍ ዘለዎ መንበሪ።
   *[neutral] ንሕጂ፡ ኣብ ኣማራጺ ክንክን ክትነብሩ ኢኹም፡ ከም ተኸናኻኒ ስድራ፡ ንእሽቶ ናይ ክንክን ገዛ ወይ ደገፍ ዘለዎ መንበሪ።
}
status-alternative-care-b16to17-next = { $gender ->
    [feminine] ማሕበራዊ ሰራሕተኛኺ ምሳኺ ርክብ ክቕጽሉ፡ ነቲ መደብ ድማ ምሳኺ ክገምግሙ እዮም። ምድላይ ስድራ ክቕጽል ይኽእል።
    [masculine] ማሕበራዊ ሰራሕተኛኻ ምሳኻ ርክብ ክቕጽሉ፡ ነቲ መደብ ድማ ምሳኻ ክገምግሙ እዮም። ምድላይ ስድራ ክቕጽል ይኽእል።
   *[neutral] ማሕበራዊ ሰራሕተኛኹም ምሳኹም ርክብ ክቕጽሉ፡ ነቲ መደብ ድማ ምሳኹም ክገምግሙ እዮም። ምድላይ ስድራ ክቕጽል ይኽእል።
}
status-alternative-care-b16to17-can-do = { $gender ->
    [feminine] ዘድልየኪ ነገራት፡ ብዛዕባ 18 ዓመት ምምላእ ዝምልከት መደባት ሓዊስኪ፡ ንማሕበራዊ ሰራሕተኛኺ ንገርዮም።
    [masculine] ዘድልየካ ነገራት፡ ብዛዕባ 18 ዓመት ምምላእ ዝምልከት መደባት ሓዊስካ፡ ንማሕበራዊ ሰራሕተኛኻ ንገሮም።
   *[neutral] ዘድልየኩም ነገራት፡ ብዛዕባ 18 ዓመት ምምላእ ዝምልከት መደባት ሓዊስኩም፡ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
}
status-alternative-care-b16to17-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛኺ፡ ንሞግዚትኪ ወይ ንጠበቓኺ ሕተትዮም።
    [masculine] ንማሕበራዊ ሰራሕተኛኻ፡ ንሞግዚትካ ወይ ንጠበቓኻ ሕተቶም።
   *[neutral] ንማሕበራዊ ሰራሕተኛኹም፡ ንሞግዚትኩም ወይ ንጠበቓኹም ሕተትዎም።
}

status-alternative-care-adult-title = ኣማራጺ ክንክን
status-alternative-care-adult-meaning = ንሕጂ፡ እቲ ቆልዓ ኣብ ኣማራጺ ክንክን ክነብር እዩ።
status-alternative-care-adult-next = ማሕበራዊ ሰራሕተኛ ነቲ መደብ ብቐጻሊ ክገምግሙ እዮም። ምድላይ ስድራ ክቕጽል ይኽእል።
status-alternative-care-adult-can-do = { $gender ->
    [feminine] እንተ ተፈቒዱ፡ ምስቲ ቆልዓ ብኸመይ ርክብ ክትቕጽላ ከም እትኽእላ ንማሕበራዊ ሰራሕተኛ ሕተታ።
    [masculine] እንተ ተፈቒዱ፡ ምስቲ ቆልዓ ብኸመይ ርክብ ክትቕጽሉ ከም እትኽእሉ ንማሕበራዊ ሰራሕተኛ ሕተቱ።
   *[neutral] እንተ ተፈቒዱ፡ ምስቲ ቆልዓ ብኸመይ ርክብ ክትቕጽሉ ከም እትኽእሉ ንማሕበራዊ ሰራሕተኛ ሕተቱ።
}
status-alternative-care-adult-ask = { $gender ->
    [feminine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተታ።
    [masculine] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
   *[neutral] ንማሕበራዊ ሰራሕተኛ እቲ ቆልዓ ሕተቱ።
}
