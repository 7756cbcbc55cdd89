# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# Somali: machine draft (AI, 2026-12-03), not reviewed by a native speaker; see STATUS.md.

sdk-error-offline = App-ku hadda ma gaari karo server-ka. Fariimahaagu waxay ku sugayaan taleefankan, waxayna tegi doonaan marka xiriir la helo.
sdk-error-unexpected-response = Server-ku wuxuu u jawaabay qaab uusan app-ku fahmin. Fadlan mar kale isku day goor dambe.
sdk-error-store = Taleefankan ma kaydin karin, mana akhrin karin xogta app-ka. Xir app-ka, mar kale fur, kadibna mar kale isku day.
sdk-error-store-key = Xogta app-ka ee taleefankan laguma furi karin furahan. Waxba lama beddelin.
sdk-error-crypto = Fariin laguma xiri karin, lagumana furi karin taleefankan. Fadlan mar kale isku day.
sdk-error-not-enrolled = Taleefankan weli lama diyaarin. Geli koodhka uu ku siiyay shaqaalaha kiiskaagu.
sdk-error-other-server = Xogta app-kan waxay ka tirsan tahay server kale. Waxba lama beddelin.
sdk-error-identity-changed = Lambarka ammaanka ee qofkan wuu isbeddelay. Fool ka fool ula barbar dhig qofka ka hor intaadan mar kale wax u qorin.
sdk-error-revoked-device = Fariin ayaa ka timid taleefan xiriirkiisii la gooyay. Lama tusin.
sdk-error-contact-not-allowed = Hadda wax uma qori kartid akoonkan app-ka dhexdiisa.
sdk-error-sealed-unavailable = Fariin gaar ah weli looma diri karo akoonkan. Marka hore dir fariin caadi ah.
sdk-error-notice-mismatch = Qoraalkani ma aha kii app-ku filayay, sidaas darteed lama tusayo. Weydii shaqaalaha kiiskaaga.
sdk-error-receipt-signature = Rasiidkan lama hubin karin. Weydii shaqaalaha kiiskaaga.
sdk-error-receipt-code-invalid = Lambarkan rasiidka ma dhammaystirna, ama qalad ayaa lagu qoray. Hubi, kadibna mar kale isku day.
sdk-error-complaint-unreadable = Cabashadan laguma furi karin taleefankan.
sdk-error-invalid-input = App-ku wuxuu isticmaalay qiime uusan diri karin: { $field }.
sdk-error-internal = Cilad ayaa app-ka ka dhacday. Waxba lama dirin. Fadlan mar kale isku day.
sdk-error-revoked = Taleefankan waa laga gooyay akoonkaaga. Xogtii ku jirtay waa la tirtiray. Koodh cusub ka weydii shaqaalaha kiiskaaga.
