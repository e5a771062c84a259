#include "incoming/IncomingProbe.h"

#include "core/OAuth2Sasl.h"

#include <algorithm>

namespace {
constexpr int kLogoutTimeoutMs = 2000;
} // namespace

IncomingProbe::IncomingProbe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent)
    : ConnectionProbe(std::move(endpoint), options, parent), m_options(std::move(options))
{}

void IncomingProbe::waitFor(Wait wait, int timeoutMs)
{
    m_wait = wait;
    m_linesThisStep = 0;
    awaitAnswer(timeoutMs);
}

bool IncomingProbe::countLine()
{
    if (++m_linesThisStep <= kMaxLinesPerStep)
        return true;
    failUnreadable(tr("the server sent more than %1 lines in answer to one command").arg(kMaxLinesPerStep));
    return false;
}

void IncomingProbe::failUnreadable(const QString &detail)
{
    result().transcript.addNote(now(), detail);
    if (m_wait == Wait::Logout) { // the work is done; a garbled goodbye changes nothing
        incoming().logout = LogoutOutcome::Refused;
        endStage(StageOutcome::Ok, detail);
        finish(ProbeResult::Outcome::Completed);
        return;
    }
    if (m_wait == Wait::Greeting)
        incoming().greeting = GreetingOutcome::Garbled;
    fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
}

void IncomingProbe::recordGreeting(GreetingOutcome outcome, const IncomingReply &reply)
{
    incoming().greeting = outcome;
    incoming().greetingReply = reply;
}

void IncomingProbe::recordCapabilities(const IncomingCapabilities &caps)
{
    incoming().capabilities = caps;
    if (!result().tls.established)
        incoming().capabilitiesBeforeTls = caps;
    endStage(caps.known ? StageOutcome::Ok : StageOutcome::Failed,
             !caps.known                     ? tr("the server does not list its capabilities")
             : caps.authMechanisms.isEmpty() ? tr("no SASL mechanism offered")
                                             : QStringLiteral("SASL %1").arg(caps.authMechanisms.join(u' ')));
}

bool IncomingProbe::holdBeforeSignIn(std::function<void()> resume)
{
    const QPointer<SignInGate> gate = m_options.signInGate;
    if (!hasSignIn() || !gate || gate->isOpen())
        return false;
    pauseStepTimer();
    // no note in the transcript: whether the probe waits depends on timing, the transcript must not
    connect(
        gate, &SignInGate::opened, this,
        [this, resume = std::move(resume)] {
            if (!isFinished())
                resume();
        },
        Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    gate->request();
    return true;
}

SignInMethod IncomingProbe::chooseSignIn(bool nativeOffered, SignInMethod native, bool nativeUsable)
{
    enterStage(ProbeStage::Auth);
    SignInResult &signIn = incoming().signIn;
    const IncomingCapabilities &caps = incoming().capabilities;
    const auto skip = [this, &signIn](SignInOutcome outcome, const QString &detail) {
        signIn.outcome = outcome;
        endStage(StageOutcome::Skipped, detail);
        return SignInMethod::None;
    };
    if (!hasSignIn())
        return skip(SignInOutcome::NotTried, tr("no user name and password given"));
    if (caps.authMechanisms.isEmpty() && !nativeOffered)
        return skip(SignInOutcome::NotOffered, tr("the server offers no way to sign in here"));
    switch (passwordBlock()) {
    case PasswordBlock::None:
        break;
    case PasswordBlock::NoEncryption:
        result().transcript.addNote(now(), tr("password not sent: the connection is not encrypted"));
        return skip(SignInOutcome::WithheldNoTls, tr("password withheld: no encryption"));
    case PasswordBlock::UntrustedCertificate:
        result().transcript.addNote(now(), tr("password not sent: the server's certificate is not trusted"));
        return skip(SignInOutcome::WithheldUntrustedCertificate,
                    tr("password withheld: certificate not trusted"));
    }
    // Every allowed way sends the password itself; over TLS the simplest is as safe as any. A token goes
    // with OAUTHBEARER, the standard (RFC 7628), or XOAUTH2, all Microsoft offers.
    SignInMethod method = SignInMethod::None;
    if (m_options.credentials.hasOAuth2Token()) {
        if (caps.offersAuth(QStringLiteral("OAUTHBEARER")))
            method = SignInMethod::SaslOAuthBearer;
        else if (caps.offersAuth(QStringLiteral("XOAUTH2")))
            method = SignInMethod::SaslXOAuth2;
        else
            return skip(SignInOutcome::NoCommonMechanism, caps.authMechanisms.join(u' '));
    } else if (caps.offersAuth(QStringLiteral("PLAIN")))
        method = SignInMethod::SaslPlain;
    else if (caps.offersAuth(QStringLiteral("LOGIN")))
        method = SignInMethod::SaslLogin;
    else if (nativeOffered && nativeUsable)
        method = native;
    if (method == SignInMethod::None) {
        const bool oauth =
            caps.offersAuth(QStringLiteral("XOAUTH2")) || caps.offersAuth(QStringLiteral("OAUTHBEARER"));
        return skip(oauth ? SignInOutcome::NeedsOAuth2 : SignInOutcome::NoCommonMechanism,
                    caps.authMechanisms.join(u' '));
    }
    signIn.method = method;
    signIn.outcome = SignInOutcome::Failed; // until the server's answer says otherwise
    m_saslStep = 0;
    return method;
}

QByteArray IncomingProbe::plainMessage() const
{
    const Credentials &creds = m_options.credentials;
    return (QByteArray(1, '\0') + creds.username.toUtf8() + '\0' + creds.password.toUtf8()).toBase64();
}

bool IncomingProbe::nextSaslResponse(SignInMethod method, const QString &challenge, QByteArray *response)
{
    const bool oauth2 = method == SignInMethod::SaslXOAuth2 || method == SignInMethod::SaslOAuthBearer;
    if (++m_saslStep > (oauth2 ? kMaxOAuth2Challenges : kMaxSaslChallenges))
        return false;
    const Credentials &creds = m_options.credentials;
    if (oauth2)
        *response = oauth2Response(method == SignInMethod::SaslOAuthBearer, challenge);
    else if (method == SignInMethod::SaslPlain)
        *response = plainMessage();
    else // LOGIN: the prompts are "Username:" then "Password:"; servers send them in this order
        *response = (m_saslStep == 1 ? creds.username : creds.password).toUtf8().toBase64();
    return true;
}

// The token's message after the server's first "+" (never on the command line, which servers limit), then
// the answer to its error challenge: the server's words go into the result and the transcript, and the
// answer ends the exchange with the server's failure reply (RFC 7628 3.2.3).
QByteArray IncomingProbe::oauth2Response(bool bearer, const QString &challenge)
{
    const Credentials &creds = m_options.credentials;
    if (m_saslStep == 1) {
        const QByteArray message = bearer ? OAuth2Sasl::oauthBearerResponse(creds.username, creds.oauth2Token,
                                                                            endpoint().host, endpoint().port)
                                          : OAuth2Sasl::xoauth2Response(creds.username, creds.oauth2Token);
        return message.toBase64();
    }
    const QString error = OAuth2Sasl::errorFromChallenge(challenge.toLatin1());
    if (!error.isEmpty()) {
        incoming().signIn.serverError = error;
        result().transcript.addNote(now(), tr("the server's error: %1").arg(error));
    }
    return OAuth2Sasl::errorChallengeAnswer(bearer).toBase64();
}

void IncomingProbe::endSignIn(SignInOutcome outcome, const IncomingReply &reply)
{
    SignInResult &signIn = incoming().signIn;
    signIn.outcome = outcome;
    signIn.reply = reply;
    const QString detail = reply.rawLines.isEmpty() ? reply.text : reply.rawLines.last();
    endStage(outcome == SignInOutcome::Succeeded ? StageOutcome::Ok : StageOutcome::Failed, detail);
}

void IncomingProbe::startLogout(const QByteArray &command)
{
    enterStage(ProbeStage::Quit);
    send(command);
    waitFor(Wait::Logout, std::min(kLogoutTimeoutMs, stepTimeout()));
}

void IncomingProbe::endLogout(const IncomingReply &reply)
{
    incoming().logoutReply = reply;
    incoming().logout =
        reply.status == IncomingReply::Status::Ok ? LogoutOutcome::Ok : LogoutOutcome::Refused;
    endStage(StageOutcome::Ok);
    finish(ProbeResult::Outcome::Completed);
}

void IncomingProbe::onConnectionLost(QAbstractSocket::SocketError error, const QString &text)
{
    if (m_wait == Wait::Logout) { // the work is done; a server that hangs up on the goodbye changes nothing
        incoming().logout = LogoutOutcome::NoReply;
        endStage(StageOutcome::Ok);
        finish(ProbeResult::Outcome::Completed);
        return;
    }
    if (m_wait == Wait::Greeting)
        incoming().greeting = GreetingOutcome::Closed;
    ConnectionProbe::onConnectionLost(error, text);
}

bool IncomingProbe::onTalkingTimeout()
{
    if (m_wait == Wait::Greeting)
        incoming().greeting = GreetingOutcome::Silent;
    if (m_wait != Wait::Logout)
        return false;
    result().transcript.addNote(now(), tr("no answer to the goodbye"));
    incoming().logout = LogoutOutcome::NoReply;
    endStage(StageOutcome::Ok);
    finish(ProbeResult::Outcome::Completed);
    return true;
}
