#include "clients/AppleMailAccounts.h"

#include "clients/PropertyList.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// Where the key names come from (none was checked against a Mac):
// - MailAccounts, DeliveryAccounts, SMTPIdentifier (matched against "Hostname:Username" of a delivery
//   account), EmailAddresses, AccountName, Hostname, Username, PortNumber (a number or a string),
//   ShouldUseAuthentication, SecurityLayerType (2 STARTTLS, 3 SSL/TLS): the Accounts.plist reader of the
//   Mynigma mail client (github.com/Mynigma/M).
// - A delivery account's identifier is "Hostname:Username", or the host name alone without a user name,
//   and it signs in only when ShouldUseAuthentication is true and it has a user name: Apple's
//   DeliveryAccount class (Message frameworks, decompiled headers in public repositories).
// - Hostname, PortNumber, Username, SSLEnabled, AuthenticationScheme as account properties: Apple's
//   MFAccount (the same); AccountType IMAPAccount, POPAccount, SMTPAccount, GmailAccount, YahooAccount,
//   AOLAccount: Apple's account class table (the same).
// - SSLEnabled and ShouldUseAuthentication as the strings "YES"/"NO" in older files, AccountType
//   "SMTPAccount" in DeliveryAccounts: MailMeToo (github.com/aglv/MailMeToo).
// Unverified (from memory): the values of AuthenticationScheme (PASSWORD or empty for a normal password,
// CRAM-MD5, NTLM, DIGEST-MD5, GSSAPI, ...), and that Mail's "Use TLS/SSL" on port 587 or 25 means STARTTLS.

namespace {

const QString kMailAccounts = QStringLiteral("MailAccounts");
const QString kDeliveryAccounts = QStringLiteral("DeliveryAccounts");

QString textOf(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? v.toString().trimmed() : QString();
}

// A flag: a boolean, a number, or (older files) the string "YES".
bool flagOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::LongLong:
        return v.toLongLong() != 0;
    case QMetaType::QString: {
        const QString s = v.toString().trimmed();
        return s.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0 ||
               s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1");
    }
    default:
        return false;
    }
}

// A port: a number or a string of digits; 0 when absent or out of range.
quint16 portOf(const QVariant &v)
{
    bool ok = v.typeId() == QMetaType::LongLong;
    qint64 n = ok ? v.toLongLong() : 0;
    if (v.typeId() == QMetaType::QString)
        n = v.toString().trimmed().toLongLong(&ok);
    return ok && n > 0 && n <= 65535 ? quint16(n) : quint16(0);
}

// AuthenticationScheme to the sign-in method; an unknown scheme (GSSAPI, Kerberos) counts as a password.
MailSettings::Auth authOf(const QString &scheme)
{
    struct Row
    {
        const char *scheme;
        MailSettings::Auth auth;
    };
    static const Row rows[] = {
        {"NONE", MailSettings::Auth::None},
        {"CRAM-MD5", MailSettings::Auth::EncryptedPassword},
        {"DIGEST-MD5", MailSettings::Auth::EncryptedPassword},
        {"NTLM", MailSettings::Auth::EncryptedPassword},
        {"APOP", MailSettings::Auth::EncryptedPassword},
        {"XOAUTH2", MailSettings::Auth::OAuth2},
        {"OAUTHBEARER", MailSettings::Auth::OAuth2},
    };
    for (const Row &row : rows) {
        if (scheme.compare(QLatin1String(row.scheme), Qt::CaseInsensitive) == 0)
            return row.auth;
    }
    return MailSettings::Auth::NormalPassword;
}

// SSLEnabled (with SecurityLayerType when there is one: 2 STARTTLS, 3 SSL/TLS) and the port to the
// security; implicitPort is the protocol's SSL/TLS port (465, 993, 995), on which SSL means TLS from the
// first byte. Elsewhere Mail's "Use TLS/SSL" is STARTTLS (587 for sending).
SecurityMode securityOf(const QVariantMap &dict, quint16 port, quint16 implicitPort)
{
    if (!flagOf(dict.value(QStringLiteral("SSLEnabled"))))
        return SecurityMode::None;
    const QVariant layer = dict.value(QStringLiteral("SecurityLayerType"));
    if (layer.typeId() == QMetaType::LongLong && layer.toLongLong() == 3)
        return SecurityMode::ImplicitTls;
    if (layer.typeId() == QMetaType::LongLong && layer.toLongLong() == 2)
        return SecurityMode::StartTls;
    return port == implicitPort ? SecurityMode::ImplicitTls : SecurityMode::StartTls;
}

} // namespace

std::optional<AppleMailAccounts::Delivery> AppleMailAccounts::deliveryFromDict(const QVariantMap &dict)
{
    const QString type = textOf(dict.value(QStringLiteral("AccountType")));
    if (!type.isEmpty() && type != QLatin1String("SMTPAccount"))
        return std::nullopt;
    Delivery d;
    const QString host = textOf(dict.value(QStringLiteral("Hostname")));
    if (host.isEmpty())
        return std::nullopt;
    const QString user = textOf(dict.value(QStringLiteral("Username")));
    d.identifier = user.isEmpty() ? host : host + QLatin1Char(':') + user;
    d.name = textOf(dict.value(QStringLiteral("AccountName")));
    MailSettings &s = d.settings;
    s.host = host.toLower();
    const quint16 port = portOf(dict.value(QStringLiteral("PortNumber")));
    s.security = securityOf(dict, port, 465);
    s.port = port != 0                                 ? port
             : s.security == SecurityMode::ImplicitTls ? quint16(465)
             : s.security == SecurityMode::StartTls    ? quint16(587)
                                                       : quint16(25);
    const bool signsIn = flagOf(dict.value(QStringLiteral("ShouldUseAuthentication"))) && !user.isEmpty();
    s.auth = signsIn ? authOf(textOf(dict.value(QStringLiteral("AuthenticationScheme"))))
                     : MailSettings::Auth::None;
    s.username = signsIn ? user : QString();
    return d;
}

std::optional<AppleMailAccounts::Account> AppleMailAccounts::accountFromDict(const QVariantMap &dict)
{
    Account a;
    a.type = textOf(dict.value(QStringLiteral("AccountType")));
    static const QStringList imapTypes = {QStringLiteral("IMAPAccount"), QStringLiteral("GmailAccount"),
                                          QStringLiteral("YahooAccount"), QStringLiteral("AOLAccount")};
    const bool pop = a.type == QLatin1String("POPAccount");
    if (!pop && !imapTypes.contains(a.type))
        return std::nullopt; // On My Mac (LocalAccount), Exchange (EWSAccount), iCloud, unknown
    MailSettings &s = a.incoming.settings;
    s.host = textOf(dict.value(QStringLiteral("Hostname"))).toLower();
    if (s.host.isEmpty())
        return std::nullopt;
    a.incoming.protocol = pop ? Protocol::Pop3 : Protocol::Imap;
    a.name = textOf(dict.value(QStringLiteral("AccountName")));
    for (const QVariant &email : dict.value(QStringLiteral("EmailAddresses")).toList()) {
        const QString text = textOf(email);
        if (!text.isEmpty() && !a.emails.contains(text))
            a.emails << text;
    }
    const quint16 implicitPort = pop ? 995 : 993;
    const quint16 port = portOf(dict.value(QStringLiteral("PortNumber")));
    s.security = securityOf(dict, port == 0 ? implicitPort : port, implicitPort);
    s.port = port != 0                                 ? port
             : s.security == SecurityMode::ImplicitTls ? implicitPort
                                                       : quint16(pop ? 110 : 143);
    s.auth = authOf(textOf(dict.value(QStringLiteral("AuthenticationScheme"))));
    s.username = textOf(dict.value(QStringLiteral("Username")));
    a.smtpIdentifier = textOf(dict.value(QStringLiteral("SMTPIdentifier")));
    return a;
}

std::optional<AppleMailAccounts::List> AppleMailAccounts::fromPlist(const QVariant &root, QString *error)
{
    const QVariantMap top = root.toMap();
    if (root.typeId() != QMetaType::QVariantMap ||
        top.value(kMailAccounts).typeId() != QMetaType::QVariantList) {
        *error = tr("the file has no list of mail accounts (MailAccounts)");
        return std::nullopt;
    }
    List list;
    for (const QVariant &v : top.value(kDeliveryAccounts).toList()) {
        if (v.typeId() == QMetaType::QVariantMap) {
            if (std::optional<Delivery> d = deliveryFromDict(v.toMap()))
                list.deliveries << *d;
        }
    }
    for (const QVariant &v : top.value(kMailAccounts).toList()) {
        if (v.typeId() != QMetaType::QVariantMap)
            continue;
        std::optional<Account> a = accountFromDict(v.toMap());
        if (!a)
            continue;
        for (const Delivery &d : std::as_const(list.deliveries)) {
            if (!a->smtpIdentifier.isEmpty() && d.identifier == a->smtpIdentifier) {
                a->outgoing = d.settings;
                break;
            }
        }
        list.accounts << *a;
    }
    return list;
}

std::optional<AppleMailAccounts::List> AppleMailAccounts::parse(QByteArrayView bytes, QString *error)
{
    QString why;
    const std::optional<QVariant> root = PropertyList::parse(bytes, &why);
    if (!root) {
        *error = tr("Apple Mail's account list is damaged (%1)").arg(why);
        return std::nullopt;
    }
    return fromPlist(*root, error);
}

QString AppleMailAccounts::accountsFile(const QString &home)
{
    for (int version = kNewestVersion; version >= kOldestVersion; --version) {
        const QString path =
            QDir(home).filePath(QStringLiteral("Library/Mail/V%1/MailData/Accounts.plist").arg(version));
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

std::optional<AppleMailAccounts::List> AppleMailAccounts::read(const QString &home, QString *error)
{
    const QString path = accountsFile(home);
    if (path.isEmpty()) {
        *error =
            tr("no Apple Mail account list (Library/Mail/V*/MailData/Accounts.plist) was found; MailFix does "
               "not read the account database of newer macOS versions (Accounts4.sqlite)");
        return std::nullopt;
    }
    QFile file(path);
    if (file.size() > PropertyList::kMaxBytes) {
        *error = tr("%1 is too large to be Apple Mail's account list").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        // macOS lets only programs with Full Disk Access read ~/Library/Mail (macOS 10.14 and later).
        *error = tr("%1 cannot be read (%2); on macOS 10.14 and later MailFix needs Full Disk Access for it")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(PropertyList::kMaxBytes + 1);
    return parse(bytes, error);
}
