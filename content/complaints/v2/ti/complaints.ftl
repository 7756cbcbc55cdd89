# Complaints: what a person reads before, while and after making a complaint. Version 2.
# Version 2 of content/complaints/v1/ti/complaints.ftl: never edit in place.
# Source: English (content/complaints/v2/en/complaints.ftl).
# Tigrinya (ti): MACHINE DRAFT translation of the English file by an AI model (Claude),
# 2026-12-03. Not reviewed by a native speaker. See locales/ti/STATUS.md.
# No $gender (no variables or selectors here): the reader is addressed in the 2nd person
# plural (-ኩም), the neutral form of this locale; staff are in the honorific plural.
# Terms: complaint = ጥርዓን; complaint team = ጉጅለ ጥርዓን; receipt number = ቁጽሪ ቅብሊት.
# No promise the system cannot keep: people read and answer, but nobody can promise an
# outcome or a day.
#
# Version 2 (issue 14): the 18 texts for 0–9 that changed in English v2 are a new MACHINE
# DRAFT by an AI model (Claude), 2026-12-03; not reviewed by a native speaker. They name
# ጉጅለ ጥርዓን (no more "us", እቲ ጉጅለ alone or, in 0–5, the helpers ሓገዝቲ / ሓጋዚ) and
# explain it the first time in each text in the same words as the status texts v2:
#   complaint team: «ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።»
#   (in the two referred texts, first: «ስራሕ ጉጅለ ጥርዓን ጸገም ምስ ዝህሉ ምሕጋዝ እዩ።»)
# Still no $gender: the new texts use the neutral -ኩም form, as the rest of this file.
# All other texts are as in version 1.

complaint-help-after-b0to5 = ጸገም ከም ዘሎ ነጊርኩም። ሓደ ሰብ ካብ ጉጅለ ጥርዓን ከንብብዎ እዮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም። ንኽመሓየሽ ድማ ክፍትኑ እዮም።
complaint-help-after-b6to9 = ጉጅለ ጥርዓን ዝጸሓፍኩምዎ ከንብብዎ እዮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም። ኣብዚ መልሲ ክጽሕፉልኩም እዮም። መልሶም ንምርኣይ ናብዚ ተመለሱ።
complaint-help-after-b10to12 = ሓደ ሰብ ካብ ጉጅለ ጥርዓን ጥርዓንኩም ኣንቢቦም ኣብዚ መልሲ ክጽሕፉልኩም እዮም። ኣብ ውሽጢ ሓደ ሰሙን ክምልሱ ይፍትኑ። መልሶም ንምንባብ፡ ምስ ቁጽሪ ቅብሊትኩም ናብዚ ተመለሱ።
complaint-help-after-b13to15 = ሓደ ሰብ ካብ ጉጅለ ጥርዓን ጥርዓንኩም ኣንቢቦም ኣብዚ ክምልሱልኩም እዮም። ኣብ ውሽጢ ሓደ ሰሙን ክምልሱ፡ ኣብ ውሽጢ ሰለስተ ወርሒ ድማ እንታይ ከም ዝገበሩ ክነግሩኩም ይጽዕሩ። ኣብ ዝኾነ ግዜ ተወሳኺ ነገር ክትውስኹ ትኽእሉ ኢኹም።
complaint-help-after-b16to17 = ጉጅለ ጥርዓን ንነፍሲ ወከፍ ጥርዓን የንብብዎ። ኣብ ውሽጢ ሓደ ሰሙን ክምልሱ፡ ኣብ ውሽጢ ሰለስተ ወርሒ ድማ እንታይ ከም ዝገበሩ ክነግሩኩም ይጽዕሩ። ኣብ ዝኾነ ግዜ ብቑጽሪ ቅብሊትኩም ተወሳኺ ሓበሬታ ክትውስኹ ትኽእሉ ኢኹም።
complaint-help-after-adult = ጉጅለ ጥርዓን ንነፍሲ ወከፍ ጥርዓን የንብብዎ። ኣብ ውሽጢ 7 መዓልቲ ምብጻሕ እቲ ጥርዓን ከረጋግጹ፡ ኣብ ውሽጢ 3 ወርሒ ድማ እንታይ ከም ዝተገብረ ክሕብሩኩም ይጽዕሩ። ኣብ ዝኾነ ግዜ ብቑጽሪ ቅብሊትኩም ሓበሬታ ክትውስኹ ትኽእሉ ኢኹም።

complaint-help-readers-b0to5 = ክርእይዎ ዝኽእሉ ጉጅለ ጥርዓን ጥራይ እዮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም። እቲ ብዛዕብኡ እትዛረቡ ሰብ ክርእዮ ኣይኽእልን እዩ።
complaint-help-readers-b6to9 = ከንብብዎ ዝኽእሉ ጉጅለ ጥርዓን ጥራይ እዮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም። ብዛዕባ ሓደ ሰብ እንተ ኾይኑ፡ እቲ ሰብ ክርእዮ ኣይኽእልን እዩ። ስምኩም ምሃብ ግድን ኣይኮነን።
complaint-help-readers-b10to12 = ከንብብዎ ዝኽእሉ ጉጅለ ጥርዓን ጥራይ እዮም። እቲ ጥርዓን ዝቐረበሉ ሰብ ክርእዮ ኣይኽእልን እዩ። ስምኩም ምሃብ ግድን ኣይኮነን።
complaint-help-readers-b13to15 = ከንብብዎ ዝኽእሉ ጉጅለ ጥርዓን ጥራይ እዮም፡ ኣብ ናይ ባዕሎም ተሌፎናት። እቲ ጥርዓን ዝቐረበሉ ሰብ ክርእዮ ኣይኽእልን እዩ፡ እቲ ዘመሓላልፎ ሰርቨር እውን ከንብቦ ኣይኽእልን እዩ። ስምኩም ምሃብ ግድን ኣይኮነን።
complaint-help-readers-b16to17 = ከንብብዎ ዝኽእሉ ጉጅለ ጥርዓን ጥራይ እዮም፦ ኣብ ተሌፎንኩም ይሽጎር፡ ኣብ ተሌፎናቶም ድማ ይኽፈት። እቲ ጥርዓን ዝቐረበሉ ሰብ ክርእዮ ኣይኽእልን እዩ። ስምኩም ምሃብ ግድን ኣይኮነን።
complaint-help-readers-adult = ከንብብዎ ዝኽእሉ ጉጅለ ጥርዓን ጥራይ እዮም፦ ኣብ ተሌፎንኩም ይምስጠር፡ ኣብ ተሌፎናቶም ድማ ምስጢሩ ይፍታሕ። እቲ ጥርዓን ዝቐረበሉ ሰብ ክርእዮ ኣይኽእልን እዩ። ስምኩም ምሃብ ግድን ኣይኮነን።

complaint-help-receipt-b0to5 = ሓደ ቁጽሪ ክወሃበኩም እዩ። እትኣምንዎ ዓቢ ሰብ ክዕቅበልኩም ይኽእል እዩ።
complaint-help-receipt-b6to9 = ነዊሕ ቁጽሪ ክወሃበኩም እዩ። መልሲ ንምርኣይ መፍትሕኹም እዩ። ብምስጢር ሓዝዎ። ጽሒፍኩም ሕብእዎ።
complaint-help-receipt-b10to12 = ቁጽሪ ቅብሊት ክወሃበኩም እዩ። ብእኡ ኣብ ዝኾነ ተሌፎን መልሲ ከተንብቡ ትኽእሉ ኢኹም። ብምስጢር ሓዝዎ፦ እቲ ቁጽሪ ዘለዎ ዝኾነ ሰብ ጥርዓንኩም ከንብብ ይኽእል እዩ።
complaint-help-receipt-b13to15 = ቁጽሪ ቅብሊት ሓንሳብ ጥራይ ይወሃበኩም። ብእኡ ኣብ ዝኾነ ተሌፎን መልስታት ከተንብቡን ተወሳኺ ክትውስኹን ትኽእሉ ኢኹም። ብምስጢር ሓዝዎ፦ ዝሓዞ ዝኾነ ሰብ ጥርዓንኩም ከንብብ ይኽእል እዩ። እንተ ኣጥፊእኩምዎ፡ ክረኽበልኩም ዝኽእል ሰብ የለን።
complaint-help-receipt-b16to17 = ቁጽሪ ቅብሊት ሓንሳብ ጥራይ ይወሃበኩም። ብእኡ ካብ ዝኾነ ተሌፎን መልስታት ከተንብቡን ተወሳኺ ክትውስኹን ትኽእሉ ኢኹም። ብምስጢር ሓዝዎ፦ ዝሓዞ ዝኾነ ሰብ ጥርዓንኩም ከንብብ ይኽእል እዩ። እንተ ኣጥፊእኩምዎ፡ ክመልሰልኩም ዝኽእል ሰብ የለን።
complaint-help-receipt-adult = ቁጽሪ ቅብሊት ሓንሳብ ጥራይ ይወሃበኩም። ብእኡ ካብ ዝኾነ መሳርሒ መልስታት ከተንብቡን ሓበሬታ ክትውስኹን ትኽእሉ ኢኹም። ብምስጢር ሓዝዎ፦ ዝሓዞ ዝኾነ ሰብ እቲ ጥርዓን ከንብብ ይኽእል እዩ። እንተ ጠፊኡ፡ ክመልሶ ዝኽእል ሰብ የለን።

complaint-urgent-b0to5 = ሓደ ሰብ ሕጂ ንሓደ ቆልዓ ይጎድኦ እንተሎ፡ ነዚ ጸቕጡ። ኣብ ስራሕ ዘለዉ ሓደ ሰብ ብኡንብኡ ይሕበሮም።
complaint-urgent-b6to9 = ሓደ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሎ፡ ነዚ ምረጹ። ኣብ ስራሕ ዘለዉ ሓደ ሰብ ብኡንብኡ ይሕበሮም።
complaint-urgent-b10to12 = ሓደ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሎ፡ ነዚ ምረጹ። ኣብ ስራሕ ዘለዉ ሰባት ብኡንብኡ ይሕበሮም።
complaint-urgent-b13to15 = ሓደ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሎ፡ ነዚ ምረጹ። ኣብ ስራሕ ዘለዉ ሰባት ብኡንብኡ ይሕበሮም፡ ዝምልስ ሰብ እንተ ዘይተረኽበ ድማ ንካልኦት ይሕበሮም።
complaint-urgent-b16to17 = ሓደ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሎ፡ ነዚ ምረጹ። ኣብ ስራሕ ዘለዉ ሰባት ብኡንብኡ ይሕበሮም፡ ብቕልጡፍ ዝምልስ ሰብ እንተ ዘይተረኽበ ድማ ንተወሰኽቲ ሰባት ይሕበሮም።
complaint-urgent-adult = ሓደ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሎ፡ ነዚ ምረጹ። ኣብ ስራሕ ዘለዉ ሰራሕተኛታት ብኡንብኡ መጠንቀቕታ ይበጽሖም፡ ዝምልስ እንተ ዘይተረኽበ ድማ እቲ መጠንቀቕታ ናብ ካልኦት ይሰጋገር።

complaint-received-b0to5 = ንጉጅለ ጥርዓን ስለ ዝነገርኩምዎም የቐንየልና። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም። ሓደ ካባታቶም ከንብብዎ እዮም።
complaint-received-b6to9 = የቐንየልና። ጥርዓንኩም በጺሑ እዩ። ሓደ ሰብ ካብ ጉጅለ ጥርዓን ከንብብዎ እዮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-received-b10to12 = የቐንየልና። ጥርዓንኩም በጺሑ እዩ። ሓደ ሰብ ካብ ጉጅለ ጥርዓን ከንብብዎ እዮም።
complaint-received-b13to15 = የቐንየልና። ጥርዓንኩም ብሰላም በጺሑ እዩ። ሓደ ሰብ ካብ ጉጅለ ጥርዓን ኣንቢቦም ኣብዚ ክምልሱልኩም እዮም።
complaint-received-b16to17 = የቐንየልና። ጥርዓንኩም ብሰላም በጺሑ እዩ። ጉጅለ ጥርዓን ኣንቢቦም ኣብዚ ክምልሱልኩም እዮም።
complaint-received-adult = የቐንየልና። ጥርዓንኩም በጺሑና ኣሎ። ጉጅለ ጥርዓን ኣንቢቦም ኣብዚ ክምልሱ እዮም።

complaint-status-received-b0to5 = መልእኽትኹም ንጉጅለ ጥርዓን ይጽበ ኣሎ። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-status-received-b6to9 = ጥርዓንኩም ይጽበ ኣሎ። ክሳዕ ሕጂ ዘንበቦ ሰብ የለን።
complaint-status-received-b10to12 = ጥርዓንኩም በጺሑ እዩ። ክሳዕ ሕጂ ካብቲ ጉጅለ ዘንበቦ ሰብ የለን።
complaint-status-received-b13to15 = ጥርዓንኩም በጺሑ እዩ። ክሳዕ ሕጂ ካብቲ ጉጅለ ዘንበቦ ሰብ የለን።
complaint-status-received-b16to17 = በጺሑ። ክሳዕ ሕጂ ካብ ጉጅለ ጥርዓን ዘንበቦ ሰብ የለን።
complaint-status-received-adult = በጺሑ። ብጉጅለ ጥርዓን ገና ኣይተነበበን።

complaint-status-acknowledged-b0to5 = ሓደ ሰብ ካብ ጉጅለ ጥርዓን መልእኽትኹም ኣንቢቦም እዮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-status-acknowledged-b6to9 = ሓደ ሰብ ካብ ጉጅለ ጥርዓን ጥርዓንኩም ኣንቢቦም እዮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-status-acknowledged-b10to12 = ሓደ ሰብ ካብ ጉጅለ ጥርዓን ጥርዓንኩም ኣንቢቦም እዮም።
complaint-status-acknowledged-b13to15 = ሓደ ሰብ ካብ ጉጅለ ጥርዓን ጥርዓንኩም ኣንቢቦም እዮም።
complaint-status-acknowledged-b16to17 = ብጉጅለ ጥርዓን ተነቢቡ።
complaint-status-acknowledged-adult = ጉጅለ ጥርዓን ምብጻሑ ኣረጋጊጾም እዮም።

complaint-status-in-review-b0to5 = ሓደ ሰብ ካብ ጉጅለ ጥርዓን ኣብዚ ይሰርሑ ኣለዉ። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-status-in-review-b6to9 = ጉጅለ ጥርዓን ነቲ ዝነገርኩምዎም ይፍትሹ ኣለዉ። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-status-in-review-b10to12 = ጉጅለ ጥርዓን እንታይ ከም ዘጋጠመ ይምርምሩ ኣለዉ።
complaint-status-in-review-b13to15 = ጉጅለ ጥርዓን እንታይ ከም ዘጋጠመ ይምርምሩ ኣለዉ።
complaint-status-in-review-b16to17 = ጉጅለ ጥርዓን ይምርምርዎ ኣለዉ።
complaint-status-in-review-adult = ብጉጅለ ጥርዓን ይምርመር ኣሎ።

complaint-status-referred-b0to5 = ስራሕ ጉጅለ ጥርዓን ጸገም ምስ ዝህሉ ምሕጋዝ እዩ። እቲ ጉጅለ ካልኦት ሰባት ኣብዚ ክሕግዙ ሓቲቶም።
complaint-status-referred-b6to9 = ስራሕ ጉጅለ ጥርዓን ጸገም ምስ ዝህሉ ምሕጋዝ እዩ። እቲ ጉጅለ ኣብዚ ክሕግዙ ንዝኽእሉ ካልኦት ሰባት ሓቲቶም።
complaint-status-referred-b10to12 = ጉጅለ ጥርዓን ኣብዚ ክሕግዝ ናብ ዝኽእል ካልእ ኣገልግሎት ኣሕሊፎሞ።
complaint-status-referred-b13to15 = ጉጅለ ጥርዓን ኣብዚ ክሕግዝ ናብ ዝኽእል ካልእ ኣገልግሎት ኣሕሊፎሞ።
complaint-status-referred-b16to17 = ነዚ ክከታተሎ ናብ ዝኽእል ካልእ ኣገልግሎት ተመሓላሊፉ።
complaint-status-referred-adult = ነዚ ክከታተሎ ናብ ዝኽእል ካልእ ኣገልግሎት ተመሓላሊፉ።

complaint-status-action-taken-b0to5 = ጉጅለ ጥርዓን ብዛዕባኡ ገለ ነገር ገይሮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-status-action-taken-b6to9 = ጉጅለ ጥርዓን ብዛዕባ ጥርዓንኩም ገለ ነገር ገይሮም። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም።
complaint-status-action-taken-b10to12 = ጉጅለ ጥርዓን ብዛዕባ ጥርዓንኩም ገለ ነገር ገይሮም። መልሶም ኣንብቡ።
complaint-status-action-taken-b13to15 = ጉጅለ ጥርዓን ኣብ ጥርዓንኩም ስጉምቲ ወሲዶም። መልሶም ኣንብቡ።
complaint-status-action-taken-b16to17 = ጉጅለ ጥርዓን ስጉምቲ ወሲዶም። እንታይ ከም ዝገበሩ መልሶም ይገልጽ።
complaint-status-action-taken-adult = ስጉምቲ ተወሲዱ። እንታይ ከም ዝተገብረ መልሲ እቲ ጉጅለ ይገልጽ።

complaint-status-closed-b0to5 = ጉጅለ ጥርዓን ነዚ ወዲኦምዎ። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም። ኣብ ዝኾነ ግዜ ደጊምኩም ክትነግርዎም ትኽእሉ ኢኹም።
complaint-status-closed-b6to9 = ጉጅለ ጥርዓን ነዚ ጥርዓን ወዲኦምዎ። ንሳቶም ጸገም ምስ ዝህሉ ንምሕጋዝ ዝሰርሑ ሰባት እዮም። ኣብ ዝኾነ ግዜ ሓድሽ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
complaint-status-closed-b10to12 = ጉጅለ ጥርዓን ነዚ ጥርዓን ወዲኦምዎ። ኣብ ዝኾነ ግዜ ሓድሽ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
complaint-status-closed-b13to15 = ጉጅለ ጥርዓን ነዚ ጥርዓን ዓጽዮምዎ። ንገለ ግዜ ገና ከተንብብዎ ትኽእሉ ኢኹም፡ ኣብ ዝኾነ ግዜ ድማ ሓድሽ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
complaint-status-closed-b16to17 = ተዓጽዩ። ንገለ ግዜ ገና ከተንብብዎ ትኽእሉ ኢኹም፡ ኣብ ዝኾነ ግዜ ድማ ሓድሽ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
complaint-status-closed-adult = ተዓጽዩ። ንገለ ግዜ ገና ክንበብ ይከኣል፤ ኣብ ዝኾነ ግዜ ሓድሽ ጥርዓን ክቐርብ ይከኣል።
