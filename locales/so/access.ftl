# Who looked at or changed a case, as children, guardians and caseworkers read it: one
# text for every action the audit log records (`access-<action>`). $name is the staff
# member's working name; $role their role; $band is `young` (0–9), `child` (10–17) or
# `adult`. The server's own actions (start, retention) name nobody. A new phone on an
# account (`access-account-enrol`) names who issued its code, and $whose says whose
# account it is: `you` (the reader's), `child` (the child of the case) or `other`.
# Somali: sentences use the focus construction "{ $name } ayaa …", where the verb does
# not change with the staff member's gender.

role-caseworker = shaqaalaha kiiska
role-guardian = mas'uulka
role-legal-representative = qareenka
role-supervisor = kormeeraha
role-admin = maamulaha
role-complaint-handler = qaabilaha cabashooyinka
role-child = ilmaha
role-family = xubin qoyska ka mid ah

access-case-create = { $band ->
    [young] { $name } ayaa bilaabay faylkaaga.
    [child] { $name } ({ $role }) ayaa furay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa furay kiiska.
}
access-case-view = { $band ->
    [young] { $name } ayaa eegay faylkaaga.
    [child] { $name } ({ $role }) ayaa eegay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa eegay kiiska.
}
access-case-members-view = { $band ->
    [young] { $name } ayaa eegay dadka ku caawiya.
    [child] { $name } ({ $role }) ayaa eegay liiska dadka ku jira kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa eegay dadka ku jira kiiska.
}
access-case-invite = { $band ->
    [young] { $name } ayaa qof cusub u yeeray inuu soo biiro.
    [child] { $name } ({ $role }) ayaa qof ku casuumay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa qof ku casuumay kiiska.
}
access-case-staff-assign = { $band ->
    [young] { $name } ayaa caawiye cusub u yeeray inuu soo biiro.
    [child] { $name } ({ $role }) ayaa shaqaale ku daray kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa shaqaale u xilsaaray kiiska.
}
access-case-stage-change = { $band ->
    [young] { $name } ayaa faylkaaga u gudbiyay tallaabada xigta.
    [child] { $name } ({ $role }) ayaa beddelay tallaabada uu kiiskaagu marayo.
   *[adult] { $name } ({ $role }) ayaa beddelay heerka kiiska.
}
access-case-contact-rules-view = { $band ->
    [young] { $name } ayaa eegay cidda kula hadli karta.
    [child] { $name } ({ $role }) ayaa eegay cidda kula xiriiri karta.
   *[adult] { $name } ({ $role }) ayaa eegay xeerarka xiriirka.
}
access-case-contact-rule-set = { $band ->
    [young] { $name } ayaa beddelay cidda kula hadli karta.
    [child] { $name } ({ $role }) ayaa beddelay cidda kula xiriiri karta.
   *[adult] { $name } ({ $role }) ayaa beddelay xeer xiriir.
}
access-case-link = { $band ->
    [young] { $name } ayaa faylkaaga ku xiray kan walaalkaa ama walaashaa.
    [child] { $name } ({ $role }) ayaa kiiskaaga ku xiray kiiska walaalkaa ama walaashaa.
   *[adult] { $name } ({ $role }) ayaa kiiska ku xiray kiiska walaal ilmaha ah.
}
access-case-member-code-reissue = { $band ->
    [young] { $name } ayaa koodh cusub u sameeyay taleefan.
    [child] { $name } ({ $role }) ayaa koodh cusub oo lagu soo galo u sameeyay qof kiiskaaga ku jira.
   *[adult] { $name } ({ $role }) ayaa koodh diiwaangelin oo cusub u sameeyay xubin kiiska ka mid ah.
}
access-case-access-log-view = { $band ->
    [young] { $name } ayaa eegay liiskan.
    [child] { $name } ({ $role }) ayaa eegay liiskan muujinaya cidda aragtay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa eegay diiwaankan gelitaanka.
}
access-case-export = { $band ->
    [young] { $name } ayaa nuqul ka sameeyay faylkaaga.
    [child] { $name } ({ $role }) ayaa nuqul ka sameeyay kiiskaaga si loo diro.
   *[adult] { $name } ({ $role }) ayaa kiiska u soo saaray fayl ahaan (export).
}
access-case-status-view = { $band ->
    [young] { $name } ayaa eegay meesha uu faylkaagu marayo.
    [child] { $name } ({ $role }) ayaa eegay tallaabada uu kiiskaagu marayo.
   *[adult] { $name } ({ $role }) ayaa eegay xaaladda kiiska.
}
access-case-stage-correct = { $band ->
    [young] { $name } ayaa saxay tallaabada uu faylkaagu marayo.
    [child] { $name } ({ $role }) ayaa saxay tallaabada uu kiiskaagu marayo.
   *[adult] { $name } ({ $role }) ayaa saxay heerka kiiska.
}
access-case-stage-correct-propose = { $band ->
    [young] { $name } ayaa codsaday in la saxo tallaabada uu faylkaagu marayo. Marka hore qof kale waa inuu oggolaadaa.
    [child] { $name } ({ $role }) ayaa codsaday in la saxo tallaabada uu kiiskaagu marayo. Marka hore kormeere labaad waa inuu oggolaadaa.
   *[adult] { $name } ({ $role }) ayaa soo jeediyay in la saxo heerka kiiska, si kormeere labaad u ansixiyo.
}
access-case-stage-correct-withdraw = { $band ->
    [young] Codsi ahaa in la saxo tallaabada uu faylkaagu marayo ayaa la joojiyay. Waxba isma beddelin.
    [child] { $name } ({ $role }) ayaa xiray codsi ahaa in la saxo tallaabada uu kiiskaagu marayo. Waxba isma beddelin.
   *[adult] { $name } ({ $role }) ayaa xiray soo jeedin ahayd in la saxo heerka kiiska. Heerka kiisku isma beddelin.
}
access-stage-corrections-list = { $band ->
    [young] { $name } ayaa eegay liiska tallaabooyinka sugaya in la saxo.
    [child] { $name } ({ $role }) ayaa eegay liiska saxitaannada sugaya ansixin.
   *[adult] { $name } ({ $role }) ayaa eegay saxitaannada heerka ee sugaya ansixin.
}
access-case-access-refused = { $band ->
    [young] { $name } ayaa isku dayay in la furo faylkaaga. Looma oggolaan, sidaas darteed waxba ma arag.
    [child] { $name } ({ $role }) ayaa isku dayay in la furo kiiskaaga, laakiin looma oggolaan. Waxba ma arag.
   *[adult] { $name } ({ $role }) ayaa isku dayay in la galo xogta kiiska, waana la diiday. Waxba lama tusin, waxna lama beddelin.
}
access-case-member-remove = { $band ->
    [young] { $name } ayaa qof ka saaray faylkaaga.
    [child] { $name } ({ $role }) ayaa qof ka saaray kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa qof ka saaray kiiska.
}
access-cases-list = { $band ->
    [young] { $name } ayaa eegay liiska faylasha loo dhiibay.
    [child] { $name } ({ $role }) ayaa eegay liiska kiisaska loo dhiibay.
   *[adult] { $name } ({ $role }) ayaa eegay liiska kiisaska loo xilsaaray.
}
access-metrics-stages-view = { $band ->
    [young] { $name } ayaa eegay tirooyin ku saabsan faylal badan.
    [child] { $name } ({ $role }) ayaa eegay tirooyin ku saabsan dhammaan kiisaska, magacyo la'aan.
   *[adult] { $name } ({ $role }) ayaa eegay tirooyinka heerarka ee dhammaan kiisaska.
}
access-staff-create = { $band ->
    [young] { $name } ayaa ku daray caawiye cusub.
    [child] { $name } ({ $role }) ayaa akoon u sameeyay shaqaale.
   *[adult] { $name } ({ $role }) ayaa abuuray akoon shaqaale.
}
access-staff-code-reissue = { $band ->
    [young] { $name } ayaa koodh cusub u sameeyay taleefanka caawiye.
    [child] { $name } ({ $role }) ayaa koodh cusub oo lagu soo galo u sameeyay shaqaale.
   *[adult] { $name } ({ $role }) ayaa koodh diiwaangelin oo cusub u sameeyay akoon shaqaale.
}
access-staff-supervisor-set = { $band ->
    [young] { $name } ayaa qoray cidda madax u ah caawiye.
    [child] { $name } ({ $role }) ayaa diiwaangeliyay cidda kormeerta shaqaale.
   *[adult] { $name } ({ $role }) ayaa diiwaangeliyay cidda kormeerta akoon shaqaale.
}
access-account-enrol = { $whose ->
    [you] { $band ->
        [young] Taleefan cusub ayaa lagu daray akoonkaaga. { $name } ayaa bixiyay koodhkiisa.
        [child] Taleefan cusub ayaa lagu daray akoonkaaga, iyadoo la isticmaalay koodh ka yimid { $name } ({ $role }).
       *[adult] Qalab cusub ayaa lagu diiwaangeliyay akoonkaaga, iyadoo la isticmaalay koodh diiwaangelin oo ka yimid { $name } ({ $role }).
    }
    [child] { $band ->
        [young] Taleefan cusub ayaa lagu daray akoonka ilmaha. { $name } ayaa bixiyay koodhkiisa.
        [child] Taleefan cusub ayaa lagu daray akoonka ilmaha, iyadoo la isticmaalay koodh ka yimid { $name } ({ $role }).
       *[adult] Qalab cusub ayaa lagu diiwaangeliyay akoonka ilmaha, iyadoo la isticmaalay koodh diiwaangelin oo ka yimid { $name } ({ $role }).
    }
   *[other] { $band ->
        [young] Taleefan cusub ayaa loo daray qof faylkaaga ku jira. { $name } ayaa bixiyay koodhkiisa.
        [child] Taleefan cusub ayaa loo daray qof kiiskaaga ku jira, iyadoo la isticmaalay koodh ka yimid { $name } ({ $role }).
       *[adult] Qalab cusub ayaa loo diiwaangeliyay xubin kiiska ka mid ah, iyadoo la isticmaalay koodh diiwaangelin oo ka yimid { $name } ({ $role }).
    }
}
access-account-preferences-update = { $band ->
    [young] { $name } ayaa beddelay luqadda uu app-ku ula hadlo.
    [child] { $name } ({ $role }) ayaa beddelay luqadda uu app-ku ula hadlo.
   *[adult] { $name } ({ $role }) ayaa cusboonaysiiyay luqadda uu app-ku ula hadlo.
}
access-account-export = { $band ->
    [young] { $name } ayaa nuqul ka sameeyay macluumaadka loo hayo.
    [child] { $name } ({ $role }) ayaa soo dejiyay nuqul ka mid ah macluumaadka loo hayo.
   *[adult] { $name } ({ $role }) ayaa u soo saaray fayl ahaan (export) xogta loo hayo.
}
access-devices-list = { $band ->
    [young] { $name } ayaa eegay taleefannada akoon.
    [child] { $name } ({ $role }) ayaa eegay taleefannada uu akoon isticmaalo.
   *[adult] { $name } ({ $role }) ayaa eegay liiska qalabka akoon.
}
access-device-revoke = { $band ->
    [young] { $name } ayaa gooyay xiriirka taleefan.
    [child] { $name } ({ $role }) ayaa taleefan ka saaray akoon.
   *[adult] { $name } ({ $role }) ayaa joojiyay ogolaanshaha qalab.
}
access-keys-upload = { $band ->
    [young] { $name } ayaa taleefan u diyaariyay fariimo gaar ah.
    [child] { $name } ({ $role }) ayaa wadaagay furayaal cusub oo loogu talagalay fariimaha gaarka ah.
   *[adult] { $name } ({ $role }) ayaa soo geliyay (upload) furayaal sirayn oo cusub.
}
access-keys-bundle-fetch = { $band ->
    [young] { $name } ayaa diyaariyay in fariin gaar ah la diro.
    [child] { $name } ({ $role }) ayaa qaatay furayaasha lagu bilaabo wada hadal gaar ah.
   *[adult] { $name } ({ $role }) ayaa soo qaatay furayaal sirayn si loo bilaabo wada hadal.
}
access-sealed-access-key-set = { $band ->
    [young] { $name } ayaa sameeyay fure cusub oo loogu talagalay fariimaha gaarka ah.
    [child] { $name } ({ $role }) ayaa dejiyay fure cusub oo loogu talagalay fariimaha gaarka ah.
   *[adult] { $name } ({ $role }) ayaa dejiyay fure gelitaan oo cusub oo loogu talagalay diraha qarsoon (sealed sender).
}
access-audit-verify = { $band ->
    [young] { $name } ayaa hubiyay in liiska muujinaya cidda wax samaysay uu ammaan yahay.
    [child] { $name } ({ $role }) ayaa hubiyay in diiwaanka muujinaya cidda wax samaysay aan la beddelin.
   *[adult] { $name } ({ $role }) ayaa xaqiijiyay diiwaanka hubinta (audit log).
}
access-retention-run = { $band ->
    [young] Macluumaad hore ayaa la tirtiray, sida ay xeerarku sheegayaan.
    [child] Macluumaad hore ayaa la tirtiray, sida ay xeerarku sheegayaan.
   *[adult] Hawsha kaydinta xogta ayaa tirtirtay xogtii waqtigeedu dhammaaday.
}
access-retention-dry-run = { $band ->
    [young] Qof ayaa hubiyay macluumaadka hore ee la tirtiri karo. Waxba lama tirtirin.
    [child] Qof ayaa hubiyay macluumaadka hore ee la tirtiri karo. Waxba lama tirtirin.
   *[adult] Tijaabo lagu sameeyay hawsha kaydinta ayaa tirisay xogta ay tahay in la tirtiro. Waxba lama tirtirin.
}
access-server-start = { $band ->
    [young] Kombiyuutarka Kinbridge ayaa shidmay.
    [child] Server-ka Kinbridge ayaa shaqo bilaabay.
   *[adult] Server-ka ayaa shaqo bilaabay.
}
access-other = { $band ->
    [young] { $name } ayaa wax ka qabtay faylkaaga.
    [child] { $name } ({ $role }) ayaa wax ka qabtay kiiskaaga.
   *[adult] { $name } ({ $role }) ayaa wax ka qabtay kiiska.
}
access-someone = Qof ka mid ah kooxda
access-consent-age-set = { $band ->
    [young] { $name } ayaa qoray da'daada.
    [child] { $name } ({ $role }) ayaa diiwaangeliyay da'daada.
   *[adult] { $name } ({ $role }) ayaa diiwaangeliyay da'da ilmaha.
}
access-consent-decide = { $band ->
    [young] { $name } ayaa haa ama maya ku jawaabay su'aal adiga kugu saabsan.
    [child] { $name } ({ $role }) ayaa diiwaangeliyay haa ama maya oo looga jawaabay su'aal oggolaansho.
   *[adult] { $name } ({ $role }) ayaa diiwaangeliyay go'aan oggolaansho.
}
access-consent-withdraw = { $band ->
    [young] { $name } ayaa joojiyay wax horay loo oggolaaday.
    [child] { $name } ({ $role }) ayaa ka noqday oggolaansho.
   *[adult] { $name } ({ $role }) ayaa ka noqday oggolaansho.
}
access-consent-list = { $band ->
    [young] { $name } ayaa eegay waxa horay loo oggolaaday ee adiga kugu saabsan.
    [child] { $name } ({ $role }) ayaa eegay oggolaanshooyinkaaga.
   *[adult] { $name } ({ $role }) ayaa eegay oggolaanshooyinka.
}
access-consent-override-request = { $band ->
    [young] { $name } ayaa codsaday in la sii socdo iyadoon haa la helin, si aad nabad u ahaato.
    [child] { $name } ({ $role }) ayaa codsaday in la sii socdo iyadoon oggolaansho la helin, ammaankaaga awgiis.
   *[adult] { $name } ({ $role }) ayaa codsaday in laga gudbo go'aan oggolaansho, danta ugu wanaagsan ee ilmaha awgeed.
}
access-consent-override-approve = { $band ->
    [young] { $name } ayaa oggolaaday in la sii socdo iyadoon haa la helin, si aad nabad u ahaato.
    [child] { $name } ({ $role }) ayaa ansixiyay in la sii socdo iyadoon oggolaansho la helin, ammaankaaga awgiis.
   *[adult] { $name } ({ $role }) ayaa ansixiyay in laga gudbo go'aan oggolaansho.
}
access-consent-request = { $band ->
    [young] { $name } ayaa ku weydiiyay inaad wax oggolaato iyo in kale.
    [child] { $name } ({ $role }) ayaa codsaday oggolaanshahaaga.
   *[adult] { $name } ({ $role }) ayaa codsaday oggolaansho.
}
access-view-request = { $band ->
    [young] { $name } ayaa ku weydiiyay aragtidaada.
    [child] { $name } ({ $role }) ayaa codsaday aragtidaada ku saabsan go'aan.
   *[adult] { $name } ({ $role }) ayaa codsaday aragtida ilmaha ee ku saabsan go'aan.
}
access-view-give = { $band ->
    [young] { $name } ayaa aragti bixiyay.
    [child] { $name } ({ $role }) ayaa aragti ka bixiyay go'aan.
   *[adult] { $name } ({ $role }) ayaa aragti ka bixiyay go'aan.
}
access-views-list = { $band ->
    [young] { $name } ayaa eegay cidda aragti bixisay.
    [child] { $name } ({ $role }) ayaa eegay aragtiyaha la bixiyay iyo cidda bixisay.
   *[adult] { $name } ({ $role }) ayaa eegay aragtiyaha la weydiiyay iyo kuwa la bixiyay.
}

# Complaint actions: they never appear in a child's or a family's access log (complaint
# events name no case and no person), only in the audit chain staff verify.
access-complaint-file = { $band ->
    [young] { $name } ayaa cabasho gudbiyay.
    [child] { $name } ({ $role }) ayaa cabasho gudbiyay.
   *[adult] { $name } ({ $role }): cabasho ayaa la gudbiyay.
}
access-complaint-read = { $band ->
    [young] { $name } ayaa cabasho ku akhriyay lambarkeeda rasiidka.
    [child] { $name } ({ $role }) ayaa cabasho ku akhriyay lambarkeeda rasiidka.
   *[adult] { $name } ({ $role }): cabasho ayaa lagu akhriyay lambarkeeda rasiidka.
}
access-complaint-follow-up = { $band ->
    [young] { $name } ayaa wax ku daray cabasho, iyadoo la adeegsanayo lambarkeeda rasiidka.
    [child] { $name } ({ $role }) ayaa wax ku daray cabasho, iyadoo la adeegsanayo lambarkeeda rasiidka.
   *[adult] { $name } ({ $role }): macluumaad ayaa lagu daray cabasho, iyadoo la adeegsanayo lambarkeeda rasiidka.
}
access-complaints-list = { $band ->
    [young] { $name } ayaa eegay liiska cabashooyinka.
    [child] { $name } ({ $role }) ayaa eegay liiska cabashooyinka.
   *[adult] { $name } ({ $role }) ayaa eegay safka cabashooyinka sugaya.
}
access-complaint-view = { $band ->
    [young] { $name } ayaa eegay cabasho.
    [child] { $name } ({ $role }) ayaa furay cabasho.
   *[adult] { $name } ({ $role }) ayaa furay cabasho.
}
access-complaint-acknowledge = { $band ->
    [young] { $name } ayaa sheegay in cabasho la akhriyay.
    [child] { $name } ({ $role }) ayaa xaqiijiyay in cabasho la helay.
   *[adult] { $name } ({ $role }) ayaa xaqiijiyay helitaanka cabasho.
}
access-complaint-status-change = { $band ->
    [young] { $name } ayaa beddelay halka ay cabasho marayso.
    [child] { $name } ({ $role }) ayaa beddelay xaaladda cabasho.
   *[adult] { $name } ({ $role }) ayaa beddelay xaaladda cabasho.
}
access-complaint-reply = { $band ->
    [young] { $name } ayaa wax ka qoray cabasho.
    [child] { $name } ({ $role }) ayaa jawaab ama qoraal ku qoray cabasho.
   *[adult] { $name } ({ $role }) ayaa jawaab ama qoraal gudaha ah ku qoray cabasho.
}
access-complaint-triage = { $band ->
    [young] { $name } ayaa habeeyay cabasho.
    [child] { $name } ({ $role }) ayaa kala soocay cabasho (cidda qaabilaysa, calaamadaha).
   *[adult] { $name } ({ $role }) ayaa kala soocay cabasho.
}
access-complaint-keys-share = { $band ->
    [young] { $name } ayaa u ogolaaday taleefan cusub oo ka mid ah taleefannada kooxda cabashooyinka inuu akhriyo cabasho.
    [child] { $name } ({ $role }) ayaa u ogolaaday taleefan cusub oo ka mid ah taleefannada kooxda cabashooyinka inuu akhriyo cabasho.
   *[adult] { $name } ({ $role }) ayaa furaha cabasho la wadaagay qalab ka mid ah qalabka kooxda cabashooyinka oo markii dambe lagu daray.
}
access-complaint-escalate = { $band ->
    [young] Cabasho degdeg ah ayaa loo diray dad badan.
    [child] Cabasho degdeg ah ayaa loo diray dadka xiga ee shaqada jooga.
   *[adult] Cabasho degdeg ah oo aan la xaqiijin helitaankeeda ayaa loo gudbiyay heerka xiga ee shaqaalaha shaqada jooga.
}
access-complaint-deadline-warn = { $band ->
    [young] Cabasho ayaa muddo aad u dheer sugaysa.
    [child] Waqtiga loo qabtay cabasho wuu dhow yahay ama wuu dhaafay.
   *[adult] Waqtiga loo qabtay cabasho wuxuu gaaray 80 % ama wuu dhaafay.
}
access-complaint-identity-request = { $band ->
    [young] { $name } ayaa weydiiyay cidda cabasho gudbisay.
    [child] { $name } ({ $role }) ayaa codsaday in la ogaado cidda cabasho gudbisay.
   *[adult] { $name } ({ $role }) ayaa codsaday aqoonsiga qofka cabasho gudbiyay.
}
access-complaint-identity-decide = { $band ->
    [young] { $name } ayaa go'aamiyay in la ogaan karo cidda cabasho gudbisay iyo in kale.
    [child] { $name } ({ $role }) ayaa go'aan ka gaaray codsi ah in la ogaado cidda cabasho gudbisay.
   *[adult] { $name } ({ $role }) ayaa go'aan ka gaaray codsi aqoonsi.
}
access-complaint-identity-reveal = { $band ->
    [young] { $name } ayaa ogaaday cidda cabasho gudbisay.
    [child] { $name } ({ $role }) ayaa ogaaday cidda cabasho gudbisay, kadib markii la ansixiyay.
   *[adult] { $name } ({ $role }) ayaa akhriyay aqoonsiga qofka cabasho gudbiyay, kadib ansixin.
}
access-complaint-custodian-set = { $band ->
    [young] { $name } ayaa beddelay cidda go'aan ka gaari karta magacyada ku jira cabashooyinka.
    [child] { $name } ({ $role }) ayaa beddelay cidda ah ilaaliyaha aqoonsiga cabashooyinka.
   *[adult] { $name } ({ $role }) ayaa beddelay xuquuqda ilaaliyaha aqoonsiga cabashooyinka.
}
access-complaint-on-call-set = { $band ->
    [young] { $name } ayaa beddelay cidda shaqada joogta ee cabashooyinka.
    [child] { $name } ({ $role }) ayaa beddelay jadwalka shaqo-joogitaanka cabashooyinka.
   *[adult] { $name } ({ $role }) ayaa beddelay heerka shaqo-joogitaanka ee cabashooyinka degdegga ah.
}
access-complaint-expiry-warn = { $band ->
    [young] Cabasho hore ayaa dhawaan la tirtiri doonaa.
    [child] Cabasho la xiray ayaa dhawaan la tirtiri doonaa.
   *[adult] Cabasho la xiray ayaa loo calaamadeeyay in la tirtiro kadib muddada digniinta.
}
access-complaint-delete = { $band ->
    [young] Cabasho hore ayaa la tirtiray.
    [child] Cabasho la xiray ayaa la tirtiray.
   *[adult] Cabasho la xiray ayaa la tirtiray.
}
access-complaint-metrics-view = { $band ->
    [young] { $name } ayaa eegay tirooyinka cabashooyinka.
    [child] { $name } ({ $role }) ayaa eegay tirooyinka cabashooyinka.
   *[adult] { $name } ({ $role }) ayaa eegay tirakoobka cabashooyinka.
}
# Check-ins and urgent alerts: they show in the child's, guardian's and caseworkers'
# access logs of the case. How a child feels never appears here: only that they checked in.
access-checkin-record = { $band ->
    [young] { $name } ayaa soo diray warbixin dareen.
    [child] { $name } ({ $role }) ayaa soo diray warbixin dareen.
   *[adult] { $name } ({ $role }) ayaa soo diray warbixin dareen.
}
access-checkin-rhythm-set = { $band ->
    [young] { $name } ayaa doortay inta jeer ee aad muujin karto sida aad dareemayso.
    [child] { $name } ({ $role }) ayaa dejiyay inta jeer ee la soo jeedinayo warbixinta dareenka.
   *[adult] { $name } ({ $role }) ayaa dejiyay inta jeer ee la soo jeedinayo warbixinta dareenka.
}
access-checkins-list = { $band ->
    [young] { $name } ayaa eegay goorta aad muujisay sida aad dareemaysay.
    [child] { $name } ({ $role }) ayaa eegay goorta la soo diray warbixinnada dareenka.
   *[adult] { $name } ({ $role }) ayaa eegay goorta la soo diray warbixinnada dareenka.
}
access-help-request = { $band ->
    [young] { $name } ayaa codsaday caawimaad hadda.
    [child] { $name } ({ $role }) ayaa codsaday caawimaad hadda.
   *[adult] { $name } ({ $role }) ayaa codsaday caawimaad hadda.
}
access-missing-flag = { $band ->
    [young] { $name } ayaa sheegay in aan la garanayn meesha aad joogto.
    [child] { $name } ({ $role }) ayaa sheegay inaad maqan tahay.
   *[adult] { $name } ({ $role }) ayaa sheegay in ilmuhu maqan yahay.
}
access-alert-escalate = { $band ->
    [young] Dad kale oo ku caawiya ayaa loo sheegay.
    [child] Dad kale oo shaqada jooga ayaa loo sheegay, maxaa yeelay qofna weli ma jawaabin.
   *[adult] Digniinta ayaa loo gudbiyay heerka xiga ee shaqaalaha shaqada jooga: qofna ma xaqiijin helitaankeeda.
}
access-alert-acknowledge = { $band ->
    [young] { $name } ayaa arkay codsiga caawimaadda.
    [child] { $name } ({ $role }) ayaa arkay digniinta oo qaatay.
   *[adult] { $name } ({ $role }) ayaa xaqiijiyay helitaanka digniinta.
}
access-alert-resolve = { $band ->
    [young] { $name } ayaa xiray codsiga caawimaadda.
    [child] { $name } ({ $role }) ayaa xiray digniinta.
   *[adult] { $name } ({ $role }) ayaa xalliyay digniinta.
}
access-alert-list = { $band ->
    [young] { $name } ayaa eegay codsiyada caawimaadda.
    [child] { $name } ({ $role }) ayaa eegay digniinaha furan.
   *[adult] { $name } ({ $role }) ayaa eegay digniinaha furan.
}
access-alert-metrics = { $band ->
    [young] { $name } ayaa eegay tirooyinka codsiyada caawimaadda.
    [child] { $name } ({ $role }) ayaa eegay tirooyinka digniinaha (magacyo la'aan).
   *[adult] { $name } ({ $role }) ayaa eegay tirakoobka guud ee digniinaha.
}
access-roster-set = { $band ->
    [young] { $name } ayaa beddelay cidda shaqada joogta.
    [child] { $name } ({ $role }) ayaa beddelay cidda shaqada joogta ee digniinaha.
   *[adult] { $name } ({ $role }) ayaa beddelay jadwalka shaqo-joogitaanka.
}
access-case-risk-set = { $band ->
    [young] { $name } ayaa doortay dadka ku caawiya ee marka hore loo sheego.
    [child] { $name } ({ $role }) ayaa doortay khubarada marka hore loo sheego digniinaha.
   *[adult] { $name } ({ $role }) ayaa dejiyay heerka khatarta kiiska ee loo adeegsado u gudbinta digniinaha.
}
