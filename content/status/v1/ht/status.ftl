# Case status texts, version 1. Published: never edit in place; a change is a new version
# folder (content/status/v2/…).
#
# One message per stage × audience × part:
#   status-<stage>-<audience>-<part>
#   audience: b0to5 (read aloud to the child by a caregiver), b6to9, b10to12, b13to15,
#             b16to17, adult (a family member)
#   part:     title (what the step is called), meaning (what it means), next (what happens
#             next), can-do (what you can do now), ask (who to ask)
# Rules: short, concrete, kind. One idea per sentence. Words a child of that age uses.
# No legal words below the adult texts. Never blame the child.
# Kreyòl ayisyen (ht): caseworker = "responsab dosye", guardian = "gadyen",
# legal representative = "avoka", helpers (b0to5) = "moun k ap ede ou yo".

## registered

status-registered-b0to5-title = Kounye a nou konnen ou
status-registered-b0to5-meaning = Gen bon moun ki ekri non ou. Yo vle ede ou.
status-registered-b0to5-next = Byento, y ap kòmanse chèche fanmi ou.
status-registered-b0to5-can-do = Ou ka di yon granmoun ou fè konfyans kijan ou santi ou.
status-registered-b0to5-ask = Ou ka mande gadyen ou oswa responsab dosye ou nenpòt bagay.

status-registered-b6to9-title = Non ou anrejistre
status-registered-b6to9-meaning = Responsab dosye ou louvri yon dosye pou ou. Dosye a ede moun yo ede ou.
status-registered-b6to9-next = Apre sa, responsab dosye ou ap pale avèk ou. Answit, l ap kòmanse chèche fanmi ou.
status-registered-b6to9-can-do = Ou ka bay responsab dosye ou non moun ki nan fanmi ou. Ou ka di l tou ki kote ou sonje.
status-registered-b6to9-ask = Gadyen ou ak responsab dosye ou la pou ou. Ou ka poze yo nenpòt kesyon.

status-registered-b10to12-title = Dosye ou louvri
status-registered-b10to12-meaning = Responsab dosye ou louvri yon dosye pou ou. Ladan l gen enfòmasyon ki ka ede jwenn fanmi ou.
status-registered-b10to12-next = Responsab dosye ou ap pale avèk ou sou fanmi ou. Apre sa, rechèch fanmi ou ka kòmanse.
status-registered-b10to12-can-do = Panse ak non, kote ak nimewo telefòn ou sonje. Tout bagay ka ede, menm ti bagay.
status-registered-b10to12-ask = Mande gadyen ou oswa responsab dosye ou si yon bagay pa klè.

status-registered-b13to15-title = Dosye ou louvri
status-registered-b13to15-meaning = Responsab dosye ou anrejistre non ou epi li louvri dosye ou. Nan dosye ou gen sa ki nesesè pou chèche fanmi ou.
status-registered-b13to15-next = Responsab dosye ou ap pale avèk ou sou fanmi ou ak sou sa ou vle. Apre sa, rechèch fanmi ou ap kòmanse.
status-registered-b13to15-can-do = Ekri non, kote, nimewo telefòn ak kont rezo sosyal ou sonje. Di responsab dosye ou sa ou ta vle ki rive.
status-registered-b13to15-ask = Gadyen ou ak responsab dosye ou ka reponn kesyon ou yo. Ou ka mande yon entèprèt tou.

status-registered-b16to17-title = Dosye ou louvri
status-registered-b16to17-meaning = Non ou anrejistre, e responsab dosye ou louvri dosye ou. Se sèlman moun k ap travay sou dosye ou ki ka wè l.
status-registered-b16to17-next = Responsab dosye ou ap pale avèk ou sou fanmi ou ak sou sa ou swete. Apre sa, rechèch fanmi an ka kòmanse.
status-registered-b16to17-can-do = Pataje tout detay ki ka ede jwenn fanmi ou: non, kote, nimewo telefòn, rezo sosyal. Di responsab dosye ou sa ou vle.
status-registered-b16to17-ask = Mande gadyen ou, responsab dosye ou oswa avoka ou. Ou ka mande yon entèprèt nenpòt ki lè.

status-registered-adult-title = Dosye a louvri
status-registered-adult-meaning = Yon responsab dosye anrejistre timoun nan epi li louvri yon dosye pou chèche fanmi timoun nan.
status-registered-adult-next = Responsab dosye a ap ranmase enfòmasyon, epi l ap kòmanse chèche fanmi timoun nan.
status-registered-adult-can-do = Kenbe telefòn ou limen epi tcheke aplikasyon sa a. Pataje enfòmasyon sèlman ak responsab dosye a.
status-registered-adult-ask = Mande responsab dosye timoun nan.

## tracing

status-tracing-b0to5-title = Y ap chèche fanmi ou
status-tracing-b0to5-meaning = Anpil bon moun ap chèche fanmi ou.
status-tracing-b0to5-next = Sa ka pran anpil tan. Ou an sekirite pandan y ap chèche.
status-tracing-b0to5-can-do = Ou ka jwe, ou ka repoze ou, e ou ka mande yon akolad.
status-tracing-b0to5-ask = Ou ka mande gadyen ou kijan rechèch la ap mache.

status-tracing-b6to9-title = Y ap chèche fanmi ou
status-tracing-b6to9-meaning = Gen moun k ap chèche fanmi ou. Yo mande lòt moun k ap ede nan anpil kote.
status-tracing-b6to9-next = Chèche ka pran anpil tan. Responsab dosye ou ap di ou lè gen nouvèl.
status-tracing-b6to9-can-do = Si ou sonje yon bagay nouvo, di responsab dosye ou. Li nòmal pou ou santi ou tris oswa enkyete.
status-tracing-b6to9-ask = Gadyen ou ak responsab dosye ou ka di ou kijan rechèch la ap mache.

status-tracing-b10to12-title = Y ap chèche fanmi ou
status-tracing-b10to12-meaning = Responsab dosye ou ap chèche fanmi ou. L ap travay ak moun k ap ede nan lòt kote ak nan lòt peyi.
status-tracing-b10to12-next = Rechèch la ka pran plizyè semèn oswa plizyè mwa. Lè yo jwenn yon moun, responsab dosye ou ap di ou.
status-tracing-b10to12-can-do = Di responsab dosye ou si ou sonje yon non, yon kote oswa yon nimewo telefòn. Kontinye al lekòl epi fè bagay ou renmen.
status-tracing-b10to12-ask = Mande gadyen ou oswa responsab dosye ou kijan rechèch la ap mache.

status-tracing-b13to15-title = Y ap chèche fanmi ou
status-tracing-b13to15-meaning = Responsab dosye ou ak òganizasyon patnè yo ap chèche fanmi ou, isit la ak nan lòt peyi.
status-tracing-b13to15-next = Rechèch la ka pran anpil tan. Y ap di ou lè yo jwenn yon moun ki ka fanmi ou.
status-tracing-b13to15-can-do = Pataje nenpòt bagay nouvo ou sonje. Pa eseye kontakte moun pou kont ou: mande responsab dosye ou anvan, pou ou rete an sekirite.
status-tracing-b13to15-ask = Gadyen ou ak responsab dosye ou ka di ou sa yo fè deja.

status-tracing-b16to17-title = Rechèch fanmi
status-tracing-b16to17-meaning = Responsab dosye ou ak òganizasyon patnè yo ap chèche fanmi ou, isit la ak nan lòt peyi.
status-tracing-b16to17-next = Rechèch la ka pran anpil tan. Y ap di ou depi yo jwenn yon moun ki ka fanmi ou.
status-tracing-b16to17-can-do = Pataje nouvo enfòmasyon ak responsab dosye ou. Anvan ou kontakte nenpòt moun pou kont ou, pale ak responsab dosye ou, pou sa pa gen danje ni pou ou ni pou yo.
status-tracing-b16to17-ask = Mande responsab dosye ou oswa gadyen ou sa yo fè deja ak sa k ap vini apre.

status-tracing-adult-title = Rechèch fanmi
status-tracing-adult-meaning = Responsab dosye a ak òganizasyon patnè yo ap chèche manm fanmi timoun nan.
status-tracing-adult-next = Rechèch la ka pran tan. Responsab dosye a ap kontakte manm fanmi yo jwenn yo.
status-tracing-adult-can-do = Bay responsab dosye a tout enfòmasyon ki ka ede. Pa pataje enfòmasyon sou timoun nan ak lòt moun.
status-tracing-adult-ask = Mande responsab dosye timoun nan.

## family found

status-family-found-b0to5-title = Yo jwenn yon moun
status-family-found-b0to5-meaning = Moun k ap ede ou yo jwenn yon moun ki ka fanmi ou.
status-family-found-b0to5-next = Anvan, y ap gade byen si se vrèman fanmi ou.
status-family-found-b0to5-can-do = Ou ka mande gadyen ou pou l di ou plis.
status-family-found-b0to5-ask = Gadyen ou ak responsab dosye ou ap di ou sa k ap pase.

status-family-found-b6to9-title = Yon moun ka fanmi ou
status-family-found-b6to9-meaning = Responsab dosye ou jwenn yon moun ki ka fanmi ou.
status-family-found-b6to9-next = Responsab dosye ou ap tcheke si moun sa a se vrèman fanmi ou. Sa ka pran yon ti tan.
status-family-found-b6to9-can-do = Ou ka di responsab dosye ou kijan ou santi ou ak nouvèl sa a.
status-family-found-b6to9-ask = Mande gadyen ou oswa responsab dosye ou nenpòt bagay sou sa.

status-family-found-b10to12-title = Yon moun ka fanmi ou
status-family-found-b10to12-meaning = Responsab dosye ou jwenn yon moun ki ka fè pati fanmi ou.
status-family-found-b10to12-next = Anvan, responsab dosye ou ap tcheke si moun sa a se vrèman fanmi ou. Se sèlman apre sa ou ka pale avèk li.
status-family-found-b10to12-can-do = Di responsab dosye ou kijan ou santi ou ak sa ou ta renmen. Sa ou vle enpòtan.
status-family-found-b10to12-ask = Mande gadyen ou oswa responsab dosye ou si ou gen kesyon.

status-family-found-b13to15-title = Yo jwenn yon moun ki ka fanmi ou
status-family-found-b13to15-meaning = Responsab dosye ou jwenn yon moun ki ka yon manm fanmi ou.
status-family-found-b13to15-next = Responsab dosye ou ap verifye kiyès moun sa a ye. Kontak ka kòmanse sèlman lè sa fin verifye e lè pa gen danje.
status-family-found-b13to15-can-do = Di responsab dosye ou sa ou vle ak sa k ap enkyete ou. Ou ka di si ou pa vle gen kontak.
status-family-found-b13to15-ask = Gadyen ou ak responsab dosye ou ka reponn kesyon ou yo.

status-family-found-b16to17-title = Yo jwenn yon moun ki ka fanmi ou
status-family-found-b16to17-meaning = Responsab dosye ou jwenn yon moun ki ka yon manm fanmi ou.
status-family-found-b16to17-next = Responsab dosye ou ap verifye idantite moun nan ak lyen fanmi an. Kontak ap kòmanse sèlman lè sa fin verifye e lè pa gen danje.
status-family-found-b16to17-can-do = Di responsab dosye ou sa ou swete ak sa k ap enkyete ou. Opinyon ou fè pati desizyon an.
status-family-found-b16to17-ask = Mande responsab dosye ou, gadyen ou oswa avoka ou.

status-family-found-adult-title = Yo jwenn yon moun ki ka fanmi timoun nan
status-family-found-adult-meaning = Responsab dosye a jwenn yon moun ki ka yon fanmi timoun nan.
status-family-found-adult-next = Anvan nenpòt kontak, responsab dosye a ap verifye idantite moun yo ak lyen fanmi an.
status-family-found-adult-can-do = Reponn kesyon responsab dosye a. Kenbe dokiman ak foto ki montre lyen fanmi ou pare.
status-family-found-adult-ask = Mande responsab dosye timoun nan.

## verifying

status-verifying-b0to5-title = Y ap tcheke
status-verifying-b0to5-meaning = Moun k ap ede ou yo ap tcheke si moun nan se vrèman fanmi ou.
status-verifying-b0to5-next = Lè yo sèten, y ap di ou.
status-verifying-b0to5-can-do = Ou ka gade foto ak gadyen ou si ou vle.
status-verifying-b0to5-ask = Ou ka mande gadyen ou sa k ap pase.

status-verifying-b6to9-title = Y ap tcheke
status-verifying-b6to9-meaning = Responsab dosye ou ap tcheke si moun nan se vrèman fanmi ou.
status-verifying-b6to9-next = Li ka poze ou kèk kesyon oswa montre ou foto. Apre sa, l ap di ou sa li jwenn.
status-verifying-b6to9-can-do = Reponn sèlman sa ou vle. Li nòmal pou ou di ou pa konnen.
status-verifying-b6to9-ask = Mande gadyen ou oswa responsab dosye ou si ou enkyete.

status-verifying-b10to12-title = Y ap tcheke kiyès moun nan ye
status-verifying-b10to12-meaning = Responsab dosye ou ap tcheke si moun yo jwenn nan se vrèman fanmi ou.
status-verifying-b10to12-next = Yo ka poze ou kèk kesyon oswa montre ou foto. Responsab dosye ou ap di ou rezilta a.
status-verifying-b10to12-can-do = Reponn jan ou kapab. Li nòmal pou ou di ou pa konnen oswa ou pa sonje.
status-verifying-b10to12-ask = Gadyen ou ak responsab dosye ou la pou ou si ou gen kesyon oswa si yon bagay enkyete ou.

status-verifying-b13to15-title = Y ap verifye lyen fanmi an
status-verifying-b13to15-meaning = Responsab dosye ou ap verifye si moun yo jwenn nan se vrèman fanmi ou, e si li vle gen kontak avèk ou.
status-verifying-b13to15-next = Yo ka poze ou kesyon oswa montre ou foto oswa dokiman. Y ap di ou rezilta a.
status-verifying-b13to15-can-do = Reponn ak onètete. Ou ka di si ou pa sonje, e ou ka pran yon poz.
status-verifying-b13to15-ask = Mande gadyen ou oswa responsab dosye ou sou nenpòt bagay ki enkyete ou.

status-verifying-b16to17-title = Verifikasyon
status-verifying-b16to17-meaning = Responsab dosye ou ap verifye idantite moun yo jwenn nan ak lyen fanmi ou genyen avèk li.
status-verifying-b16to17-next = Yo ka poze ou kesyon oswa montre ou foto ak dokiman. Y ap di ou rezilta a.
status-verifying-b16to17-can-do = Reponn ak onètete, epi di si yon bagay pa sanble bon pou ou. Ou ka pran yon poz nenpòt ki lè.
status-verifying-b16to17-ask = Mande responsab dosye ou, gadyen ou oswa avoka ou.

status-verifying-adult-title = Verifikasyon
status-verifying-adult-meaning = Responsab dosye a ap verifye lyen fanmi an ak idantite moun ki konsène yo.
status-verifying-adult-next = Yo ka mande ou dokiman, foto oswa yon entèvyou. Responsab dosye a ap di ou rezilta a.
status-verifying-adult-can-do = Reponn kesyon responsab dosye a, epi bay dokiman lè yo mande ou yo.
status-verifying-adult-ask = Mande responsab dosye timoun nan.

## assessing

status-assessing-b0to5-title = Y ap veye pou ou an sekirite
status-assessing-b0to5-meaning = Moun k ap ede ou yo ap veye pou tout bagay san danje e bon pou ou.
status-assessing-b0to5-next = Y ap koute ou, epi y ap koute fanmi ou.
status-assessing-b0to5-can-do = Ou ka di gadyen ou kijan ou santi ou.
status-assessing-b0to5-ask = Ou ka mande gadyen ou nenpòt bagay.

status-assessing-b6to9-title = Y ap veye pou ou an sekirite
status-assessing-b6to9-meaning = Responsab dosye ou ap gade si rete ak fanmi ou pa gen danje, e si sa bon pou ou.
status-assessing-b6to9-next = Responsab dosye ou ap pale avèk ou ak fanmi ou. Apre sa, granmoun yo ap deside ansanm.
status-assessing-b6to9-can-do = Di responsab dosye ou sa ou vle ak sa ki enkyete ou. Sa ou di enpòtan.
status-assessing-b6to9-ask = Poze gadyen ou oswa responsab dosye ou nenpòt kesyon.

status-assessing-b10to12-title = Y ap gade si sa san danje e si sa bon pou ou
status-assessing-b10to12-meaning = Responsab dosye ou ap gade si viv ak fanmi ou pa gen danje, e si se pi bon bagay pou ou.
status-assessing-b10to12-next = Responsab dosye ou ap pale avèk ou ak fanmi ou. Sa ou vle ap fè pati desizyon an.
status-assessing-b10to12-can-do = Di sa ou vle ak sa ki enkyete ou. Ou ka pale ak gadyen ou anvan si ou vle.
status-assessing-b10to12-ask = Mande gadyen ou oswa responsab dosye ou.

status-assessing-b13to15-title = Y ap deside sa ki pi bon pou ou
status-assessing-b13to15-meaning = Responsab dosye ou ap evalye si rejwenn fanmi ou pa gen danje, e si se pi bon bagay pou ou.
status-assessing-b13to15-next = Responsab dosye ou ap pale avèk ou ak fanmi ou, e li ka al vizite yo. Sa ou vle fè pati desizyon an.
status-assessing-b13to15-can-do = Di responsab dosye ou sa ou vle, sa ki fè ou pè ak sa ou espere.
status-assessing-b13to15-ask = Mande gadyen ou oswa responsab dosye ou. Ou ka mande avoka ou tou.

status-assessing-b16to17-title = Evalyasyon sa ki pi bon pou ou
status-assessing-b16to17-meaning = Responsab dosye ou ap evalye si reyinifikasyon ak fanmi ou pa gen danje, e si se sa ki pi bon pou ou.
status-assessing-b16to17-next = Responsab dosye ou ap pale avèk ou ak fanmi ou, e li ka al vizite yo. Opinyon ou gen anpil pwa nan desizyon an.
status-assessing-b16to17-can-do = Pataje sa ou swete, sa ki enkyete ou ak sa ou espere. Ou ka mande pou yo ekri opinyon ou.
status-assessing-b16to17-ask = Mande responsab dosye ou, gadyen ou oswa avoka ou.

status-assessing-adult-title = Evalyasyon enterè siperyè timoun nan
status-assessing-adult-meaning = Responsab dosye a ap evalye si reyinifikasyon an pa gen danje, e si se nan enterè siperyè timoun nan.
status-assessing-adult-next = Responsab dosye a ka fè yon entèvyou avèk ou epi vizite lakay ou. Opinyon timoun nan fè pati desizyon an.
status-assessing-adult-can-do = Patisipe nan entèvyou yo epi reponn kesyon yo ak franchiz.
status-assessing-adult-ask = Mande responsab dosye timoun nan.

## planning reunification

status-planning-reunification-b0to5-title = Y ap pare tout bagay
status-planning-reunification-b0to5-meaning = Ou pral jwenn fanmi ou. Moun k ap ede ou yo ap pare tout bagay.
status-planning-reunification-b0to5-next = Y ap di ou ki jou ou prale.
status-planning-reunification-b0to5-can-do = Ou ka chwazi yon jwèt oswa yon desen pou pote avèk ou.
status-planning-reunification-b0to5-ask = Ou ka mande gadyen ou sou vwayaj la.

status-planning-reunification-b6to9-title = Pare pou al jwenn fanmi ou
status-planning-reunification-b6to9-meaning = Yo deside: ou pral jwenn fanmi ou. Kounye a, responsab dosye ou ap fè yon plan.
status-planning-reunification-b6to9-next = Plan an di kijan ou pral vwayaje ak kilè. Responsab dosye ou ap di ou ki jou.
status-planning-reunification-b6to9-can-do = Ou ka di responsab dosye ou sa ou vle pote, ak kiyès ou vle di orevwa.
status-planning-reunification-b6to9-ask = Mande gadyen ou oswa responsab dosye ou sou plan an.

status-planning-reunification-b10to12-title = Plan pou al jwenn fanmi ou
status-planning-reunification-b10to12-meaning = Yo deside ou pral jwenn fanmi ou. Responsab dosye ou ap planifye kijan sa pral fèt.
status-planning-reunification-b10to12-next = Plan an gen ladan l papye yo, vwayaj la ak dat la. Responsab dosye ou ap gade l ansanm avèk ou.
status-planning-reunification-b10to12-can-do = Di responsab dosye ou ki kesyon ou genyen ak sa ki enkyete ou sou vwayaj la. Panse ak moun ou vle di orevwa.
status-planning-reunification-b10to12-ask = Mande gadyen ou oswa responsab dosye ou.

status-planning-reunification-b13to15-title = Preparasyon pou rejwenn fanmi ou
status-planning-reunification-b13to15-meaning = Yo deside ou pral rejwenn fanmi ou. Responsab dosye ou ap planifye deplasman an.
status-planning-reunification-b13to15-next = Plan an gen ladan l dokiman, vwayaj la, dat la, ak lekòl oswa sipò apre ou rive. Ou menm ak responsab dosye ou ap gade l ansanm.
status-planning-reunification-b13to15-can-do = Poze kesyon sou nenpòt bagay ki nan plan an. Di si yon bagay enkyete ou.
status-planning-reunification-b13to15-ask = Mande gadyen ou, responsab dosye ou oswa avoka ou.

status-planning-reunification-b16to17-title = Preparasyon reyinifikasyon an
status-planning-reunification-b16to17-meaning = Yo dakò pou ou rejwenn fanmi ou. Responsab dosye ou ap prepare plan an.
status-planning-reunification-b16to17-next = Plan an gen ladan l dokiman, vwayaj, dat la, ak lekòl oswa travay ak sipò apre ou rive. Ou menm ak responsab dosye ou ap revize l ansanm.
status-planning-reunification-b16to17-can-do = Tcheke plan an epi poze kesyon sou sa ki pa klè. Di responsab dosye ou sa ou bezwen.
status-planning-reunification-b16to17-ask = Mande responsab dosye ou, gadyen ou oswa avoka ou.

status-planning-reunification-adult-title = Preparasyon reyinifikasyon an
status-planning-reunification-adult-meaning = Yo dakò pou reyinifikasyon an fèt. Responsab dosye a ap prepare plan an avèk ou.
status-planning-reunification-adult-next = Plan an gen ladan l dokiman, vwayaj, dat la, ak sipò apre timoun nan rive.
status-planning-reunification-adult-can-do = Prepare dokiman responsab dosye a mande yo, epi pare pou pale sou plan an.
status-planning-reunification-adult-ask = Mande responsab dosye timoun nan.

## reunified

status-reunified-b0to5-title = Ansanm ak fanmi ou
status-reunified-b0to5-meaning = Kounye a, ou avèk fanmi ou.
status-reunified-b0to5-next = Moun k ap ede ou yo ap vin di ou bonjou epi wè kijan ou ye.
status-reunified-b0to5-can-do = Ou ka di fanmi ou kijan ou santi ou.
status-reunified-b0to5-ask = Ou ka toujou mande responsab dosye ou èd.

status-reunified-b6to9-title = Ansanm ak fanmi ou
status-reunified-b6to9-meaning = Ou avèk fanmi ou ankò.
status-reunified-b6to9-next = Responsab dosye ou ap pase wè kijan ou ye.
status-reunified-b6to9-can-do = Li nòmal pou ou kontan, e pou ou santi ou yon ti jan dwòl tou. Ou ka pale sou sa.
status-reunified-b6to9-ask = Ou ka toujou mande responsab dosye ou èd.

status-reunified-b10to12-title = Ansanm ak fanmi ou ankò
status-reunified-b10to12-meaning = Ou tounen avèk fanmi ou.
status-reunified-b10to12-next = Pandan yon tan, responsab dosye ou ap pase wè kijan bagay yo ap mache.
status-reunified-b10to12-can-do = Abitye ak yon nouvo lavi pran tan. Pale ak yon moun si bagay yo difisil.
status-reunified-b10to12-ask = Ou ka toujou mande responsab dosye ou èd.

status-reunified-b13to15-title = Ansanm ak fanmi ou ankò
status-reunified-b13to15-meaning = Ou rejwenn fanmi ou.
status-reunified-b13to15-next = Pandan yon tan, responsab dosye ou ap pase wè kijan ou ap abitye.
status-reunified-b13to15-can-do = Abitye pran tan. Si yon bagay pa bon, oswa si ou pa santi ou an sekirite, di responsab dosye ou.
status-reunified-b13to15-ask = Responsab dosye ou toujou la pou ou.

status-reunified-b16to17-title = Ou rejwenn fanmi ou
status-reunified-b16to17-meaning = Ou rejwenn fanmi ou.
status-reunified-b16to17-next = Pandan yon tan, responsab dosye ou ap fè swivi pou wè kijan ou ap abitye.
status-reunified-b16to17-can-do = Si yon bagay pa bon oswa si ou pa santi ou an sekirite, kontakte responsab dosye ou. Ou ka toujou fè yon plent.
status-reunified-b16to17-ask = Responsab dosye ou toujou la pou ou.

status-reunified-adult-title = Reyinifikasyon fèt
status-reunified-adult-meaning = Timoun nan rejwenn fanmi li.
status-reunified-adult-next = Responsab dosye a ap fè swivi pou wè kijan timoun nan ak fanmi an ye.
status-reunified-adult-can-do = Di responsab dosye a si fanmi an bezwen sipò.
status-reunified-adult-ask = Mande responsab dosye timoun nan.

## follow-up

status-follow-up-b0to5-title = Yo vin di ou bonjou
status-follow-up-b0to5-meaning = Moun k ap ede ou yo vin wè kijan ou ye.
status-follow-up-b0to5-next = Apre kèk vizit, moun k ap ede ou yo ap di ou orevwa.
status-follow-up-b0to5-can-do = Ou ka montre yo desen ou ak jwèt ou.
status-follow-up-b0to5-ask = Ou ka mande fanmi ou pou yo rele responsab dosye ou.

status-follow-up-b6to9-title = Y ap pase wè ou
status-follow-up-b6to9-meaning = Responsab dosye ou pase wè kijan ou ye ak fanmi ou.
status-follow-up-b6to9-next = Lè tout bagay ap mache byen, vizit yo ap fini.
status-follow-up-b6to9-can-do = Di responsab dosye ou sa ki bon ak sa ki difisil.
status-follow-up-b6to9-ask = Ou ka mande responsab dosye ou èd.

status-follow-up-b10to12-title = Y ap pase wè ou
status-follow-up-b10to12-meaning = Responsab dosye ou pase wè kijan lavi ak fanmi ou ap mache.
status-follow-up-b10to12-next = Lè bagay yo ap mache byen, vizit yo ap fini, epi dosye ou ap fèmen.
status-follow-up-b10to12-can-do = Di responsab dosye ou sa k ap mache byen ak sa ki difisil.
status-follow-up-b10to12-ask = Ou ka mande responsab dosye ou èd.

status-follow-up-b13to15-title = Swivi
status-follow-up-b13to15-meaning = Responsab dosye ou ap swiv kijan bagay yo ap mache ak fanmi ou.
status-follow-up-b13to15-next = Lè bagay yo ap mache byen, swivi a ap fini, epi y ap fèmen dosye ou.
status-follow-up-b13to15-can-do = Di laverite sou sa k ap mache byen ak sa ki pa mache. Mande sipò si ou bezwen.
status-follow-up-b13to15-ask = Ou ka mande responsab dosye ou èd.

status-follow-up-b16to17-title = Swivi
status-follow-up-b16to17-meaning = Responsab dosye ou ap fè swivi apre ou fin rejwenn fanmi ou.
status-follow-up-b16to17-next = Lè sitiyasyon an estab, swivi a ap fini, epi y ap fèmen dosye ou.
status-follow-up-b16to17-can-do = Di ki sipò ou bezwen: lekòl, travay, sante oswa nenpòt lòt bagay.
status-follow-up-b16to17-ask = Ou ka mande responsab dosye ou èd.

status-follow-up-adult-title = Swivi
status-follow-up-adult-meaning = Responsab dosye a ap swiv kijan timoun nan ak fanmi an ye apre reyinifikasyon an.
status-follow-up-adult-next = Lè sitiyasyon an estab, swivi a ap fini, epi y ap fèmen dosye a.
status-follow-up-adult-can-do = Di responsab dosye a si gen nenpòt bezwen oswa difikilte.
status-follow-up-adult-ask = Mande responsab dosye timoun nan.

## closed

status-closed-b0to5-title = Fini
status-closed-b0to5-meaning = Moun k ap ede ou yo fin fè travay yo avèk ou.
status-closed-b0to5-next = Granmoun ki bò kote ou yo ap kontinye pran swen ou.
status-closed-b0to5-can-do = Ou ka mande yon granmoun èd nenpòt ki lè.
status-closed-b0to5-ask = Ou ka mande gadyen ou oswa yon granmoun ou fè konfyans.

status-closed-b6to9-title = Dosye ou fini
status-closed-b6to9-meaning = Responsab dosye ou fin travay sou dosye ou.
status-closed-b6to9-next = Granmoun k ap okipe ou yo ap kontinye ede ou.
status-closed-b6to9-can-do = Si ou bezwen èd ankò, di yon granmoun ou fè konfyans.
status-closed-b6to9-ask = Ou ka mande yon granmoun ou fè konfyans pou kontakte ekip la.

status-closed-b10to12-title = Dosye ou fèmen
status-closed-b10to12-meaning = Responsab dosye ou fin travay sou dosye ou.
status-closed-b10to12-next = Pa gen anyen ankò k ap fèt nan dosye sa a. Si ou bezwen èd ankò, ekip la ka louvri l ankò.
status-closed-b10to12-can-do = Si ou bezwen èd, di yon granmoun ou fè konfyans.
status-closed-b10to12-ask = Mande yon granmoun ou fè konfyans pou kontakte ekip la.

status-closed-b13to15-title = Dosye ou fèmen
status-closed-b13to15-meaning = Responsab dosye ou fin travay sou dosye ou.
status-closed-b13to15-next = Pa gen anyen ankò k ap fèt nan dosye sa a. Si ou bezwen èd ankò, yo ka relouvri l.
status-closed-b13to15-can-do = Si ou bezwen èd, kontakte ekip la oswa yon granmoun ou fè konfyans. Ou ka toujou fè yon plent.
status-closed-b13to15-ask = Mande yon granmoun ou fè konfyans, oswa kontakte ekip la.

status-closed-b16to17-title = Dosye fèmen
status-closed-b16to17-meaning = Responsab dosye ou fin travay sou dosye ou.
status-closed-b16to17-next = Pa gen anyen ankò k ap fèt nan dosye sa a. Yo ka relouvri l si ou bezwen èd ankò.
status-closed-b16to17-can-do = Ou ka toujou mande yon kopi enfòmasyon ou yo, oswa fè yon plent.
status-closed-b16to17-ask = Kontakte ekip la si ou bezwen èd ankò.

status-closed-adult-title = Dosye fèmen
status-closed-adult-meaning = Responsab dosye a fin travay sou dosye timoun nan.
status-closed-adult-next = Pa gen anyen ankò k ap fèt nan dosye sa a. Yo ka relouvri l si sa nesesè.
status-closed-adult-can-do = Ou ka mande yon kopi enfòmasyon ou yo, oswa fè yon plent.
status-closed-adult-ask = Kontakte ekip la si ou bezwen èd ankò.

## alternative care

status-alternative-care-b0to5-title = Yon kote an sekirite pou ou viv
status-alternative-care-b0to5-meaning = Ou pral viv nan yon kote ki an sekirite, ak moun ki pran swen ou.
status-alternative-care-b0to5-next = Moun k ap ede ou yo ap kontinye vin wè ou.
status-alternative-care-b0to5-can-do = Ou ka di moun k ap okipe ou yo sa ou renmen.
status-alternative-care-b0to5-ask = Ou ka mande gadyen ou nenpòt bagay.

status-alternative-care-b6to9-title = Yon kote an sekirite pou ou viv
status-alternative-care-b6to9-meaning = Pou kounye a, ou pral viv nan yon kote ki an sekirite, ak moun k ap pran swen ou.
status-alternative-care-b6to9-next = Responsab dosye ou ap kontinye vin wè ou. Yo ka kontinye chèche fanmi ou.
status-alternative-care-b6to9-can-do = Di responsab dosye ou sa ou renmen ak sa ou bezwen.
status-alternative-care-b6to9-ask = Poze gadyen ou oswa responsab dosye ou nenpòt kesyon.

status-alternative-care-b10to12-title = Yon kote an sekirite pou ou viv
status-alternative-care-b10to12-meaning = Pou kounye a, ou pral viv nan yon kote ki an sekirite, ak moun k ap okipe ou, men pa ak fanmi ou.
status-alternative-care-b10to12-next = Responsab dosye ou ap kontinye vizite ou. Rechèch fanmi ou ka kontinye.
status-alternative-care-b10to12-can-do = Di responsab dosye ou sa ou bezwen, ak kijan ou santi ou kote ou rete a.
status-alternative-care-b10to12-ask = Mande gadyen ou oswa responsab dosye ou.

status-alternative-care-b13to15-title = Yon kote pou viv pou kounye a
status-alternative-care-b13to15-meaning = Pou kounye a, ou pral viv nan yon kote ki an sekirite ak moun k ap okipe ou, tankou yon fanmi dakèy oswa yon ti kay dakèy.
status-alternative-care-b13to15-next = Responsab dosye ou ap kenbe kontak avèk ou. Rechèch fanmi ou ka kontinye, e y ap revize plan an.
status-alternative-care-b13to15-can-do = Di sa ou bezwen ak kijan ou santi ou kote ou rete a. Opinyon ou konte lè y ap revize plan an.
status-alternative-care-b13to15-ask = Mande gadyen ou, responsab dosye ou oswa avoka ou.

status-alternative-care-b16to17-title = Swen altènatif
status-alternative-care-b16to17-meaning = Pou kounye a, ou pral viv nan swen altènatif, tankou yon fanmi dakèy, yon ti kay dakèy oswa yon lojman ak sipò.
status-alternative-care-b16to17-next = Responsab dosye ou ap kenbe kontak avèk ou, epi l ap revize plan an avèk ou. Rechèch fanmi an ka kontinye.
status-alternative-care-b16to17-can-do = Di responsab dosye ou sa ou bezwen, ansanm ak plan pou lè ou gen 18 an.
status-alternative-care-b16to17-ask = Mande responsab dosye ou, gadyen ou oswa avoka ou.

status-alternative-care-adult-title = Swen altènatif
status-alternative-care-adult-meaning = Pou kounye a, timoun nan pral viv nan swen altènatif.
status-alternative-care-adult-next = Responsab dosye a ap revize plan an regilyèman. Rechèch fanmi an ka kontinye.
status-alternative-care-adult-can-do = Mande responsab dosye a kijan ou ka rete an kontak ak timoun nan, si sa pèmèt.
status-alternative-care-adult-ask = Mande responsab dosye timoun nan.
