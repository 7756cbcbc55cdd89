# Check-ins and "I need help now": what a child reads, and the words on the buttons.
# Source: English (content/alerts/v1/en/alerts.ftl).
# Somali (so): MACHINE DRAFT translation of the English file by an AI model (Claude),
# 2026-12-03. Not reviewed by a native speaker. See locales/so/STATUS.md.
# Terms: check-in = warbixin dareen (warbixinta dareenka); alert = digniin;
# call for help = codsiga caawimaadda; on duty = shaqada jooga;
# helpers (b0to5) = dadka ku caawiya (one helper = qof ku caawiya).
# No promise the system cannot keep: a person is told and a person has seen it; nobody
# can promise when someone arrives or what happens next.

checkin-ask-b0to5 = Maanta sidee isku dareemaysaa?
checkin-ask-b6to9 = Maanta sidee isku dareemaysaa?
checkin-ask-b10to12 = Maanta sidee isku dareemaysaa?
checkin-ask-b13to15 = Maanta sidee isku dareemaysaa?
checkin-ask-b16to17 = Maanta sidee tahay?
checkin-ask-adult = Ilmuhu maanta sidee yahay?

checkin-face-1-b0to5 = Aad u murugaysan
checkin-face-1-b6to9 = Aad u xun
checkin-face-1-b10to12 = Aad u xun
checkin-face-1-b13to15 = Aad u xun
checkin-face-1-b16to17 = Aad u xun
checkin-face-1-adult = Aad u xun

checkin-face-2-b0to5 = Murugaysan
checkin-face-2-b6to9 = Xun
checkin-face-2-b10to12 = Aan fiicnayn
checkin-face-2-b13to15 = Aan fiicnayn
checkin-face-2-b16to17 = Aan fiicnayn
checkin-face-2-adult = Aan fiicnayn

checkin-face-3-b0to5 = Caadi
checkin-face-3-b6to9 = Caadi
checkin-face-3-b10to12 = Caadi
checkin-face-3-b13to15 = Caadi
checkin-face-3-b16to17 = Caadi
checkin-face-3-adult = Caadi

checkin-face-4-b0to5 = Faraxsan
checkin-face-4-b6to9 = Fiican
checkin-face-4-b10to12 = Fiican
checkin-face-4-b13to15 = Fiican
checkin-face-4-b16to17 = Fiican
checkin-face-4-adult = Fiican

checkin-face-5-b0to5 = Aad u faraxsan
checkin-face-5-b6to9 = Aad u fiican
checkin-face-5-b10to12 = Aad u fiican
checkin-face-5-b13to15 = Aad u fiican
checkin-face-5-b16to17 = Aad u fiican
checkin-face-5-adult = Aad u fiican

checkin-talk-b0to5 = Waxaan rabaa inaan la hadlo …
checkin-talk-b6to9 = Waxaan rabaa inaan la hadlo …
checkin-talk-b10to12 = Waxaan rabaa inaan la hadlo …
checkin-talk-b13to15 = Waxaan jeclaan lahaa inaan la hadlo …
checkin-talk-b16to17 = Waxaan jeclaan lahaa inaan la hadlo …
checkin-talk-adult = Ilmuhu wuxuu jeclaan lahaa inuu la hadlo …

checkin-words-b0to5 = Wax kale waxaad u sheegi kartaa qofka weyn ee kula jooga.
checkin-words-b6to9 = Haddii aad rabto, wax kale waad qori kartaa.
checkin-words-b10to12 = Haddii aad rabto, wax kale waad qori kartaa. Mas'uulkaaga iyo shaqaalaha kiiskaaga oo keliya ayaa akhrin kara.
checkin-words-b13to15 = Haddii aad rabto, erayo waad ku dari kartaa. Mas'uulkaaga iyo shaqaalaha kiiskaaga oo keliya ayaa akhrin kara.
checkin-words-b16to17 = Haddii aad rabto, erayo waad ku dari kartaa. Mas'uulkaaga iyo shaqaalaha kiiskaaga oo keliya ayaa ku akhrin kara taleefannadooda.
checkin-words-adult = Erayadu waa ikhtiyaari. Mas'uulka iyo shaqaalaha kiiska ilmaha oo keliya ayaa ku akhrin kara qalabkooda.

checkin-sent-b0to5 = Mahadsanid. Dadka ku caawiya hadda way arki karaan wejiga aad dooratay.
checkin-sent-b6to9 = Mahadsanid. Mas'uulkaaga iyo shaqaalaha kiiskaaga hadda way arki karaan.
checkin-sent-b10to12 = Mahadsanid. Mas'uulkaaga iyo shaqaalaha kiiskaaga way arki karaan sida aad dareemayso.
checkin-sent-b13to15 = Mahadsanid. Hadda mas'uulkaaga iyo shaqaalaha kiiskaaga way arki karaan sida aad dareemayso.
checkin-sent-b16to17 = Mahadsanid. Hadda mas'uulkaaga iyo shaqaalaha kiiskaaga way arki karaan sida aad tahay.
checkin-sent-adult = Waa la diray. Hadda mas'uulka iyo shaqaalaha kiiska ilmaha way arki karaan.

checkin-free-b0to5 = Waxaad samayn kartaa markaad rabto. Waa caadi inaadan samayn.
checkin-free-b6to9 = Waxaad samayn kartaa markaad rabto. Waa caadi inaad ka boodo.
checkin-free-b10to12 = Waxaad samayn kartaa waqti kasta. Waa caadi inaad maalin ka boodo.
checkin-free-b13to15 = Waqti kasta waad sheegi kartaa sida aad dareemayso. Waa caadi inaad mar ka boodo: qofna kuguma eedayn doono.
checkin-free-b16to17 = Waqti kasta waad sheegi kartaa sida aad dareemayso. Waa caadi inaad mar ka boodo: marnaba laguma eedaynayo.
checkin-free-adult = Warbixinnada dareenku marnaba waajib maaha. Warbixin la dhaafay ilmaha laguma eedaynayo.

checkin-invite-b0to5 = Ma rabtaa inaad muujiso sida aad dareemayso?
checkin-invite-b6to9 = Ma rabtaa inaad noo sheegto sida aad dareemayso? Waad ka boodi kartaa.
checkin-invite-b10to12 = Ma rabtaa inaad sheegto sida aad maanta dareemayso? Waad ka boodi kartaa.
checkin-invite-b13to15 = Waa waqtigii warbixinta dareenkaaga, haddii aad rabto. Waad ka boodi kartaa.
checkin-invite-b16to17 = Waa waqtigii warbixinta dareenkaaga, haddii aad rabto. Waad ka boodi kartaa.
checkin-invite-adult = Waa waqtigii warbixinta dareenka, haddii ilmuhu rabo. Marnaba waajib maaha.

help-button-b0to5 = Caawimaad ayaan hadda u baahanahay
help-button-b6to9 = Caawimaad ayaan hadda u baahanahay
help-button-b10to12 = Caawimaad ayaan hadda u baahanahay
help-button-b13to15 = Caawimaad ayaan hadda u baahanahay
help-button-b16to17 = Caawimaad ayaan hadda u baahanahay
help-button-adult = Ilmuhu caawimaad ayuu hadda u baahan yahay

help-what-b0to5 = Tan taabo haddii aad hadda caawimaad u baahan tahay. Waxaa loo sheegayaa qof ku caawiya.
help-what-b6to9 = Tan taabo haddii aad hadda caawimaad u baahan tahay. Waxaa loo sheegayaa qof hadda shaqaynaya.
help-what-b10to12 = Tan taabo haddii aad hadda caawimaad u baahan tahay. Isla markiiba waxaa loo sheegayaa dadka shaqada jooga. Haddii aad rabto, erayo waad ku dari kartaa.
help-what-b13to15 = Tan taabo haddii aad hadda caawimaad u baahan tahay. Isla markiiba waxaa loo sheegayaa shaqaalaha shaqada jooga, haddii qofna uusan ka jawaabinna waxaa loo sheegayaa dad kale oo dheeraad ah. Haddii aad rabto, erayo waad ku dari kartaa.
help-what-b16to17 = Tan taabo haddii aad hadda caawimaad u baahan tahay. Isla markiiba waxaa loo sheegayaa shaqaalaha shaqada jooga, haddii qofna uusan ka jawaabinna waxaa loo sheegayaa dad kale oo dheeraad ah. Erayada aad ku darto waxaa loogu talagalay mas'uulkaaga iyo shaqaalaha kiiskaaga oo keliya.
help-what-adult = Tani isla markiiba digniin ayay u dirtaa shaqaalaha shaqada jooga, haddii qofna uusan ka jawaabinna shaqaale kale. Erayada waxaa akhrin kara oo keliya mas'uulka iyo shaqaalaha kiiska ilmaha.

help-queued-b0to5 = Taleefankaagu dhawaan ayuu diri doonaa.
help-queued-b6to9 = Hadda internet ma jiro. Taleefankaagu wuu diri doonaa marka uu awoodo.
help-queued-b10to12 = Hadda internet ma jiro. Taleefankaagu wuu hayaa, wuuna diri doonaa sida ugu dhakhsaha badan ee uu awoodo.
help-queued-b13to15 = Hadda xiriir ma jiro. Taleefankaagu wuu hayaa codsigaaga, wuuna diri doonaa sida ugu dhakhsaha badan ee uu awoodo.
help-queued-b16to17 = Hadda xiriir ma jiro. Taleefankaagu wuu hayaa codsigaaga, wuuna diri doonaa isla markii uu awoodo.
help-queued-adult = Xiriir ma jiro. Codsiga waxaa lagu hayaa taleefanka, waxaana la diri doonaa isla marka xiriir la helo.

help-sent-b0to5 = Waa la diray. Waxaa loo sheegay qof ku caawiya.
help-sent-b6to9 = Waa la diray. Waxaa loo sheegay qof shaqada jooga.
help-sent-b10to12 = Waa la diray. Waxaa loo sheegay dadka shaqada jooga.
help-sent-b13to15 = Waa la diray. Waxaa loo sheegay shaqaalaha shaqada jooga. Halkan ayaad ku arki doontaa marka qof arko.
help-sent-b16to17 = Waa la diray. Waxaa loo sheegay shaqaalaha shaqada jooga. Halkan ayaad ku arki doontaa marka qof arko.
help-sent-adult = Waa la diray. Shaqaalaha shaqada jooga digniin ayaa loo diray. Halkan waxaa ka muuqan doona marka qof arko.

help-seen-b0to5 = Qof ku caawiya ayaa arkay.
help-seen-b6to9 = Qof ayaa arkay codsigaaga caawimaadda.
help-seen-b10to12 = Qof ayaa arkay codsigaaga caawimaadda.
help-seen-b13to15 = Qof shaqada jooga ayaa arkay codsigaaga caawimaadda.
help-seen-b16to17 = Qof shaqada jooga ayaa arkay codsigaaga caawimaadda.
help-seen-adult = Shaqaale shaqada jooga ayaa arkay codsiga caawimaadda.
