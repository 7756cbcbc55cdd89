# Check-ins and "I need help now": what a child reads, and the words on the buttons.
# Source: English (content/alerts/v1/en/alerts.ftl).
# Tigrinya (ti): MACHINE DRAFT translation of the English file by an AI model (Claude),
# 2026-12-03. Not reviewed by a native speaker. See locales/ti/STATUS.md.
# No $gender (no variables or selectors here): the reader is addressed in the 2nd person
# plural (-ኩም), the neutral form of this locale; staff are in the honorific plural.
# Terms: check-in = ምሕባር ኩነታት; alert = መጠንቀቕታ; call for help = ናይ ሓገዝ ሕቶ;
# on duty = ኣብ ስራሕ ዘለዉ; helpers (b0to5) = ሓገዝቲ (one helper = ሓደ ሓጋዚ).
# No promise the system cannot keep: a person is told and a person has seen it; nobody
# can promise when someone arrives or what happens next.

checkin-ask-b0to5 = ሎሚ ከመይ ይስምዓኩም ኣሎ?
checkin-ask-b6to9 = ሎሚ ከመይ ይስምዓኩም ኣሎ?
checkin-ask-b10to12 = ሎሚ ከመይ ይስምዓኩም ኣሎ?
checkin-ask-b13to15 = ሎሚ ከመይ ይስምዓኩም ኣሎ?
checkin-ask-b16to17 = ሎሚ ከመይ ኣለኹም?
checkin-ask-adult = እቲ ቆልዓ ሎሚ ከመይ ኣሎ?

checkin-face-1-b0to5 = ብዙሕ ሓዘን
checkin-face-1-b6to9 = ኣዝዩ ሕማቕ
checkin-face-1-b10to12 = ኣዝዩ ሕማቕ
checkin-face-1-b13to15 = ኣዝዩ ሕማቕ
checkin-face-1-b16to17 = ኣዝዩ ሕማቕ
checkin-face-1-adult = ኣዝዩ ሕማቕ

checkin-face-2-b0to5 = ሓዘን
checkin-face-2-b6to9 = ሕማቕ
checkin-face-2-b10to12 = ጽቡቕ ኣይኮነን
checkin-face-2-b13to15 = ጽቡቕ ኣይኮነን
checkin-face-2-b16to17 = ጽቡቕ ኣይኮነን
checkin-face-2-adult = ጽቡቕ ኣይኮነን

checkin-face-3-b0to5 = ደሓን
checkin-face-3-b6to9 = ደሓን
checkin-face-3-b10to12 = ደሓን
checkin-face-3-b13to15 = ደሓን
checkin-face-3-b16to17 = ደሓን
checkin-face-3-adult = ደሓን

checkin-face-4-b0to5 = ሓጎስ
checkin-face-4-b6to9 = ጽቡቕ
checkin-face-4-b10to12 = ጽቡቕ
checkin-face-4-b13to15 = ጽቡቕ
checkin-face-4-b16to17 = ጽቡቕ
checkin-face-4-adult = ጽቡቕ

checkin-face-5-b0to5 = ብዙሕ ሓጎስ
checkin-face-5-b6to9 = ኣዝዩ ጽቡቕ
checkin-face-5-b10to12 = ኣዝዩ ጽቡቕ
checkin-face-5-b13to15 = ኣዝዩ ጽቡቕ
checkin-face-5-b16to17 = ኣዝዩ ጽቡቕ
checkin-face-5-adult = ኣዝዩ ጽቡቕ

checkin-talk-b0to5 = ክዛረብ እደሊ፦ ምስ …
checkin-talk-b6to9 = ክዛረብ እደሊ፦ ምስ …
checkin-talk-b10to12 = ክዛረብ እደሊ፦ ምስ …
checkin-talk-b13to15 = ክዛረብ ምደለኹ፦ ምስ …
checkin-talk-b16to17 = ክዛረብ ምደለኹ፦ ምስ …
checkin-talk-adult = እቲ ቆልዓ ክዛረብ ይደሊ፦ ምስ …

checkin-words-b0to5 = ነቲ ምሳኹም ዘሎ ዓቢ ሰብ ተወሳኺ ክትነግርዎ ትኽእሉ ኢኹም።
checkin-words-b6to9 = እንተ ደሊኹም ተወሳኺ ክትጽሕፉ ትኽእሉ ኢኹም።
checkin-words-b10to12 = እንተ ደሊኹም ተወሳኺ ክትጽሕፉ ትኽእሉ ኢኹም። ከንብብዎ ዝኽእሉ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ጥራይ እዮም።
checkin-words-b13to15 = እንተ ደሊኹም ቃላት ክትውስኹ ትኽእሉ ኢኹም። ከንብብዎም ዝኽእሉ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ጥራይ እዮም።
checkin-words-b16to17 = እንተ ደሊኹም ቃላት ክትውስኹ ትኽእሉ ኢኹም። ኣብ ተሌፎኖም ከንብብዎም ዝኽእሉ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ጥራይ እዮም።
checkin-words-adult = ቃላት ምውሳኽ ግድን ኣይኮነን። ኣብ መሳርሒታቶም ከንብብዎም ዝኽእሉ ሞግዚትን ማሕበራዊ ሰራሕተኛን እቲ ቆልዓ ጥራይ እዮም።

checkin-sent-b0to5 = የቐንየልና። ሕጂ ሓገዝትኹም ነቲ ዝመረጽኩምዎ ገጽ ክርእይዎ ይኽእሉ እዮም።
checkin-sent-b6to9 = የቐንየልና። ሕጂ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ክርእይዎ ይኽእሉ እዮም።
checkin-sent-b10to12 = የቐንየልና። ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ከመይ ከም ዝስምዓኩም ክርእዩ ይኽእሉ እዮም።
checkin-sent-b13to15 = የቐንየልና። ሕጂ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ከመይ ከም ዝስምዓኩም ክርእዩ ይኽእሉ እዮም።
checkin-sent-b16to17 = የቐንየልና። ሕጂ ሞግዚትኩምን ማሕበራዊ ሰራሕተኛኹምን ከመይ ከም ዘለኹም ክርእዩ ይኽእሉ እዮም።
checkin-sent-adult = ተላኢኹ። ሕጂ ሞግዚትን ማሕበራዊ ሰራሕተኛን እቲ ቆልዓ ክርእይዎ ይኽእሉ እዮም።

checkin-free-b0to5 = ኣብ ዝደለኹምዎ ግዜ ክትገብርዎ ትኽእሉ ኢኹም። ዘይምግባሩ’ውን ጸገም የብሉን።
checkin-free-b6to9 = ኣብ ዝደለኹምዎ ግዜ ክትገብርዎ ትኽእሉ ኢኹም። ምሕላፉ’ውን ጸገም የብሉን።
checkin-free-b10to12 = ኣብ ዝኾነ ግዜ ክትገብርዎ ትኽእሉ ኢኹም። ሓንቲ መዓልቲ ምሕላፍ ጸገም የብሉን።
checkin-free-b13to15 = ኣብ ዝኾነ ግዜ ኩነታትኩም ክትሕብሩ ትኽእሉ ኢኹም። ሓንሳብ ምሕላፍ ጸገም የብሉን። ዋላ ሓደ ሰብ ብእኡ ኣይወቕሰኩምን እዩ።
checkin-free-b16to17 = ኣብ ዝኾነ ግዜ ኩነታትኩም ክትሕብሩ ትኽእሉ ኢኹም። ሓንሳብ ምሕላፍ ጸገም የብሉን። ብእኡ ፈጺሙ ኣይትውቀሱን ኢኹም።
checkin-free-adult = ምሕባር ኩነታት ፈጺሙ ግዴታ ኣይኮነን። ምሕባር ኩነታት እንተ ተሓሊፉ፡ እቲ ቆልዓ ብእኡ ኣይውቀስን።

checkin-invite-b0to5 = ከመይ ከም ዝስምዓኩም ከተርእዩ ትደልዩ ዶ?
checkin-invite-b6to9 = ከመይ ከም ዝስምዓኩም ክትነግሩና ትደልዩ ዶ? ክትሓልፍዎ’ውን ትኽእሉ ኢኹም።
checkin-invite-b10to12 = ሎሚ ከመይ ከም ዝስምዓኩም ክትነግሩ ትደልዩ ዶ? ክትሓልፍዎ’ውን ትኽእሉ ኢኹም።
checkin-invite-b13to15 = እንተ ደሊኹም፡ ኩነታትኩም እትሕብሩሉ ግዜ በጺሑ። ክትሓልፍዎ’ውን ትኽእሉ ኢኹም።
checkin-invite-b16to17 = እንተ ደሊኹም፡ ኩነታትኩም እትሕብሩሉ ግዜ በጺሑ። ክትሓልፍዎ’ውን ትኽእሉ ኢኹም።
checkin-invite-adult = እቲ ቆልዓ እንተ ደልዩ፡ ግዜ ምሕባር ኩነታት በጺሑ። ፈጺሙ ግዴታ ኣይኮነን።

help-button-b0to5 = ሕጂ ሓገዝ የድልየኒ ኣሎ
help-button-b6to9 = ሕጂ ሓገዝ የድልየኒ ኣሎ
help-button-b10to12 = ሕጂ ሓገዝ የድልየኒ ኣሎ
help-button-b13to15 = ሕጂ ሓገዝ የድልየኒ ኣሎ
help-button-b16to17 = ሕጂ ሓገዝ የድልየኒ ኣሎ
help-button-adult = እቲ ቆልዓ ሕጂ ሓገዝ የድልዮ ኣሎ

help-what-b0to5 = ሕጂ ሓገዝ እንተ ኣድልዩኩም፡ ነዚ ጸቕጡ። ሓደ ሓጋዚ ይሕበሮም።
help-what-b6to9 = ሕጂ ሓገዝ እንተ ኣድልዩኩም፡ ነዚ ጸቕጡ። ሕጂ ኣብ ስራሕ ዘለዉ ሓደ ሰብ ይሕበሮም።
help-what-b10to12 = ሕጂ ሓገዝ እንተ ኣድልዩኩም፡ ነዚ ጸቕጡ። ኣብ ስራሕ ዘለዉ ሰባት ብኡንብኡ ይሕበሮም። እንተ ደሊኹም ቃላት ክትውስኹ ትኽእሉ ኢኹም።
help-what-b13to15 = ሕጂ ሓገዝ እንተ ኣድልዩኩም፡ ነዚ ጸቕጡ። ኣብ ስራሕ ዘለዉ ሰራሕተኛታት ብኡንብኡ ይሕበሮም፡ ዝምልስ ሰብ እንተ ዘይተረኽበ ድማ ንተወሰኽቲ ሰባት ይሕበሮም። እንተ ደሊኹም ቃላት ክትውስኹ ትኽእሉ ኢኹም።
help-what-b16to17 = ሕጂ ሓገዝ እንተ ኣድልዩኩም፡ ነዚ ጸቕጡ። ኣብ ስራሕ ዘለዉ ሰራሕተኛታት ብኡንብኡ ይሕበሮም፡ ዝምልስ ሰብ እንተ ዘይተረኽበ ድማ ንተወሰኽቲ ሰባት ይሕበሮም። እትውስኽዎም ቃላት ንሞግዚትኩምን ንማሕበራዊ ሰራሕተኛኹምን ጥራይ እዮም።
help-what-adult = እዚ ንኣብ ስራሕ ዘለዉ ሰራሕተኛታት ብኡንብኡ መጠንቀቕታ ይህብ፡ ዝምልስ እንተ ዘይተረኽበ ድማ ንተወሰኽቲ ሰራሕተኛታት። ዝተወሰኹ ቃላት ከንብብዎም ዝኽእሉ ሞግዚትን ማሕበራዊ ሰራሕተኛን እቲ ቆልዓ ጥራይ እዮም።

help-queued-b0to5 = ብተሌፎንኩም ቀልጢፉ ክለኣኽ እዩ።
help-queued-b6to9 = ሕጂ ኢንተርነት የለን። ምስ ተኻእለ ብተሌፎንኩም ክለኣኽ እዩ።
help-queued-b10to12 = ሕጂ ኢንተርነት የለን። ኣብ ተሌፎንኩም ይዕቀብ፡ ከም ዝተኻእለ ድማ ብቕልጡፍ ይለኣኽ።
help-queued-b13to15 = ሕጂ ርክብ የለን። ሕቶኹም ኣብ ተሌፎንኩም ይዕቀብ፡ ከም ዝተኻእለ ድማ ብቕልጡፍ ይለኣኽ።
help-queued-b16to17 = ሕጂ ርክብ የለን። ሕቶኹም ኣብ ተሌፎንኩም ይዕቀብ፡ ርክብ ኣብ ዝተረኽበሉ ቅጽበት ድማ ይለኣኽ።
help-queued-adult = ርክብ የለን። እቲ ሕቶ ኣብ ተሌፎን ይዕቀብ፡ ርክብ ምስ ተረኽበ ድማ ብቕልጡፍ ይለኣኽ።

help-sent-b0to5 = ተላኢኹ። ሓደ ሓጋዚ ተሓቢሮም።
help-sent-b6to9 = ተላኢኹ። ኣብ ስራሕ ዘለዉ ሓደ ሰብ ተሓቢሮም።
help-sent-b10to12 = ተላኢኹ። ኣብ ስራሕ ዘለዉ ሰባት ተሓቢሮም።
help-sent-b13to15 = ተላኢኹ። ኣብ ስራሕ ዘለዉ ሰራሕተኛታት ተሓቢሮም። ሓደ ሰብ ምስ ረኣይዎ ኣብዚ ክትርእዩ ኢኹም።
help-sent-b16to17 = ተላኢኹ። ኣብ ስራሕ ዘለዉ ሰራሕተኛታት ተሓቢሮም። ሓደ ሰብ ምስ ረኣይዎ ኣብዚ ክትርእዩ ኢኹም።
help-sent-adult = ተላኢኹ። ኣብ ስራሕ ዘለዉ ሰራሕተኛታት መጠንቀቕታ በጺሕዎም። ሓደ ሰብ ምስ ረኣይዎ ኣብዚ ይርአ።

help-seen-b0to5 = ሓደ ሓጋዚ ርእዮምዎ እዮም።
help-seen-b6to9 = ሓደ ሰብ ናይ ሓገዝ ሕቶኹም ርእዮምዎ እዮም።
help-seen-b10to12 = ሓደ ሰብ ናይ ሓገዝ ሕቶኹም ርእዮምዎ እዮም።
help-seen-b13to15 = ኣብ ስራሕ ዘለዉ ሓደ ሰብ ናይ ሓገዝ ሕቶኹም ርእዮምዎ እዮም።
help-seen-b16to17 = ኣብ ስራሕ ዘለዉ ሓደ ሰብ ናይ ሓገዝ ሕቶኹም ርእዮምዎ እዮም።
help-seen-adult = ኣብ ስራሕ ዘለዉ ሓደ ሰራሕተኛ ነቲ ናይ ሓገዝ ሕቶ ርእዮምዎ እዮም።
