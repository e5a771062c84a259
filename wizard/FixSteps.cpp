#include "FixSteps.h"

#include "diagnose/FindingIds.h"
#include "report/DiagnosisReport.h"

namespace {
QString outlookEncryption(SecurityMode s)
{
    switch (s) {
    case SecurityMode::None:
        return FixSteps::tr("None");
    case SecurityMode::StartTls:
        return FixSteps::tr("STARTTLS");
    case SecurityMode::ImplicitTls:
        return FixSteps::tr("SSL/TLS");
    }
    return {};
}
} // namespace

QStringList FixSteps::steps(MailClients::Program program, const Diagnosis &d)
{
    QStringList out;
    if (!d.recommended)
        return out;
    const MailSettings &s = d.recommended->settings;
    const bool signIn = s.auth != MailSettings::Auth::None;
    const QString authName = DiagnosisReport::authText(s.auth);
    switch (program) {
    case MailClients::Program::Outlook:
        out << tr("In Outlook, open File > Account Settings > Account Settings.")
            << tr("Select your account (%1) and click Change, then More Settings.").arg(s.username)
            << (signIn ? tr("On the Outgoing Server tab, tick \"My outgoing server (SMTP) requires "
                            "authentication\" "
                            "and choose \"Use same settings as my incoming mail server\".")
                       : tr("On the Outgoing Server tab, untick \"My outgoing server (SMTP) requires "
                            "authentication\"."))
            << tr("On the Advanced tab, set \"Outgoing server (SMTP)\" to %1 and \"Use the following type of "
                  "encrypted connection\" to %2.")
                   .arg(s.port)
                   .arg(outlookEncryption(s.security))
            << tr("Back in the account window, set the outgoing mail server (SMTP) to %1.").arg(s.host)
            << tr("Click OK, Next and Finish. Outlook sends a test message.");
        break;
    case MailClients::Program::Thunderbird:
        out << tr("In Thunderbird, open the menu > Account Settings > Outgoing Server (SMTP).")
            << tr("Select the server used by %1 and click Edit.").arg(s.username)
            << tr("Set Server Name to %1 and Port to %2.").arg(s.host).arg(s.port)
            << tr("Set Connection security to %1 and Authentication method to \"%2\".")
                   .arg(s.security == SecurityMode::ImplicitTls ? tr("SSL/TLS")
                                                                : outlookEncryption(s.security),
                        authName)
            << tr("Set User Name to %1 and click OK.").arg(s.username)
            << tr("If you have several accounts, check under each account's name that \"Outgoing Server "
                  "(SMTP)\" "
                  "is this server.");
        break;
    case MailClients::Program::AppleMail:
        out << tr("In Mail, open Mail > Settings (Preferences on older Macs) > Accounts.")
            << tr("Select your account and open Server Settings.")
            << tr("Under Outgoing Mail Server, set the host name to %1 and the user name to %2.")
                   .arg(s.host, s.username)
            << tr("Untick \"Automatically manage connection settings\", set Port to %1 and %2 \"Use "
                  "TLS/SSL\".")
                   .arg(s.port)
                   .arg(s.security == SecurityMode::None ? tr("untick") : tr("tick"))
            << tr("Set Authentication to \"Password\" and click Save.");
        break;
    case MailClients::Program::Other:
        out << tr("Open your mail program's settings for the outgoing server (SMTP).")
            << tr("Server: %1. Port: %2. Encryption: %3.")
                   .arg(s.host)
                   .arg(s.port)
                   .arg(outlookEncryption(s.security))
            << tr("Sign-in: %1, with the user name %2.").arg(authName, s.username);
        break;
    }
    if (d.find(FindingId::AppPasswordRequired))
        out << tr(
            "Use an app password from your account's security settings instead of your normal password.");
    if (d.find(FindingId::SenderRejected))
        out << tr("Make sure the account's email address is %1.").arg(s.username);
    return out;
}
