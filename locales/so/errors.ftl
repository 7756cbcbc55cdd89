# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.

error-request-malformed-json = App-ku wuxuu diray wax uusan server-ku akhrin karin. Fadlan mar kale isku day.
error-request-invalid-field = App-ku wuxuu diray qiime uusan server-ku isticmaali karin: { $field }.
error-request-unknown-field = App-ku wuxuu diray wax uusan server-ku aqoon: { $field }.
error-request-body-too-large = Tani aad bay u weyn tahay in la diro.
error-request-unsupported-media-type = App-ku wuxuu tan u diray qaab uusan server-ku aqbalin.
error-request-invalid-id = Linkigan ama aqoonsigan sax ma aha.
error-request-unknown-route = Halkan waxba ma yaallo.
error-request-method-not-allowed = Tallaabadan halkan lagama qaadi karo.
error-auth-credential-missing = Fadlan soo gal si aad tan u samayso.
error-auth-credential-invalid = Taleefankan laguma soo gelin. Caawimaad ka weydii shaqaalaha kiiskaaga.
error-auth-device-revoked = Taleefankan xiriirkiisii waa la gooyay. Koodh cusub ka weydii shaqaalaha kiiskaaga.
error-auth-forbidden = Ma haysid ogolaansho aad tan ku samayso.
error-enrolment-code-invalid = Koodhkan sax ma aha. Hubi, kadibna mar kale isku day.
error-enrolment-code-expired = Koodhkan waqtigiisii wuu dhammaaday. Koodh cusub ka weydii shaqaalaha kiiskaaga.
error-enrolment-code-used = Koodhkan horay ayaa loo isticmaalay. Koodh cusub ka weydii shaqaalaha kiiskaaga.
error-enrolment-rate-limited = Isku day aad u badan. Fadlan in yar sug, kadibna mar kale isku day.
error-keys-invalid-key = App-ku wuxuu diray fure ammaan oo uusan server-ku akhrin karin.
error-keys-invalid-signature = App-ku wuxuu diray fure ammaan oo aan la xaqiijin karin.
error-keys-invalid-registration-id = App-ku wuxuu diray lambar uusan server-ku isticmaali karin.
error-case-not-found = Kiiskan waan heli waynay.
error-case-stage-transition-not-allowed = Halka uu kiisku hadda joogo, looma gudbin karo tallaabadaas.
error-case-member-not-found = Qofkan kama mid aha kiiskan.
error-case-already-member = Qofkan horeba wuu ka mid yahay kiiskan.
error-case-not-assignable-staff = Habkan waxaa lagu dari karaa oo keliya shaqaalaha kiiska, mas'uulka ilmaha iyo qareenka.
error-case-link-invalid = Kiisaskan isku lama xiri karo.
error-case-contact-rule-invalid = Xeerka xiriirku wuxuu u baahan yahay laba qof oo kala duwan oo kiiskan ka mid ah.
error-account-not-found = Qofkan waan heli waynay.
error-device-not-found = Qalabkan waan heli waynay.
error-server-internal = Cilad ayaa dhinacayaga ka dhacday. Waxba lama beddelin. Fadlan mar kale isku day.
error-server-unavailable = Adeeggu hadda wuu mashquul yahay. Fadlan mar kale isku day daqiiqad kadib.
