# Share case data with tracing partners. Source: English. The notice a person is shown
# before they decide; its exact rendered bytes are hashed and the hash is kept with the
# decision. Never edit a published version: make v2.
# Kreyòl ayisyen (ht): machine draft (Claude), not reviewed by a native speaker.
# caseworker = "responsab dosye", guardian = "gadyen", tracing = "rechèch fanmi".

notice-title-b0to5 = Pou chèche fanmi ou
notice-body-b0to5 =
    Gen moun ki ede chèche fanmi timoun. Yo vle konnen kiyès ou ye.
    Yo vle non ou ak non moun nan fanmi ou.
    Yo sèvi ak non sa yo pou chèche fanmi ou.
    Ou ka di wi oswa non. Tou de bon.
notice-withdraw-b0to5 = Si ou chanje lide, di gadyen ou.

notice-title-b6to9 = Ede chèche fanmi ou
notice-body-b6to9 =
    Gen kèk gwoup ki ede jwenn fanmi. Nou ta renmen pale yo sou ou.
    Nou ta ba yo non ou, non moun nan fanmi ou, ak kote ou te wè yo dènye fwa.
    Yo sèvi ak sa sèlman pou chèche fanmi ou.
    Ou ka di wi oswa non. Si ou di non, n ap toujou ede ou.
notice-withdraw-b6to9 = Ou ka chanje lide nenpòt ki lè. Peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b10to12 = Pataje enfòmasyon ou pou jwenn fanmi ou
notice-body-b10to12 =
    Patnè rechèch fanmi yo se gwoup ki ede jwenn fanmi. Nou ta renmen pataje enfòmasyon ou avèk yo.
    Nou ta pataje non ou, non moun nan fanmi ou, ak sa ou te di nou sou kote ou te rete.
    Yo sèvi ak sa sèlman pou chèche fanmi ou, toutotan rechèch la ap kontinye.
    Ou ka di wi oswa non. Si ou di non, sa p ap anpeche nou ede ou.
notice-withdraw-b10to12 = Ou ka chanje lide nenpòt ki lè. Nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b13to15 = Pataje enfòmasyon dosye ou ak patnè rechèch fanmi yo
notice-body-b13to15 =
    Patnè rechèch fanmi yo se òganizasyon ki chèche fanmi. Nou mande pou nou pataje non ou, non moun nan fanmi ou ak istwa dosye ou avèk yo.
    Yo ka sèvi ak enfòmasyon sa yo sèlman pou chèche fanmi ou, e sèlman toutotan rechèch fanmi an louvri.
    Se ou ki deside. Si ou di non, tout lòt èd ou resevwa ap kontinye.
notice-withdraw-b13to15 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Depi moman sa a, nou sispann pataje.

notice-title-b16to17 = Pataje enfòmasyon dosye ou ak patnè rechèch fanmi yo
notice-body-b16to17 =
    Patnè rechèch fanmi yo se òganizasyon ki chèche fanmi. Nou mande pou nou pataje non ou, non moun nan fanmi ou ak istwa dosye ou avèk yo.
    Yo ka sèvi ak enfòmasyon sa yo sèlman pou chèche fanmi ou, e sèlman toutotan rechèch fanmi an louvri.
    Se ou ki deside. Si ou di non, tout lòt èd ou resevwa ap kontinye.
notice-withdraw-b16to17 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Depi moman sa a, nou sispann pataje. Sa ki te pataje anvan sa rete pataje.

notice-title-adult = Pataje enfòmasyon dosye a ak patnè rechèch fanmi yo
notice-body-adult =
    Patnè rechèch fanmi yo se òganizasyon ki chèche fanmi. Nou mande pou nou pataje non timoun nan, non moun nan fanmi li ak istwa dosye li avèk yo.
    Yo ka sèvi ak enfòmasyon sa yo sèlman pou chèche fanmi timoun nan, e sèlman toutotan rechèch fanmi an louvri.
    Si ou di non, sa pa chanje okenn lòt èd timoun nan resevwa.
notice-withdraw-adult = Ou ka retire konsantman ou nenpòt ki lè nan aplikasyon an, oswa ou ka mande responsab dosye a fè l. Pataj la sispann depi moman sa a; sa ki te pataje anvan sa rete pataje.
