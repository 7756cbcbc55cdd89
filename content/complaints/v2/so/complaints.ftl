# Complaints: what a person reads before, while and after making a complaint. Version 2.
# Version 2 of content/complaints/v1/so/complaints.ftl: never edit in place.
# Source: English (content/complaints/v2/en/complaints.ftl).
# Somali (so): MACHINE DRAFT translation of the English file by an AI model (Claude),
# 2026-12-03. Not reviewed by a native speaker. See locales/so/STATUS.md.
# Terms: complaint = cabasho; complaint team = kooxda cabashooyinka;
# receipt number = lambarka rasiidka.
# No promise the system cannot keep: people read and answer, but nobody can promise an
# outcome or a day.
#
# Version 2 (issue 14): the 18 texts for 0–9 that changed in English v2 are a new MACHINE
# DRAFT by an AI model (Claude), 2026-12-03; not reviewed by a native speaker. They name
# kooxda cabashooyinka (no more "us", "kooxdu" alone or, in 0–5, the helpers "dadka ku
# caawiya") and explain it the first time in each text in the same words as the status
# texts v2:
#   complaint team: "Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin."
#   (in the two referred texts, first: "Kooxda cabashooyinka shaqadoodu waxay tahay inay
#   caawiyaan marka wax qaldan yihiin.")
# All other texts are as in version 1.

complaint-help-after-b0to5 = Waxaad sheegtay in wax qaldan yihiin. Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Waxay isku dayi doonaan inay arrinta wanaajiyaan.
complaint-help-after-b6to9 = Kooxda cabashooyinka ayaa akhrin doona waxa aad qortay. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Halkan ayay jawaab kuugu soo qori doonaan. Dib u soo noqo si aad u aragto jawaabtooda.
complaint-help-after-b10to12 = Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona cabashadaada, halkanna jawaab kuugu soo qori doona. Waxay isku dayaan inay kuu jawaabaan toddobaad gudihiis. Lambarka rasiidkaaga la soo noqo si aad jawaabtooda u akhrido.
complaint-help-after-b13to15 = Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona cabashadaada, halkanna kaaga jawaabi doona. Waxay ku dadaalaan inay kuu jawaabaan toddobaad gudihiis, oo ay saddex bilood gudahood kuu sheegaan waxa ay sameeyeen. Waqti kasta wax kale ayaad ku dari kartaa.
complaint-help-after-b16to17 = Kooxda cabashooyinku waxay akhriyaan cabasho kasta. Waxay ku dadaalaan inay kuu jawaabaan toddobaad gudihiis, oo ay saddex bilood gudahood kuu sheegaan waxa ay sameeyeen. Waqti kasta macluumaad dheeraad ah ayaad ku dari kartaa adigoo isticmaalaya lambarka rasiidkaaga.
complaint-help-after-adult = Kooxda cabashooyinku waxay akhriyaan cabasho kasta. Waxay ku dadaalaan inay xaqiijiyaan helitaanka cabashada 7 maalmood gudahood, oo ay 3 bilood gudahood kuu sheegaan waxa la sameeyay. Waqti kasta macluumaad ayaad ku dari kartaa adigoo isticmaalaya lambarka rasiidkaaga.

complaint-help-readers-b0to5 = Kooxda cabashooyinka oo keliya ayaa arki kara. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Qofka aad ka hadlayso ma arki karo.
complaint-help-readers-b6to9 = Kooxda cabashooyinka oo keliya ayaa akhrin kara. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Haddii ay ku saabsan tahay qof, qofkaasi ma arki karo. Uma baahnid inaad magacaaga sheegto.
complaint-help-readers-b10to12 = Kooxda cabashooyinka oo keliya ayaa akhrin kara. Qofka aad ka cabato ma arki karo. Uma baahnid inaad magacaaga sheegto.
complaint-help-readers-b13to15 = Kooxda cabashooyinka oo keliya ayaa akhrin kara, iyagoo isticmaalaya taleefannadooda. Qofka aad ka cabato ma arki karo, server-ka gudbiyaana ma akhrin karo. Uma baahnid inaad magacaaga sheegto.
complaint-help-readers-b16to17 = Kooxda cabashooyinka oo keliya ayaa akhrin kara: taleefankaaga ayaa lagu xiraa, taleefannadooda ayaana lagu furaa. Qofka aad ka cabato ma arki karo. Uma baahnid inaad magacaaga sheegto.
complaint-help-readers-adult = Kooxda cabashooyinka oo keliya ayaa akhrin kara: taleefankaaga ayaa lagu sireeyaa, taleefannadooda ayaana sirta looga furaa. Qofka aad ka cabato ma arki karo. Uma baahnid inaad magacaaga sheegto.

complaint-help-receipt-b0to5 = Lambar ayaad heli doontaa. Qof weyn oo aad ku kalsoon tahay ayaa kuu hayn kara.
complaint-help-receipt-b6to9 = Lambar dheer ayaad heli doontaa. Waa furahaaga aad jawaabta ku aragto. Sir ka dhig. Meel ku qor oo qari.
complaint-help-receipt-b10to12 = Waxaad heli doontaa lambarka rasiidka. Markaad haysato, jawaabta waxaad ka akhrin kartaa taleefan kasta. Sir ka dhig: qof kasta oo haysta lambarka wuu akhrin karaa cabashadaada.
complaint-help-receipt-b13to15 = Lambarka rasiidka hal mar ayaad heleysaa. Markaad haysato, jawaabaha waad akhrin kartaa, wax kalena waad ku dari kartaa, taleefan kasta. Sir ka dhig: qof kasta oo haysta wuu akhrin karaa cabashadaada. Haddii aad lumiso, qofna kuuma heli karo.
complaint-help-receipt-b16to17 = Lambarka rasiidka hal mar ayaad heleysaa. Markaad haysato, jawaabaha waad akhrin kartaa, wax kalena waad ku dari kartaa, taleefan kasta. Sir ka dhig: qof kasta oo haysta wuu akhrin karaa cabashadaada. Haddii aad lumiso, qofna dib kuuma siin karo.
complaint-help-receipt-adult = Lambarka rasiidka hal mar ayaad heleysaa. Markaad haysato, jawaabaha waad akhrin kartaa, macluumaadna waad ku dari kartaa, qalab kasta. Sir ka dhig: qof kasta oo haysta wuu akhrin karaa cabashada. Haddii uu lumo, qofna ma soo celin karo.

complaint-urgent-b0to5 = Haddii qof hadda dhibayo ilmo, tan taabo. Isla markiiba waxaa loo sheegayaa qof shaqada jooga.
complaint-urgent-b6to9 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa qof shaqada jooga.
complaint-urgent-b10to12 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa dadka shaqada jooga.
complaint-urgent-b13to15 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa dadka shaqada jooga, haddii qofna uusan ka jawaabinna waxaa loo sheegayaa dad kale.
complaint-urgent-b16to17 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa dadka shaqada jooga, haddii qofna uusan si degdeg ah uga jawaabinna waxaa loo sheegayaa dad kale oo dheeraad ah.
complaint-urgent-adult = Haddii ilmo hadda khatar ku jiro, tan dooro. Shaqaalaha shaqada jooga ayaa isla markiiba digniin helaya, haddii qofna uusan ka jawaabinna digniintu way sii gudbaysaa.

complaint-received-b0to5 = Waad ku mahadsan tahay inaad u sheegtay kooxda cabashooyinka. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Mid iyaga ka mid ah ayaa akhrin doona.
complaint-received-b6to9 = Mahadsanid. Cabashadaadu way timid. Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-received-b10to12 = Mahadsanid. Cabashadaadu way timid. Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona.
complaint-received-b13to15 = Mahadsanid. Cabashadaadu si badbaado leh ayay u timid. Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona, halkanna kaaga jawaabi doona.
complaint-received-b16to17 = Mahadsanid. Cabashadaadu si badbaado leh ayay u timid. Kooxda cabashooyinku way akhrin doonaan, halkanna way kaaga jawaabi doonaan.
complaint-received-adult = Mahadsanid. Cabashadaada waa la helay. Kooxda cabashooyinku way akhrin doonaan, halkanna way ka jawaabi doonaan.

complaint-status-received-b0to5 = Fariintaadu waxay sugaysaa kooxda cabashooyinka. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-status-received-b6to9 = Cabashadaadu way sugaysaa. Weli qofna ma akhrin.
complaint-status-received-b10to12 = Cabashadaadu way timid. Weli qof kooxda ka mid ah ma akhrin.
complaint-status-received-b13to15 = Cabashadaadu way timid. Weli qof kooxda ka mid ah ma akhrin.
complaint-status-received-b16to17 = Waa la helay. Weli qof kooxda cabashooyinka ka mid ah ma akhrin.
complaint-status-received-adult = Waa la helay. Kooxda cabashooyinku weli ma akhrin.

complaint-status-acknowledged-b0to5 = Qof ka mid ah kooxda cabashooyinka ayaa akhriyay fariintaada. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-status-acknowledged-b6to9 = Qof ka mid ah kooxda cabashooyinka ayaa akhriyay cabashadaada. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-status-acknowledged-b10to12 = Qof ka mid ah kooxda cabashooyinka ayaa akhriyay cabashadaada.
complaint-status-acknowledged-b13to15 = Qof ka mid ah kooxda cabashooyinka ayaa akhriyay cabashadaada.
complaint-status-acknowledged-b16to17 = Kooxda cabashooyinka ayaa akhriyay.
complaint-status-acknowledged-adult = Kooxda cabashooyinku waxay xaqiijiyeen helitaanka.

complaint-status-in-review-b0to5 = Qof ka mid ah kooxda cabashooyinka ayaa ka shaqaynaya arrinta. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-status-in-review-b6to9 = Kooxda cabashooyinku waxay hubinayaan waxa aad u sheegtay. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-status-in-review-b10to12 = Kooxda cabashooyinku waxay eegayaan waxa dhacay.
complaint-status-in-review-b13to15 = Kooxda cabashooyinku waxay eegayaan waxa dhacay.
complaint-status-in-review-b16to17 = Kooxda cabashooyinku way eegayaan.
complaint-status-in-review-adult = Kooxda cabashooyinka ayaa dib u eegaya.

complaint-status-referred-b0to5 = Kooxda cabashooyinka shaqadoodu waxay tahay inay caawiyaan marka wax qaldan yihiin. Waxay dad kale ka codsadeen inay arrintan ka caawiyaan.
complaint-status-referred-b6to9 = Kooxda cabashooyinka shaqadoodu waxay tahay inay caawiyaan marka wax qaldan yihiin. Waxay weydiiyeen dad kale oo arrintan ka caawin kara.
complaint-status-referred-b10to12 = Kooxda cabashooyinku waxay u gudbiyeen adeeg kale oo arrintan ka caawin kara.
complaint-status-referred-b13to15 = Kooxda cabashooyinku waxay u gudbiyeen adeeg kale oo arrintan ka caawin kara.
complaint-status-referred-b16to17 = Waxaa loo gudbiyay adeeg kale oo wax ka qaban kara.
complaint-status-referred-adult = Waxaa loo gudbiyay adeeg kale oo wax ka qaban kara.

complaint-status-action-taken-b0to5 = Kooxda cabashooyinku wax bay ka qabteen arrinta. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-status-action-taken-b6to9 = Kooxda cabashooyinku wax bay ka qabteen cabashadaada. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin.
complaint-status-action-taken-b10to12 = Kooxda cabashooyinku wax bay ka qabteen cabashadaada. Akhri jawaabtooda.
complaint-status-action-taken-b13to15 = Kooxda cabashooyinku tallaabo bay ka qaadeen cabashadaada. Akhri jawaabtooda.
complaint-status-action-taken-b16to17 = Kooxda cabashooyinku tallaabo bay ka qaadeen. Jawaabtoodu waxay sheegaysaa waxa ay sameeyeen.
complaint-status-action-taken-adult = Tallaabo ayaa la qaaday. Jawaabta kooxdu waxay sheegaysaa waxa la sameeyay.

complaint-status-closed-b0to5 = Kooxda cabashooyinku way dhammeeyeen arrintan. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Waqti kasta mar kale ayaad u sheegi kartaa.
complaint-status-closed-b6to9 = Kooxda cabashooyinku way dhammeeyeen cabashadan. Waa dad shaqadoodu tahay inay caawiyaan marka wax qaldan yihiin. Waqti kasta cabasho cusub ayaad gudbin kartaa.
complaint-status-closed-b10to12 = Kooxda cabashooyinku way dhammeeyeen cabashadan. Waqti kasta mid cusub ayaad gudbin kartaa.
complaint-status-closed-b13to15 = Kooxda cabashooyinku way xireen cabashadan. Muddo ayaad weli akhrin kartaa, waqti kastana mid cusub ayaad gudbin kartaa.
complaint-status-closed-b16to17 = Waa la xiray. Muddo ayaad weli akhrin kartaa, waqti kastana cabasho cusub ayaad gudbin kartaa.
complaint-status-closed-adult = Waa la xiray. Muddo ayaa weli la akhrin karaa; waqti kasta cabasho cusub ayaa la gudbin karaa.
