user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.com");
user_pref("mail.smtpservers", "smtp1");
