# Consent receipts: the short text a person gets after each consent decision, in their
# language and at their age band. $band is `young` (0–9), `child` (10–17) or `adult`;
# $title is the notice's title (what the question was about); $date is the day (YYYY-MM-DD).
# Tigrinya (ti): MACHINE DRAFT by an AI model (Claude), 2026-12-03. Not reviewed by a
# native speaker. No $gender: the reader is addressed in the 2nd person plural (-ኩም), staff
# in the honorific plural, as in the consent notices. See locales/ti/STATUS.md.

consent-receipt-given = { $band ->
    [young] «እወ» ኢልኩም፦ { $title }። ሓሳብኩም ክትቕይሩ እንተ ደሊኹም፡ ንሞግዚትኩም ወይ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
    [child] «እወ» ኢልኩም፦ { $title } ({ $date })። ኣብ ዝኾነ ግዜ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም፦ ኣብቲ ኣፕ «ደው ምባል» ጸቕጡ፡ ወይ ንማሕበራዊ ሰራሕተኛኹም ንገርዎም።
   *[adult] ፍቓድ ተዋሂቡ፦ { $title } ({ $date })። ኣብ ዝኾነ ግዜ ኣብቲ ኣፕ፡ ወይ ብመንገዲ ማሕበራዊ ሰራሕተኛ፡ ክስሓብ ይኽእል።
}
consent-receipt-refused = { $band ->
    [young] «ኣይፋል» ኢልኩም፦ { $title }። ጸገም የብሉን። ሕጂ’ውን ሓገዝ ትረኽቡ ኢኹም።
    [child] «ኣይፋል» ኢልኩም፦ { $title } ({ $date })። ምርጫ ናትኩም እዩ፡ ኩሉ እቲ ካልእ ሓገዝ ድማ ሕጂ’ውን ትረኽቡ ኢኹም።
   *[adult] ፍቓድ ተነጺጉ፦ { $title } ({ $date })። ክልተ ሰራሕተኛታት ንድሕንነት ወይ ንዝበለጸ ረብሓ እቲ ቆልዓ ኣድላዪ ምዃኑ እንተ ዘይወሰኑ፡ እቲ ዝተሓተተ ነገር ኣይግበርን እዩ። እቲ ውሳነ’ውን ይምዝገብ እዩ።
}
consent-receipt-withdrawn = { $band ->
    [young] «ደው ይበል» ኢልኩም፦ { $title }። ደው ኢሉ እዩ።
    [child] ነቲ «እወ» ዝበልኩምዎ ስሒብኩም፦ { $title } ({ $date })። ካብታ ሰዓት እቲኣ ጀሚሩ ደው ኢሉ እዩ።
   *[adult] ፍቓድ ተሰሒቡ፦ { $title } ({ $date })። ካብታ ሰዓት እቲኣ ጀሚሩ ደው ኢሉ እዩ። ቅድሚኡ ዝተገብረ ግን ኣይስረዝን።
}
consent-receipt-recorded = { $band ->
    [young] ብዛዕባ እዚ ሓደ ነገር ተጻሒፉ፦ { $title }። እንታይ ማለት ምዃኑ ማሕበራዊ ሰራሕተኛኹም ክነግሩኩም ይኽእሉ እዮም።
    [child] ብዛዕባ እዚ ተመዝጊቡ፦ { $title } ({ $date })። ዝያዳ ክትፈልጡ እንተ ደሊኹም፡ ንማሕበራዊ ሰራሕተኛኹም ሕተትዎም።
   *[adult] ተመዝጊቡ፦ { $title } ({ $date })።
}
