# Complaints: what a person reads before, while and after making a complaint.
# Source: English (content/complaints/v1/en/complaints.ftl).
# Somali (so): MACHINE DRAFT translation of the English file by an AI model (Claude),
# 2026-12-03. Not reviewed by a native speaker. See locales/so/STATUS.md.
# Terms: complaint = cabasho; complaint team = kooxda cabashooyinka;
# receipt number = lambarka rasiidka; helpers (b0to5) = dadka ku caawiya.
# No promise the system cannot keep: people read and answer, but nobody can promise an
# outcome or a day.

complaint-help-after-b0to5 = Waxaad noo sheegtay in wax qaldan jiraan. Qof ku caawiya ayaa akhrin doona, wuxuuna isku dayi doonaa inuu arrinta wanaajiyo.
complaint-help-after-b6to9 = Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona waxa aad qortay. Halkan ayay jawaab kuugu soo qori doonaan. Dib u soo noqo si aad u aragto jawaabtooda.
complaint-help-after-b10to12 = Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona cabashadaada, halkanna jawaab kuugu soo qori doona. Waxay isku dayaan inay kuu jawaabaan toddobaad gudihiis. Lambarka rasiidkaaga la soo noqo si aad jawaabtooda u akhrido.
complaint-help-after-b13to15 = Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona cabashadaada, halkanna kaaga jawaabi doona. Waxay ku dadaalaan inay kuu jawaabaan toddobaad gudihiis, oo ay saddex bilood gudahood kuu sheegaan waxa ay sameeyeen. Waqti kasta wax kale ayaad ku dari kartaa.
complaint-help-after-b16to17 = Kooxda cabashooyinku waxay akhriyaan cabasho kasta. Waxay ku dadaalaan inay kuu jawaabaan toddobaad gudihiis, oo ay saddex bilood gudahood kuu sheegaan waxa ay sameeyeen. Waqti kasta macluumaad dheeraad ah ayaad ku dari kartaa adigoo isticmaalaya lambarka rasiidkaaga.
complaint-help-after-adult = Kooxda cabashooyinku waxay akhriyaan cabasho kasta. Waxay ku dadaalaan inay xaqiijiyaan helitaanka cabashada 7 maalmood gudahood, oo ay 3 bilood gudahood kuu sheegaan waxa la sameeyay. Waqti kasta macluumaad ayaad ku dari kartaa adigoo isticmaalaya lambarka rasiidkaaga.

complaint-help-readers-b0to5 = Dadka dhibaatooyinka ka caawiya oo keliya ayaa arki kara. Qofka aad ka hadlayso ma arki karo.
complaint-help-readers-b6to9 = Kooxda cabashooyinka oo keliya ayaa akhrin kara. Qofka aad wax naga sheegayso ma arki karo. Uma baahnid inaad magacaaga sheegto.
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

complaint-urgent-b0to5 = Haddii qof hadda dhibayo ilmo, tan taabo. Isla markiiba waxaa loo sheegayaa qof ku caawiya oo hadda shaqada jooga.
complaint-urgent-b6to9 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa qof shaqada jooga.
complaint-urgent-b10to12 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa dadka shaqada jooga.
complaint-urgent-b13to15 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa dadka shaqada jooga, haddii qofna uusan ka jawaabinna waxaa loo sheegayaa dad kale.
complaint-urgent-b16to17 = Haddii ilmo hadda khatar ku jiro, tan dooro. Isla markiiba waxaa loo sheegayaa dadka shaqada jooga, haddii qofna uusan si degdeg ah uga jawaabinna waxaa loo sheegayaa dad kale oo dheeraad ah.
complaint-urgent-adult = Haddii ilmo hadda khatar ku jiro, tan dooro. Shaqaalaha shaqada jooga ayaa isla markiiba digniin helaya, haddii qofna uusan ka jawaabinna digniintu way sii gudbaysaa.

complaint-received-b0to5 = Waad ku mahadsan tahay inaad noo sheegtay. Qof ku caawiya ayaa akhrin doona.
complaint-received-b6to9 = Mahadsanid. Cabashadaada waan helnay. Qof ayaa akhrin doona.
complaint-received-b10to12 = Mahadsanid. Cabashadaadu way timid. Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona.
complaint-received-b13to15 = Mahadsanid. Cabashadaadu si badbaado leh ayay u timid. Qof ka mid ah kooxda cabashooyinka ayaa akhrin doona, halkanna kaaga jawaabi doona.
complaint-received-b16to17 = Mahadsanid. Cabashadaadu si badbaado leh ayay u timid. Kooxda cabashooyinku way akhrin doonaan, halkanna way kaaga jawaabi doonaan.
complaint-received-adult = Mahadsanid. Cabashadaada waa la helay. Kooxda cabashooyinku way akhrin doonaan, halkanna way ka jawaabi doonaan.

complaint-status-received-b0to5 = Fariintaadu waxay sugaysaa qof ku caawiya.
complaint-status-received-b6to9 = Cabashadaadu way sugaysaa. Weli qofna ma akhrin.
complaint-status-received-b10to12 = Cabashadaadu way timid. Weli qof kooxda ka mid ah ma akhrin.
complaint-status-received-b13to15 = Cabashadaadu way timid. Weli qof kooxda ka mid ah ma akhrin.
complaint-status-received-b16to17 = Waa la helay. Weli qof kooxda cabashooyinka ka mid ah ma akhrin.
complaint-status-received-adult = Waa la helay. Kooxda cabashooyinku weli ma akhrin.

complaint-status-acknowledged-b0to5 = Qof ku caawiya ayaa akhriyay fariintaada.
complaint-status-acknowledged-b6to9 = Qof kooxda ka mid ah ayaa akhriyay cabashadaada.
complaint-status-acknowledged-b10to12 = Qof ka mid ah kooxda cabashooyinka ayaa akhriyay cabashadaada.
complaint-status-acknowledged-b13to15 = Qof ka mid ah kooxda cabashooyinka ayaa akhriyay cabashadaada.
complaint-status-acknowledged-b16to17 = Kooxda cabashooyinka ayaa akhriyay.
complaint-status-acknowledged-adult = Kooxda cabashooyinku waxay xaqiijiyeen helitaanka.

complaint-status-in-review-b0to5 = Qof ku caawiya ayaa eegaya arrinta.
complaint-status-in-review-b6to9 = Kooxdu waxay eegayaan waxa aad u sheegtay.
complaint-status-in-review-b10to12 = Kooxda cabashooyinku waxay eegayaan waxa dhacay.
complaint-status-in-review-b13to15 = Kooxda cabashooyinku waxay eegayaan waxa dhacay.
complaint-status-in-review-b16to17 = Kooxda cabashooyinku way eegayaan.
complaint-status-in-review-adult = Kooxda cabashooyinka ayaa dib u eegaya.

complaint-status-referred-b0to5 = Hadda dad kale oo caawiya ayaa arrintan ka caawinaya.
complaint-status-referred-b6to9 = Kooxdu waxay weydiiyeen dad kale oo arrintan ka caawin kara.
complaint-status-referred-b10to12 = Kooxda cabashooyinku waxay u gudbiyeen adeeg kale oo arrintan ka caawin kara.
complaint-status-referred-b13to15 = Kooxda cabashooyinku waxay u gudbiyeen adeeg kale oo arrintan ka caawin kara.
complaint-status-referred-b16to17 = Waxaa loo gudbiyay adeeg kale oo wax ka qaban kara.
complaint-status-referred-adult = Waxaa loo gudbiyay adeeg kale oo wax ka qaban kara.

complaint-status-action-taken-b0to5 = Dadka ku caawiya wax bay ka qabteen.
complaint-status-action-taken-b6to9 = Kooxdu wax bay ka qabteen cabashadaada.
complaint-status-action-taken-b10to12 = Kooxda cabashooyinku wax bay ka qabteen cabashadaada. Akhri jawaabtooda.
complaint-status-action-taken-b13to15 = Kooxda cabashooyinku tallaabo bay ka qaadeen cabashadaada. Akhri jawaabtooda.
complaint-status-action-taken-b16to17 = Kooxda cabashooyinku tallaabo bay ka qaadeen. Jawaabtoodu waxay sheegaysaa waxa ay sameeyeen.
complaint-status-action-taken-adult = Tallaabo ayaa la qaaday. Jawaabta kooxdu waxay sheegaysaa waxa la sameeyay.

complaint-status-closed-b0to5 = Dadka ku caawiya way dhammeeyeen arrintan. Mar walba mar kale ayaad noo sheegi kartaa.
complaint-status-closed-b6to9 = Kooxdu way dhammeeyeen cabashadan. Waqti kasta mid cusub ayaad gudbin kartaa.
complaint-status-closed-b10to12 = Kooxda cabashooyinku way dhammeeyeen cabashadan. Waqti kasta mid cusub ayaad gudbin kartaa.
complaint-status-closed-b13to15 = Kooxda cabashooyinku way xireen cabashadan. Muddo ayaad weli akhrin kartaa, waqti kastana mid cusub ayaad gudbin kartaa.
complaint-status-closed-b16to17 = Waa la xiray. Muddo ayaad weli akhrin kartaa, waqti kastana cabasho cusub ayaad gudbin kartaa.
complaint-status-closed-adult = Waa la xiray. Muddo ayaa weli la akhrin karaa; waqti kasta cabasho cusub ayaa la gudbin karaa.
