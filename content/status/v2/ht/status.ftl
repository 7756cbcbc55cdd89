# Case status texts, version 2. Published: never edit in place; a change is a new version
# folder (content/status/v3/…). Version 1 stays as published.
# ht (Kreyòl ayisyen): MACHINE DRAFT of version 2, by an AI language model (Claude),
# 2026-12-03. Not reviewed by a native speaker: see locales/ht/STATUS.md.
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# Version 2 (issue 14): never promise an outcome or a date; say what is being prepared and
# what happens if it changes. In 0–9, a role word is explained the first time it appears
# in each text, always in the same words (see common.ftl). The tracing texts end with
# { status-not-found-<audience> }; the adult texts where contact begins carry
# { status-scam-warning-adult }. Both are messages of common.ftl.
# Kreyòl ayisyen (ht): caseworker = "responsab dosye", guardian = "gadyen",
# legal representative = "avoka", carer = "moun k ap okipe ou". No $gender: Kreyòl does
# not mark gender.

## registered

status-registered-b0to5-title = Fè konesans avèk ou
status-registered-b0to5-meaning = Ou gen yon responsab dosye. Se moun ki ede ou ak dosye ou. Li ekri non ou, pou l ka ede ou.
status-registered-b0to5-next = Apre sa, ou pral pale sou fanmi ou. Answit, yo ka kòmanse chèche fanmi ou.
status-registered-b0to5-can-do = Ou ka di yon granmoun ou fè konfyans kijan ou santi ou.
status-registered-b0to5-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande yo nenpòt bagay.

status-registered-b6to9-title = Dosye ou kòmanse
status-registered-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Li fè yon dosye sou ou. Dosye a ede l ede ou.
status-registered-b6to9-next = Apre sa, ou pral pale sou fanmi ou. Answit, yo ka kòmanse chèche fanmi ou.
status-registered-b6to9-can-do = Panse ak non moun ki nan fanmi ou. Panse ak kote ou sonje. Sa ka ede yo chèche.
status-registered-b6to9-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka poze yo nenpòt kesyon.

status-registered-b10to12-title = Dosye ou louvri
status-registered-b10to12-meaning = Responsab dosye ou louvri yon dosye pou ou. Ladan l gen sa ki nesesè pou chèche fanmi ou.
status-registered-b10to12-next = Responsab dosye ou ap pale avèk ou sou fanmi ou. Apre sa, rechèch fanmi ou ka kòmanse.
status-registered-b10to12-can-do = Panse ak non, kote ak nimewo telefòn ou sonje. Tout bagay ka ede, menm ti bagay.
status-registered-b10to12-ask = Mande gadyen ou oswa responsab dosye ou si yon bagay pa klè.

status-registered-b13to15-title = Dosye ou louvri
status-registered-b13to15-meaning = Responsab dosye ou anrejistre non ou epi li louvri dosye ou. Nan dosye ou gen sa ki nesesè pou chèche fanmi ou.
status-registered-b13to15-next = Responsab dosye ou ap pale avèk ou sou fanmi ou ak sou sa ou vle. Apre sa, rechèch fanmi ou ka kòmanse.
status-registered-b13to15-can-do = Ekri non, kote, nimewo telefòn ak kont rezo sosyal ou sonje. Di responsab dosye ou sa ou ta vle ki rive.
status-registered-b13to15-ask = Gadyen ou ak responsab dosye ou ka reponn kesyon ou yo. Ou ka mande yon entèprèt tou.

status-registered-b16to17-title = Dosye ou louvri
status-registered-b16to17-meaning = Responsab dosye ou louvri dosye ou. Responsab dosye ou, gadyen ou ak avoka ou, si ou genyen youn, ka wè l. Manm fanmi ki antre nan dosye ou ap wè nan ki etap li ye, e y ap resevwa yon mesaj lè etap la chanje. Sipèvizè yo ka wè nan ki etap dosye a ye, e anyen plis. Nan aplikasyon sa a, ou ka wè ki moun nan ekip la ki te gade dosye ou.
status-registered-b16to17-next = Responsab dosye ou ap pale avèk ou sou fanmi ou ak sou sa ou swete. Apre sa, rechèch fanmi ou ka kòmanse.
status-registered-b16to17-can-do = Pataje tout detay ki ka ede jwenn fanmi ou: non, kote, nimewo telefòn, rezo sosyal. Di responsab dosye ou sa ou vle.
status-registered-b16to17-ask = Mande responsab dosye ou, gadyen ou oswa avoka ou. Ou ka mande yon entèprèt nenpòt ki lè.

status-registered-adult-title = Dosye a louvri
status-registered-adult-meaning = Yon responsab dosye anrejistre timoun nan epi li louvri yon dosye pou chèche fanmi timoun nan.
status-registered-adult-next = Responsab dosye a ap ranmase enfòmasyon. Apre sa, l ap kòmanse chèche fanmi timoun nan.
status-registered-adult-can-do = Kenbe telefòn ou limen epi tcheke aplikasyon sa a. Pataje enfòmasyon sou timoun nan sèlman ak responsab dosye a.
status-registered-adult-ask = Mande responsab dosye timoun nan.

## tracing

status-tracing-b0to5-title = Y ap chèche fanmi ou
status-tracing-b0to5-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap chèche fanmi ou. Lòt moun ede l chèche.
status-tracing-b0to5-next = Chèche ka pran anpil tan. { status-not-found-b0to5 }
status-tracing-b0to5-can-do = Ou ka jwe, ou ka repoze ou, e ou ka mande yon akolad.
status-tracing-b0to5-ask = Gadyen ou se granmoun ki pale pou defann ou. Ou ka mande l kijan rechèch la ap mache.

status-tracing-b6to9-title = Y ap chèche fanmi ou
status-tracing-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap chèche fanmi ou. Gen moun nan lòt kote k ap ede.
status-tracing-b6to9-next = Chèche ka pran anpil tan. { status-not-found-b6to9 }
status-tracing-b6to9-can-do = Responsab dosye ou se moun ki ede ou ak dosye ou. Si ou sonje yon bagay nouvo, di l. Li nòmal pou ou santi ou tris oswa enkyete.
status-tracing-b6to9-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande yo kijan rechèch la ap mache.

status-tracing-b10to12-title = Y ap chèche fanmi ou
status-tracing-b10to12-meaning = Responsab dosye ou ap chèche fanmi ou. Li mande moun nan lòt kote ak nan lòt peyi pou ede.
status-tracing-b10to12-next = Rechèch la ka pran plizyè semèn oswa plizyè mwa. Responsab dosye ou ap di ou sa li jwenn. { status-not-found-b10to12 }
status-tracing-b10to12-can-do = Di responsab dosye ou si ou sonje yon non, yon kote oswa yon nimewo telefòn. Kontinye al lekòl epi fè bagay ou renmen.
status-tracing-b10to12-ask = Mande gadyen ou oswa responsab dosye ou kijan rechèch la ap mache.

status-tracing-b13to15-title = Y ap chèche fanmi ou
status-tracing-b13to15-meaning = Responsab dosye ou ap chèche fanmi ou, isit la ak nan lòt peyi. Lòt gwoup ki ede jwenn fanmi ap travay avèk li.
status-tracing-b13to15-next = Rechèch la ka pran anpil tan. Y ap di ou lè yo jwenn yon moun ki ka fanmi ou. { status-not-found-b13to15 }
status-tracing-b13to15-can-do = Pataje nenpòt bagay nouvo ou sonje. Pa eseye kontakte moun pou kont ou: mande responsab dosye ou anvan, pou ou rete an sekirite.
status-tracing-b13to15-ask = Gadyen ou ak responsab dosye ou ka di ou sa yo fè deja.

status-tracing-b16to17-title = Y ap chèche fanmi ou
status-tracing-b16to17-meaning = Responsab dosye ou ap chèche fanmi ou, isit la ak aletranje. Lòt gwoup ki ede jwenn fanmi ap travay avèk li.
status-tracing-b16to17-next = Rechèch la ka pran anpil tan. Y ap di ou lè yo jwenn yon moun ki ka fanmi ou. { status-not-found-b16to17 }
status-tracing-b16to17-can-do = Pataje nouvo enfòmasyon ak responsab dosye ou. Anvan ou kontakte nenpòt moun pou kont ou, pale ak responsab dosye ou, pou sa pa gen danje ni pou ou ni pou yo.
status-tracing-b16to17-ask = Mande responsab dosye ou oswa gadyen ou sa yo fè deja ak sa k ap vini apre.

status-tracing-adult-title = Rechèch fanmi
status-tracing-adult-meaning = Responsab dosye a ap chèche fanmi timoun nan. Lòt sèvis rechèch fanmi ap ede.
status-tracing-adult-next = Rechèch la ka pran tan. Responsab dosye a ap kontakte manm fanmi yo jwenn yo. { status-not-found-adult }
status-tracing-adult-can-do = Bay responsab dosye a tout enfòmasyon ki ka ede. Pa pataje enfòmasyon sou timoun nan ak lòt moun.
status-tracing-adult-ask = Mande responsab dosye timoun nan.

## family found

status-family-found-b0to5-title = Yon moun ka fanmi ou
status-family-found-b0to5-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Li jwenn yon moun ki ka fanmi ou.
status-family-found-b0to5-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap tcheke si moun sa a se vrèman fanmi ou. Si se pa sa, l ap kontinye chèche.
status-family-found-b0to5-can-do = Gadyen ou se granmoun ki pale pou defann ou. Ou ka mande l pou l di ou plis.
status-family-found-b0to5-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande yo sa ki pral pase.

status-family-found-b6to9-title = Yon moun ka fanmi ou
status-family-found-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Li jwenn yon moun ki ka fanmi ou.
status-family-found-b6to9-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap tcheke si moun sa a se vrèman fanmi ou. Sa ka pran yon ti tan. Si se pa sa, l ap kontinye chèche.
status-family-found-b6to9-can-do = Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka di l kijan ou santi ou ak nouvèl sa a.
status-family-found-b6to9-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande yo nenpòt bagay sou sa.

status-family-found-b10to12-title = Yon moun ka fanmi ou
status-family-found-b10to12-meaning = Responsab dosye ou jwenn yon moun ki ka fè pati fanmi ou.
status-family-found-b10to12-next = Anvan, responsab dosye ou ap tcheke si moun sa a se vrèman fanmi ou. Se sèlman apre sa ou ka pale avèk li. Si se pa fanmi ou, rechèch la ap kontinye.
status-family-found-b10to12-can-do = Di responsab dosye ou kijan ou santi ou ak sa ou ta renmen. Sa ou vle enpòtan.
status-family-found-b10to12-ask = Mande gadyen ou oswa responsab dosye ou si ou gen yon kesyon.

status-family-found-b13to15-title = Yon moun ka fanmi ou
status-family-found-b13to15-meaning = Responsab dosye ou jwenn yon moun ki ka yon manm fanmi ou.
status-family-found-b13to15-next = Responsab dosye ou ap tcheke kiyès moun sa a ye. Kontak ka kòmanse sèlman lè sa fin tcheke e lè pa gen danje. Si moun sa a pa fanmi ou, rechèch la ap kontinye.
status-family-found-b13to15-can-do = Di responsab dosye ou sa ou vle ak sa k ap enkyete ou. Ou ka di si ou pa vle gen kontak.
status-family-found-b13to15-ask = Gadyen ou ak responsab dosye ou ka reponn kesyon ou yo.

status-family-found-b16to17-title = Yo jwenn yon moun ki ka fanmi ou
status-family-found-b16to17-meaning = Responsab dosye ou jwenn yon moun ki ka yon manm fanmi ou.
status-family-found-b16to17-next = Responsab dosye ou ap tcheke kiyès moun nan ye ak ki lyen fanmi ou genyen avèk li. Kontak ap kòmanse sèlman lè sa fin tcheke e lè pa gen danje. Si moun nan pa fanmi ou, rechèch la ap kontinye.
status-family-found-b16to17-can-do = Di responsab dosye ou sa ou swete ak sa k ap enkyete ou. Opinyon ou fè pati desizyon an.
status-family-found-b16to17-ask = Mande responsab dosye ou oswa gadyen ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-family-found-adult-title = Yo jwenn yon moun ki ka fanmi timoun nan
status-family-found-adult-meaning = Responsab dosye a jwenn yon moun ki ka yon fanmi timoun nan.
status-family-found-adult-next = Anvan nenpòt kontak, responsab dosye a ap tcheke kiyès moun sa a ye ak ki lyen fanmi li genyen ak timoun nan.
status-family-found-adult-can-do = Reponn kesyon responsab dosye a. Kenbe dokiman ak foto ki montre lyen fanmi ou pare. { status-scam-warning-adult }
status-family-found-adult-ask = Mande responsab dosye timoun nan.

## verifying

status-verifying-b0to5-title = Y ap tcheke
status-verifying-b0to5-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap tcheke si se vrèman fanmi ou.
status-verifying-b0to5-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap di ou sa li jwenn. Si se pa fanmi ou, l ap kontinye chèche.
status-verifying-b0to5-can-do = Gadyen ou se granmoun ki pale pou defann ou. Ou ka gade foto avèk li si ou vle.
status-verifying-b0to5-ask = Gadyen ou se granmoun ki pale pou defann ou. Ou ka mande l sa k ap pase.

status-verifying-b6to9-title = Y ap tcheke
status-verifying-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap tcheke si se vrèman fanmi ou.
status-verifying-b6to9-next = Responsab dosye ou se moun ki ede ou ak dosye ou. Li ka poze ou kesyon, oswa montre ou foto. Apre sa, l ap di ou sa li jwenn. Si se pa fanmi ou, l ap kontinye chèche.
status-verifying-b6to9-can-do = Di sa ou konnen. Ou pa oblije reponn tout kesyon. Li nòmal pou ou di ou pa konnen.
status-verifying-b6to9-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande yo si ou enkyete.

status-verifying-b10to12-title = Y ap tcheke kiyès moun nan ye
status-verifying-b10to12-meaning = Responsab dosye ou ap tcheke si moun li jwenn nan se vrèman fanmi ou. Sa ka pran tan.
status-verifying-b10to12-next = Yo ka poze ou kèk kesyon oswa montre ou foto. Responsab dosye ou ap di ou sa li jwenn. Si moun sa a pa fanmi ou, rechèch la ap kontinye.
status-verifying-b10to12-can-do = Di sa ou konnen. Li nòmal pou ou di ou pa konnen oswa ou pa sonje.
status-verifying-b10to12-ask = Ou ka mande gadyen ou oswa responsab dosye ou. Yo la pou ou si ou gen kesyon oswa si yon bagay enkyete ou.

status-verifying-b13to15-title = Y ap tcheke lyen fanmi an
status-verifying-b13to15-meaning = Responsab dosye ou ap tcheke si moun yo jwenn nan se vrèman fanmi ou. Li tcheke tou si moun nan vle gen kontak avèk ou.
status-verifying-b13to15-next = Yo ka poze ou kesyon oswa montre ou foto oswa papye. Y ap di ou rezilta a. Si moun nan pa fanmi ou, rechèch la ap kontinye.
status-verifying-b13to15-can-do = Di sa ou konnen. Ou ka di si ou pa sonje, e ou ka pran yon poz.
status-verifying-b13to15-ask = Si yon bagay enkyete ou, mande gadyen ou oswa responsab dosye ou.

status-verifying-b16to17-title = Y ap tcheke lyen fanmi an
status-verifying-b16to17-meaning = Responsab dosye ou ap tcheke kiyès moun yo jwenn nan ye, ak ki lyen fanmi ou genyen avèk li.
status-verifying-b16to17-next = Yo ka poze ou kesyon oswa montre ou foto ak papye. Y ap di ou rezilta a. Si moun nan pa fanmi ou, rechèch la ap kontinye.
status-verifying-b16to17-can-do = Di sa ou konnen, epi di si yon bagay pa sanble bon pou ou. Ou ka pran yon poz nenpòt ki lè.
status-verifying-b16to17-ask = Mande responsab dosye ou oswa gadyen ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-verifying-adult-title = Verifikasyon
status-verifying-adult-meaning = Responsab dosye a ap tcheke kiyès chak moun ye ak ki lyen yo genyen ak timoun nan.
status-verifying-adult-next = Yo ka mande ou dokiman, foto oswa yon entèvyou. Responsab dosye a ap di ou rezilta a.
status-verifying-adult-can-do = Reponn kesyon responsab dosye a, epi bay dokiman lè yo mande ou yo. { status-scam-warning-adult }
status-verifying-adult-ask = Mande responsab dosye timoun nan.

## assessing

status-assessing-b0to5-title = Y ap veye pou ou an sekirite
status-assessing-b0to5-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Èske viv ak fanmi ou san danje e bon pou ou? Se sa l ap tcheke.
status-assessing-b0to5-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap koute ou, epi l ap koute fanmi ou. Apre sa, granmoun yo ap deside.
status-assessing-b0to5-can-do = Gadyen ou se granmoun ki pale pou defann ou. Ou ka di l kijan ou santi ou.
status-assessing-b0to5-ask = Gadyen ou se granmoun ki pale pou defann ou. Ou ka mande l nenpòt bagay.

status-assessing-b6to9-title = Y ap veye pou ou an sekirite
status-assessing-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Èske viv ak fanmi ou san danje e bon pou ou? Se sa l ap tcheke.
status-assessing-b6to9-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap pale avèk ou ak fanmi ou. Apre sa, granmoun yo ap deside ansanm. Si sa pa san danje, ap gen yon nouvo plan.
status-assessing-b6to9-can-do = Di sa ou vle ak sa ki enkyete ou. Sa ou di enpòtan.
status-assessing-b6to9-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka poze yo nenpòt kesyon.

status-assessing-b10to12-title = Y ap gade si sa san danje e si sa bon pou ou
status-assessing-b10to12-meaning = Èske viv ak fanmi ou san danje e bon pou ou? Responsab dosye ou ap tcheke sa.
status-assessing-b10to12-next = Responsab dosye ou ap pale avèk ou ak fanmi ou. Sa ou vle ap fè pati desizyon an. Si sa pa san danje oswa si sa pa bon pou ou, l ap fè yon nouvo plan avèk ou.
status-assessing-b10to12-can-do = Di sa ou vle ak sa ki enkyete ou. Ou ka pale ak gadyen ou anvan si ou vle.
status-assessing-b10to12-ask = Mande gadyen ou oswa responsab dosye ou. Yo la pou ede ou.

status-assessing-b13to15-title = Y ap deside sa ki pi bon pou ou
status-assessing-b13to15-meaning = Responsab dosye ou ap tcheke si rejwenn fanmi ou pa gen danje, e si se pi bon bagay pou ou.
status-assessing-b13to15-next = Responsab dosye ou ap pale avèk ou ak fanmi ou, e li ka al vizite yo. Sa ou vle fè pati desizyon an. Si rejwenn fanmi ou pa bon pou ou, l ap fè yon lòt plan avèk ou.
status-assessing-b13to15-can-do = Di responsab dosye ou sa ou vle, sa ki fè ou pè ak sa ou espere.
status-assessing-b13to15-ask = Mande gadyen ou oswa responsab dosye ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-assessing-b16to17-title = Y ap deside sa ki pi bon pou ou
status-assessing-b16to17-meaning = Responsab dosye ou ap tcheke si rejwenn fanmi ou pa gen danje, ak sa ki pi bon pou ou.
status-assessing-b16to17-next = Responsab dosye ou ap pale avèk ou ak fanmi ou, e li ka al vizite yo. Opinyon ou se yon pati enpòtan nan desizyon an. Si rejwenn fanmi ou pa bon pou ou, responsab dosye ou ap fè yon lòt plan avèk ou.
status-assessing-b16to17-can-do = Pataje sa ou swete, sa ki enkyete ou ak sa ou espere. Ou ka mande pou yo ekri opinyon ou.
status-assessing-b16to17-ask = Mande responsab dosye ou oswa gadyen ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-assessing-adult-title = Evalyasyon enterè siperyè timoun nan
status-assessing-adult-meaning = Responsab dosye a ap tcheke si viv ak fanmi an pa gen danje e si se sa ki pi bon pou timoun nan. Yo rele sa yon evalyasyon enterè siperyè timoun nan.
status-assessing-adult-next = Responsab dosye a ka fè yon entèvyou avèk ou epi vizite lakay ou. Opinyon timoun nan fè pati desizyon an.
status-assessing-adult-can-do = Patisipe nan entèvyou yo epi reponn kesyon yo ak franchiz.
status-assessing-adult-ask = Mande responsab dosye timoun nan.

## planning reunification

status-planning-reunification-b0to5-title = Y ap fè yon plan
status-planning-reunification-b0to5-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap fè yon plan pou ou al jwenn fanmi ou.
status-planning-reunification-b0to5-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap di ou kisa plan an ye. Pafwa, plan yo chanje. Si plan sa a chanje, l ap di ou sa k ap pase apre.
status-planning-reunification-b0to5-can-do = Ou ka chwazi yon jwèt oswa yon desen ou vle pote.
status-planning-reunification-b0to5-ask = Gadyen ou se granmoun ki pale pou defann ou. Ou ka mande l sou plan an.

status-planning-reunification-b6to9-title = Y ap fè yon plan pou ou al jwenn fanmi ou
status-planning-reunification-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap fè yon plan pou ou al jwenn fanmi ou.
status-planning-reunification-b6to9-next = Plan an di kijan ou ap vwayaje, ak kilè. Responsab dosye ou se moun ki ede ou ak dosye ou. L ap pale ou de plan an. Pafwa, plan yo chanje. Si plan sa a chanje, l ap di ou poukisa.
status-planning-reunification-b6to9-can-do = Panse ak sa ou vle pote. Ak kiyès ou vle di orevwa?
status-planning-reunification-b6to9-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande yo sou plan an.

status-planning-reunification-b10to12-title = Plan pou al jwenn fanmi ou
status-planning-reunification-b10to12-meaning = Plan an se pou ou al jwenn fanmi ou. Responsab dosye ou ap planifye kijan sa ap fèt.
status-planning-reunification-b10to12-next = Plan an gen ladan l papye yo, vwayaj la ak dat la. Responsab dosye ou ap esplike ou l. Plan ka chanje. Si plan sa a chanje, responsab dosye ou ap di ou poukisa ak sa k ap pase apre.
status-planning-reunification-b10to12-can-do = Di responsab dosye ou ki kesyon ou genyen ak sa ki enkyete ou sou vwayaj la. Panse ak moun ou vle di orevwa.
status-planning-reunification-b10to12-ask = Mande gadyen ou oswa responsab dosye ou. Yo la pou ede ou.

status-planning-reunification-b13to15-title = Plan pou ou rejwenn fanmi ou
status-planning-reunification-b13to15-meaning = Plan an se pou ou rejwenn fanmi ou. Responsab dosye ou ap planifye deplasman an.
status-planning-reunification-b13to15-next = Plan an gen ladan l papye, vwayaj la, dat la, ak lekòl oswa sipò apre ou rive. Ou menm ak responsab dosye ou ap gade l ansanm. Plan ka chanje. Si plan sa a chanje, responsab dosye ou ap di ou poukisa ak sa k ap pase apre.
status-planning-reunification-b13to15-can-do = Poze kesyon sou nenpòt bagay ki nan plan an. Di si yon bagay enkyete ou.
status-planning-reunification-b13to15-ask = Mande gadyen ou oswa responsab dosye ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-planning-reunification-b16to17-title = Plan pou ou rejwenn fanmi ou
status-planning-reunification-b16to17-meaning = Plan an se pou ou rejwenn fanmi ou. Responsab dosye ou ap prepare l avèk ou.
status-planning-reunification-b16to17-next = Plan an gen ladan l dokiman, vwayaj, dat la, ak lekòl, travay ak sipò apre ou rive. Ou menm ak responsab dosye ou ap gade l ansanm. Plan ka chanje. Si plan sa a chanje, responsab dosye ou ap di ou poukisa ak sa k ap pase apre.
status-planning-reunification-b16to17-can-do = Tcheke plan an epi poze kesyon sou sa ki pa klè. Di responsab dosye ou sa ou bezwen.
status-planning-reunification-b16to17-ask = Mande responsab dosye ou oswa gadyen ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-planning-reunification-adult-title = Preparasyon reyinifikasyon an
status-planning-reunification-adult-meaning = Responsab dosye a ap prepare yon plan avèk ou pou timoun nan rejwenn fanmi an.
status-planning-reunification-adult-next = Plan an gen ladan l dokiman, vwayaj, dat la, ak sipò apre timoun nan rive. Plan ka chanje. Si li chanje, responsab dosye a ap di ou poukisa ak sa k ap pase apre.
status-planning-reunification-adult-can-do = Prepare dokiman responsab dosye a mande yo, epi pare pou pale sou plan an. { status-scam-warning-adult }
status-planning-reunification-adult-ask = Mande responsab dosye timoun nan.

## reunified

status-reunified-b0to5-title = Ansanm ak fanmi ou
status-reunified-b0to5-meaning = Kounye a, ou avèk fanmi ou.
status-reunified-b0to5-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap vin wè kijan ou ye.
status-reunified-b0to5-can-do = Ou ka di fanmi ou kijan ou santi ou.
status-reunified-b0to5-ask = Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka toujou mande l èd.

status-reunified-b6to9-title = Ansanm ak fanmi ou
status-reunified-b6to9-meaning = Kounye a, ou tounen avèk fanmi ou.
status-reunified-b6to9-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap pale avèk ou pou wè kijan ou ye.
status-reunified-b6to9-can-do = Li nòmal pou ou kontan, e pou ou santi ou yon ti jan dwòl tou. Ou ka pale sou sa.
status-reunified-b6to9-ask = Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka toujou mande l èd.

status-reunified-b10to12-title = Ansanm ak fanmi ou ankò
status-reunified-b10to12-meaning = Ou tounen avèk fanmi ou.
status-reunified-b10to12-next = Pandan yon tan, responsab dosye ou ap kontinye pale avèk ou pou wè kijan bagay yo ap mache.
status-reunified-b10to12-can-do = Abitye ak yon nouvo lavi pran tan. Pale ak yon moun si bagay yo difisil.
status-reunified-b10to12-ask = Ou ka toujou mande responsab dosye ou èd.

status-reunified-b13to15-title = Ansanm ak fanmi ou ankò
status-reunified-b13to15-meaning = Ou ap viv ak fanmi ou ankò.
status-reunified-b13to15-next = Pandan yon tan, responsab dosye ou ap rete an kontak avèk ou pou wè kijan lavi ak fanmi ou ap mache.
status-reunified-b13to15-can-do = Abitye ak yon nouvo kay pran tan. Si yon bagay pa bon, oswa si ou pa santi ou an sekirite, di responsab dosye ou.
status-reunified-b13to15-ask = Responsab dosye ou toujou la pou ou.

status-reunified-b16to17-title = Ansanm ak fanmi ou ankò
status-reunified-b16to17-meaning = Ou ap viv ak fanmi ou ankò.
status-reunified-b16to17-next = Pandan yon tan, responsab dosye ou ap rete an kontak avèk ou pou wè kijan bagay yo ap mache.
status-reunified-b16to17-can-do = Si yon bagay pa bon oswa si ou pa santi ou an sekirite, kontakte responsab dosye ou. Ou ka toujou fè yon plent.
status-reunified-b16to17-ask = Responsab dosye ou toujou la pou ou.

status-reunified-adult-title = Reyinifikasyon fèt
status-reunified-adult-meaning = Timoun nan rejwenn fanmi li.
status-reunified-adult-next = Responsab dosye a ap fè swivi pou wè kijan timoun nan ak fanmi an ye.
status-reunified-adult-can-do = Di responsab dosye a si fanmi an bezwen sipò.
status-reunified-adult-ask = Mande responsab dosye timoun nan.

## follow-up

status-follow-up-b0to5-title = Y ap vin wè kijan ou ye
status-follow-up-b0to5-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Li vin wè kijan ou ye.
status-follow-up-b0to5-next = Responsab dosye ou se moun ki ede ou ak dosye ou. Apre kèk vizit, l ap di ou orevwa.
status-follow-up-b0to5-can-do = Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka montre l desen ou ak jwèt ou.
status-follow-up-b0to5-ask = Responsab dosye ou se moun ki ede ou ak dosye ou. Fanmi ou ka rele l si ou bezwen èd.

status-follow-up-b6to9-title = Y ap vin wè kijan ou ye
status-follow-up-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Li vin wè kijan ou ye ak fanmi ou.
status-follow-up-b6to9-next = Lè bagay yo mache byen, vizit yo ap fini.
status-follow-up-b6to9-can-do = Responsab dosye ou se moun ki ede ou ak dosye ou. Di l sa ki bon ak sa ki difisil.
status-follow-up-b6to9-ask = Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka mande l èd.

status-follow-up-b10to12-title = Y ap gade kijan bagay yo ap mache
status-follow-up-b10to12-meaning = Responsab dosye ou rete an kontak avèk ou. Li vle wè kijan lavi ak fanmi ou ap mache.
status-follow-up-b10to12-next = Lè bagay yo ap mache byen, sa ap fini, epi y ap fèmen dosye ou.
status-follow-up-b10to12-can-do = Di responsab dosye ou sa k ap mache byen ak sa ki difisil.
status-follow-up-b10to12-ask = Ou ka mande responsab dosye ou èd.

status-follow-up-b13to15-title = Y ap gade kijan bagay yo ap mache
status-follow-up-b13to15-meaning = Responsab dosye ou rete an kontak avèk ou pou wè kijan bagay yo ap mache ak fanmi ou.
status-follow-up-b13to15-next = Lè bagay yo ap mache byen, sa fini, epi y ap fèmen dosye ou.
status-follow-up-b13to15-can-do = Di laverite sou sa k ap mache byen ak sa ki pa mache. Mande sipò si ou bezwen.
status-follow-up-b13to15-ask = Ou ka mande responsab dosye ou èd.

status-follow-up-b16to17-title = Swivi
status-follow-up-b16to17-meaning = Responsab dosye ou rete an kontak avèk ou pou wè kijan bagay yo ap mache ak fanmi ou.
status-follow-up-b16to17-next = Lè bagay yo estab, sa fini, epi y ap fèmen dosye ou.
status-follow-up-b16to17-can-do = Di ki sipò ou bezwen: lekòl, travay, sante oswa nenpòt lòt bagay.
status-follow-up-b16to17-ask = Ou ka mande responsab dosye ou èd.

status-follow-up-adult-title = Swivi
status-follow-up-adult-meaning = Responsab dosye a ap swiv kijan timoun nan ak fanmi an ye.
status-follow-up-adult-next = Lè sitiyasyon an estab, swivi a ap fini, epi y ap fèmen dosye a.
status-follow-up-adult-can-do = Di responsab dosye a si fanmi an bezwen èd oswa si li gen pwoblèm.
status-follow-up-adult-ask = Mande responsab dosye timoun nan.

## closed

status-closed-b0to5-title = Fini
status-closed-b0to5-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Li fin fè travay li pou kounye a.
status-closed-b0to5-next = Si ou bezwen èd ankò, yo ka louvri dosye ou ankò.
status-closed-b0to5-can-do = Ou ka mande yon granmoun ou fè konfyans èd nenpòt ki lè.
status-closed-b0to5-ask = Responsab dosye ou se moun ki ede ou ak dosye ou. Yon granmoun ou fè konfyans ka rele l oswa voye mesaj ba li.

status-closed-b6to9-title = Dosye ou fini
status-closed-b6to9-meaning = Responsab dosye ou se moun ki ede ou ak dosye ou. Li fin travay sou dosye ou pou kounye a.
status-closed-b6to9-next = Si ou bezwen èd ankò, yo ka louvri dosye ou ankò.
status-closed-b6to9-can-do = Si ou bezwen èd ankò, di yon granmoun ou fè konfyans.
status-closed-b6to9-ask = Responsab dosye ou se moun ki ede ou ak dosye ou. Pandan yon tan, ou ka toujou voye mesaj ba li nan aplikasyon sa a. Oswa mande yon granmoun ou fè konfyans pou rele l.

status-closed-b10to12-title = Dosye ou fèmen
status-closed-b10to12-meaning = Responsab dosye ou fin travay sou dosye ou.
status-closed-b10to12-next = Si ou bezwen èd ankò, responsab dosye ou ka louvri dosye ou ankò.
status-closed-b10to12-can-do = Si ou bezwen èd, di yon granmoun ou fè konfyans.
status-closed-b10to12-ask = Pandan yon tan, ou ka toujou voye mesaj bay responsab dosye ou nan aplikasyon sa a. Oswa mande yon granmoun ou fè konfyans pou rele l.

status-closed-b13to15-title = Dosye ou fèmen
status-closed-b13to15-meaning = Responsab dosye ou fin travay sou dosye ou.
status-closed-b13to15-next = Si ou bezwen èd ankò, responsab dosye ou ka louvri dosye ou ankò.
status-closed-b13to15-can-do = Si ou bezwen èd, voye mesaj bay responsab dosye ou oswa pale ak yon granmoun ou fè konfyans. Ou ka toujou fè yon plent.
status-closed-b13to15-ask = Pandan yon tan, ou ka toujou voye mesaj bay responsab dosye ou nan aplikasyon sa a. Yon granmoun ou fè konfyans ka rele l pou ou tou.

status-closed-b16to17-title = Dosye fèmen
status-closed-b16to17-meaning = Responsab dosye ou fin travay sou dosye ou.
status-closed-b16to17-next = Si ou bezwen èd ankò, responsab dosye ou ka louvri dosye ou ankò.
status-closed-b16to17-can-do = Ou ka toujou mande yon kopi enfòmasyon ou yo, oswa fè yon plent.
status-closed-b16to17-ask = Pandan yon tan apre dosye a fèmen, ou ka toujou voye mesaj bay responsab dosye ou nan aplikasyon sa a. Yon granmoun ou fè konfyans ka rele l pou ou tou.

status-closed-adult-title = Dosye fèmen
status-closed-adult-meaning = Responsab dosye a fin travay sou dosye timoun nan.
status-closed-adult-next = Si gen bezwen èd ankò, responsab dosye a ka louvri dosye a ankò.
status-closed-adult-can-do = Ou ka mande yon kopi enfòmasyon ou yo, oswa fè yon plent.
status-closed-adult-ask = Pandan yon tan apre dosye a fèmen, ou ka toujou voye mesaj bay responsab dosye a nan aplikasyon sa a.

## alternative care

status-alternative-care-b0to5-title = Yon kay pou kounye a
status-alternative-care-b0to5-meaning = Ou pral viv ak granmoun k ap okipe ou.
status-alternative-care-b0to5-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap kontinye vin wè ou. Li ka kontinye chèche fanmi ou.
status-alternative-care-b0to5-can-do = Di granmoun k ap okipe ou yo sa ou renmen.
status-alternative-care-b0to5-ask = Gadyen ou se granmoun ki pale pou defann ou. Ou ka mande l nenpòt bagay.

status-alternative-care-b6to9-title = Yon kay pou kounye a
status-alternative-care-b6to9-meaning = Pou kounye a, ou pral viv ak granmoun k ap okipe ou.
status-alternative-care-b6to9-next = Responsab dosye ou se moun ki ede ou ak dosye ou. L ap kontinye vin wè ou. L ap fè yon plan avèk ou pou ane k ap vini yo. Yo ka kontinye chèche fanmi ou. Yo ka rekòmanse chèche tou si gen nouvèl.
status-alternative-care-b6to9-can-do = Di sa ou renmen ak sa ou bezwen.
status-alternative-care-b6to9-ask = Gadyen ou se granmoun ki pale pou defann ou. Responsab dosye ou se moun ki ede ou ak dosye ou. Ou ka poze yo nenpòt kesyon.

status-alternative-care-b10to12-title = Yon kay pou kounye a
status-alternative-care-b10to12-meaning = Pou kounye a, ou pral viv ak moun k ap okipe ou, pa ak fanmi ou.
status-alternative-care-b10to12-next = Responsab dosye ou ap kontinye vizite ou, e l ap fè yon plan avèk ou pou ane k ap vini yo. Rechèch fanmi ou ka kontinye, oswa rekòmanse si gen nouvèl.
status-alternative-care-b10to12-can-do = Di responsab dosye ou sa ou bezwen, ak kijan ou santi ou kote ou rete a.
status-alternative-care-b10to12-ask = Mande gadyen ou oswa responsab dosye ou. Yo la pou ede ou.

status-alternative-care-b13to15-title = Viv ak moun k ap okipe ou
status-alternative-care-b13to15-meaning = Pou kounye a, ou pral viv ak moun k ap okipe ou, tankou yon fanmi dakèy oswa yon ti kay dakèy.
status-alternative-care-b13to15-next = Responsab dosye ou ap rete an kontak avèk ou, e l ap fè yon plan alontèm avèk ou. Rechèch fanmi ou ka kontinye, oswa rekòmanse si gen nouvèl.
status-alternative-care-b13to15-can-do = Di sa ou bezwen ak kijan ou santi ou kote ou rete a. Opinyon ou konte chak fwa y ap gade plan an ankò.
status-alternative-care-b13to15-ask = Mande gadyen ou oswa responsab dosye ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-alternative-care-b16to17-title = Viv ak moun k ap okipe ou
status-alternative-care-b16to17-meaning = Pou kounye a, ou pral viv ak moun k ap okipe ou, tankou yon fanmi dakèy, yon ti kay dakèy oswa yon lojman ak sipò.
status-alternative-care-b16to17-next = Responsab dosye ou ap rete an kontak avèk ou, e de tanzantan l ap gade plan an ankò avèk ou. Rechèch fanmi ou ka kontinye, oswa rekòmanse si gen nouvèl.
status-alternative-care-b16to17-can-do = Di responsab dosye ou sa ou bezwen, ansanm ak plan pou lè ou gen 18 an.
status-alternative-care-b16to17-ask = Mande responsab dosye ou oswa gadyen ou. Ou ka mande avoka ou tou, si ou genyen youn.

status-alternative-care-adult-title = Swen altènatif
status-alternative-care-adult-meaning = Pou kounye a, timoun nan pral viv nan swen altènatif.
status-alternative-care-adult-next = Responsab dosye a ap revize plan an regilyèman. Rechèch fanmi an ka kontinye, oswa rekòmanse si gen nouvo enfòmasyon.
status-alternative-care-adult-can-do = Mande responsab dosye a kijan ou ka rete an kontak ak timoun nan, si sa pèmèt.
status-alternative-care-adult-ask = Mande responsab dosye timoun nan.
