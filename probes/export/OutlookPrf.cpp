#include "export/OutlookPrf.h"

#include "Version.h"

namespace {
QString number(int value)
{
    return QString::number(value);
}

QString section(const QString &name, const OutlookPrf::Entries &entries)
{
    QString out = QLatin1Char('[') + name + QStringLiteral("]\r\n");
    for (const auto &[key, value] : entries)
        out += key + QLatin1Char('=') + ExportAccount::oneLine(value) + QStringLiteral("\r\n");
    return out + QStringLiteral("\r\n");
}

QString comment(const QString &text)
{
    return QStringLiteral("; ") + ExportAccount::oneLine(text) + QStringLiteral("\r\n");
}
} // namespace

int OutlookPrf::secureConnection(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::None:
        return 0; // ENCRYPT_CONN_NO_SECURITY
    case SecurityMode::ImplicitTls:
        return 1; // ENCRYPT_CONN_SSL
    case SecurityMode::StartTls:
        return 2; // ENCRYPT_CONN_TLS
    }
    return 0;
}

QString OutlookPrf::mappingSection(Protocol incoming)
{
    return incoming == Protocol::Pop3 ? QStringLiteral("I_Mail") : QStringLiteral("IMAP_I_Mail");
}

OutlookPrf::Entries OutlookPrf::mapping(Protocol incoming)
{
    const bool pop = incoming == Protocol::Pop3;
    const QString in = pop ? QStringLiteral("POP3") : QStringLiteral("IMAP");
    Entries e{{QStringLiteral("AccountType"), in},
              {QStringLiteral("AccountName"), QStringLiteral("PT_UNICODE,0x0002")},
              {QStringLiteral("DisplayName"), QStringLiteral("PT_UNICODE,0x000B")},
              {QStringLiteral("EmailAddress"), QStringLiteral("PT_UNICODE,0x000C")},
              {in + QStringLiteral("Server"), QStringLiteral("PT_UNICODE,0x0100")},
              {in + QStringLiteral("UserName"), QStringLiteral("PT_UNICODE,0x0101")},
              {in + QStringLiteral("UseSPA"), QStringLiteral("PT_LONG,0x0108")},
              {QStringLiteral("Organization"), QStringLiteral("PT_UNICODE,0x0107")},
              {QStringLiteral("ReplyEmailAddress"), QStringLiteral("PT_UNICODE,0x0103")},
              {in + QStringLiteral("Port"), QStringLiteral("PT_LONG,0x0104")},
              {in + QStringLiteral("UseSSL"), QStringLiteral("PT_LONG,0x0105")},
              {QStringLiteral("SMTPServer"), QStringLiteral("PT_UNICODE,0x0200")},
              {QStringLiteral("SMTPUseAuth"), QStringLiteral("PT_LONG,0x0203")},
              {QStringLiteral("SMTPAuthMethod"), QStringLiteral("PT_LONG,0x0208")},
              {QStringLiteral("SMTPUserName"), QStringLiteral("PT_UNICODE,0x0204")},
              {QStringLiteral("SMTPUseSPA"), QStringLiteral("PT_LONG,0x0207")},
              {QStringLiteral("ConnectionType"), QStringLiteral("PT_LONG,0x000F")},
              {QStringLiteral("ConnectionOID"), QStringLiteral("PT_UNICODE,0x0010")},
              {QStringLiteral("SMTPPort"), QStringLiteral("PT_LONG,0x0201")},
              {QStringLiteral("SMTPSecureConnection"), QStringLiteral("PT_LONG,0x020A")},
              {QStringLiteral("ServerTimeOut"), QStringLiteral("PT_LONG,0x0209")}};
    if (pop)
        e.append({QStringLiteral("LeaveOnServer"), QStringLiteral("PT_LONG,0x1000")});
    else
        e.append({{QStringLiteral("CheckNewImap"), QStringLiteral("PT_LONG,0x1100")},
                  {QStringLiteral("RootFolder"), QStringLiteral("PT_UNICODE,0x1101")}});
    return e;
}

OutlookPrf::Entries OutlookPrf::accountEntries(const ExportAccount &a)
{
    const MailSettings &in = a.incoming.settings;
    const MailSettings &out = a.outgoing;
    const QString p = a.incoming.protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP");
    const bool signsIn = out.auth != MailSettings::Auth::None;
    // SMTPAuthMethod (PROP_SMTP_AUTH_METHOD): 0 the incoming server's name and password, 1 its own.
    const bool sameAsIncoming = in.auth != MailSettings::Auth::None && out.username == in.username;
    const QString name = ExportAccount::oneLine(a.displayName);
    Entries e{{QStringLiteral("UniqueService"), QStringLiteral("No")},
              {QStringLiteral("AccountName"), a.address},
              {QStringLiteral("DisplayName"), name.isEmpty() ? a.address : name},
              {QStringLiteral("EmailAddress"), a.address},
              {p + QStringLiteral("Server"), in.host},
              {p + QStringLiteral("UserName"), in.username},
              {p + QStringLiteral("Port"), number(in.port)},
              // Microsoft documents ENCRYPT_CONN_* for the SMTP server only (PROP_SMTP_SECURE_CONNECTION);
              // the same numbers for the incoming server are not documented: see the README.
              {p + QStringLiteral("UseSSL"), number(secureConnection(in.security))},
              {p + QStringLiteral("UseSPA"), number(in.auth == MailSettings::Auth::EncryptedPassword)},
              {QStringLiteral("SMTPServer"), out.host},
              {QStringLiteral("SMTPPort"), number(out.port)},
              {QStringLiteral("SMTPSecureConnection"), number(secureConnection(out.security))},
              {QStringLiteral("SMTPUseAuth"), number(signsIn)}};
    if (signsIn) {
        e.append({QStringLiteral("SMTPAuthMethod"), number(sameAsIncoming ? 0 : 1)});
        if (!sameAsIncoming)
            e.append({QStringLiteral("SMTPUserName"), out.username});
        e.append({QStringLiteral("SMTPUseSPA"), number(out.auth == MailSettings::Auth::EncryptedPassword)});
    }
    e.append({QStringLiteral("ConnectionType"), QStringLiteral("0")}); // the local network, no dial-up
    return e;
}

QString OutlookPrf::build(const ExportAccount &account, QString *error)
{
    if (!account.check(error))
        return {};
    QString text =
        comment(tr("Made by MailFix %1 for %2: the mail settings MailFix checked.")
                    .arg(QLatin1String(MailFix::kVersion), account.address)) +
        comment(tr("For classic Outlook for Windows: outlook.exe /importprf \"FILE\" adds this account to "
                   "the default profile. The new Outlook does not accept PRF files.")) +
        comment(tr("There is no password in this file: Outlook asks for it when it first connects.")) +
        QStringLiteral("\r\n");
    text += section(QStringLiteral("General"),
                    {{QStringLiteral("Custom"), QStringLiteral("1")},
                     {QStringLiteral("ProfileName"), QStringLiteral("Outlook")},
                     {QStringLiteral("DefaultProfile"), QStringLiteral("Yes")},
                     {QStringLiteral("OverwriteProfile"), QStringLiteral("Append")},
                     {QStringLiteral("ModifyDefaultProfileIfPresent"), QStringLiteral("TRUE")},
                     {QStringLiteral("BackupProfile"), QStringLiteral("False")}});
    text += section(QStringLiteral("Service List"), {});
    const QString mappingName = mappingSection(account.incoming.protocol);
    text += section(QStringLiteral("Internet Account List"), {{QStringLiteral("Account1"), mappingName}});
    text += section(QStringLiteral("Account1"), accountEntries(account));
    text += comment(tr("Mapping of the account's values to Outlook's properties; do not change."));
    text += section(mappingName, mapping(account.incoming.protocol));
    return text;
}

QByteArray OutlookPrf::encode(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLatin1();
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xff);
        bytes += char(c.unicode() >> 8);
    }
    return bytes;
}
