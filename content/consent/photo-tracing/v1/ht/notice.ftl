# A photo of the child used for tracing. Source: English. Never edit a published version.
# Kreyòl ayisyen (ht): machine draft (Claude), not reviewed by a native speaker.
# caseworker = "responsab dosye", guardian = "gadyen", tracing = "rechèch fanmi".

notice-title-b0to5 = Foto ou
notice-body-b0to5 =
    Moun ki ede chèche fanmi vle montre foto ou.
    Yon moun nan fanmi ou ka wè l epi rekonèt ou.
    Ou ka di wi oswa non. Tou de bon.
notice-withdraw-b0to5 = Si ou chanje lide, di gadyen ou.

notice-title-b6to9 = Montre foto ou
notice-body-b6to9 =
    Nou ta renmen montre foto ou bay moun ki ede jwenn fanmi.
    Fanmi ou ka wè l, epi yo ka konnen se ou.
    Ou ka di wi oswa non. Si ou di non, n ap toujou chèche fanmi ou.
notice-withdraw-b6to9 = Ou ka chanje lide nenpòt ki lè. Peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b10to12 = Sèvi ak foto ou pou jwenn fanmi ou
notice-body-b10to12 =
    Patnè rechèch fanmi yo konn montre foto timoun, pou fanmi yo ka rekonèt yo.
    Nou ta renmen ba yo foto ou pou sa.
    Lòt moun ka wè l tou. Ou ka di wi oswa non. Si ou di non, n ap kontinye chèche fanmi ou.
notice-withdraw-b10to12 = Ou ka chanje lide nenpòt ki lè. Nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Apre sa, yo p ap montre foto ou ankò.

notice-title-b13to15 = Sèvi ak foto ou pou rechèch fanmi
notice-body-b13to15 =
    Patnè rechèch fanmi yo ka montre foto ou bay moun ki ta ka rekonèt ou, nan kote fanmi ou ta ka ye.
    Lòt moun ki pa fanmi ou ka wè l tou. Yon foto ka fè moun konnen kiyès ou ye, kidonk reflechi byen pou wè si ou alèz ak sa.
    Se ou ki chwazi. Si ou di non, sa pa kanpe rechèch la.
notice-withdraw-b13to15 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Apre sa, yo p ap montre foto ou ankò; men kopi yo te deja montre yo pa ka reprann.

notice-title-b16to17 = Sèvi ak foto ou pou rechèch fanmi
notice-body-b16to17 =
    Patnè rechèch fanmi yo ka montre foto ou bay moun ki ta ka rekonèt ou, nan kote fanmi ou ta ka ye.
    Lòt moun ki pa fanmi ou ka wè l tou. Yon foto ka fè moun konnen kiyès ou ye, kidonk reflechi byen pou wè si ou alèz ak sa.
    Se ou ki chwazi. Si ou di non, sa pa kanpe rechèch la.
notice-withdraw-b16to17 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Apre sa, yo p ap montre foto ou ankò; men kopi yo te deja montre yo pa ka reprann.

notice-title-adult = Sèvi ak foto timoun nan pou rechèch fanmi
notice-body-adult =
    Patnè rechèch fanmi yo ka montre foto timoun nan bay moun ki ta ka rekonèt li, nan kote fanmi li ta ka ye.
    Lòt moun ki pa fanmi li ka wè l, e yon foto fè moun konnen kiyès timoun nan ye.
    Si ou di non, sa pa kanpe rechèch la.
notice-withdraw-adult = Ou ka retire konsantman ou nenpòt ki lè nan aplikasyon an, oswa ou ka mande responsab dosye a fè l. Apre sa, yo p ap montre foto a ankò; kopi yo te deja montre yo pa ka reprann.
