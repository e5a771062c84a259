#include "pop3/Pop3Probe.h"

namespace {
// RFC 5034 4: an AUTH command with its initial response must not exceed 255 octets.
constexpr qsizetype kMaxAuthCommand = 255;
} // namespace

Pop3Probe::Pop3Probe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent)
    : IncomingProbe(std::move(endpoint), std::move(options), parent)
{}

void Pop3Probe::onConnectedInPlain()
{
    enterStage(ProbeStage::Banner);
    m_state = State::AwaitGreeting;
    m_parser.expectMultiLine(false);
    waitFor(Wait::Greeting);
}

void Pop3Probe::onTlsEstablished()
{
    if (incoming().greeting == GreetingOutcome::NotReached) { // implicit TLS: the greeting comes now
        onConnectedInPlain();
        readAvailable(); // it may have arrived with the handshake's last bytes
        return;
    }
    // RFC 2595 4: the capabilities before TLS must not be used after it.
    enterStage(ProbeStage::CapabilitiesAfterTls);
    command("CAPA", State::AwaitCapa);
}

qsizetype Pop3Probe::bufferedBytes() const
{
    return m_parser.pendingBytes();
}

void Pop3Probe::clearBuffer()
{
    m_parser.reset();
}

void Pop3Probe::onBytes(const QByteArray &bytes)
{
    m_parser.feed(bytes);
    while (!isFinished()) {
        Pop3Reply reply;
        switch (m_parser.next(&reply)) {
        case Pop3ReplyParser::Status::NeedMore:
            return;
        case Pop3ReplyParser::Status::Reply:
            for (const QString &line : std::as_const(reply.reply.rawLines))
                result().transcript.addServer(now(), line);
            if (!countLine())
                return;
            handleReply(reply);
            continue;
        case Pop3ReplyParser::Status::Malformed:
            failUnreadable(tr("the server sent something that is not a POP3 reply"));
            return;
        case Pop3ReplyParser::Status::LineTooLong:
            failUnreadable(
                tr("the server sent a line longer than %1 bytes").arg(Pop3ReplyParser::kMaxLineLength));
            return;
        case Pop3ReplyParser::Status::TooManyLines:
            failUnreadable(
                tr("the server sent a reply of more than %1 lines").arg(Pop3ReplyParser::kMaxLines));
            return;
        }
    }
}

void Pop3Probe::handleReply(const Pop3Reply &reply)
{
    const IncomingReply &r = reply.reply;
    switch (m_state) {
    case State::AwaitGreeting:
        handleGreeting(reply);
        return;
    case State::AwaitCapa:
        handleCapa(reply);
        return;
    case State::AwaitStls:
        if (r.status == IncomingReply::Status::Ok) {
            endStage(StageOutcome::Ok);
            startTls();
            return;
        }
        result().tls.failure = tr("the server refused STLS: %1").arg(r.text);
        endStage(StageOutcome::Failed, r.rawLines.join(u' '));
        startSignIn();
        return;
    case State::AwaitAuth:
        handleAuth(reply);
        return;
    case State::AwaitUser:
        if (r.status == IncomingReply::Status::Ok) {
            command("PASS " + options().credentials.password.toUtf8(), State::AwaitPass,
                    Transcript::Content::Credentials);
            return;
        }
        handleSignInEnd(r);
        return;
    case State::AwaitPass:
        handleSignInEnd(r);
        return;
    case State::AwaitQuit:
        endLogout(r);
        return;
    case State::Idle:
        result().transcript.addNote(now(), tr("unexpected reply ignored"));
        return;
    }
}

void Pop3Probe::handleGreeting(const Pop3Reply &reply)
{
    const IncomingReply &r = reply.reply;
    if (r.status != IncomingReply::Status::Ok) {
        const bool refused = r.status == IncomingReply::Status::Err;
        recordGreeting(refused ? GreetingOutcome::Rejected : GreetingOutcome::Garbled, r);
        const QString detail =
            refused ? r.rawLines.join(u' ') : tr("the server's greeting is not a POP3 greeting");
        result().transcript.addNote(now(), detail);
        fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
        return;
    }
    recordGreeting(GreetingOutcome::Ready, r);
    endStage(StageOutcome::Ok, r.text);
    enterStage(ProbeStage::Capabilities);
    command("CAPA", State::AwaitCapa);
}

void Pop3Probe::handleCapa(const Pop3Reply &reply)
{
    // RFC 2449 5: a server without CAPA answers -ERR; it is an RFC 1939 server (USER/PASS).
    IncomingCapabilities caps;
    if (reply.reply.status == IncomingReply::Status::Ok)
        caps = Pop3ReplyParser::capabilities(reply.body);
    recordCapabilities(caps);
    if (!result().tls.established && result().endpoint.security == SecurityMode::StartTls) {
        result().tls.offered = caps.startTls;
        if (caps.startTls) {
            enterStage(ProbeStage::StartTls);
            command("STLS", State::AwaitStls);
            return;
        }
        result().transcript.addNote(now(), tr("the server does not offer STLS here"));
    }
    startSignIn();
}

void Pop3Probe::startSignIn()
{
    if (holdBeforeSignIn([this] { startSignIn(); }))
        return;
    const IncomingCapabilities &caps = incoming().capabilities;
    // USER and PASS carry the text as it is: a line break in it would end the command early and start
    // another.
    const Credentials &creds = options().credentials;
    const auto lineSafe = [](const QString &text) {
        return !text.contains(u'\r') && !text.contains(u'\n') && !text.contains(QChar(u'\0'));
    };
    const bool lineSafeCredentials = lineSafe(creds.username) && lineSafe(creds.password);
    switch (chooseSignIn(!caps.known || caps.userPass, SignInMethod::UserPass, lineSafeCredentials)) {
    case SignInMethod::None:
    case SignInMethod::Login:
        quit();
        return;
    case SignInMethod::SaslPlain: {
        const QByteArray withResponse = "AUTH PLAIN " + plainMessage();
        if (withResponse.size() <= kMaxAuthCommand)
            command(withResponse, State::AwaitAuth, Transcript::Content::Credentials);
        else
            command("AUTH PLAIN", State::AwaitAuth);
        return;
    }
    case SignInMethod::SaslLogin:
        command("AUTH LOGIN", State::AwaitAuth);
        return;
    // The token's message goes after the server's "+ " (RFC 5034 4), not on the AUTH line (255 octets).
    case SignInMethod::SaslXOAuth2:
        command("AUTH XOAUTH2", State::AwaitAuth);
        return;
    case SignInMethod::SaslOAuthBearer:
        command("AUTH OAUTHBEARER", State::AwaitAuth);
        return;
    case SignInMethod::UserPass:
        command("USER " + options().credentials.username.toUtf8(), State::AwaitUser);
        return;
    }
}

void Pop3Probe::handleAuth(const Pop3Reply &reply)
{
    const IncomingReply &r = reply.reply;
    if (r.status != IncomingReply::Status::Continuation) {
        handleSignInEnd(r);
        return;
    }
    if (m_cancelled) { // the server goes on after "*": wait for its answer to it
        result().transcript.addNote(now(), tr("an unexpected continuation was ignored"));
        return;
    }
    QByteArray response;
    if (!nextSaslResponse(incoming().signIn.method, r.text, &response)) {
        m_cancelled = true; // RFC 5034 4: "*" cancels the exchange
        send("*");
        result().transcript.addNote(now(), tr("too many sign-in challenges; exchange cancelled"));
    } else {
        send(response, Transcript::Content::Credentials);
    }
    waitFor(Wait::Other);
}

void Pop3Probe::handleSignInEnd(const IncomingReply &reply)
{
    SignInOutcome outcome = SignInOutcome::Failed; // a continuation out of place, or a cancelled exchange
    if (m_cancelled)
        outcome = SignInOutcome::Failed;
    else if (reply.status == IncomingReply::Status::Ok)
        outcome = SignInOutcome::Succeeded;
    else if (reply.status == IncomingReply::Status::Err) // RFC 2449 8.1, RFC 3206
        outcome = reply.code == QLatin1String("IN-USE") || reply.code == QLatin1String("SYS/TEMP")
                      ? SignInOutcome::TemporaryFailure
                      : SignInOutcome::Rejected;
    endSignIn(outcome, reply);
    quit();
}

void Pop3Probe::quit()
{
    m_state = State::AwaitQuit;
    m_parser.expectMultiLine(false);
    startLogout("QUIT");
}

void Pop3Probe::command(const QByteArray &text, State state, Transcript::Content content)
{
    m_state = state;
    m_parser.expectMultiLine(state == State::AwaitCapa);
    send(text, content);
    waitFor(Wait::Other);
}
