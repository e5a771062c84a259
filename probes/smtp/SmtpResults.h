#pragma once

#include "smtp/SmtpReply.h"

#include <QString>

// What the SMTP conversation found, stage by stage (RFC 5321, 4954): the SMTP section of ProbeResult.

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

// Stable names for JSON and reports (never translated).
namespace ProbeNames {
[[nodiscard]] QString banner(BannerOutcome outcome);
[[nodiscard]] QString auth(AuthOutcome outcome);
[[nodiscard]] QString relay(RelayOutcome outcome);
[[nodiscard]] QString sendTest(SendTestOutcome outcome);
} // namespace ProbeNames
