# Tigrinya (ti): MACHINE DRAFT by an AI model, 2026-12-03.
# Not reviewed by a native speaker. Do not use with children before review. See
# locales/ti/STATUS.md. Impersonal forms (…ምፍታን ይከኣል, …የድሊ), as in the recent
# errors.ftl messages, because these messages get no gender argument.

# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.

sdk-error-offline = እቲ ኣፕ ሕጂ ናብ ሰርቨር ክበጽሕ ኣይክእልን። እቶም መልእኽትታት ኣብዚ ተሌፎን ይጽበዩ ኣለዉ፡ ርክብ ምስ ዝህሉ ድማ ክለኣኹ እዮም።
sdk-error-unexpected-response = እቲ ሰርቨር እቲ ኣፕ ብዘይርድኦ መንገዲ መሊሱ። ደሓር እንደገና ምፍታን ይከኣል።
sdk-error-store = እዚ ተሌፎን ሓበሬታ እቲ ኣፕ ክዕቅብ ወይ ከንብብ ኣይከኣለን። ነቲ ኣፕ ምዕጻው፡ እንደገና ምኽፋት፡ ድሕሪኡ እንደገና ምፍታን የድሊ።
sdk-error-store-key = ሓበሬታ እቲ ኣፕ ኣብዚ ተሌፎን በዚ መፍትሕ ክኽፈት ኣይከኣለን። ዝተቐየረ ነገር የለን።
sdk-error-crypto = ኣብዚ ተሌፎን ሓደ መልእኽቲ ክሽጎር ወይ ክኽፈት ኣይከኣለን። እንደገና ምፍታን ይከኣል።
sdk-error-not-enrolled = እዚ ተሌፎን ገና ኣይተዳለወን። ካብ ማሕበራዊ ሰራሕተኛ ዝተዋህበ ኮድ ምእታው የድሊ።
sdk-error-other-server = ሓበሬታ እዚ ኣፕ ናይ ካልእ ሰርቨር እዩ። ዝተቐየረ ነገር የለን።
sdk-error-identity-changed = ቁጽሪ ድሕንነት ናይዚ ሰብ ተቐይሩ። ቅድሚ እንደገና ምጽሓፍ፡ ነቲ ቁጽሪ ምስቲ ሰብ ገጽ ንገጽ ምንጽጻር የድሊ።
sdk-error-revoked-device = ርክቡ ካብ ዝተቋረጸ ተሌፎን ሓደ መልእኽቲ መጺኡ። ኣይተራእየን።
sdk-error-contact-not-allowed = ሕጂ ኣብቲ ኣፕ ናብዚ ኣካውንት ምጽሓፍ ኣይከኣልን።
sdk-error-sealed-unavailable = ናብዚ ኣካውንት ብሕታዊ መልእኽቲ ገና ክለኣኽ ኣይከኣልን። ቅድም ንቡር መልእኽቲ ምልኣኽ የድሊ።
sdk-error-notice-mismatch = እዚ ጽሑፍ እቲ ኣፕ ዝጽበዮ ጽሑፍ ኣይኮነን፡ ስለዚ ኣይተራእየን። ንማሕበራዊ ሰራሕተኛ ምሕታት ይከኣል።
sdk-error-receipt-signature = እዚ ቅብሊት ክረጋገጽ ኣይከኣለን። ንማሕበራዊ ሰራሕተኛ ምሕታት ይከኣል።
sdk-error-receipt-code-invalid = እዚ ቁጽሪ ቅብሊት ምሉእ ኣይኮነን፡ ወይ ድማ ብጌጋ እዩ ተጻሒፉ። ምርግጋጽ እሞ እንደገና ምፍታን ይከኣል።
sdk-error-complaint-unreadable = እዚ ጥርዓን ኣብዚ ተሌፎን ክኽፈት ኣይከኣለን።
sdk-error-invalid-input = እቲ ኣፕ ክሰዶ ዘይኽእል ሓበሬታ ተጠቒሙ፦ { $field }።
sdk-error-internal = ኣብቲ ኣፕ ጸገም ኣጋጢሙ። ዝተላእከ ነገር የለን። እንደገና ምፍታን ይከኣል።
sdk-error-revoked = ርክብ እዚ ተሌፎን ካብቲ ኣካውንት ተቋሪጹ እዩ። ሓበሬታኡ ተደምሲሱ። ካብ ማሕበራዊ ሰራሕተኛ ሓድሽ ኮድ ምሕታት ይከኣል።
