user_pref("mail.smtpserver.default.authMethod", 4);
user_pref("mail.smtpserver.default.try_ssl", 1);
user_pref("mail.smtpserver.smtp3.hostname", "mail.old-isp.example");
user_pref("mail.smtpserver.smtp3.port", "25");
user_pref("mail.identity.id9.useremail", "old@old-isp.example");
user_pref("mail.identity.id9.smtpServer", "smtp-deleted");
