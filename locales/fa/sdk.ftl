# Messages of the app itself (the SDK on the phone), for errors that happen before or
# without the server. One per local code: `sdk-error-` then the code after `sdk.`, with
# `_` as `-`. People of every age read these: short, plain, and say what to do next.
# Dari (fa): machine draft (AI, 2026-12-03), not reviewed by a native speaker; see STATUS.md.
# Polite plural (شما) as in errors.ftl, because readers of every age see the same text.

sdk-error-offline = اپلیکیشن حالا نمی‌تواند به سرور وصل شود. پیام‌های شما در این تیلفون منتظر می‌مانند و وقتی اتصال باشد، فرستاده می‌شوند.
sdk-error-unexpected-response = سرور به شکلی جواب داد که اپلیکیشن آن را نمی‌فهمد. لطفاً بعداً دوباره کوشش کنید.
sdk-error-store = این تیلفون نتوانست معلومات اپلیکیشن را ذخیره کند یا بخواند. اپلیکیشن را ببندید، دوباره باز کنید و دوباره کوشش کنید.
sdk-error-store-key = معلومات اپلیکیشن در این تیلفون با این کلید باز شده نتوانست. هیچ چیزی تغییر نکرد.
sdk-error-crypto = یک پیام در این تیلفون قفل یا باز شده نتوانست. لطفاً دوباره کوشش کنید.
sdk-error-not-enrolled = این تیلفون هنوز تنظیم نشده است. کودی را که از مددکار خود گرفته‌اید، وارد کنید.
sdk-error-other-server = معلومات این اپلیکیشن مربوط به یک سرور دیگر است. هیچ چیزی تغییر نکرد.
sdk-error-identity-changed = نمبر امنیتی این شخص تغییر کرده است. پیش از آن‌که دوباره به او پیام بنویسید، این نمبر را رو در رو با خود او مقایسه کنید.
sdk-error-revoked-device = یک پیام از تیلفونی آمد که اتصالش قطع شده بود. این پیام نشان داده نشد.
sdk-error-contact-not-allowed = فعلاً نمی‌توانید در اپلیکیشن به این حساب پیام بنویسید.
sdk-error-sealed-unavailable = هنوز نمی‌توان به این حساب پیام خصوصی فرستاد. اول یک پیام عادی بفرستید.
sdk-error-notice-mismatch = این متن آن متنی نیست که اپلیکیشن منتظر آن است، بنابراین نشان داده نمی‌شود. از مددکار خود بپرسید.
sdk-error-receipt-signature = اپلیکیشن این رسید را بررسی کرده نتوانست. از مددکار خود بپرسید.
sdk-error-receipt-code-invalid = این نمبر رسید کامل نیست یا در نوشتن آن اشتباهی شده است. آن را بررسی کنید و دوباره کوشش کنید.
sdk-error-complaint-unreadable = این شکایت در این تیلفون باز شده نتوانست.
sdk-error-invalid-input = اپلیکیشن مقداری را به کار برد که نمی‌تواند آن را بفرستد: { $field }.
sdk-error-internal = در اپلیکیشن مشکلی پیش آمد. هیچ چیزی فرستاده نشد. لطفاً دوباره کوشش کنید.
sdk-error-revoked = اتصال این تیلفون از حساب شما قطع شد. معلومات آن از این تیلفون پاک شد. از مددکار خود یک کود نو بخواهید.
