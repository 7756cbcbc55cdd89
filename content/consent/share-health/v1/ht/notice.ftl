# Health information shared with those who care for the child. Source: English.
# Never edit a published version: make v2.
# Kreyòl ayisyen (ht): machine draft (Claude), not reviewed by a native speaker.
# caseworker = "responsab dosye", guardian = "gadyen", helpers (b0to5) = "moun k ap ede ou yo".

notice-title-b0to5 = Di moun k ap ede ou yo kijan sante ou ye
notice-body-b0to5 =
    Doktè yo konnen kijan ou santi ou.
    Moun k ap okipe ou yo vle konnen tou, pou yo ka ede ou.
    Ou ka di wi oswa non. Tou de bon.
notice-withdraw-b0to5 = Si ou chanje lide, di gadyen ou.

notice-title-b6to9 = Di moun k ap ede ou yo kijan sante ou ye
notice-body-b6to9 =
    Doktè ak enfimyè yo konnen kèk bagay sou sante ou.
    Nou ta renmen yo di moun k ap okipe ou yo sa, pou yo ka ede ou byen.
    Ou ka di wi oswa non. Si ou di non, ou ap toujou wè doktè.
notice-withdraw-b6to9 = Ou ka chanje lide nenpòt ki lè. Peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b10to12 = Pataje enfòmasyon sou sante ou
notice-body-b10to12 =
    Enfòmasyon sou sante ou se bagay prive.
    Nou ta renmen pataje l ak moun k ap okipe ou yo, tankou gadyen ou ak kote ou rete a, pou yo ka pran swen ou.
    Ou ka di wi oswa non. Si ou di non, ou ap toujou jwenn swen medikal.
notice-withdraw-b10to12 = Ou ka chanje lide nenpòt ki lè. Nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b13to15 = Pataje enfòmasyon sou sante ou
notice-body-b13to15 =
    Enfòmasyon sou sante se bagay prive, e yo pwoteje l yon fason espesyal.
    Nou mande pou nou pataje enfòmasyon sou sante ou ak moun k ap okipe ou yo (gadyen ou ak sèvis k ap pran swen ou), sèlman pou yo ka pran swen ou.
    Se ou ki chwazi. Si ou di non, sa p ap janm anpeche ou jwenn swen medikal.
notice-withdraw-b13to15 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Pataj la sispann depi moman sa a.

notice-title-b16to17 = Pataje enfòmasyon sou sante ou
notice-body-b16to17 =
    Enfòmasyon sou sante se bagay prive, e yo pwoteje l yon fason espesyal.
    Nou mande pou nou pataje enfòmasyon sou sante ou ak moun k ap okipe ou yo (gadyen ou ak sèvis k ap pran swen ou), sèlman pou yo ka pran swen ou.
    Se ou ki chwazi. Si ou di non, sa p ap janm anpeche ou jwenn swen medikal.
notice-withdraw-b16to17 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Pataj la sispann depi moman sa a.

notice-title-adult = Pataje enfòmasyon sou sante timoun nan
notice-body-adult =
    Enfòmasyon sou sante gen yon pwoteksyon espesyal.
    Nou mande pou nou pataje enfòmasyon sou sante timoun nan ak moun k ap okipe l yo (gadyen li ak sèvis k ap pran swen l), sèlman pou swen li.
    Si ou di non, sa p ap janm anpeche timoun nan jwenn swen medikal.
notice-withdraw-adult = Ou ka retire konsantman ou nenpòt ki lè nan aplikasyon an, oswa ou ka mande responsab dosye a fè l. Pataj la sispann depi moman sa a.
