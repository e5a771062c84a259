#pragma once

#include "clients/MailProgram.h"
#include "detect/DetectionTypes.h"
#include "diagnose/ErrorExplainer.h"
#include "diagnose/Findings.h"
#include "diagnose/PopBeforeSmtp.h"
#include "smtp/ProbeTypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// How the user's mail program should send: the answer MailFix gives.
struct MailSettings
{
    enum class Auth { None, NormalPassword, EncryptedPassword, OAuth2 };

    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::StartTls;
    Auth auth = Auth::NormalPassword;
    QString username;

    friend bool operator==(const MailSettings &a, const MailSettings &b)
    {
        return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.port == b.port &&
               a.security == b.security && a.auth == b.auth;
    }
    // "HOST:PORT:SECURITY:AUTH" as the CLI's --current takes it, e.g.
    // "smtp.example.com:587:starttls:normal-password".
    [[nodiscard]] static std::optional<MailSettings> parse(const QString &text, QString *error);
    [[nodiscard]] static QString
    authName(Auth auth); // "none", "normal-password", "encrypted-password", "oauth2"
    [[nodiscard]] static bool parseAuth(const QString &text, Auth *auth);
};

// How the user's mail program receives (IMAP or POP3): the same fields as MailSettings, and the protocol.
struct IncomingSettings
{
    MailSettings settings; // auth: how it signs in; username: the user name it signs in with
    Protocol protocol = Protocol::Imap;

    friend bool operator==(const IncomingSettings &a, const IncomingSettings &b)
    {
        return a.protocol == b.protocol && a.settings == b.settings;
    }
    // "HOST:PORT:SECURITY:PROTOCOL" as the CLI's --current-incoming takes it, e.g.
    // "imap.example.com:993:tls:imap"; the authentication is a normal password.
    [[nodiscard]] static std::optional<IncomingSettings> parse(const QString &text, QString *error);
};

// Other settings that work too (verified), or should also work (not checked).
struct Alternative
{
    MailSettings settings;
    bool verified = false; // a probe signed in and had a recipient accepted with exactly these
};

// The recommended settings, and how sure MailFix is of them. Never a host whose certificate failed,
// unless the user allowed that certificate and nothing else works.
struct Recommendation
{
    MailSettings settings;
    bool verified = false;           // a probe signed in and had a recipient accepted with exactly these
    QStringList unconfirmed;         // plain sentences: what could not be checked (e.g. no password given)
    QList<Alternative> alternatives; // other ways (e.g. 587 STARTTLS beside 465 TLS), verified first
};

// The incoming server to use (IMAP or POP3), and how sure MailFix is of it: the same fields as
// Recommendation, for receiving.
struct IncomingRecommendation
{
    IncomingSettings settings;
    bool verified = false;                // a probe signed in with exactly these
    QStringList unconfirmed;              // plain sentences: what could not be checked
    QList<IncomingSettings> alternatives; // other incoming settings a probe signed in with
};

// One thing MailFix found, in words a non-technical person understands, with the proof and the fix.
struct Finding
{
    using Severity = FindingSeverity;

    FindingCode code = FindingCode::SettingsOk;
    Severity severity = Severity::Info;
    QString title;        // one short sentence
    QString detail;       // what it means, in plain words
    QStringList evidence; // the server's own lines (or socket errors) that prove it; never a secret
    QString fix;          // what to change, in plain words with the user's own values
    std::optional<MailSettings> fixSettings; // the settings to use, when the fix is settings

    [[nodiscard]] QLatin1String id() const { return Findings::id(code); } // the stable JSON id
};

// What the diagnosis knows going in.
struct DiagnosisInput
{
    EmailAddress address;
    QString username; // the user name the probes signed in with (or would have)
    std::optional<DetectionResult> detection;
    QList<ProbeResult> probes;                        // SMTP
    QList<ProbeResult> incomingProbes;                // IMAP and POP3, probed beside the SMTP ones
    std::optional<MailSettings> current;              // the user's settings now, when known
    std::optional<IncomingSettings> currentIncoming;  // how the user's program receives, when known
    std::optional<ErrorExplainer::Explanation> error; // the error the user saw, when pasted
    bool credentialsGiven = false;                    // a password was available to the probes
    bool passwordHasUnusualCharacters = false;        // quotes, spaces, non-ASCII (never the password itself)
    bool vpnActive = false;                           // a VPN interface is up on this computer
    // The user's mail program, when known (the wizard asks; the CLI's --program or --read-settings): the
    // next steps fit it. Unknown: the pasted error may show it.
    std::optional<MailProgram> program;
    // The POP-before-SMTP check (sign in to receive, then the refused relay test again), when it ran.
    std::optional<PopBeforeSmtp::Check> popBeforeSmtp;
    // Whether MailFix itself signed in through the provider's sign-in window (OAuth2) for this diagnosis;
    // false (the default): not tested, e.g. when no OAuth2 client id is configured.
    bool oauth2Tested = false;
    // That sign-in did not grant the scope that allows sending
    // (DiagnosisRun::Options::oauth2SendScopeMissing).
    bool oauth2SendScopeMissing = false;
};

// One account of the user's mail program, with the outgoing settings it uses now.
struct ProgramAccount
{
    QString name;  // as the program shows it, e.g. "Work" or the address
    QString email; // the account's address
    MailSettings outgoing;
};

// What the diagnosis says about one account's own outgoing settings.
struct AccountVerdict
{
    ProgramAccount account;
    QList<Finding> findings; // as Diagnosis::findings, with this account's settings as the current ones

    [[nodiscard]] const Finding *cause() const; // the first cause, or null when its settings work
};

struct Diagnosis
{
    QList<Finding> findings;                        // most important first: causes, then warnings, then info
    std::optional<Recommendation> recommended;      // empty when nothing reachable was found
    std::optional<IncomingRecommendation> incoming; // empty when no incoming server was checked or reached
    // One line: what works and what does not, e.g. "Receiving works (IMAP, port 993). Sending does not: ..."
    QString summaryLine;
    std::optional<PopBeforeSmtp::Check> popBeforeSmtp; // the POP-before-SMTP check, when it ran
    QList<Finding> nextSteps; // causes no probe can see, to check once the others are ruled out
    QString providerName;
    CandidateSource providerSource = CandidateSource::Guess;
    bool anythingReachable = false;
    // Each account of the user's mail program that sends as the diagnosed address (read from the program
    // with the user's consent); empty when none were read.
    QList<AccountVerdict> accounts;

    [[nodiscard]] bool hasCause() const;
    [[nodiscard]] const Finding *find(FindingCode code) const;
};

Q_DECLARE_METATYPE(Diagnosis)
