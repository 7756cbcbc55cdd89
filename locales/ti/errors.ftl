# Tigrinya (ti): MACHINE DRAFT by an AI model, 2026-11-22 (2 messages added 2026-12-02;
# 4 more added and error-messages-mailbox-full reworded 2026-12-02; 6 "not found"/key
# messages reworded 2026-12-03).
# Not reviewed by a native speaker. Do not use with children before review. See
# locales/ti/STATUS.md.

# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.

error-request-malformed-json = { $gender ->
    [feminine] እቲ ኣፕ ሰርቨር ከንብቦ ዘይከኣለ ነገር ሰዲዱ። በጃኺ ደጊምኪ ፈትኒ።
    [masculine] እቲ ኣፕ ሰርቨር ከንብቦ ዘይከኣለ ነገር ሰዲዱ። በጃኻ ደጊምካ ፈትን።
   *[neutral] እቲ ኣፕ ሰርቨር ከንብቦ ዘይከኣለ ነገር ሰዲዱ። በጃኹም ደጊምኩም ፈትኑ።
}
error-request-invalid-field = እቲ ኣፕ ሰርቨር ክጥቀመሉ ዘይኽእል ሓበሬታ ሰዲዱ፦ { $field }።
error-request-unknown-field = እቲ ኣፕ ሰርቨር ዘይፈልጦ ነገር ሰዲዱ፦ { $field }።
error-request-body-too-large = እዚ ንምልኣኽ ኣዝዩ ዓቢ እዩ።
error-request-unsupported-media-type = እቲ ኣፕ ነዚ ሰርቨር ብዘይቕበሎ መልክዕ ሰዲድዎ።
error-request-invalid-id = እዚ ሊንክ ወይ መለለዪ ቁጽሪ ቅኑዕ ኣይኮነን።
error-request-unknown-route = ኣብዚ ዝኾነ ነገር የለን።
error-request-method-not-allowed = እዚ ኣብዚ ክግበር ኣይከኣልን።
error-auth-credential-missing = { $gender ->
    [feminine] ነዚ ንምግባር፡ በጃኺ ናብ ኣካውንትኪ እተዊ።
    [masculine] ነዚ ንምግባር፡ በጃኻ ናብ ኣካውንትካ እቶ።
   *[neutral] ነዚ ንምግባር፡ በጃኹም ናብ ኣካውንትኩም እተዉ።
}
error-auth-credential-invalid = { $gender ->
    [feminine] እዚ ተሌፎን ምስ ኣካውንት ኣይተኣሳሰረን። ካብ ማሕበራዊ ሰራሕተኛኺ ሓገዝ ሕተቲ።
    [masculine] እዚ ተሌፎን ምስ ኣካውንት ኣይተኣሳሰረን። ካብ ማሕበራዊ ሰራሕተኛኻ ሓገዝ ሕተት።
   *[neutral] እዚ ተሌፎን ምስ ኣካውንት ኣይተኣሳሰረን። ካብ ማሕበራዊ ሰራሕተኛኹም ሓገዝ ሕተቱ።
}
error-auth-device-revoked = { $gender ->
    [feminine] ርክብ እዚ ተሌፎን ተቋሪጹ እዩ። ካብ ማሕበራዊ ሰራሕተኛኺ ሓድሽ ኮድ ሕተቲ።
    [masculine] ርክብ እዚ ተሌፎን ተቋሪጹ እዩ። ካብ ማሕበራዊ ሰራሕተኛኻ ሓድሽ ኮድ ሕተት።
   *[neutral] ርክብ እዚ ተሌፎን ተቋሪጹ እዩ። ካብ ማሕበራዊ ሰራሕተኛኹም ሓድሽ ኮድ ሕተቱ።
}
error-auth-forbidden = ነዚ ንምግባር ፍቓድ የለን።
error-enrolment-code-invalid = { $gender ->
    [feminine] እዚ ኮድ ቅኑዕ ኣይኮነን። ኣረጋጊጽኪ ደጊምኪ ፈትኒ።
    [masculine] እዚ ኮድ ቅኑዕ ኣይኮነን። ኣረጋጊጽካ ደጊምካ ፈትን።
   *[neutral] እዚ ኮድ ቅኑዕ ኣይኮነን። ኣረጋጊጽኩም ደጊምኩም ፈትኑ።
}
error-enrolment-code-expired = { $gender ->
    [feminine] ግዜ እዚ ኮድ ሓሊፉ እዩ። ካብ ማሕበራዊ ሰራሕተኛኺ ሓድሽ ኮድ ሕተቲ።
    [masculine] ግዜ እዚ ኮድ ሓሊፉ እዩ። ካብ ማሕበራዊ ሰራሕተኛኻ ሓድሽ ኮድ ሕተት።
   *[neutral] ግዜ እዚ ኮድ ሓሊፉ እዩ። ካብ ማሕበራዊ ሰራሕተኛኹም ሓድሽ ኮድ ሕተቱ።
}
error-enrolment-code-used = { $gender ->
    [feminine] እዚ ኮድ ድሮ ኣብ ጥቕሚ ውዒሉ እዩ። ካብ ማሕበራዊ ሰራሕተኛኺ ሓድሽ ኮድ ሕተቲ።
    [masculine] እዚ ኮድ ድሮ ኣብ ጥቕሚ ውዒሉ እዩ። ካብ ማሕበራዊ ሰራሕተኛኻ ሓድሽ ኮድ ሕተት።
   *[neutral] እዚ ኮድ ድሮ ኣብ ጥቕሚ ውዒሉ እዩ። ካብ ማሕበራዊ ሰራሕተኛኹም ሓድሽ ኮድ ሕተቱ።
}
error-enrolment-rate-limited = { $gender ->
    [feminine] ኣዝዩ ብዙሕ ፈተነ ተገይሩ። በጃኺ ቁሩብ ተጸበዪ’ሞ ደጊምኪ ፈትኒ።
    [masculine] ኣዝዩ ብዙሕ ፈተነ ተገይሩ። በጃኻ ቁሩብ ተጸበ’ሞ ደጊምካ ፈትን።
   *[neutral] ኣዝዩ ብዙሕ ፈተነ ተገይሩ። በጃኹም ቁሩብ ተጸበዩ’ሞ ደጊምኩም ፈትኑ።
}
error-keys-invalid-key = እቲ ኣፕ ሰርቨር ከንብቦ ዘይኽእል መፍትሕ ድሕንነት ሰዲዱ።
error-keys-invalid-signature = እቲ ኣፕ ቅኑዕ ዘይኮነ መፍትሕ ድሕንነት ሰዲዱ።
error-keys-invalid-registration-id = እቲ ኣፕ ሰርቨር ክጥቀመሉ ዘይኽእል ቁጽሪ ሰዲዱ።
error-case-not-found = እቲ ኣፕ ነዚ ጉዳይ ክኸፍቶ ኣይክእልን። ነቲ ሊንክ ምርግጋጽ እሞ እንደገና ምፍታን ይከኣል።
error-case-stage-transition-not-allowed = እቲ ጉዳይ ካብቲ ሕጂ ዘለዎ ደረጃ ናብቲ ደረጃ ክሰጋገር ኣይክእልን።
error-case-member-not-found = እዚ ኣካውንት ኣብቲ ኣፕ ምስዚ ጉዳይ ኣይተኣሳሰረን።
error-case-correction-needs-second-supervisor = ነዚ ለውጢ ካልእ ተቖጻጻሪ ከጽድቖ ኣለዎ። ሓደ ሰብ ባዕሉ ዝሓተቶ ለውጢ ከጽድቕ ኣይክእልን።
error-case-correction-not-found = ነዚ ለውጢ ክንረኽቦ ኣይከኣልናን። ምናልባት ድሮ ጸዲቑ ወይ ተሰሒቡ ይኸውን።
error-case-correction-stale = እዚ ለውጢ ካብ ዝተሓተተሉ ግዜ ጀሚሩ እቲ ጉዳይ ናብ ካልእ ደረጃ ተሰጋጊሩ እዩ፡ ወይ እቲ ሕቶ ልዕሊ ሸውዓተ መዓልቲ ጸኒሑ እዩ። ስለዚ እቲ ሕቶ ተዓጽዩ። ገና ኣድላዪ እንተኾይኑ፡ እንደገና ምሕታት ይከኣል።
error-case-correction-pending = ሓደ ለውጢ ደረጃ እዚ ጉዳይ ድሮ ንምጽዳቕ ይጽበ ኣሎ።
error-case-already-member = እዚ ኣካውንት ድሮ ምስዚ ጉዳይ ተኣሳሲሩ እዩ።
error-case-not-assignable-staff = ብኸምዚ መንገዲ ክውሰኹ ዝኽእሉ ማሕበራውያን ሰራሕተኛታት፡ ሞግዚታትን ጠበቓታትን ጥራይ እዮም።
error-case-link-invalid = እዞም ጉዳያት ክተኣሳሰሩ ኣይኽእሉን።
error-case-contact-rule-invalid = ሕጊ ርክብ ካብዚ ጉዳይ ክልተ ዝተፈላለዩ ሰባት የድልዮ።
error-account-not-found = እዚ ኣካውንት ኣብቲ ኣፕ የለን። ቅኑዕ ኣካውንት ከም ዝተመርጸ ምርግጋጽ የድሊ።
error-device-not-found = እቲ ኣፕ ነዚ ተሌፎን ኣይፈልጦን። ቅኑዕ ተሌፎን ከም ዝተመርጸ ምርግጋጽ የድሊ።
error-device-still-active = ኣብዚ ኣካውንት ገና ዝሰርሕ ተሌፎን ኣሎ። ቅድም ርክብ እቲ ተሌፎን ምቁራጽ የድሊ፡ ድሕሪኡ ሓድሽ ኮድ ምስራሕ ይከኣል።
error-messages-mailbox-full = ሕጂ ነዚ ሰብ ዝጽበዩ ዘለዉ መልእኽትታት ኣዝዮም ብዙሓት እዮም፡ ስለዚ እቲ መልእኽቲ ኣይተላእከን። ደሓር እንደገና ምፍታን ይከኣል።
error-complaint-proof-invalid = እቲ ኣፕ ነዚ እንደገና ክሰዶ ኣለዎ። ባዕሉ ክገብሮ እዩ።
error-complaint-not-found = በዚ ቁጽሪ ቅብሊት ዝኾነ ጥርዓን ኣይተረኽበን። ነቶም ቁጽርታት ምርግጋጽ እሞ እንደገና ምፍታን ይከኣል።
error-complaint-desk-unavailable = ጥርዓናት ገና ክቕበሉ ኣይኽእሉን፡ ምኽንያቱ ከንብቦም ዝተመደበ ሰብ ገና የለን። ነዚ ንእሙን ሰራሕተኛ ምንጋር ይከኣል።
error-complaint-desk-changed = ጉጅለ ጥርዓን ተቐይሩ እዩ። እቲ ኣፕ እንደገና ክፍትን እዩ።
error-complaint-not-handler = ነዚ ክገብሮ ዝኽእል ጉጅለ ጥርዓን ጥራይ እዩ።
error-complaint-not-custodian = ነዚ ክውስኑ ዝኽእሉ፡ መሰል ሓላዊ ዘለዎም ኣባላት ጉጅለ ጥርዓን ጥራይ እዮም።
error-complaint-identity-self-approval = ነዚ ክውስኖ ዘለዎ፡ ካብቲ ዝሓተተ ሰብ ዝተፈልየ ሰብ እዩ።
error-complaint-no-identity = እዚ ጥርዓን ብዘይ ስም እዩ ቐሪቡ። ዝግለጽ ነገር የለን።
error-complaint-identity-request-not-found = እዚ ሕቶ ኣይተረኽበን።
error-complaint-identity-request-decided = ብዛዕባ እዚ ሕቶ ድሮ ተወሲኑ እዩ።
error-alert-not-found = እዚ መጠንቀቕታ የለን፡ ወይ ድማ ብዚ ኣካውንት ክርአ ኣይከኣልን።
error-alert-child-missing = እዚ ቆልዓ ከም ዝጠፍአ ተሓቢሩ ኣሎ። ሓደስቲ ርክባትን ሓደስቲ ተሌፎናትን ናይዚ ቆልዓ፡ እቲ መጠንቀቕታ ክሳዕ ዝፍታሕ ይጽበዩ። ናብቲ ቆልዓ ዝለኣኹ መልእኽትታት ከም ቀደም ይጽበዩ።
error-alert-already-open = እዚ ቆልዓ ድሮ ከም ዝጠፍአ ተሓቢሩ እዩ። እቲ ክፉት መጠንቀቕታ ገና ይቕጽል ኣሎ።
error-alert-already-resolved = እዚ መጠንቀቕታ ድሮ ተፈቲሑ እዩ። ዝተቐየረ ነገር የለን።
error-server-internal = { $gender ->
    [feminine] ብወገንና ጸገም ኣጋጢሙ። ዝተቐየረ ነገር የለን። በጃኺ ደጊምኪ ፈትኒ።
    [masculine] ብወገንና ጸገም ኣጋጢሙ። ዝተቐየረ ነገር የለን። በጃኻ ደጊምካ ፈትን።
   *[neutral] ብወገንና ጸገም ኣጋጢሙ። ዝተቐየረ ነገር የለን። በጃኹም ደጊምኩም ፈትኑ።
}
error-server-unavailable = { $gender ->
    [feminine] እቲ ኣገልግሎት ሕጂ ተጸሚዱ ኣሎ። በጃኺ ድሕሪ ሓንቲ ደቒቕ ደጊምኪ ፈትኒ።
    [masculine] እቲ ኣገልግሎት ሕጂ ተጸሚዱ ኣሎ። በጃኻ ድሕሪ ሓንቲ ደቒቕ ደጊምካ ፈትን።
   *[neutral] እቲ ኣገልግሎት ሕጂ ተጸሚዱ ኣሎ። በጃኹም ድሕሪ ሓንቲ ደቒቕ ደጊምኩም ፈትኑ።
}
error-contact-not-allowed = ሕጂ ናብዚ ሰብ መልእኽቲ ምልኣኽ ኣይከኣልን። ምኽንያቱ ካብ ማሕበራዊ ሰራሕተኛ ምሕታት ይከኣል።
error-messages-mismatched-devices = እቲ ኣፕ ዝርዝር ተሌፎናት እዚ ሰብ ከሐድሶ ኣለዎ። ደጊሙ ክፍትን እዩ።
error-messages-stale-devices = ሓደ ካብ ተሌፎናት እዚ ሰብ ብሓድሽ ተዳልዩ እዩ። እቲ ኣፕ ደጊሙ ክፍትን እዩ።
error-messages-too-large = እዚ መልእኽቲ ንምልኣኽ ኣዝዩ ዓቢ እዩ።
error-messages-invalid-envelopes = እቲ ኣፕ ነዚ መልእኽቲ ብጌጋ ኣገባብ ክሰዶ ፈቲኑ። ነቲ ኣፕ ምሕዳስ ክሕግዝ ይኽእል እዩ።
error-keys-rate-limited = ናብዚ ሰብ ንምብጻሕ ኣዝዩ ብዙሕ ፈተነ ተገይሩ። ቁሩብ ምጽባይ የድሊ።
error-keys-too-many = እቲ ኣፕ ብሓደ ግዜ ኣዝዩ ብዙሕ መፍትሕ ድሕንነት ሰዲዱ።
error-messages-access-denied = እዚ መልእኽቲ ሕጂ ብኸምዚ ኣገባብ ክለኣኽ ኣይከኣልን። ደሓር እንደገና ምፍታን ይከኣል።
error-circle-changed = ኣብዚ ጉጅለ ዘለዉ ሰባት ተቐይሮም። እቲ ኣፕ እንደገና ክፍትን እዩ።
error-messages-rate-limited = ሕጂ ናብዚ ሰብ ብዙሕ መልእኽትታት ተላኢኹ ኣሎ። ቁሩብ ምጽባይ የድሊ።
error-consent-not-granted = እዚ ገና ክግበር ኣይከኣልን፦ ዘድልዮ ፍቓድ ገና ኣይተዋህበን ({ $field })። ንማሕበራዊ ሰራሕተኛ ምሕታት ይከኣል።
error-consent-notice-changed = እቲ ዝተራእየ ጽሑፍ ተቐይሩ እዩ። ቅድሚ ውሳነ ምሃብ፡ ነቲ ሓድሽ ጽሑፍ ምንባብ የድሊ።
error-consent-notice-unavailable = እዚ ጽሑፍ ብዚ ቋንቋን ነዚ ዕድመን ገና የለን። ማሕበራዊ ሰራሕተኛ ምስ ተርጓሚ ኮይኖም ብድምጺ ከንብብዎ ይኽእሉ።
error-consent-purpose-not-found = ከምዚ ዓይነት ፍቓድ የለን።
error-consent-age-unknown = ዕድመ እቲ ቆልዓ ገና ኣይተመዝገበን፡ ስለዚ እዚ ፍቓድ ክሕተት ኣይከኣልን። ማሕበራዊ ሰራሕተኛ ክምዝግብዎ ይኽእሉ።
error-consent-not-decider = ነዚ ውሳነ ንምሃብ መሰል የለን።
error-consent-nothing-to-withdraw = ዝስሓብ ነገር የለን፦ እዚ ፍቓድ ሕጂ ኣብ ግብሪ ኣይኮነን።
error-consent-override-self-approval = ነዚ ከጽድቖ ዘለዎ፡ ካብቲ ዝሓተተ ሰብ ዝተፈልየ ሰብ እዩ።
error-consent-override-not-found = እዚ ሕቶ ኣይተረኽበን፡ ወይ ድማ ድሮ ተወሲኑሉ እዩ።
error-consent-event-not-found = እዚ መዝገብ ፍቓድ ኣይተረኽበን።
error-case-views-not-sought = ርእይቶ እቲ ቆልዓ ብዛዕባ እዚ ገና ኣይተሓተተን። ቅድም ንእቲ ቆልዓ ምሕታት የድሊ፡ ወይ ድማ ስለምንታይ ክጽበ ከም ዘይክእል ምግላጽ የድሊ።
