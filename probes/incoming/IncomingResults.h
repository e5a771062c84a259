#pragma once

#include <QString>
#include <QStringList>

// What an incoming-mail conversation (IMAP, RFC 9051/3501; POP3, RFC 1939/2449/5034) found: the
// protocol-neutral section of ProbeResult that the IMAP and the POP3 probe fill.

// One server answer, as far as the probes need it: IMAP's tagged (or greeting) status response, POP3's
// +OK/-ERR status line, or a SASL continuation ("+ ...") of either.
struct IncomingReply
{
    enum class Status {
        None,         // no reply
        Ok,           // IMAP OK, POP3 +OK
        No,           // IMAP NO
        Bad,          // IMAP BAD
        Bye,          // IMAP BYE
        PreAuth,      // IMAP PREAUTH (greeting only)
        Err,          // POP3 -ERR
        Continuation, // "+ ..." (IMAP and POP3 SASL, IMAP literals)
    };

    Status status = Status::None;
    QString code;         // the response code's name, e.g. "AUTHENTICATIONFAILED", "IN-USE", "SYS/TEMP"
    QString text;         // the human-readable text after the status and the response code
    QStringList rawLines; // every line of the answer as received (untagged lines included), for reports

    [[nodiscard]] bool isValid() const { return status != Status::None; }
};

enum class GreetingOutcome {
    NotReached,
    Ready,            // IMAP "* OK", POP3 "+OK"
    PreAuthenticated, // IMAP "* PREAUTH": already signed in (e.g. by the client's address)
    Rejected,         // IMAP "* BYE", POP3 "-ERR": the server does not want this client now
    Silent,           // connected, but no greeting within the timeout
    Closed,           // the server closed the connection before its greeting
    Garbled,          // bytes that are not a greeting of the protocol
};

// What CAPABILITY (IMAP) or CAPA (POP3) said.
struct IncomingCapabilities
{
    bool known = false;           // the server answered CAPABILITY / CAPA (POP3 servers may not know CAPA)
    QStringList keywords;         // as sent, in order
    QStringList authMechanisms;   // SASL mechanisms, upper case: IMAP AUTH=..., POP3 SASL ...
    bool startTls = false;        // IMAP STARTTLS, POP3 STLS
    bool loginDisabled = false;   // IMAP LOGINDISABLED: the LOGIN command is refused here
    bool userPass = false;        // POP3 USER: USER/PASS is allowed here
    bool initialResponse = false; // IMAP SASL-IR (POP3 AUTH always allows one, RFC 5034 4)

    [[nodiscard]] bool offersAuth(const QString &mechanism) const
    {
        return authMechanisms.contains(mechanism, Qt::CaseInsensitive);
    }
    // Adds a mechanism the server named, upper case, once; a name that is not a SASL mechanism name (RFC 4422
    // 3.1: 1 to 20 of A-Z, 0-9, '-', '_') is left out, so that no other character reaches the probe.
    void addMechanism(const QString &name);
};

// How the probe signed in.
enum class SignInMethod {
    None,
    SaslPlain,       // IMAP AUTHENTICATE PLAIN, POP3 AUTH PLAIN (RFC 4616)
    SaslLogin,       // IMAP AUTHENTICATE LOGIN, POP3 AUTH LOGIN
    Login,           // IMAP LOGIN (RFC 9051 6.2.3)
    UserPass,        // POP3 USER and PASS (RFC 1939 7)
    SaslXOAuth2,     // IMAP AUTHENTICATE XOAUTH2, POP3 AUTH XOAUTH2 (Google's, Microsoft's): an OAuth2 token
    SaslOAuthBearer, // IMAP AUTHENTICATE OAUTHBEARER, POP3 AUTH OAUTHBEARER (RFC 7628): an OAuth2 token
};

enum class SignInOutcome {
    NotTried,   // no credentials were given, or the greeting said PREAUTH
    NotOffered, // no way to sign in here (IMAP LOGINDISABLED without AUTH=, POP3 without USER and SASL)
    Succeeded,
    Rejected,         // IMAP NO (e.g. [AUTHENTICATIONFAILED]), POP3 -ERR: wrong user name or password
    TemporaryFailure, // IMAP [UNAVAILABLE], POP3 [IN-USE] or [SYS/TEMP]
    NeedsOAuth2,      // only XOAUTH2 / OAUTHBEARER offered
    NoCommonMechanism,
    WithheldNoTls,                // MailFix did not send the password: the connection is not encrypted
    WithheldUntrustedCertificate, // MailFix did not send the password: the certificate is not trusted
    Failed,                       // another answer (IMAP BAD, a cancelled exchange, ...)
};

struct SignInResult
{
    SignInOutcome outcome = SignInOutcome::NotTried;
    SignInMethod method = SignInMethod::None;
    IncomingReply reply; // the server's final answer
    QString serverError; // OAuth2: the server's error challenge, decoded (RFC 7628 3.2.2 JSON); else empty
};

enum class LogoutOutcome {
    NotSent,
    Ok,      // IMAP "aN OK" after "* BYE", POP3 "+OK"
    Refused, // another answer
    NoReply, // silence or a closed connection: the work was done anyway
};

// The incoming section of ProbeResult: empty for SMTP.
struct IncomingResult
{
    GreetingOutcome greeting = GreetingOutcome::NotReached;
    IncomingReply greetingReply;
    IncomingCapabilities capabilitiesBeforeTls;
    IncomingCapabilities capabilities; // after TLS when TLS was used, else the same as before
    SignInResult signIn;
    LogoutOutcome logout = LogoutOutcome::NotSent;
    IncomingReply logoutReply;
};

// Stable names for JSON and reports (never translated).
namespace ProbeNames {
[[nodiscard]] QString replyStatus(IncomingReply::Status status);
[[nodiscard]] QString greeting(GreetingOutcome outcome);
[[nodiscard]] QString signInMethod(SignInMethod method);
[[nodiscard]] QString signIn(SignInOutcome outcome);
[[nodiscard]] QString logout(LogoutOutcome outcome);
} // namespace ProbeNames
