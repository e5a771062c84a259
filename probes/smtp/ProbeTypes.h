#pragma once

#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"
#include "smtp/Transcript.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QSslError>
#include <QString>
#include <QStringList>

// Value types that describe what to probe and what a probe found. No strings where an enum will do;
// the strings here are the server's own words or technical details for the transcript view.

// How a connection is secured (RFC 8314 terms).
enum class SecurityMode {
    None,        // plain text, STARTTLS is not tried
    StartTls,    // plain first, then STARTTLS when the server offers it (RFC 3207)
    ImplicitTls, // TLS from the first byte (RFC 8314, port 465)
};

// One host, port and security mode.
struct ProbeEndpoint
{
    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::StartTls;

    // The security a port implies: implicit TLS on 465, STARTTLS when offered elsewhere.
    [[nodiscard]] static SecurityMode defaultSecurityFor(quint16 port);
    friend bool operator==(const ProbeEndpoint &a, const ProbeEndpoint &b)
    {
        return a.host == b.host && a.port == b.port && a.security == b.security;
    }
};

// The user's sign-in. Kept in memory only; never written anywhere.
struct Credentials
{
    QString username;
    QString password;
    [[nodiscard]] bool isEmpty() const { return username.isEmpty() || password.isEmpty(); }
};

// What a probe may do and how long each step may take.
struct ProbeOptions
{
    int timeoutMs = 10000;                   // per step, and for the whole probe (Thunderbird uses 10 s)
    Credentials credentials;                 // empty: do not sign in
    QString from;                            // MAIL FROM for the relay test; empty: no relay test
    QString to;                              // RCPT TO for the relay test
    QStringList caFiles;                     // extra CAs to trust (PEM); verification is never switched off
    bool allowPlaintextAuth = false;         // send the password without TLS (never by default)
    bool approvedDespiteCertificate = false; // the user approved this host despite a certificate problem
    bool sendTestMessage = false;            // after signing in, really send a short message to `from`
    bool reproduceDataRejection = true;      // after a refused RCPT, send DATA to see the server's own reply
    QString ehloName; // empty: an address literal of the local address, like Thunderbird
};

// The stages of one probe, in the order they run.
enum class ProbeStage {
    Resolve,
    Connect,
    TlsHandshake, // implicit TLS, or after STARTTLS
    Banner,
    Ehlo,
    StartTls,
    EhloAfterTls,
    RelayWithoutAuth,
    Auth,
    RelayWithAuth,
    SendTest,
    Quit,
};

enum class StageOutcome {
    Ok,
    Failed,
    TimedOut,
    Skipped,
    Cancelled,
};

struct StageRecord
{
    ProbeStage stage = ProbeStage::Resolve;
    StageOutcome outcome = StageOutcome::Ok;
    qint64 startedMs = 0; // since the probe started
    qint64 elapsedMs = 0;
    QString detail; // technical detail (server text, socket error); never a secret
};

enum class ConnectOutcome {
    NotTried,
    Connected,
    ResolveFailed, // the host name does not resolve
    Refused,       // RST: nothing listens, or a firewall rejects
    TimedOut,      // no answer at all: a firewall drops the packets (ISP blocking)
    Unreachable,   // no route
    Error,
};

enum class BannerOutcome {
    NotReached,
    Ready,       // 220
    Rejected,    // 554: the server does not want this client (RFC 5321 3.1), e.g. blocklisted
    Unavailable, // 421: busy or shutting down
    Unexpected,  // another code
    Silent,      // connected, but no banner within the timeout
    Closed,      // the server closed the connection before its banner
    Garbled,     // bytes that are not an SMTP reply
};

struct TlsInfo
{
    bool attempted = false;          // a TLS handshake was started
    bool offered = false;            // STARTTLS was in the EHLO reply (implicit TLS: true)
    bool established = false;        // the handshake completed
    bool certificateTrusted = false; // validates for the host name with the trusted CAs
    QString protocol;                // e.g. "TLSv1.3"
    QString cipher;
    QString subject; // the certificate's subject common name
    QStringList subjectAltNames;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QList<QSslError::SslError> errors; // validation errors (empty when trusted)
    QStringList errorTexts;            // the same, as Qt describes them
    QString failure;                   // handshake failure (socket error text), empty when established
};

enum class AuthOutcome {
    NotTried,         // no credentials were given
    NotOffered,       // the server offers no AUTH here (maybe only after STARTTLS)
    Succeeded,        // 235
    Rejected,         // 535 (RFC 4954): wrong user name or password
    TemporaryFailure, // 454 and other 4xx
    NeedsOAuth2,      // only XOAUTH2 / OAUTHBEARER offered
    NoCommonMechanism,
    WithheldNoTls,                // MailFix did not send the password: the connection is not encrypted
    WithheldUntrustedCertificate, // MailFix did not send the password: the certificate is not trusted
    Failed,                       // another error reply (e.g. 534 app password required, 530, 538)
};

struct AuthResult
{
    AuthOutcome outcome = AuthOutcome::NotTried;
    QString mechanism; // the one tried, e.g. "PLAIN"
    SmtpReply reply;   // the server's final answer
};

enum class RelayOutcome {
    NotTested,
    Accepted,          // RCPT 250/251
    SenderRejected,    // MAIL FROM refused
    RecipientRejected, // RCPT refused: without signing in, this is the cause of "503 ... DATA"
    Error,
};

struct RelayResult
{
    RelayOutcome outcome = RelayOutcome::NotTested;
    SmtpReply mailReply;
    SmtpReply rcptReply;
    SmtpReply dataReply; // the reply to DATA after a refused RCPT (e.g. Exim's 503), when tried
};

enum class SendTestOutcome {
    NotRequested,
    Sent,
    Refused,
};

// Everything one probe found. Built up stage by stage; complete when finished() is emitted.
struct ProbeResult
{
    enum class Outcome {
        Completed, // the conversation ran to its end (which may still contain refusals)
        Failed,    // a stage failed so that the probe could not go on
        TimedOut,
        Cancelled,
    };

    ProbeEndpoint endpoint;
    Outcome outcome = Outcome::Failed;
    ProbeStage lastStage = ProbeStage::Resolve; // where it ended
    QString failure;                            // technical reason when not Completed
    qint64 elapsedMs = 0;

    QList<QHostAddress> addresses;
    QHostAddress connectedAddress;
    ConnectOutcome connect = ConnectOutcome::NotTried;
    BannerOutcome banner = BannerOutcome::NotReached;
    SmtpReply bannerReply;
    bool usedHelo = false; // EHLO was refused and HELO used instead
    SmtpReply ehloReply;   // the last EHLO reply (after TLS when TLS was used)
    SmtpCapabilities capabilitiesBeforeTls;
    SmtpCapabilities capabilities; // after TLS when TLS was used, else the same as before
    TlsInfo tls;
    RelayResult relayWithoutAuth;
    AuthResult auth;
    RelayResult relayWithAuth;
    SendTestOutcome sendTest = SendTestOutcome::NotRequested;
    SmtpReply sendTestReply;
    QList<StageRecord> stages;
    Transcript transcript;

    [[nodiscard]] bool reachedServer() const { return banner == BannerOutcome::Ready; }
    // Signed in, and a recipient outside the server was accepted afterwards.
    [[nodiscard]] bool verifiedSending() const
    {
        return auth.outcome == AuthOutcome::Succeeded && relayWithAuth.outcome == RelayOutcome::Accepted;
    }
};

// Stable names for the enums, used in JSON and reports (never translated).
namespace ProbeNames {
[[nodiscard]] QString security(SecurityMode mode);
[[nodiscard]] QString stage(ProbeStage stage);
[[nodiscard]] QString stageOutcome(StageOutcome outcome);
[[nodiscard]] QString connect(ConnectOutcome outcome);
[[nodiscard]] QString banner(BannerOutcome outcome);
[[nodiscard]] QString auth(AuthOutcome outcome);
[[nodiscard]] QString relay(RelayOutcome outcome);
[[nodiscard]] QString sendTest(SendTestOutcome outcome);
[[nodiscard]] QString outcome(ProbeResult::Outcome outcome);
// "none", "starttls", "tls" (also "plain", "ssl"): false when the text names no mode.
[[nodiscard]] bool parseSecurity(const QString &text, SecurityMode *mode);
} // namespace ProbeNames
Q_DECLARE_METATYPE(ProbeResult)
