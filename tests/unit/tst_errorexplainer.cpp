#include "diagnose/ErrorExplainer.h"
#include "diagnose/Findings.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <optional>
#include <vector>

using Server = ErrorExplainer::Server;
using Client = ErrorExplainer::Client;

Q_DECLARE_METATYPE(ErrorExplainer::Server)
Q_DECLARE_METATYPE(ErrorExplainer::Client)

namespace {

using F = FindingCode;

// Every finding id of the registry. The explainer may return only these.
QStringList allFindingIds()
{
    QStringList ids;
    for (const Findings::Info &row : Findings::all()) {
        if (row.kind == Findings::Kind::Finding)
            ids << row.id;
    }
    return ids;
}

// Ids a pasted error text cannot show (the registry's FromPaste::Never): they come from probing only.
QStringList idsOnlyFromProbing()
{
    QStringList ids;
    for (const Findings::Info &row : Findings::all()) {
        if (row.kind == Findings::Kind::Finding && row.fromPaste == Findings::FromPaste::Never)
            ids << row.id;
    }
    return ids;
}

struct Row
{
    const char *name;
    QString input;
    FindingCode first;                 // expected first finding
    std::optional<FindingCode> second; // expected second finding; empty: not checked
    int code;
    QString enhanced;
    Server server;
    Client client;
    const char *source = nullptr; // where the text comes from: a URL, or a source file with its version
};

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// Real error texts as people paste them: the server's reply, wrapped by their mail program.
std::vector<Row> recognizedRows()
{
    const std::optional<FindingCode> none;
    return {
        // Exim
        {"exim 503 alone",
         s(u"503 valid RCPT command must precede DATA"),
         F::AuthRequired,
         F::BadCommandSequence,
         503,
         {},
         Server::Exim,
         Client::Unknown},
        {"exim 503 lower case in thunderbird",
         s(u"Sending of the message failed.\nAn error occurred while sending mail. The mail server "
           u"responded:  503 "
           u"valid rcpt command must precede data. Please check the message and try again."),
         F::AuthRequired,
         F::BadCommandSequence,
         503,
         {},
         Server::Exim,
         Client::Thunderbird},
        {"exim 503 multi-line with relay not permitted",
         s(u"503-All RCPT commands were rejected with this error:\n503-relay not permitted\n503 valid RCPT "
           u"command "
           u"must precede DATA"),
         F::AuthRequired,
         F::BadCommandSequence,
         503,
         {},
         Server::Exim,
         Client::Unknown},
        {"exim relay not permitted in outlook bounce",
         s(u"Your message did not reach some or all of the intended recipients.\n\n      Subject:\tInvoice "
           u"2024-0042\n      Sent:\t03/05/2024 14:12\n\nThe following recipient(s) cannot be reached:\n\n   "
           u"   "
           u"'bob@example.org' on 03/05/2024 14:12\n            550 relay not permitted\n"),
         F::AuthRequired,
         none,
         550,
         {},
         Server::Exim,
         Client::Outlook},
        {"exim incorrect authentication data",
         s(u"535 Incorrect authentication data"),
         F::AuthFailed,
         none,
         535,
         {},
         Server::Exim,
         Client::Unknown},
        {"exim sender verify failed (callout)",
         s(u"550-Verification failed for <nobody@example.invalid>\n550-Called:   192.0.2.10\n550-Sent:     "
           u"RCPT "
           u"TO:<nobody@example.invalid>\n550-Response: 550 5.1.1 <nobody@example.invalid>: Recipient "
           u"address "
           u"rejected: User unknown\n550 Sender verify failed"),
         F::SenderRejected,
         none,
         550,
         {},
         Server::Exim,
         Client::Unknown},
        {"exim black list",
         s(u"550 Rejected because 203.0.113.7 is in a black list at zen.spamhaus.org\nListed by PBL, see "
           u"https://www.spamhaus.org/query/ip/203.0.113.7"),
         F::IpBlocklisted,
         none,
         550,
         {},
         Server::Exim,
         Client::Unknown},
        {"cpanel exim turn on smtp authentication",
         s(u"550-Please turn on SMTP Authentication in your mail client. 550-(laptop.home) "
           u"[198.51.100.23]:50522 is not permitted to relay through 550 this server without "
           u"authentication."),
         F::AuthRequired,
         none,
         550,
         {},
         Server::Exim,
         Client::Unknown},
        {"exim auth not advertised (no encryption)",
         s(u"503 AUTH command used when not advertised"),
         F::AuthNeedsTls,
         F::AuthMechanismMismatch,
         503,
         {},
         Server::Exim,
         Client::Unknown},

        // Postfix
        {"postfix relay access denied in thunderbird",
         s(u"An error occurred while sending mail. The mail server responded:  \n554 5.7.1 "
           u"<bob@example.org>: Relay "
           u"access denied.\n Please check the message recipient \"bob@example.org\" and try again."),
         F::AuthRequired, none, 554, QStringLiteral("5.7.1"), Server::Postfix, Client::Thunderbird},
        {"postfix relay access denied, extra whitespace, lower case",
         s(u"   554   5.7.1   <bob@example.org>:   relay   access   denied  \n\n"), F::AuthRequired, none,
         554, QStringLiteral("5.7.1"), Server::Postfix, Client::Unknown},
        {"postfix relay, quoted in a forwarded bounce",
         s(u"> 554 5.7.1 <bob@example.org>: Relay access denied"), F::AuthRequired, none, 554,
         QStringLiteral("5.7.1"), Server::Postfix, Client::Unknown},
        {"postfix starttls first", s(u"530 5.7.0 Must issue a STARTTLS command first"), F::TlsRequired, none,
         530, QStringLiteral("5.7.0"), Server::Postfix, Client::Unknown},
        {"postfix auth failed, outlook test message",
         s(u"Send test e-mail message: Your outgoing (SMTP) e-mail server has reported an internal error. If "
           u"you "
           u"continue to receive this message, contact your server administrator or Internet service "
           u"provider "
           u"(ISP). The server responded: 535 5.7.8 Error: authentication failed: authentication failure"),
         F::AuthFailed, none, 535, QStringLiteral("5.7.8"), Server::Postfix, Client::Outlook},
        {"postfix auth failed, windows line ends and tabs",
         s(u"Sending of the message failed.\r\n\tAn error occurred while sending mail. The mail server "
           u"responded:\t535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6\r\n"),
         F::AuthFailed, none, 535, QStringLiteral("5.7.8"), Server::Postfix, Client::Thunderbird},
        {"postfix auth failed after a port and a date",
         s(u"Fri, 3 May 2024 14:50:22 +0200: the connection to mail.example.com on port 587 failed: 535 "
           u"5.7.8 "
           u"Error: authentication failed: authentication failure"),
         F::AuthFailed, none, 535, QStringLiteral("5.7.8"), Server::Postfix, Client::Unknown},
        {"postfix need rcpt", s(u"503 5.5.1 Error: need RCPT command"), F::AuthRequired,
         F::BadCommandSequence, 503, QStringLiteral("5.5.1"), Server::Postfix, Client::Unknown},
        {"postfix no valid recipients", s(u"554 5.5.1 Error: no valid recipients"), F::AuthRequired,
         F::BadCommandSequence, 554, QStringLiteral("5.5.1"), Server::Postfix, Client::Unknown},
        {"postfix sender not owned, apple mail",
         s(u"Cannot send message using the server mail.example.com\nThe sender address alice@example.com was "
           u"rejected by the server mail.example.com.\nThe server response was: 553 5.7.1 "
           u"<alice@example.com>: "
           u"Sender address rejected: not owned by user info@example.com"),
         F::SenderRejected, none, 553, QStringLiteral("5.7.1"), Server::Postfix, Client::AppleMail},
        {"postfix user unknown",
         s(u"550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox "
           u"table"),
         F::RecipientRejected, none, 550, QStringLiteral("5.1.1"), Server::Postfix, Client::Unknown},
        {"mailbox full 452", s(u"452 4.2.2 Mailbox full"), F::MailboxFull, none, 452, QStringLiteral("4.2.2"),
         Server::Other, Client::Unknown},
        {"dovecot over quota", s(u"552 5.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)"),
         F::MailboxFull, none, 552, QStringLiteral("5.2.2"), Server::Other, Client::Unknown},
        {"postfix spamhaus",
         s(u"554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org; "
           u"https://www.spamhaus.org/query/ip/203.0.113.7"),
         F::IpBlocklisted, none, 554, QStringLiteral("5.7.1"), Server::Postfix, Client::Unknown},

        // RFC 4954 wordings
        {"rfc4954 530", s(u"530 5.7.0 Authentication required"), F::AuthRequired, none, 530,
         QStringLiteral("5.7.0"), Server::Other, Client::Unknown},
        {"rfc4954 535", s(u"535 5.7.8 Authentication credentials invalid"), F::AuthFailed, none, 535,
         QStringLiteral("5.7.8"), Server::Other, Client::Unknown},
        {"rfc4954 534", s(u"534 5.7.9 Authentication mechanism is too weak"), F::AuthMechanismMismatch, none,
         534, QStringLiteral("5.7.9"), Server::Other, Client::Unknown},
        {"rfc4954 538", s(u"538 5.7.11 Encryption required for requested authentication mechanism"),
         F::AuthNeedsTls, none, 538, QStringLiteral("5.7.11"), Server::Other, Client::Unknown},
        {"rfc4954 454", s(u"454 4.7.0 Temporary authentication failure"), F::AuthMechanismMismatch,
         F::AuthFailed, 454, QStringLiteral("4.7.0"), Server::Other, Client::Unknown},
        {"rfc4954 432", s(u"432 4.7.12 A password transition is needed"), F::AuthFailed, none, 432,
         QStringLiteral("4.7.12"), Server::Other, Client::Unknown},

        // Microsoft 365
        {"m365 5.7.57, outlook test message",
         s(u"Send test e-mail message: The server responded: 530 5.7.57 Client not authenticated to send "
           u"mail. "
           u"[AM0PR06CA0071.eurprd06.prod.outlook.com 2024-05-03T10:15:22.000Z 08DC6B0E4A1F2C3D]"),
         F::AuthRequired, none, 530, QStringLiteral("5.7.57"), Server::Microsoft365, Client::Outlook},
        {"m365 anonymous mail during MAIL FROM",
         s(u"Remote Server returned '530 5.7.57 SMTP; Client was not authenticated to send anonymous mail "
           u"during "
           u"MAIL FROM [BN6PR17CA0032.namprd17.prod.outlook.com]'"),
         F::AuthRequired, none, 530, QStringLiteral("5.7.57"), Server::Microsoft365, Client::Unknown},
        {"m365 smtp auth disabled for the tenant",
         s(u"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
           u"Visit "
           u"https://aka.ms/smtp_auth_disabled for more information. "
           u"[DB9PR02CA0016.eurprd02.prod.outlook.com]"),
         F::SmtpAuthDisabledByAdmin, F::OauthRequired, 535, QStringLiteral("5.7.139"), Server::Microsoft365,
         Client::Unknown},
        {"m365 criteria not met, thunderbird",
         s(u"Sending of the message failed.\nAn error occurred while sending mail: Outgoing server (SMTP) "
           u"error. The "
           u"server responded:  535 5.7.139 Authentication unsuccessful, the request did not meet the "
           u"criteria to "
           u"be authenticated successfully. Contact your administrator. "
           u"[LO4P265CA0123.GBRP265.PROD.OUTLOOK.COM]."),
         F::OauthRequired, none, 535, QStringLiteral("5.7.139"), Server::Microsoft365, Client::Thunderbird},
        {"m365 basic authentication disabled",
         s(u"535 5.7.139 Authentication unsuccessful, basic authentication is disabled. "
           u"[PAZP264CA0087.FRAP264.PROD.OUTLOOK.COM]"),
         F::OauthRequired, none, 535, QStringLiteral("5.7.139"), Server::Microsoft365, Client::Unknown},
        {"m365 5.7.3",
         s(u"535 5.7.3 Authentication unsuccessful [SN4PR0501CA0054.namprd05.prod.outlook.com]"),
         F::AuthFailed, none, 535, QStringLiteral("5.7.3"), Server::Microsoft365, Client::Unknown},
        {"m365 send as, bounce",
         s(u"Your message couldn't be delivered.\nDiagnostic information for administrators:\nGenerating "
           u"server: "
           u"AM6PR02MB4321.eurprd02.prod.outlook.com\nRemote Server returned '550 5.7.60 SMTP; Client does "
           u"not have "
           u"permissions to send as this sender'"),
         F::SenderRejected, none, 550, QStringLiteral("5.7.60"), Server::Microsoft365, Client::Unknown},
        {"m365 mailbox full",
         s(u"554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
           u"MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception"),
         F::MailboxFull, none, 554, QStringLiteral("5.2.2"), Server::Microsoft365, Client::Unknown},
        {"m365 5.7.708",
         s(u"550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more "
           u"information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) "
           u"[AM5EUR03FT022.eop-EUR03.prod.protection.outlook.com]"),
         F::IpBlocklisted, none, 550, QStringLiteral("5.7.708"), Server::Microsoft365, Client::Unknown},
        {"m365 5.7.606",
         s(u"550 5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list "
           u"please "
           u"visit https://sender.office.com/ and follow the directions."),
         F::IpBlocklisted, none, 550, QStringLiteral("5.7.606"), Server::Microsoft365, Client::Unknown},
        {"m365 recipient not found",
         s(u"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
         F::RecipientRejected, none, 550, QStringLiteral("5.1.10"), Server::Microsoft365, Client::Unknown},
        {"exchange unrecognized authentication type",
         s(u"504 5.7.4 Unrecognized authentication type [AM0PR02CA0123.eurprd02.prod.outlook.com]"),
         F::AuthMechanismMismatch, none, 504, QStringLiteral("5.7.4"), Server::Microsoft365, Client::Unknown},

        // Gmail
        {"gmail bad credentials, multi-line",
         s(u"535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  "
           u"https://support.google.com/mail/?p=BadCredentials d9443c01a7336-1f2d3e4a5b6sm1234567pjb.12 - "
           u"gsmtp"),
         F::AuthFailed, F::AppPasswordRequired, 535, QStringLiteral("5.7.8"), Server::Gmail, Client::Unknown},
        {"gmail application-specific password, thunderbird",
         s(u"Login to server smtp.gmail.com with username \"alice@gmail.com\" failed.\n534-5.7.9 "
           u"Application-specific password required. For more information, go to\n534 5.7.9  "
           u"https://support.google.com/mail/?p=InvalidSecondFactor x2-20020a17090a6b4200b002a1sm.7 - gsmtp"),
         F::AppPasswordRequired, none, 534, QStringLiteral("5.7.9"), Server::Gmail, Client::Thunderbird},
        {"gmail log in via web browser",
         s(u"534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs> Please log in "
           u"via "
           u"your web browser and\n534-5.7.14 then try again.\n534-5.7.14  Learn more at\n534 5.7.14  "
           u"https://support.google.com/mail/answer/78754 t6sm1234567wrs.45 - gsmtp"),
         F::OauthRequired, F::AppPasswordRequired, 534, QStringLiteral("5.7.14"), Server::Gmail,
         Client::Unknown},
        {"gmail starttls first",
         s(u"530 5.7.0 Must issue a STARTTLS command first. d9443c01a7336sm123456pjb.45 - gsmtp"),
         F::TlsRequired, none, 530, QStringLiteral("5.7.0"), Server::Gmail, Client::Unknown},
        {"gmail over quota",
         s(u"552-5.2.2 The email account that you tried to reach is over quota. Please direct\n552-5.2.2 the "
           u"recipient to\n552 5.2.2  https://support.google.com/mail/?p=OverQuotaTemp a1si1234567wrb.123 - "
           u"gsmtp"),
         F::MailboxFull, none, 552, QStringLiteral("5.2.2"), Server::Gmail, Client::Unknown},
        {"gmail rate limited",
         s(u"421-4.7.0 [203.0.113.7      15] Our system has detected an unusual rate of\n421-4.7.0 "
           u"unsolicited mail "
           u"originating from your IP address. To protect our\n421-4.7.0 users from spam, mail sent from "
           u"your IP "
           u"address has been temporarily\n421-4.7.0 rate limited. Please visit\n421 4.7.0  "
           u"https://support.google.com/mail/?p=UnsolicitedRateLimitError a2si123wrb.9 - gsmtp"),
         F::IpBlocklisted, none, 421, QStringLiteral("4.7.0"), Server::Gmail, Client::Unknown},
        {"gmail ip blocked",
         s(u"550-5.7.1 [203.0.113.7] Our system has detected an unusual rate of unsolicited mail originating "
           u"from "
           u"your IP address. To protect our users from spam, mail sent from your IP address has been "
           u"blocked."),
         F::IpBlocklisted, none, 550, QStringLiteral("5.7.1"), Server::Gmail, Client::Unknown},
        {"gmail ip not authorized to send directly",
         s(u"550-5.7.1 [198.51.100.23] The IP you're using to send mail is not authorized to\n550-5.7.1 send "
           u"email "
           u"directly to our servers. Please use the SMTP relay at your\n550-5.7.1 service provider instead. "
           u"Learn "
           u"more at\n550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError b7si12wrb.1 - gsmtp"),
         F::IpBlocklisted, F::PortBlocked, 550, QStringLiteral("5.7.1"), Server::Gmail, Client::Unknown},
        {"gmail recipient address with odd characters",
         s(u"553-5.1.3 The recipient address <jürgen müller@example.org> is not a valid RFC-5321\n553 5.1.3 "
           u"address. Learn more at https://support.google.com/mail/answer/6596 a1si1wrb.2 - gsmtp"),
         F::AddressOddCharacters, F::RecipientRejected, 553, QStringLiteral("5.1.3"), Server::Gmail,
         Client::Unknown},

        // Yahoo
        {"yahoo too many bad auth attempts", s(u"535 5.7.0 (#AUTH005) Too many bad auth attempts."),
         F::AuthFailed, none, 535, QStringLiteral("5.7.0"), Server::Yahoo, Client::Unknown},
        {"yahoo spamhaus pbl",
         s(u"553 5.7.1 [BL21] Connections not accepted from IP addresses on Spamhaus PBL"), F::IpBlocklisted,
         F::PortBlocked, 553, QStringLiteral("5.7.1"), Server::Yahoo, Client::Unknown},
        {"yahoo wrong sender",
         s(u"smtplib.SMTPDataError: (550, b'Request failed; Mailbox unavailable')"),
         F::SenderRejected,
         none,
         550,
         {},
         Server::Yahoo,
         Client::Unknown},

        {"gmail through python smtplib",
         s(u"smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. Learn more "
           u"at\\n5.7.8  https://support.google.com/mail/?p=BadCredentials a1sm1234wrb.1 - gsmtp')"),
         F::AuthFailed, F::AppPasswordRequired, 535, QStringLiteral("5.7.8"), Server::Gmail, Client::Unknown},

        // POP before SMTP and other servers
        {"pop before smtp, thunderbird",
         s(u"Sending of the message failed.\nAn error occurred while sending mail. The mail server "
           u"responded: 550 "
           u"Relaying denied. Please check your mail first. Please check the message recipient "
           u"\"bob@example.org\" "
           u"and try again."),
         F::PopBeforeSmtp,
         F::AuthRequired,
         550,
         {},
         Server::Other,
         Client::Thunderbird},
        {"pop before smtp, must check for new mail",
         s(u"550 5.7.1 We do not relay for 198.51.100.23; you must check for new mail first"),
         F::PopBeforeSmtp, F::AuthRequired, 550, QStringLiteral("5.7.1"), Server::Other, Client::Unknown},
        {"qmail rcpthosts", s(u"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"),
         F::AuthRequired, none, 553, QStringLiteral("5.7.1"), Server::Other, Client::Unknown},
        {"code alone", s(u"Error code: 535"), F::AuthFailed, none, 535, {}, Server::Other, Client::Unknown},
        {"code alone after smtp error",
         s(u"SMTP error 530"),
         F::AuthRequired,
         none,
         530,
         {},
         Server::Other,
         Client::Unknown},

        // Outlook's own errors
        {"outlook 0x800CCC0E",
         s(u"Task 'mail.example.com - Sending' reported error (0x800CCC0E) : 'Outlook cannot connect to your "
           u"outgoing "
           u"(SMTP) e-mail server. If you continue to receive this message, contact your server "
           u"administrator or "
           u"Internet service provider (ISP).'"),
         F::PortBlocked,
         F::ServerUnreachable,
         0,
         {},
         Server::Unknown,
         Client::Outlook},
        {"outlook 0x800CCC0F",
         s(u"Task 'alice@example.com - Sending' reported error (0x800CCC0F) : 'The connection to the server "
           u"was "
           u"interrupted. If this problem continues, contact your server administrator or Internet service "
           u"provider "
           u"(ISP).'"),
         F::TlsModeMismatch,
         F::PortUnresponsive,
         0,
         {},
         Server::Unknown,
         Client::Outlook},
        {"outlook 0x800CCC78 with qmail reply",
         s(u"Task 'alice@example.com - Sending' reported error (0x800CCC78) : 'Cannot send the message. "
           u"Verify the "
           u"email address in your account properties. The server responded: 553 sorry, that domain isn't in "
           u"my list "
           u"of allowed rcpthosts (#5.7.1)'"),
         F::AuthRequired, none, 553, QStringLiteral("5.7.1"), Server::Other, Client::Outlook},
        {"outlook 0x800CCC78 alone",
         s(u"Task 'alice@example.com - Sending' reported error (0x800CCC78) : 'Cannot send the message. "
           u"Verify the "
           u"email address in your account properties.'"),
         F::SenderRejected,
         F::AuthRequired,
         0,
         {},
         Server::Unknown,
         Client::Outlook},
        {"outlook 0x8004210B timeout",
         s(u"Task 'smtp.example.com - Sending' reported error (0x8004210B) : 'The operation timed out "
           u"waiting for a "
           u"response from the sending (SMTP) server. If you continue to receive this message, contact your "
           u"server "
           u"administrator or Internet service provider (ISP).'"),
         F::PortUnresponsive,
         F::PortBlocked,
         0,
         {},
         Server::Unknown,
         Client::Outlook},
        {"outlook encryption type",
         s(u"Send test e-mail message: Your server does not support the connection encryption type you have "
           u"specified. Try changing the encryption method. Contact your mail server administrator or "
           u"Internet "
           u"service provider (ISP) for additional assistance."),
         F::TlsModeMismatch,
         none,
         0,
         {},
         Server::Unknown,
         Client::Outlook},
        {"outlook 0x800CCC0D with account details",
         s(u"The server could not be found. (Account: 'mail.example.com', SMTP Server: 'smtp.exmaple.com', "
           u"Port: 465, "
           u"Secure(SSL): Yes, Error Number: 0x800CCC0D)"),
         F::DomainNotFound,
         F::ServerUnreachable,
         0,
         {},
         Server::Unknown,
         Client::Outlook},
        {"outlook 0x800CCC92 incoming password",
         s(u"Receiving reported error (0x800CCC92) : 'Your e-mail server rejected your login. Verify your "
           u"user name "
           u"and password for this account in Account Settings. The server responded: -ERR [AUTH] Invalid "
           u"login.'"),
         F::AuthFailed,
         none,
         0,
         {},
         Server::Other,
         Client::Outlook},

        {"outlook 2003 recipient rejected with server response",
         s(u"The message could not be sent because one of the recipients was rejected by the server. The "
           u"rejected "
           u"e-mail address was 'bob@example.org'. Subject 'Hi', Account: 'alice', Server: "
           u"'smtp.example.com', "
           u"Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay', Port: 25, Secure(SSL): No, Server "
           u"Error: "
           u"550, Error Number: 0x800CCC79"),
         F::AuthRequired, none, 550, QStringLiteral("5.7.1"), Server::Other, Client::Outlook},

        // Thunderbird's own errors
        {"thunderbird timeout",
         s(u"Sending of the message failed.\nThe message could not be sent because the connection to "
           u"Outgoing server "
           u"(SMTP) smtp.example.com timed out. Try again."),
         F::PortUnresponsive,
         F::PortBlocked,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird refused",
         s(u"The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com "
           u"failed. The "
           u"server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing "
           u"server "
           u"(SMTP) settings are correct and try again."),
         F::PortBlocked,
         F::ServerUnreachable,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird unknown server",
         s(u"An error occurred while sending mail: Outgoing server (SMTP) smtp.exmaple.com is unknown. The "
           u"server may "
           u"be incorrectly configured. Please verify that your Outgoing server (SMTP) settings are correct "
           u"and try "
           u"again."),
         F::DomainNotFound,
         F::ServerUnreachable,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird authentication method",
         s(u"The Outgoing server (SMTP) smtp.example.com does not support the selected authentication "
           u"method. Please "
           u"change the 'Authentication method' in the 'Account Settings | Outgoing Server (SMTP)'."),
         F::AuthMechanismMismatch,
         none,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird unable to authenticate",
         s(u"Sending of the message failed.\nUnable to authenticate to Outgoing server (SMTP) "
           u"smtp.example.com. Please "
           u"check the password and verify the 'Authentication method' in 'Account Settings | Outgoing "
           u"server "
           u"(SMTP)'."),
         F::AuthFailed,
         F::AuthMechanismMismatch,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird login failed",
         s(u"Login to server smtp.example.com with username \"alice@example.com\" failed."),
         F::AuthFailed,
         none,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird certificate",
         s(u"Add Security Exception\nYou are about to override how Thunderbird identifies this site.\nThe "
           u"certificate "
           u"is not trusted because it is self-signed."),
         F::TlsCertificateInvalid,
         none,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird starttls not offered",
         s(u"An error occurred while sending mail: Unable to establish a secure link with Outgoing server "
           u"(SMTP) "
           u"smtp.example.com using STARTTLS since it doesn't advertise that feature. Switch off STARTTLS "
           u"for that "
           u"server or contact your service provider."),
         F::TlsModeMismatch,
         none,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird non-ascii recipient",
         s(u"There are non-ASCII characters in the local part of the recipient address "
           u"jürgen.müller@example.org and "
           u"your server does not support SMTPUTF8. Please change this address and try again."),
         F::AddressOddCharacters,
         none,
         0,
         {},
         Server::Unknown,
         Client::Thunderbird},
        {"thunderbird send not allowed",
         s(u"An error occurred while sending mail. The mail server responded:\n550 Access denied.\nPlease "
           u"ensure that "
           u"you are using the correct identity to send and that the used authentication method is correct. "
           u"Verify "
           u"that you are allowed to send via this SMTP server with your current credentials from your "
           u"current "
           u"network."),
         F::AuthRequired,
         F::SenderRejected,
         550,
         {},
         Server::Other,
         Client::Thunderbird},

        // Apple Mail's own errors
        {"apple mail cannot verify identity",
         s(u"Mail can’t verify the identity of the server “smtp.example.com”.\nThe certificate for this "
           u"server is "
           u"invalid. You might be connecting to a server that is pretending to be “smtp.example.com” which "
           u"could put "
           u"your confidential information at risk."),
         F::TlsCertificateInvalid,
         none,
         0,
         {},
         Server::Unknown,
         Client::AppleMail},
        {"apple mail port 25 cannot be contacted",
         s(u"Cannot send message using the server smtp.example.com\nThe server “smtp.example.com” cannot be "
           u"contacted "
           u"on port 25."),
         F::PortBlocked,
         none,
         0,
         {},
         Server::Unknown,
         Client::AppleMail},
        {"apple mail timed out on port 587",
         s(u"The connection to the server “smtp.example.com” on port 587 timed out."),
         F::PortUnresponsive,
         none,
         0,
         {},
         Server::Unknown,
         Client::AppleMail},

        // Other programs and system errors
        {"name not known",
         s(u"getaddrinfo: Name or service not known (smtp.exmaple.com)"),
         F::DomainNotFound,
         none,
         0,
         {},
         Server::Unknown,
         Client::Unknown},
        {"connection refused",
         s(u"Connection refused"),
         F::PortBlocked,
         none,
         0,
         {},
         Server::Unknown,
         Client::Unknown},
        {"openssl wrong version number",
         s(u"error:1408F10B:SSL routines:ssl3_get_record:wrong version number"),
         F::TlsModeMismatch,
         none,
         0,
         {},
         Server::Unknown,
         Client::Unknown},
    };
}

// The providers' and hosting servers' replies of 2025-2026 (issue 14): each row names where its text comes
// from. "Postfix 3.7.11" and "Exim 4.96" are the Debian bookworm source packages (apt-get source postfix
// exim4); a reply code marked "assumed" is not in the source, which gives only the enhanced code and text.
std::vector<Row> providerRows()
{
    const std::optional<FindingCode> none;
    return {
        // Microsoft 365 / Outlook.com
        {"m365 smtp auth disabled for the mailbox",
         s(u"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. "
           u"Visit https://aka.ms/smtp_auth_disabled for more information."),
         F::SmtpAuthDisabledByAdmin, F::OauthRequired, 535, QStringLiteral("5.7.139"), Server::Microsoft365,
         Client::Unknown, "https://github.com/thunderbird/thunderbird-android/issues/10787"},
        {"m365 smtp auth disabled for the tenant, nodemailer",
         s(u"Error: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
           u"disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. "
           u"[TY1PR01CA0183.jpnprd01.prod.outlook.com]"),
         F::SmtpAuthDisabledByAdmin, F::OauthRequired, 535, QStringLiteral("5.7.139"), Server::Microsoft365,
         Client::Unknown, "https://github.com/nodemailer/nodemailer/issues/1484"},
        {"m365 basic authentication retired for client submission",
         s(u"550 5.7.30 Basic authentication is not supported for Client Submission."), F::OauthRequired,
         F::SmtpAuthDisabledByAdmin, 550, QStringLiteral("5.7.30"), Server::Microsoft365, Client::Unknown,
         "https://techcommunity.microsoft.com/t5/exchange-team-blog/"
         "exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750"},
        {"m365 basic authentication disabled, javamail",
         s(u"javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic "
           u"authentication is disabled. [BM1P287CA0015.INDP287.PROD.OUTLOOK.COM]"),
         F::OauthRequired, F::SmtpAuthDisabledByAdmin, 535, QStringLiteral("5.7.139"), Server::Microsoft365,
         Client::Unknown, "https://github.com/rpremraj/mailR/issues/107"},
        {"m365 submission quota exceeded (smtp auth)",
         s(u"554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process "
           u"message due to a permanent exception with message"),
         F::SendingLimitReached, none, 554, QStringLiteral("5.2.0"), Server::Microsoft365, Client::Unknown,
         "https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150 (quotes Microsoft's "
         "smtp-submission-improvements page)"},
        {"m365 sender's submission quota, bounce",
         s(u"The message can't be submitted because the sender's submission quota was exceeded."),
         F::SendingLimitReached,
         none,
         0,
         {},
         Server::Microsoft365,
         Client::Unknown,
         "MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/"
         "non-delivery-reports-in-exchange-online.md (row n/a)"},
        {"m365 daily recipient limit 5.1.90",
         s(u"Remote Server returned '550 5.1.90 Your message can't be sent because you've reached your daily "
           u"limit for message recipients'"),
         F::SendingLimitReached, none, 550, QStringLiteral("5.1.90"), Server::Microsoft365, Client::Unknown,
         "non-delivery-reports-in-exchange-online.md (row 5.1.90; reply code 550 assumed)"},
        {"m365 tenant external recipient rate limit 5.7.233",
         s(u"Remote server returned '550 5.7.233 - Your message can't be sent because your tenant has "
           u"exceeded "
           u"its daily limit for sending email to external recipients (tenant external recipient rate "
           u"limit).'"),
         F::SendingLimitReached, none, 550, QStringLiteral("5.7.233"), Server::Microsoft365, Client::Unknown,
         "https://learn.microsoft.com/en-us/answers/questions/5835651/"
         "email-cant-be-sent-because-tenant-has-exceeded-its"},
        {"m365 restricted user 5.1.8",
         s(u"Your message couldn't be delivered because you weren't recognized as a valid sender. The most "
           u"common reason for this is that your email address is suspected of sending spam and it's no "
           u"longer allowed to send email. Contact your email admin for assistance.\nRemote Server returned "
           u"'550 5.1.8 Access denied, bad outbound sender AS(42004)'"),
         F::AccountSendingBlocked, none, 550, QStringLiteral("5.1.8"), Server::Microsoft365, Client::Unknown,
         "https://support.uidaho.edu/TDClient/40/Portal/KB/ArticleDet?ID=2233; non-delivery-reports-in-"
         "exchange-online.md (row 5.1.8)"},
        {"m365 banned sender account 5.7.502", s(u"550 5.7.502 Access denied, banned sender"),
         F::AccountSendingBlocked, none, 550, QStringLiteral("5.7.502"), Server::Microsoft365,
         Client::Unknown, "non-delivery-reports-in-exchange-online.md (row 5.7.502; reply code 550 assumed)"},
        {"m365 tenant over threshold 5.7.705", s(u"550 5.7.705 Access denied, tenant has exceeded threshold"),
         F::AccountSendingBlocked, none, 550, QStringLiteral("5.7.705"), Server::Microsoft365,
         Client::Unknown,
         "non-delivery-reports-in-exchange-online.md (rows 5.7.705, 5.7.708); learn.microsoft.com "
         "fix-error-code-5-7-700-through-5-7-750 (550 5.7.705)"},
        {"m365 banned sending address 5.7.511", s(u"550 5.7.511 Access denied, banned sender"),
         F::IpBlocklisted, none, 550, QStringLiteral("5.7.511"), Server::Microsoft365, Client::Unknown,
         "non-delivery-reports-in-exchange-online.md (row 5.7.511: the IP is banned; reply code 550 "
         "assumed)"},
        {"m365 unregistered sender domain 5.7.750",
         s(u"550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains"),
         F::SenderRejected, none, 550, QStringLiteral("5.7.750"), Server::Microsoft365, Client::Unknown,
         "non-delivery-reports-in-exchange-online.md (row 5.7.750; reply code 550 assumed)"},
        {"m365 bad helo 5.7.506", s(u"550 5.7.506 Access Denied, Bad HELO"), F::HeloRejected, none, 550,
         QStringLiteral("5.7.506"), Server::Microsoft365, Client::Unknown,
         "non-delivery-reports-in-exchange-online.md (row 5.7.506; reply code 550 assumed)"},

        // Google
        {"gmail daily sending limit, multi-line",
         s(u"550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending "
           u"limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 "
           u"d75a77b69052e-4535f85b3d9sm7257481cf.29 - gsmtp"),
         F::SendingLimitReached, none, 550, QStringLiteral("5.4.5"), Server::Gmail, Client::Unknown,
         "https://github.com/onepub-dev/onepub/issues/543"},
        {"gmail daily sending quota",
         s(u"550 5.4.5 Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp"),
         F::SendingLimitReached, none, 550, QStringLiteral("5.4.5"), Server::Gmail, Client::Unknown,
         "https://github.com/gen-smtp/gen_smtp/issues/140"},

        // Other services
        {"amazon ses daily quota",
         s(u"Net::SMTPServerBusy: 454 Throttling failure: Daily message quota exceeded."),
         F::SendingLimitReached,
         none,
         454,
         {},
         Server::Other,
         Client::Unknown,
         "https://github.com/EFForg/action-center-platform/issues/874"},
        {"24-hour sending limit, nodemailer",
         s(u"User me@site.com has exceeded its 24-hour sending limit. Messages to 25 recipients out of 25"),
         F::SendingLimitReached,
         none,
         0,
         {},
         Server::Unknown,
         Client::Unknown,
         "https://github.com/nodemailer/nodemailer/issues/1137"},

        // cPanel (Exim)
        {"cpanel relay without sign-in",
         s(u"SMTP -> ERROR: RCPT not accepted from server: 550-Please turn on SMTP Authentication in your "
           u"mail "
           u"client, or login to the\n550-IMAP/POP3 server before sending your message. "
           u"(localhost.localdomain)\n550-[192.168.1.190]:42630 is not permitted to relay through this "
           u"server without\n550 authentication."),
         F::AuthRequired,
         none,
         550,
         {},
         Server::Exim,
         Client::Unknown,
         "https://pastebin.com/e25g8b3J"},
        {"exim wrong password",
         s(u"535 Incorrect authentication data"),
         F::AuthFailed,
         none,
         535,
         {},
         Server::Exim,
         Client::Unknown,
         "Exim 4.96 src/smtp_in.c:3865"},
        {"cpanel max emails per hour, discarded",
         s(u"Domain example.com has exceeded the max emails per hour (3/2 (150%)) allowed. Message "
           u"discarded."),
         F::SendingLimitReached,
         none,
         0,
         {},
         Server::Exim,
         Client::Unknown,
         "https://forums.cpanel.net/threads/email-quota.697029/"},
        {"cpanel max emails per hour, deferred",
         s(u"Domain oss-india.net has exceeded the max emails per hour (123/100 (123%)) allowed.  Message "
           u"will be reattempted later"),
         F::SendingLimitReached,
         none,
         0,
         {},
         Server::Exim,
         Client::Unknown,
         "https://github.com/freeCodeCamp/guide/pull/1611"},
        {"cpanel max defers and failures",
         s(u"enforce_mail_permissions: Domain thedomain.com has exceeded the max defers and failures per "
           u"hour "
           u"(5/5 (100%)) allowed. Message discarded."),
         F::SendingLimitReached,
         none,
         0,
         {},
         Server::Exim,
         Client::Unknown,
         "https://my.ultrawebhosting.com/knowledgebase/392/cPanel-Max-Defers-Occurring-for-an-Account.html"},
        {"hestiacp exim rate limit",
         s(u"550 Email account smtpout@example.com is sending too many emails - rate overlimit = 83.6 / 1h"),
         F::SendingLimitReached,
         none,
         550,
         {},
         Server::Exim,
         Client::Unknown,
         "https://github.com/hestiacp/hestiacp/issues/2666 (rejectlog line; reply code 550, Exim's deny "
         "default, assumed)"},
        {"exim helo with an underscore",
         s(u"Expected response code 250 but got code \"501\", with message \"501 Syntactically invalid EHLO "
           u"argument(s)\""),
         F::HeloRejected,
         none,
         501,
         {},
         Server::Exim,
         Client::Unknown,
         "https://github.com/nextcloud/server/issues/14941; Exim 4.96 src/smtp_in.c:4248"},
        {"exim helo, mailkit",
         s(u"MailKit.Net.Smtp.SmtpCommandException: Syntactically invalid HELO argument(s)"),
         F::HeloRejected,
         none,
         0,
         {},
         Server::Exim,
         Client::Unknown,
         "https://github.com/jstedfast/MailKit/issues/1501"},
        {"exim helo verification",
         s(u"550 EHLO argument does not match calling host"),
         F::HeloRejected,
         none,
         550,
         {},
         Server::Exim,
         Client::Unknown,
         "Exim 4.96 src/smtp_in.c:4313 (helo_verify_hosts)"},

        // DirectAdmin (Exim)
        {"directadmin daily message limit",
         s(u"A message that you sent could not be delivered to one or more of its recipients. This is a "
           u"permanent error. The following address(es) failed: bob@example.org You (alice) have reached "
           u"your message limit."),
         F::SendingLimitReached,
         none,
         0,
         {},
         Server::Exim,
         Client::Unknown,
         "https://www.weboke.nl/knowledgebase/31/"
         "You-uw-accountnaam-have-reached-your-message-limit-or-XX-emails-have-been-sent-yesterday-by-XXX."
         "html"},

        // Postfix (Plesk)
        {"postfix relay access denied", s(u"554 5.7.1 <bob@example.org>: Relay access denied"),
         F::AuthRequired, none, 554, QStringLiteral("5.7.1"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_check.c:1777"},
        {"postfix wrong password", s(u"535 5.7.8 Error: authentication failed: authentication failure"),
         F::AuthFailed, none, 535, QStringLiteral("5.7.8"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_sasl_glue.c:355"},
        {"postfix sender without sign-in (sender login maps)",
         s(u"553 5.7.1 <alice@example.com>: Sender address rejected: not logged in"), F::AuthRequired,
         F::SenderRejected, 553, QStringLiteral("5.7.1"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_check.c:3969"},
        {"postfix sender not owned by the account",
         s(u"553 5.7.1 <info@example.net>: Sender address rejected: not owned by user alice@example.com"),
         F::SenderRejected, none, 553, QStringLiteral("5.7.1"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_check.c:3946"},
        {"postfix sender domain not found",
         s(u"450 4.1.8 <alice@exmaple.com>: Sender address rejected: Domain not found"), F::SenderRejected,
         F::DomainNotFound, 450, QStringLiteral("4.1.8"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_check.c:1587"},
        {"postfix helo not fully qualified",
         s(u"504 5.5.2 <laptop>: Helo command rejected: need fully-qualified hostname"), F::HeloRejected,
         none, 504, QStringLiteral("5.5.2"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_check.c:1464"},
        {"postfix helo host not found", s(u"450 4.7.1 <laptop.home>: Helo command rejected: Host not found"),
         F::HeloRejected, none, 450, QStringLiteral("4.7.1"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_check.c:1515"},
        {"postfix client without a hostname",
         s(u"450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.7]"), F::IpBlocklisted,
         F::PortBlocked, 450, QStringLiteral("4.7.25"), Server::Postfix, Client::Unknown,
         "Postfix 3.7.11 src/smtpd/smtpd_check.c:1279"},
        {"plesk outgoing mail limit",
         s(u"5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was "
           u"exceeded. Try again later."),
         F::SendingLimitReached,
         none,
         0,
         {},
         Server::Unknown,
         Client::Unknown,
         "https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works"},
    };
}

// Every table of recognised texts.
std::vector<Row> allRecognizedRows()
{
    std::vector<Row> rows = recognizedRows();
    const std::vector<Row> more = providerRows();
    rows.insert(rows.end(), more.cbegin(), more.cend());
    return rows;
}

} // namespace

// ErrorExplainer: what mail programs show when sending fails, recognised and mapped to findings.
class TestErrorExplainer : public QObject
{
    Q_OBJECT

    static void checkSummary(const ErrorExplainer::Explanation &explanation)
    {
        if (!explanation.recognized) {
            QVERIFY(explanation.summary.isEmpty());
            return;
        }
        QVERIFY(!explanation.summary.isEmpty());
        QVERIFY2(explanation.summary.endsWith(QLatin1Char('.')), qPrintable(explanation.summary));
        QVERIFY2(!explanation.summary.contains(QLatin1Char('!')), qPrintable(explanation.summary));
        static const QRegularExpression jargon(QStringLiteral(
            R"(\b(SMTP|RCPT|DATA|EHLO|HELO|STARTTLS|TLS|SSL|OAuth|relay|RFC|MAIL FROM|\d{3})\b)"));
        QVERIFY2(!jargon.match(explanation.summary).hasMatch(), qPrintable(explanation.summary));
    }

private slots:
    void init()
    {
        // A rule with a broken regular expression would only warn; make it fail here.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("ErrorExplainer")));
    }

    void recognizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("firstId");
        QTest::addColumn<QString>("secondId");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<Server>("server");
        QTest::addColumn<Client>("client");
        const std::vector<Row> rows = allRecognizedRows();
        QVERIFY(rows.size() >= 45);
        for (const Row &row : rows) {
            QTest::newRow(row.name) << row.input << QString(Findings::id(row.first))
                                    << (row.second ? QString(Findings::id(*row.second)) : QString())
                                    << row.code << row.enhanced << row.server << row.client;
        }
    }

    void recognizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, firstId);
        QFETCH(QString, secondId);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(Server, server);
        QFETCH(Client, client);

        const ErrorExplainer::Explanation e = ErrorExplainer::explain(input);
        QVERIFY2(e.recognized, qPrintable(e.findingIds().join(QLatin1Char(','))));
        QVERIFY(!e.findingIds().isEmpty());
        QCOMPARE(e.findingIds().first(), firstId);
        if (!secondId.isEmpty()) {
            QVERIFY2(e.findingIds().size() >= 2, qPrintable(e.findingIds().join(QLatin1Char(','))));
            QCOMPARE(e.findingIds().at(1), secondId);
        }
        QCOMPARE(e.replyCode, code);
        QCOMPARE(e.enhancedCode, enhanced);
        QCOMPARE(ErrorExplainer::serverName(e.server), ErrorExplainer::serverName(server));
        QCOMPARE(ErrorExplainer::clientName(e.client), ErrorExplainer::clientName(client));
        const QStringList ids = e.findingIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        if (code != 0)
            QVERIFY2(e.serverText.startsWith(QString::number(code)), qPrintable(e.serverText));
        QVERIFY(!e.serverText.contains(QLatin1Char('\n')));
        checkSummary(e);
    }

    // Every id the rules produced is in the registry, and the rows reach every id a paste can show.
    void everyIdIsKnown()
    {
        const QStringList known = allFindingIds();
        QSet<QString> produced;
        for (const Row &row : allRecognizedRows()) {
            const ErrorExplainer::Explanation e = ErrorExplainer::explain(row.input);
            for (const QString &id : e.findingIds()) {
                QVERIFY2(known.contains(id), qPrintable(id));
                produced.insert(id);
            }
        }
        for (const QString &id : known) {
            if (!idsOnlyFromProbing().contains(id))
                QVERIFY2(produced.contains(id), qPrintable(QStringLiteral("no row produces ") + id));
        }
        for (const QString &id : idsOnlyFromProbing())
            QVERIFY2(!produced.contains(id), qPrintable(id));
    }

    // The providers' and hosting servers' texts each name their public source.
    void providerRowsHaveSources()
    {
        for (const Row &row : providerRows())
            QVERIFY2(row.source && qstrlen(row.source) > 0, row.name);
    }

    // SMTP AUTH switched off for one mailbox or for the organisation: the sentence says who can turn it on.
    void smtpAuthSaysWhoCanTurnItOn()
    {
        const ErrorExplainer::Explanation mailbox = ErrorExplainer::explain(QStringLiteral(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Mailbox."));
        const ErrorExplainer::Explanation tenant = ErrorExplainer::explain(QStringLiteral(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant."));
        QVERIFY(mailbox.summary != tenant.summary);
        QVERIFY2(mailbox.summary.contains(QLatin1String("your mailbox")), qPrintable(mailbox.summary));
        QVERIFY2(!mailbox.summary.contains(QLatin1String("organisation")), qPrintable(mailbox.summary));
        QVERIFY2(tenant.summary.contains(QLatin1String("whole organisation")), qPrintable(tenant.summary));
        QCOMPARE(mailbox.findingIds(), tenant.findingIds());
    }

    void unknownTexts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<Server>("server");
        QTest::addColumn<Client>("client");

        QTest::newRow("not about mail") << s(u"My computer is slow today and the printer is out of paper.")
                                        << 0 << QString() << Server::Unknown << Client::Unknown;
        QTest::newRow("success reply") << s(u"250 2.0.0 Ok: queued as 4VcBf21kz5z9sT1") << 250
                                       << QStringLiteral("2.0.0") << Server::Other << Client::Unknown;
        QTest::newRow("temporary local problem")
            << s(u"451 4.3.0 Temporary local problem - please try later") << 451 << QStringLiteral("4.3.0")
            << Server::Other << Client::Unknown;
        QTest::newRow("server cannot encrypt")
            << s(u"454 4.7.0 TLS not available due to local problem") << 454 << QStringLiteral("4.7.0")
            << Server::Postfix << Client::Unknown;
        QTest::newRow("greylisting") << s(u"451 4.7.1 Greylisting in action, please come back later") << 451
                                     << QStringLiteral("4.7.1") << Server::Other << Client::Unknown;
        QTest::newRow("message too big")
            << s(u"552 5.3.4 Message size exceeds fixed maximum message size") << 552
            << QStringLiteral("5.3.4") << Server::Other << Client::Unknown;
        QTest::newRow("yahoo content policy")
            << s(u"554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit "
                 u"https://postmaster.yahooinc.com/error-codes")
            << 554 << QString() << Server::Yahoo << Client::Unknown;
        QTest::newRow("apple mail without a reason")
            << s(u"Cannot send message using the server smtp.example.com.") << 0 << QString()
            << Server::Unknown << Client::AppleMail;
        QTest::newRow("enhanced code alone") << s(u"Delivery failed (#5.4.4)") << 0 << QStringLiteral("5.4.4")
                                             << Server::Other << Client::Unknown;
        QTest::newRow("outlook pop3 internal error")
            << s(u"Receiving reported error (0x800CCC90) : 'Your incoming (POP3) e-mail server has reported "
                 u"an "
                 u"internal error. If you continue to receive this message, contact your server "
                 u"administrator or "
                 u"Internet service provider (ISP). The server responded: -ERR Mailbox in use'")
            << 0 << QString() << Server::Other << Client::Outlook;
        QTest::newRow("outlook server processing error")
            << s(u"Task 'smtp.example.com - Sending' reported error (0x800CCC6A) : 'Your outgoing (SMTP) "
                 u"e-mail server "
                 u"has reported an internal error.'")
            << 0 << QString() << Server::Unknown << Client::Outlook;
    }

    void unknownTexts()
    {
        QFETCH(QString, input);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(Server, server);
        QFETCH(Client, client);

        const ErrorExplainer::Explanation e = ErrorExplainer::explain(input);
        QVERIFY2(!e.recognized, qPrintable(e.findingIds().join(QLatin1Char(','))));
        QVERIFY(e.findingIds().isEmpty());
        QVERIFY(e.summary.isEmpty());
        QCOMPARE(e.replyCode, code);
        QCOMPARE(e.enhancedCode, enhanced);
        QCOMPARE(ErrorExplainer::serverName(e.server), ErrorExplainer::serverName(server));
        QCOMPARE(ErrorExplainer::clientName(e.client), ErrorExplainer::clientName(client));
        if (code != 0)
            QVERIFY(e.serverText.startsWith(QString::number(code)));
    }

    // Ports, dates, times, IP addresses, sizes, phone numbers and hex codes are not reply codes.
    void notReplyCodes_data()
    {
        QTest::addColumn<QString>("input");

        QTest::newRow("ports 465 and 587")
            << s(u"Outgoing server: smtp.example.com, port 465, SSL/TLS. Also tried "
                 u"port 587 with STARTTLS.");
        QTest::newRow("port label 443") << s(u"Server: mail.example.com Port: 443");
        QTest::newRow("host:port") << s(u"Connecting to smtp.example.com:525 ...");
        QTest::newRow("outlook account details")
            << s(u"Account: 'alice@example.com', Server: 'smtp.example.com', Protocol: SMTP, Port: 25, "
                 u"Secure(SSL): "
                 u"No, Socket Error: 10060, Error Number: 0x800CCC0E");
        QTest::newRow("dates and times") << s(
            u"Date: Fri, 3 May 2024 14:50:22 +0200\nSent: 03.05.2024 15:03\nWhen: 2024-05-03T10:15:22.503Z");
        QTest::newRow("message id") << s(u"Message-ID: <20240503145022.503@example.com>");
        QTest::newRow("ip address") << s(
            u"Your IP address is 203.0.113.250 and the server is 198.51.100.421.");
        QTest::newRow("sizes") << s(u"Your mailbox: 450 MB of 500 MB used, 250 messages.");
        QTest::newRow("phone numbers") << s(u"Please call our help desk on 555-0199 or +1 (415) 555-0123.");
        QTest::newRow("hex code") << s(u"Error 0x800CCC0E, see 0x80042109");
        QTest::newRow("version") << s(u"Microsoft Outlook 16.0.17328.20142, Thunderbird 115.3.1, Mail 16.0 "
                                      u"(3774.300.61)");
        QTest::newRow("longer numbers") << s(u"Ticket 5503, order 25501, invoice 2024-0550.");
        QTest::newRow("prose numbers") << s(u"I sent 250 emails to over 550 people in 503 days.");
    }

    void notReplyCodes()
    {
        QFETCH(QString, input);
        const ErrorExplainer::Explanation e = ErrorExplainer::explain(input);
        QCOMPARE(e.replyCode, 0);
        QCOMPARE(e.enhancedCode, QString());
        checkSummary(e);
    }

    void serverText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("serverText");

        QTest::newRow("exim multi-line joined") << s(u"503-All RCPT commands were rejected with this "
                                                     u"error:\n503-relay not permitted\n503 valid RCPT "
                                                     u"command must precede DATA\nSomething else")
                                                << s(u"503-All RCPT commands were rejected with this error: "
                                                     u"503-relay not permitted 503 valid RCPT "
                                                     u"command must precede DATA");
        QTest::newRow("outlook quotes removed")
            << s(u"Task 'alice@example.com - Sending' reported error (0x800CCC78) : 'Cannot send the "
                 u"message. The "
                 u"server responded: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)'")
            << s(u"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)");
        QTest::newRow("thunderbird tail cut")
            << s(u"An error occurred while sending mail. The mail server responded: 550 5.7.1 Relay denied. "
                 u"Please "
                 u"verify that your email address is correct in your account settings and try again.")
            << s(u"550 5.7.1 Relay denied.");
        QTest::newRow("bounce quotes removed")
            << s(u"Remote Server returned '550 5.7.60 SMTP; Client does not have permissions to send as this "
                 u"sender'")
            << s(u"550 5.7.60 SMTP; Client does not have permissions to send as this sender");
        QTest::newRow("outlook 2003 server response")
            << s(u"Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay', "
                 u"Port: 25, "
                 u"Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79")
            << s(u"550 5.7.1 Unable to relay");
        QTest::newRow("words without a code") << s(u"Receiving reported error (0x800CCC92) : 'The server "
                                                   u"responded: -ERR [AUTH] Invalid login.'")
                                              << s(u"-ERR [AUTH] Invalid login.");
        QTest::newRow("none") << s(u"Connection refused") << QString();
    }

    void serverText()
    {
        QFETCH(QString, input);
        QFETCH(QString, serverText);
        QCOMPARE(ErrorExplainer::explain(input).serverText, serverText);
    }

    void emptyInput()
    {
        for (const QString &input : {QString(), QStringLiteral(""), QStringLiteral(" \n\t\r\n  ")}) {
            const ErrorExplainer::Explanation e = ErrorExplainer::explain(input);
            QVERIFY(!e.recognized);
            QCOMPARE(e.replyCode, 0);
            QVERIFY(e.enhancedCode.isEmpty());
            QVERIFY(e.serverText.isEmpty());
            QCOMPARE(e.server, Server::Unknown);
            QCOMPARE(e.client, Client::Unknown);
            QVERIFY(e.findingIds().isEmpty());
            QVERIFY(e.summary.isEmpty());
        }
    }

    // A 1 MB paste is cut to 64 KiB: quick, no crash, the start still read.
    void hugePaste()
    {
        const QString reply =
            QStringLiteral("535 5.7.8 Error: authentication failed: authentication failure\n");
        QString filler;
        const QString line =
            QStringLiteral("port 587 2024-05-03 10:15:22 203.0.113.7 relay ip blocked over quota "
                           "login to server x timed out 0x800CCC0E 550-\n");
        while (filler.size() < 1024 * 1024)
            filler += line;

        QElapsedTimer timer;
        timer.start();
        const ErrorExplainer::Explanation first = ErrorExplainer::explain(reply + filler);
        const ErrorExplainer::Explanation noise = ErrorExplainer::explain(filler);
        const ErrorExplainer::Explanation digits =
            ErrorExplainer::explain(QString(1024 * 1024, QLatin1Char('5')));
        const ErrorExplainer::Explanation spaces =
            ErrorExplainer::explain(QString(1024 * 1024, QLatin1Char(' ')));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));

        QVERIFY(first.recognized);
        QCOMPARE(first.replyCode, 535);
        QCOMPARE(first.findingIds().first(), QString(Findings::id(F::AuthFailed)));
        QVERIFY(first.serverText.size() <= ErrorExplainer::kMaxInput);
        QCOMPARE(digits.replyCode, 0);
        QVERIFY(!spaces.recognized);
        QVERIFY(noise.serverText.size() <= ErrorExplainer::kMaxInput);
        checkSummary(noise);
    }

    // What lies beyond kMaxInput is not read.
    void cutAtMaxInput()
    {
        const QString padding(ErrorExplainer::kMaxInput, QLatin1Char('x'));
        const ErrorExplainer::Explanation e =
            ErrorExplainer::explain(padding + QStringLiteral("\n535 5.7.8 Error: authentication failed"));
        QVERIFY(!e.recognized);
        QCOMPARE(e.replyCode, 0);

        // A surrogate pair cut in half at the limit does not break anything.
        QString emoji;
        while (emoji.size() < ErrorExplainer::kMaxInput + 4)
            emoji += s(u"\U0001F4E7");
        const ErrorExplainer::Explanation cut = ErrorExplainer::explain(QStringLiteral("x") + emoji);
        QVERIFY(!cut.recognized);
    }

    void names()
    {
        QCOMPARE(ErrorExplainer::serverName(Server::Unknown), QStringLiteral("unknown"));
        QCOMPARE(ErrorExplainer::serverName(Server::Exim), QStringLiteral("exim"));
        QCOMPARE(ErrorExplainer::serverName(Server::Postfix), QStringLiteral("postfix"));
        QCOMPARE(ErrorExplainer::serverName(Server::Microsoft365), QStringLiteral("microsoft365"));
        QCOMPARE(ErrorExplainer::serverName(Server::Gmail), QStringLiteral("gmail"));
        QCOMPARE(ErrorExplainer::serverName(Server::Yahoo), QStringLiteral("yahoo"));
        QCOMPARE(ErrorExplainer::serverName(Server::Other), QStringLiteral("other"));
        QCOMPARE(ErrorExplainer::clientName(Client::Unknown), QStringLiteral("unknown"));
        QCOMPARE(ErrorExplainer::clientName(Client::Outlook), QStringLiteral("outlook"));
        QCOMPARE(ErrorExplainer::clientName(Client::Thunderbird), QStringLiteral("thunderbird"));
        QCOMPARE(ErrorExplainer::clientName(Client::AppleMail), QStringLiteral("apple-mail"));
    }
};

QTEST_GUILESS_MAIN(TestErrorExplainer)
#include "tst_errorexplainer.moc"
