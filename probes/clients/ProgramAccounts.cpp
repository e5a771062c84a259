#include "clients/ProgramAccounts.h"

#include <QDir>

QList<ProgramAccount> ProgramAccounts::fromThunderbird(const MailClients::ThunderbirdProfile &profile)
{
    QList<ProgramAccount> out;
    for (const MailClients::ThunderbirdSmtpServer &server : profile.smtpServers) {
        const MailSettings settings = server.toMailSettings();
        for (const QString &email : server.identities) {
            const QString name = server.description.isEmpty() ? email : server.description;
            out << ProgramAccount{name, email, settings};
        }
    }
    return out;
}

QList<ProgramAccount> ProgramAccounts::fromOutlook(const QList<OutlookProfiles::Account> &accounts)
{
    QList<ProgramAccount> out;
    for (const OutlookProfiles::Account &a : accounts)
        out << ProgramAccount{a.name.isEmpty() ? a.email : a.name, a.email, a.outgoing};
    return out;
}

QList<ProgramAccount> ProgramAccounts::fromAppleMail(const QList<AppleMailAccounts::Account> &accounts)
{
    QList<ProgramAccount> out;
    for (const AppleMailAccounts::Account &a : accounts) {
        if (!a.outgoing)
            continue;
        const QStringList emails = a.emails.isEmpty() ? QStringList{QString()} : a.emails;
        for (const QString &email : emails)
            out << ProgramAccount{a.name.isEmpty() ? email : a.name, email, *a.outgoing};
    }
    return out;
}

QList<ProgramAccount> ProgramAccounts::read(MailClients::Program program, QString *error)
{
    QList<ProgramAccount> out;
    switch (program) {
    case MailClients::Program::Thunderbird: {
        QStringList profiles;
        for (const QString &root : MailClients::thunderbirdRoots())
            profiles += MailClients::thunderbirdProfiles(root);
        if (profiles.isEmpty()) {
            *error = tr("no Thunderbird profile was found on this computer");
            return {};
        }
        const MailClients::ThunderbirdProfile profile = MailClients::readThunderbirdProfile(profiles.first());
        if (!profile.error.isEmpty()) {
            *error = profile.error;
            return {};
        }
        out = fromThunderbird(profile);
        break;
    }
    case MailClients::Program::Outlook:
#ifdef Q_OS_WIN
        out = fromOutlook(OutlookProfiles::readAll());
        break;
#else
        *error = tr("Outlook's settings can be read only on Windows");
        return {};
#endif
    case MailClients::Program::AppleMail: {
#ifdef Q_OS_MACOS
        const std::optional<AppleMailAccounts::List> list = AppleMailAccounts::read(QDir::homePath(), error);
        if (!list)
            return {};
        out = fromAppleMail(list->accounts);
        break;
#else
        *error = tr("Apple Mail's settings can only be read on a Mac");
        return {};
#endif
    }
    case MailClients::Program::Other:
        *error = tr("MailFix cannot read the settings of %1").arg(MailClients::displayName(program));
        return {};
    }
    if (out.isEmpty())
        *error = tr("%1 has no account with an outgoing server").arg(MailClients::displayName(program));
    return out;
}
