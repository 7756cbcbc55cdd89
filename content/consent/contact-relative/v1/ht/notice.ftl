# Contact with one named relative (the app shows who beside this text). Source: English.
# Never edit a published version: make v2.
# Kreyòl ayisyen (ht): machine draft (Claude), not reviewed by a native speaker.
# caseworker = "responsab dosye", guardian = "gadyen", relative = "yon moun nan fanmi ou".

notice-title-b0to5 = Pale ak yon moun nan fanmi ou
notice-body-b0to5 =
    Yon moun nan fanmi ou ta ka pale avèk ou nan aplikasyon an.
    Gadyen ou ap montre ou kiyès li ye.
    Ou ka di wi oswa non. Tou de bon.
notice-withdraw-b0to5 = Si ou vle sispann, di gadyen ou.

notice-title-b6to9 = Pale ak yon moun nan fanmi ou
notice-body-b6to9 =
    Yon moun nan fanmi ou ta renmen voye mesaj ba ou. Aplikasyon an montre ou kiyès.
    Responsab dosye ou tcheke kiyès moun sa a ye.
    Èske ou vle pale avèk li? Ou ka di wi oswa non.
notice-withdraw-b6to9 = Ou ka sispann nenpòt ki lè. Peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b10to12 = Mesaj ak yon moun nan fanmi ou
notice-body-b10to12 =
    Yon moun nan fanmi ou ta renmen voye mesaj ba ou. Aplikasyon an montre ou kiyès li ye.
    Responsab dosye ou tcheke kiyès moun sa a ye anvan li mande ou.
    Si ou di wi, ou menm ak moun sa a ka voye mesaj youn bay lòt. Pèsonn lòt moun pa ka li yo, menm nou menm pa ka li yo.
    Ou ka di wi oswa non. Se ou ki chwazi.
notice-withdraw-b10to12 = Ou ka sispann nenpòt ki lè. Nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Mesaj yo sispann touswit.

notice-title-b13to15 = Kontak ak yon moun nan fanmi ou
notice-body-b13to15 =
    Yon moun nan fanmi ou ta renmen gen kontak avèk ou. Aplikasyon an montre ou kiyès li ye.
    Responsab dosye ou te verifye idantite li anvan.
    Si ou dakò, ou menm ak li ka voye mesaj youn bay lòt. Mesaj yo chifre: se sèlman ou menm ak li ki ka li yo.
    Se ou ki chwazi. Ou ka di non, e ou ka chanje lide pita.
notice-withdraw-b13to15 = Ou ka sispann kontak la nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Kontak la sispann touswit.

notice-title-b16to17 = Kontak ak yon moun nan fanmi ou
notice-body-b16to17 =
    Yon moun nan fanmi ou ta renmen gen kontak avèk ou. Aplikasyon an montre ou kiyès li ye.
    Responsab dosye ou te verifye idantite li anvan.
    Si ou dakò, ou menm ak li ka voye mesaj youn bay lòt. Mesaj yo chifre: se sèlman ou menm ak li ki ka li yo.
    Se ou ki chwazi. Ou ka di non, e ou ka chanje lide pita.
notice-withdraw-b16to17 = Ou ka sispann kontak la nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Kontak la sispann touswit.

notice-title-adult = Kontak ant timoun nan ak yon moun nan fanmi li
notice-body-adult =
    Yon moun nan fanmi timoun nan, ki parèt bò kote tèks sa a, ta renmen gen kontak ak timoun nan.
    Responsab dosye a te verifye idantite moun sa a anvan.
    Si ou dakò, timoun nan ak moun sa a ka voye mesaj youn bay lòt. Mesaj yo chifre de bout an bout: sèvis la pa ka li yo.
notice-withdraw-adult = Ou ka retire konsantman ou nenpòt ki lè nan aplikasyon an, oswa ou ka mande responsab dosye a fè l. Kontak la sispann touswit.
