#include "clients/OutlookProfiles.h"

#include <QSettings>

namespace {

// "SMTP Secure Connection": 0 none, 1 SSL/TLS, 2 STARTTLS (older Outlook: "TLS"), 3 automatic.
SecurityMode securityFrom(const QVariant &value)
{
    switch (value.toInt()) {
    case 1:
        return SecurityMode::ImplicitTls;
    case 2:
    case 3:
        return SecurityMode::StartTls;
    default:
        return SecurityMode::None;
    }
}

bool flag(const OutlookProfiles::Values &values, const QString &name)
{
    return values.value(name).toInt() != 0;
}

} // namespace

QString OutlookProfiles::text(const QVariant &value)
{
    QString out;
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        out = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
    } else {
        out = value.toString();
    }
    const qsizetype nul = out.indexOf(QChar(u'\0'));
    if (nul >= 0)
        out.truncate(nul);
    return out.trimmed();
}

std::optional<OutlookProfiles::Account> OutlookProfiles::accountFromValues(const Values &values)
{
    Account a;
    a.outgoing.host = text(values.value(QStringLiteral("SMTP Server"))).toLower();
    if (a.outgoing.host.isEmpty())
        return std::nullopt;
    a.imap = values.contains(QStringLiteral("IMAP Server"));
    if (!a.imap && !values.contains(QStringLiteral("POP3 Server")))
        return std::nullopt;
    const QString protocol = a.imap ? QStringLiteral("IMAP") : QStringLiteral("POP3");
    a.name = text(values.value(QStringLiteral("Account Name")));
    a.email = text(values.value(QStringLiteral("Email")));
    a.incomingServer = text(values.value(protocol + QStringLiteral(" Server")));
    a.incomingUser = text(values.value(protocol + QStringLiteral(" User")));
    const uint port = values.value(QStringLiteral("SMTP Port")).toUInt();
    a.outgoing.security = securityFrom(values.value(QStringLiteral("SMTP Secure Connection")));
    a.outgoing.port = port > 0 && port <= 65535                          ? quint16(port)
                      : a.outgoing.security == SecurityMode::ImplicitTls ? quint16(465)
                                                                         : quint16(25);
    const bool signsIn = flag(values, QStringLiteral("SMTP Use Auth"));
    a.outgoing.auth = !signsIn                                       ? MailSettings::Auth::None
                      : flag(values, QStringLiteral("SMTP Use SPA")) ? MailSettings::Auth::EncryptedPassword
                                                                     : MailSettings::Auth::NormalPassword;
    // "SMTP Auth Method": 0 same as incoming, 1 its own user name, 2 log on to incoming first
    const int method = values.value(QStringLiteral("SMTP Auth Method")).toInt();
    a.sameAsIncoming = signsIn && method == 0;
    a.logOnToIncomingFirst = signsIn && method == 2;
    a.outgoing.username = a.sameAsIncoming ? a.incomingUser : text(values.value(QStringLiteral("SMTP User")));
    if (a.outgoing.username.isEmpty() && signsIn)
        a.outgoing.username = a.incomingUser;
    return a;
}

QString OutlookProfiles::registryRoot()
{
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office");
}

QList<OutlookProfiles::Account> OutlookProfiles::readAll()
{
    QList<Account> out;
#ifdef Q_OS_WIN
    QSettings office(registryRoot(), QSettings::NativeFormat);
    for (const QString &version : office.childGroups()) {
        const QString profilesPath = version + QStringLiteral("/Outlook/Profiles");
        office.beginGroup(profilesPath);
        const QStringList profiles = office.childGroups();
        office.endGroup();
        for (const QString &profile : profiles) {
            const QString accountsPath =
                profilesPath + QLatin1Char('/') + profile + QLatin1Char('/') + QLatin1String(kAccountsKey);
            office.beginGroup(accountsPath);
            const QStringList keys = office.childGroups();
            for (const QString &key : keys) {
                office.beginGroup(key);
                Values values;
                for (const QString &name : office.childKeys())
                    values.insert(name, office.value(name));
                office.endGroup();
                if (std::optional<Account> a = accountFromValues(values)) {
                    a->officeVersion = version;
                    a->profile = profile;
                    a->key = key;
                    out << *a;
                }
            }
            office.endGroup();
        }
    }
#endif
    return out;
}
