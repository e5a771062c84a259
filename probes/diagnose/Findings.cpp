#include "diagnose/Findings.h"

#include <QHash>

#include <algorithm>

QStringList FixNeed::all()
{
    return {Always, Auth, Server, Port, Encryption, Username, Address, AccountServer, Incoming};
}

QStringList FixNeed::settings()
{
    return {Server, Port, Encryption, Auth, Username};
}

namespace Findings {
namespace {

using C = FindingCode;
using S = FindingSeverity;
using P = FromPaste;
namespace N = FixNeed;
constexpr Kind F = Kind::Finding;
constexpr Kind X = Kind::NextStep;

const QList<Info> kRows = {
    {C::AuthRequired,
     QLatin1String("auth-required"),
     F,
     S::Cause,
     {N::Auth},
     P::Checked,
     "The server sends only for people who sign in, and the mail program does not sign in (the usual cause "
     "of \"503 valid RCPT command must precede DATA\")."},
    {C::AuthFailed,
     QLatin1String("auth-failed"),
     F,
     S::Cause,
     {N::Username},
     P::Checked,
     "The server turned down the user name or password."},
    {C::AppPasswordRequired,
     QLatin1String("app-password-required"),
     F,
     S::Cause,
     {N::Username},
     P::Cause,
     "The account uses 2-step verification: the program needs an app password, not the usual password."},
    {C::OauthRequired,
     QLatin1String("oauth-required"),
     F,
     S::Cause,
     {N::Auth},
     P::Cause,
     "The provider accepts only a browser sign-in (OAuth2), not a password typed into the program."},
    {C::SmtpAuthDisabledByAdmin,
     QLatin1String("smtp-auth-disabled-by-admin"),
     F,
     S::Cause,
     {},
     P::Cause,
     "Sending with a password (SMTP AUTH) is turned off for the account or organisation; an administrator "
     "must turn it on."},
    {C::AuthMechanismMismatch,
     QLatin1String("auth-mechanism-mismatch"),
     F,
     S::Cause,
     {N::Auth},
     P::Cause,
     "The program's authentication method (e.g. \"Encrypted password\") is not one the server offers."},
    {C::AuthNeedsTls,
     QLatin1String("auth-needs-tls"),
     F,
     S::Cause,
     {N::Encryption},
     P::Checked,
     "The server offers sign-in only over an encrypted connection, and the program does not encrypt."},
    {C::TlsRequired,
     QLatin1String("tls-required"),
     F,
     S::Cause,
     {N::Encryption},
     P::Checked,
     "The server takes mail only over an encrypted connection."},
    {C::TlsModeMismatch,
     QLatin1String("tls-mode-mismatch"),
     F,
     S::Cause,
     {N::Port, N::Encryption},
     P::Checked,
     "The connection security does not fit the port (e.g. STARTTLS on 465, or SSL/TLS on 587)."},
    {C::TlsCertificateInvalid,
     QLatin1String("tls-certificate-invalid"),
     F,
     S::Cause,
     {N::Server},
     P::Cause,
     "The server's certificate cannot be trusted for its name (expired, self-signed, wrong name), so no "
     "password was sent."},
    {C::PortBlocked,
     QLatin1String("port-blocked"),
     F,
     S::Cause,
     {N::Port, N::Encryption},
     P::Checked,
     "The network drops connections to this port (often port 25, blocked by the internet provider)."},
    {C::PortUnresponsive,
     QLatin1String("port-unresponsive"),
     F,
     S::Cause,
     {N::Port, N::Encryption},
     P::Checked,
     "Nothing answers on this port of the server (refused or silent), while other ports work."},
    {C::ServerUnreachable,
     QLatin1String("server-unreachable"),
     F,
     S::Cause,
     {N::Server},
     P::Checked,
     "No port of the server could be reached."},
    {C::DomainNotFound,
     QLatin1String("domain-not-found"),
     F,
     S::Cause,
     {N::Server},
     P::Cause,
     "The server's name or the address's domain does not exist in DNS."},
    {C::SenderRejected,
     QLatin1String("sender-rejected"),
     F,
     S::Cause,
     {N::Address},
     P::Cause,
     "The server refused the sender address (e.g. not owned by the signed-in account)."},
    {C::RecipientRejected,
     QLatin1String("recipient-rejected"),
     F,
     S::Warning,
     {},
     P::Cause,
     "The server refused a recipient address."},
    {C::MailboxFull, QLatin1String("mailbox-full"), F, S::Cause, {}, P::Cause, "A mailbox is full."},
    {C::AddressOddCharacters,
     QLatin1String("address-odd-characters"),
     F,
     S::Warning,
     {},
     P::Warning,
     "An address has characters (quotes, spaces, accents) that mail programs or servers handle badly."},
    {C::IpBlocklisted,
     QLatin1String("ip-blocklisted"),
     F,
     S::Cause,
     {},
     P::Cause,
     "The server refuses this computer's internet address (a blocklist)."},
    {C::SendingLimitReached,
     QLatin1String("sending-limit-reached"),
     F,
     S::Cause,
     {},
     P::Cause,
     "The account or domain sent more mail than its provider allows in an hour or a day; sending works again "
     "once that time has passed (a limit reached unexpectedly can mean someone else knows the password)."},
    {C::AccountSendingBlocked,
     QLatin1String("account-sending-blocked"),
     F,
     S::Cause,
     {},
     P::Cause,
     "The provider stopped the account or organisation from sending, usually after it sent spam (often with "
     "a "
     "stolen password); change the password, then the provider or an administrator must lift the block."},
    {C::HeloRejected,
     QLatin1String("helo-rejected"),
     F,
     S::Cause,
     {},
     P::Cause,
     "The server refused the name the program greets it with (HELO/EHLO), often a computer name with an "
     "underscore or accented letters, or a name that is not a full domain name."},
    {C::PopBeforeSmtp,
     QLatin1String("pop-before-smtp"),
     F,
     S::Warning,
     {},
     P::Cause,
     "The server wants the program to check for new mail before it sends."},
    {C::BadCommandSequence,
     QLatin1String("bad-command-sequence"),
     F,
     S::Info,
     {},
     P::Checked,
     "The server saw commands in the wrong order, usually a message sent after every recipient was "
     "refused: a symptom, the cause is another finding."},
    {C::VpnActive,
     QLatin1String("vpn-active"),
     F,
     S::Info,
     {},
     P::Never,
     "A VPN is on; it may block or reroute the connection to the mail server."},
    {C::SettingsOk,
     QLatin1String("settings-ok"),
     F,
     S::Info,
     {},
     P::Never,
     "The settings work: signing in and sending were verified."},
    {C::CheckEachAccount,
     QLatin1String("check-each-account"),
     X,
     S::Info,
     {},
     P::Never,
     "Every account in the program has its own outgoing settings."},
    {C::PasswordSpecialCharacters,
     QLatin1String("password-special-characters"),
     X,
     S::Info,
     {},
     P::Never,
     "The password has characters some programs garble."},
    {C::ProviderOutgoingServer,
     QLatin1String("provider-outgoing-server"),
     X,
     S::Info,
     {},
     P::Never,
     "Send through the mail provider's server, not the internet provider's (listed unless the program "
     "already uses a server that detection found)."},
    {C::AntivirusMailScan,
     QLatin1String("antivirus-mail-scan"),
     X,
     S::Info,
     {},
     P::Never,
     "Antivirus programs that intercept mail."},
    {C::OutlookDataFile,
     QLatin1String("outlook-data-file"),
     X,
     S::Info,
     {},
     P::Never,
     "A damaged Outlook data file (listed when the program is Outlook, or not known)."},
    {C::DnsPropagation,
     QLatin1String("dns-propagation"),
     X,
     S::Info,
     {},
     P::Never,
     "A domain that moved recently (listed when the program's server does not resolve, or the domain's MX "
     "records lead to a provider whose servers the program does not use)."},
    {C::ScriptWithoutRecipient,
     QLatin1String("script-without-recipient"),
     X,
     S::Info,
     {},
     P::Never,
     "A script or device that sends without a recipient (listed when the user saw the 503 and the program is "
     "not Outlook, Thunderbird or Apple Mail)."},
    {C::CertificateNamesHostingServer,
     QLatin1String("certificate-names-hosting-server"),
     F,
     S::Cause,
     {N::Server},
     P::Never,
     "The server's certificate is for its real name (on shared hosting, the hosting machine's, e.g. "
     "server17.hoster.example), not for the name the program uses; that real name reaches the same server "
     "and is the one to use."},
    {C::SmtpPasswordRefusedIncomingOk,
     QLatin1String("smtp-password-refused-incoming-ok"),
     F,
     S::Cause,
     {N::Username},
     P::Never,
     "The incoming server (IMAP or POP3) accepted the password but the outgoing server refused it: the "
     "account "
     "may not send with a password (SMTP AUTH off for the mailbox or organisation, an app password or OAuth2 "
     "wanted for sending) or sending needs another user name; not a wrong password."},
    {C::IncomingSettingsWrong,
     QLatin1String("incoming-settings-wrong"),
     F,
     S::Warning,
     {N::Incoming},
     P::Never,
     "The incoming server settings the program uses (IMAP or POP3: server, port or security) do not work, "
     "while other incoming settings were verified or reached; receiving needs those."},
    {C::SmtpUsernameDiffers,
     QLatin1String("smtp-username-differs"),
     F,
     S::Cause,
     {N::Username},
     P::Never,
     "The program signs in to the outgoing server with another user name than to the incoming server; the "
     "incoming server accepted its user name and password, the outgoing server refused the other name: use "
     "the same user name (Outlook: \"Use same settings as my incoming mail server\")."},
    {C::OAuth2ScopeMissing,
     QLatin1String("oauth2-scope-missing"),
     F,
     S::Cause,
     {},
     P::Never,
     "The OAuth2 sign-in worked, but the permission it gave does not include sending mail (the provider's "
     "sending scope, e.g. SMTP.Send), so the server refused it."},
};

} // namespace

const QList<Info> &all()
{
    return kRows;
}

const Info &info(FindingCode code)
{
    // the rows are in enum order (tst_findings checks it)
    return kRows.at(qsizetype(code));
}

QLatin1String id(FindingCode code)
{
    return info(code).id;
}

std::optional<FindingCode> fromId(const QString &id)
{
    const auto it =
        std::find_if(kRows.cbegin(), kRows.cend(), [&id](const Info &row) { return row.id == id; });
    if (it == kRows.cend())
        return std::nullopt;
    return it->code;
}

QString severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Cause:
        return QStringLiteral("cause");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString readmeTable(Kind kind)
{
    QString out = QStringLiteral("| id | what it means |\n|---|---|\n");
    for (const Info &row : kRows) {
        if (row.kind == kind)
            out += QStringLiteral("| `%1` | %2 |\n").arg(row.id, QString::fromUtf8(row.meaning));
    }
    return out;
}

} // namespace Findings
