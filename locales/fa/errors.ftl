# Error messages. One per error code: `error-` then the code with `.` and `_` as `-`.
# People of every age read these, children too: short, plain, and say what to do next.

error-request-malformed-json = اپلیکیشن چیزی فرستاد که سرور نتوانست آن را بخواند. لطفاً دوباره کوشش کنید.
error-request-invalid-field = اپلیکیشن مقداری فرستاد که سرور نمی‌تواند از آن استفاده کند: { $field }.
error-request-unknown-field = اپلیکیشن چیزی فرستاد که سرور آن را نمی‌شناسد: { $field }.
error-request-body-too-large = این برای فرستادن خیلی کلان است.
error-request-unsupported-media-type = اپلیکیشن این را به شکلی فرستاد که سرور قبول نمی‌کند.
error-request-invalid-id = این لینک یا شناسه درست نیست.
error-request-unknown-route = اینجا چیزی نیست.
error-request-method-not-allowed = این کار اینجا ممکن نیست.
error-auth-credential-missing = برای این کار، لطفاً وارد حساب خود شوید.
error-auth-credential-invalid = این تیلفون وارد حساب نشده است. از مددکار خود کمک بخواهید.
error-auth-device-revoked = اتصال این تیلفون قطع شده است. از مددکار خود یک کود نو بخواهید.
error-auth-forbidden = شما اجازهٔ این کار را ندارید.
error-enrolment-code-invalid = این کود درست نیست. کود را یک بار دیگر ببینید و دوباره کوشش کنید.
error-enrolment-code-expired = وقت این کود گذشته است. از مددکار خود یک کود نو بخواهید.
error-enrolment-code-used = این کود قبلاً استفاده شده است. از مددکار خود یک کود نو بخواهید.
error-enrolment-rate-limited = کوشش‌ها خیلی زیاد شد. لطفاً کمی صبر کنید و دوباره کوشش کنید.
error-keys-invalid-key = اپلیکیشن یک کلید امنیتی فرستاد که سرور نمی‌تواند آن را بخواند.
error-keys-invalid-signature = اپلیکیشن یک کلید امنیتی فرستاد که درست بودن آن تأیید نشد.
error-keys-invalid-registration-id = اپلیکیشن عددی فرستاد که سرور نمی‌تواند از آن استفاده کند.
error-case-not-found = این پرونده را پیدا کرده نتوانستیم.
error-case-stage-transition-not-allowed = پرونده از مرحله‌ای که حالا در آن است، نمی‌تواند به آن مرحله برود.
error-case-member-not-found = این شخص در این پرونده شامل نیست.
error-case-already-member = این شخص از قبل در این پرونده شامل است.
error-case-not-assignable-staff = به این شکل فقط مددکاران، سرپرستان و وکیلان را می‌توان اضافه کرد.
error-case-link-invalid = این پرونده‌ها را نمی‌توان با هم وصل کرد.
error-case-contact-rule-invalid = هر قاعدهٔ تماس به دو شخص مختلف از این پرونده ضرورت دارد.
error-account-not-found = این شخص را پیدا کرده نتوانستیم.
error-device-not-found = این دستگاه را پیدا کرده نتوانستیم.
error-server-internal = از طرف ما مشکلی پیش آمد. هیچ چیزی تغییر نکرد. لطفاً دوباره کوشش کنید.
error-server-unavailable = سیستم فعلاً مصروف است. لطفاً یک دقیقه بعد دوباره کوشش کنید.
