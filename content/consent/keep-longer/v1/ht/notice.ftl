# Case data kept beyond the standard period. Source: English. Never edit a published version.
# Kreyòl ayisyen (ht): machine draft (Claude), not reviewed by a native speaker.
# caseworker = "responsab dosye", guardian = "gadyen", case = "dosye".

notice-title-b0to5 = Kenbe istwa ou
notice-body-b0to5 =
    Nou kenbe sa nou konnen sou ou pandan n ap ede ou.
    Nou ta renmen kenbe l pi lontan, nan ka ou ta bezwen l pita.
    Ou ka di wi oswa non. Tou de bon.
notice-withdraw-b0to5 = Si ou chanje lide, di gadyen ou.

notice-title-b6to9 = Kenbe enfòmasyon ou pi lontan
notice-body-b6to9 =
    Lè dosye ou fini, nòmalman nou efase sa nou konnen sou ou apre yon ti tan.
    Nou ta renmen kenbe l pi lontan, nan ka ou menm oswa fanmi ou ta bezwen l pita.
    Ou ka di wi oswa non.
notice-withdraw-b6to9 = Ou ka chanje lide nenpòt ki lè. Peze bouton Sispann nan, oswa di responsab dosye ou.

notice-title-b10to12 = Kenbe enfòmasyon ou pi lontan
notice-body-b10to12 =
    Lè yo fèmen dosye ou, nòmalman nou efase enfòmasyon ou apre yon kantite tan ki fikse.
    Nou ta renmen kenbe l jiska senk an, nan ka ou menm oswa fanmi ou ta bezwen l pita, pa egzanp pou montre istwa fanmi ou.
    Ou ka di wi oswa non.
notice-withdraw-b10to12 = Ou ka chanje lide nenpòt ki lè. Nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Lè sa a, nou efase l nan tan nòmal la.

notice-title-b13to15 = Kenbe enfòmasyon dosye ou pi lontan
notice-body-b13to15 =
    Nòmalman, yo efase enfòmasyon dosye ou yon kantite tan ki fikse apre yo fèmen dosye ou.
    Nou mande pou nou kenbe l jiska senk an apre yo fèmen dosye a, pou ou menm oswa fanmi ou ka mande l pita.
    Se ou ki chwazi.
notice-withdraw-b13to15 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Lè sa a, yo efase enfòmasyon ou nan tan nòmal la.

notice-title-b16to17 = Kenbe enfòmasyon dosye ou pi lontan
notice-body-b16to17 =
    Nòmalman, yo efase enfòmasyon dosye ou yon kantite tan ki fikse apre yo fèmen dosye ou.
    Nou mande pou nou kenbe l jiska senk an apre yo fèmen dosye a, pou ou menm oswa fanmi ou ka mande l pita.
    Se ou ki chwazi.
notice-withdraw-b16to17 = Ou ka retire konsantman ou nenpòt ki lè: nan aplikasyon an, peze bouton Sispann nan, oswa di responsab dosye ou. Lè sa a, yo efase enfòmasyon ou nan tan nòmal la.

notice-title-adult = Kenbe enfòmasyon dosye timoun nan pi lontan
notice-body-adult =
    Nòmalman, yo efase enfòmasyon yon dosye yon kantite tan ki fikse apre yo fèmen dosye a (peryòd konsèvasyon an).
    Nou mande pou nou kenbe l jiska senk an apre yo fèmen dosye a, pou timoun nan oswa fanmi li ka mande l pita.
notice-withdraw-adult = Ou ka retire konsantman ou nenpòt ki lè nan aplikasyon an, oswa ou ka mande responsab dosye a fè l. Lè sa a, yo efase enfòmasyon yo nan tan nòmal la.
