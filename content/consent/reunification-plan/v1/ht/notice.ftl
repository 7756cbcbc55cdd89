# The reunification plan. Source: English. Promises nothing: plans can change.
# Never edit a published version: make v2.
# Kreyòl ayisyen (ht): machine draft (Claude), not reviewed by a native speaker.
# reunification = "rejwenn fanmi ou" for children; "reyinifikasyon" only in b16to17 and adult.

notice-title-b0to5 = Yon plan pou ou viv ak fanmi ou
notice-body-b0to5 =
    Gen granmoun k ap fè yon plan pou ou ka viv ak fanmi ou.
    Yo vle konnen sa ou panse.
    Ou ka di wi oswa non. Tou de bon.
notice-withdraw-b0to5 = Si ou chanje lide, di gadyen ou.

notice-title-b6to9 = Plan pou ou al jwenn fanmi ou
notice-body-b6to9 =
    Responsab dosye ou ap prepare yon plan pou ou ka viv ak fanmi ou.
    Anvan plan an kòmanse, nou vle konnen si ou dakò.
    Plan ka chanje. Si li chanje, responsab dosye ou ap di ou.
    Ou ka di wi oswa non.
notice-withdraw-b6to9 = Ou ka chanje lide nenpòt ki lè. Peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b10to12 = Plan pou ou rejwenn fanmi ou
notice-body-b10to12 =
    Responsab dosye ou ap prepare yon plan pou ou al viv ak fanmi ou. Plan an di avèk kiyès ou ta viv ak kijan demenajman an ta fèt.
    Nou mande ou si ou dakò anvan plan an kòmanse.
    Plan ka chanje. Si yon bagay chanje, responsab dosye ou ap eksplike ou poukisa.
    Ou ka di wi oswa non. Sa ou panse konte nan desizyon an.
notice-withdraw-b10to12 = Ou ka chanje lide nenpòt ki lè. Nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b13to15 = Plan pou ou rejwenn fanmi ou
notice-body-b13to15 =
    Responsab dosye ou ap prepare yon plan pou ou viv ak fanmi ou: avèk kiyès ou ta viv, ki kote, ak kijan demenajman an ta fèt.
    Nou mande si ou dakò anvan plan an kòmanse. Opinyon ou fè pati desizyon an.
    Plan ka chanje. Si li chanje, responsab dosye ou ap eksplike ou poukisa, epi l ap mande ou ankò.
notice-withdraw-b13to15 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Lè sa a, yo egzamine plan an ankò.

notice-title-b16to17 = Plan reyinifikasyon an
notice-body-b16to17 =
    Responsab dosye ou ap prepare yon plan pou ou viv ak fanmi ou: avèk kiyès ou ta viv, ki kote, ak kijan demenajman an ta fèt.
    Nou mande si ou dakò anvan plan an kòmanse. Opinyon ou fè pati desizyon an.
    Plan ka chanje. Si li chanje, responsab dosye ou ap eksplike ou poukisa, epi l ap mande ou ankò.
notice-withdraw-b16to17 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Lè sa a, yo egzamine plan an ankò.

notice-title-adult = Plan reyinifikasyon timoun nan
notice-body-adult =
    Responsab dosye a ap prepare yon plan pou timoun nan viv ak fanmi li: avèk kiyès, ki kote, ak kijan demenajman an ta fèt.
    Nou mande si ou dakò anvan plan an kòmanse. Opinyon timoun nan fè pati desizyon an.
    Plan ka chanje; si li chanje, y ap mande ou ankò.
notice-withdraw-adult = Ou ka retire konsantman ou nenpòt ki lè nan aplikasyon an, oswa ou ka mande responsab dosye a fè l. Lè sa a, yo revize plan an.
