#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Every finding and next step MailFix knows, in the order of the README's table. The JSON ids are in
// the registry below (Findings::info): never rename one, only add.
enum class FindingCode {
    // Sign-in
    AuthRequired,
    AuthFailed,
    AppPasswordRequired,
    OauthRequired,
    SmtpAuthDisabledByAdmin,
    AuthMechanismMismatch,
    AuthNeedsTls,
    // Encryption
    TlsRequired,
    TlsModeMismatch,
    TlsCertificateInvalid,
    // Reaching the server
    PortBlocked,
    PortUnresponsive,
    ServerUnreachable,
    DomainNotFound,
    // Addresses and mailbox
    SenderRejected,
    RecipientRejected,
    MailboxFull,
    AddressOddCharacters,
    // Other causes
    IpBlocklisted,
    SendingLimitReached,
    AccountSendingBlocked,
    HeloRejected,
    PopBeforeSmtp,
    BadCommandSequence,
    VpnActive,
    // All is well
    SettingsOk,
    // Next steps: causes no probe can see, offered once the others are ruled out
    CheckEachAccount,
    PasswordSpecialCharacters,
    ProviderOutgoingServer,
    AntivirusMailScan,
    OutlookDataFile,
    DnsPropagation,
    ScriptWithoutRecipient,
    // Added later, at the end so that no value moves
    CertificateNamesHostingServer,
    SmtpPasswordRefusedIncomingOk,
    IncomingSettingsWrong,
    SmtpUsernameDiffers,
    OAuth2ScopeMissing,
};

// How much a finding weighs: a cause stops the mail, a warning may cause trouble.
enum class FindingSeverity { Cause, Warning, Info };

// The kinds of change a fix asks for in the mail program; the drawn guides' steps name the same kinds
// ("needs" in resources/guides/*.json).
namespace FixNeed {
inline constexpr QLatin1String Always{"always"};
inline constexpr QLatin1String Auth{"auth"};
inline constexpr QLatin1String Server{"server"};
inline constexpr QLatin1String Port{"port"};
inline constexpr QLatin1String Encryption{"encryption"};
inline constexpr QLatin1String Username{"username"};
inline constexpr QLatin1String Address{"address"};
inline constexpr QLatin1String AccountServer{"account-server"};
inline constexpr QLatin1String Incoming{"incoming"}; // the incoming server (IMAP/POP3): host, port, security
[[nodiscard]] QStringList all();                     // every kind above, "always" first
[[nodiscard]] QStringList settings(); // all outgoing settings: server, port, encryption, auth, username
} // namespace FixNeed

// The registry: one row per finding and next step, which everything else reads (the Diagnoser, the
// error explainer, the guides' step selection, the reports, the CLI, the README's table).
namespace Findings {

enum class Kind { Finding, NextStep };

// What an error message the user pasted can say about a finding on its own.
enum class FromPaste {
    Checked, // the probes check it themselves; the paste adds nothing
    Cause,   // the paste alone makes it a cause
    Warning, // the paste alone makes it a warning
    Never,   // no paste names it
};

struct Info
{
    FindingCode code;
    QLatin1String id; // stable JSON id
    Kind kind;
    FindingSeverity severity;   // when no rule says otherwise
    QList<QLatin1String> needs; // FixNeed kinds the fix changes in the program; empty: none
    FromPaste fromPaste;
    const char *meaning; // one English sentence for the README's table of ids
};

[[nodiscard]] const QList<Info> &all();
[[nodiscard]] const Info &info(FindingCode code);
[[nodiscard]] QLatin1String id(FindingCode code);
[[nodiscard]] std::optional<FindingCode> fromId(const QString &id);
[[nodiscard]] QString severityName(FindingSeverity severity); // "cause", "warning", "info"
// The README's tables of finding ids and next-step ids, as Markdown (tst_findings compares them).
[[nodiscard]] QString readmeTable(Kind kind);

} // namespace Findings
