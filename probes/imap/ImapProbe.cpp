#include "imap/ImapProbe.h"

namespace {

// An IMAP quoted string (RFC 9051 4.3), or nothing when the text needs a literal (8-bit, CR, LF, NUL).
QByteArray quoted(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QByteArray out = "\"";
    for (const char c : bytes) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            return {};
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace

ImapProbe::ImapProbe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent)
    : IncomingProbe(std::move(endpoint), std::move(options), parent)
{}

void ImapProbe::onConnectedInPlain()
{
    enterStage(ProbeStage::Banner);
    m_state = State::AwaitGreeting;
    waitFor(Wait::Greeting);
}

void ImapProbe::onTlsEstablished()
{
    if (incoming().greeting == GreetingOutcome::NotReached) { // implicit TLS: the greeting comes now
        onConnectedInPlain();
        readAvailable(); // it may have arrived with the handshake's last bytes
        return;
    }
    // RFC 9051 6.2.1: the capabilities before TLS must not be used after it.
    enterStage(ProbeStage::CapabilitiesAfterTls);
    command("CAPABILITY", State::AwaitCapability);
}

qsizetype ImapProbe::bufferedBytes() const
{
    return m_parser.pendingBytes();
}

void ImapProbe::clearBuffer()
{
    m_parser.reset();
}

void ImapProbe::onBytes(const QByteArray &bytes)
{
    m_parser.feed(bytes);
    while (!isFinished()) {
        ImapResponseLine line;
        QString raw;
        switch (m_parser.next(&line, &raw)) {
        case ImapResponseParser::Status::NeedMore:
            return;
        case ImapResponseParser::Status::Line:
            result().transcript.addServer(now(), raw);
            if (!countLine())
                return;
            m_stepLines << raw;
            handleLine(line);
            continue;
        case ImapResponseParser::Status::Malformed:
            failUnreadable(tr("the server sent something that is not an IMAP response"));
            return;
        case ImapResponseParser::Status::LineTooLong:
            failUnreadable(
                tr("the server sent a line longer than %1 bytes").arg(ImapResponseParser::kMaxLineLength));
            return;
        }
    }
}

void ImapProbe::onConnectionLost(QAbstractSocket::SocketError error, const QString &text)
{
    if (!m_bye.isEmpty() && m_state != State::AwaitLogout) {
        const QString detail = tr("the server said goodbye: %1").arg(m_bye);
        result().transcript.addNote(now(), detail);
        fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
        return;
    }
    IncomingProbe::onConnectionLost(error, text);
}

void ImapProbe::handleLine(const ImapResponseLine &line)
{
    if (m_state == State::AwaitGreeting) {
        handleGreeting(line);
        return;
    }
    switch (line.kind) {
    case ImapResponseLine::Kind::Untagged:
        handleUntagged(line);
        return;
    case ImapResponseLine::Kind::Continuation:
        handleContinuation(line);
        return;
    case ImapResponseLine::Kind::Tagged:
        if (line.tag != QString::fromLatin1(m_tag)) {
            result().transcript.addNote(now(), tr("an answer to another command was ignored"));
            return;
        }
        handleTagged(line);
        return;
    case ImapResponseLine::Kind::Invalid:
        return;
    }
}

void ImapProbe::handleGreeting(const ImapResponseLine &line)
{
    const IncomingReply reply = replyOf(line);
    if (line.kind == ImapResponseLine::Kind::Untagged && line.status == IncomingReply::Status::Ok) {
        recordGreeting(GreetingOutcome::Ready, reply);
    } else if (line.kind == ImapResponseLine::Kind::Untagged &&
               line.status == IncomingReply::Status::PreAuth) {
        recordGreeting(GreetingOutcome::PreAuthenticated, reply);
    } else {
        const bool bye =
            line.kind == ImapResponseLine::Kind::Untagged && line.status == IncomingReply::Status::Bye;
        recordGreeting(bye ? GreetingOutcome::Rejected : GreetingOutcome::Garbled, reply);
        const QString detail =
            bye ? reply.rawLines.join(u' ') : tr("the server's greeting is not an IMAP greeting");
        result().transcript.addNote(now(), detail);
        fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
        return;
    }
    endStage(StageOutcome::Ok, line.text);
    enterStage(ProbeStage::Capabilities);
    command("CAPABILITY", State::AwaitCapability);
}

void ImapProbe::handleUntagged(const ImapResponseLine &line)
{
    if (line.name == QLatin1String("CAPABILITY"))
        m_capabilityList = line.text;
    else if (line.status == IncomingReply::Status::Bye)
        m_bye = line.text;
}

void ImapProbe::handleContinuation(const ImapResponseLine &line)
{
    if (m_state == State::AwaitAuthenticate && !m_cancelled) {
        QByteArray response;
        if (!nextSaslResponse(incoming().signIn.method, line.text, &response)) {
            m_cancelled = true; // RFC 9051 6.2.2: "*" cancels the exchange
            send("*");
            result().transcript.addNote(now(), tr("too many sign-in challenges; exchange cancelled"));
        } else {
            send(response, Transcript::Content::Credentials);
        }
        waitFor(Wait::Other);
        return;
    }
    if (m_state == State::AwaitLogin && !m_pieces.isEmpty()) {
        const Piece piece = m_pieces.takeFirst();
        send(piece.bytes, piece.content);
        waitFor(Wait::Other);
        return;
    }
    result().transcript.addNote(now(), tr("an unexpected continuation was ignored"));
}

void ImapProbe::handleTagged(const ImapResponseLine &line)
{
    switch (m_state) {
    case State::AwaitCapability:
        handleCapability(line);
        return;
    case State::AwaitStartTls:
        if (line.status == IncomingReply::Status::Ok) {
            endStage(StageOutcome::Ok);
            startTls();
            return;
        }
        result().tls.failure = tr("the server refused STARTTLS: %1").arg(line.text);
        endStage(StageOutcome::Failed, m_stepLines.join(u' '));
        startSignIn();
        return;
    case State::AwaitAuthenticate:
    case State::AwaitLogin:
        handleSignIn(line);
        return;
    case State::AwaitLogout:
        endLogout(replyOf(line));
        return;
    case State::Idle:
    case State::AwaitGreeting:
        return;
    }
}

void ImapProbe::handleCapability(const ImapResponseLine &line)
{
    QString list = m_capabilityList;
    if (list.isEmpty() && line.code == QLatin1String("CAPABILITY"))
        list = line.codeArguments;
    IncomingCapabilities caps;
    if (line.status == IncomingReply::Status::Ok)
        caps = ImapResponseParser::capabilities(list);
    recordCapabilities(caps);
    if (!result().tls.established && result().endpoint.security == SecurityMode::StartTls &&
        incoming().greeting == GreetingOutcome::Ready) {
        result().tls.offered = caps.startTls;
        if (caps.startTls) {
            enterStage(ProbeStage::StartTls);
            command("STARTTLS", State::AwaitStartTls);
            return;
        }
        result().transcript.addNote(now(), tr("the server does not offer STARTTLS here"));
    }
    afterCapabilities();
}

void ImapProbe::afterCapabilities()
{
    if (incoming().greeting == GreetingOutcome::PreAuthenticated) {
        result().transcript.addNote(now(), tr("already signed in (PREAUTH): no password sent"));
        logout();
        return;
    }
    startSignIn();
}

void ImapProbe::startSignIn()
{
    if (holdBeforeSignIn([this] { startSignIn(); }))
        return;
    const IncomingCapabilities &caps = incoming().capabilities;
    const SignInMethod method = chooseSignIn(!caps.loginDisabled, SignInMethod::Login);
    switch (method) {
    case SignInMethod::None:
    case SignInMethod::UserPass:
        logout();
        return;
    case SignInMethod::SaslPlain:
        if (caps.initialResponse) // RFC 4959
            command("AUTHENTICATE PLAIN " + plainMessage(), State::AwaitAuthenticate,
                    Transcript::Content::Credentials);
        else
            command("AUTHENTICATE PLAIN", State::AwaitAuthenticate);
        return;
    case SignInMethod::SaslLogin:
        command("AUTHENTICATE LOGIN", State::AwaitAuthenticate);
        return;
    // The token is long: its message goes after the server's "+", not on the command line (no SASL-IR),
    // which servers limit.
    case SignInMethod::SaslXOAuth2:
        command("AUTHENTICATE XOAUTH2", State::AwaitAuthenticate);
        return;
    case SignInMethod::SaslOAuthBearer:
        command("AUTHENTICATE OAUTHBEARER", State::AwaitAuthenticate);
        return;
    case SignInMethod::Login:
        sendLogin();
        return;
    }
}

// LOGIN user password (RFC 9051 6.2.3): quoted strings where they can be, else synchronizing literals,
// each sent after the server's "+".
void ImapProbe::sendLogin()
{
    const Credentials &creds = options().credentials;
    const QByteArray user = quoted(creds.username);
    const QByteArray password = quoted(creds.password);
    const QByteArray userBytes = creds.username.toUtf8();
    const QByteArray passwordBytes = creds.password.toUtf8();
    const QByteArray passwordLiteral = '{' + QByteArray::number(passwordBytes.size()) + '}';
    m_pieces.clear();
    if (!user.isEmpty() && !password.isEmpty()) {
        command("LOGIN " + user + ' ' + password, State::AwaitLogin, Transcript::Content::Credentials);
        return;
    }
    if (!user.isEmpty()) {
        m_pieces.append({passwordBytes, Transcript::Content::Credentials});
        command("LOGIN " + user + ' ' + passwordLiteral, State::AwaitLogin);
        return;
    }
    if (!password.isEmpty()) {
        m_pieces.append({userBytes + ' ' + password, Transcript::Content::Credentials});
    } else {
        m_pieces.append({userBytes + ' ' + passwordLiteral, Transcript::Content::Plain});
        m_pieces.append({passwordBytes, Transcript::Content::Credentials});
    }
    command("LOGIN {" + QByteArray::number(userBytes.size()) + '}', State::AwaitLogin);
}

void ImapProbe::handleSignIn(const ImapResponseLine &line)
{
    const IncomingReply reply = replyOf(line);
    SignInOutcome outcome = SignInOutcome::Failed; // BAD, or the answer to a cancelled exchange
    if (m_cancelled)
        outcome = SignInOutcome::Failed;
    else if (line.status == IncomingReply::Status::Ok)
        outcome = SignInOutcome::Succeeded;
    else if (line.status == IncomingReply::Status::No)
        outcome = line.code == QLatin1String("UNAVAILABLE") ? SignInOutcome::TemporaryFailure
                                                            : SignInOutcome::Rejected;
    m_pieces.clear();
    endSignIn(outcome, reply);
    logout();
}

void ImapProbe::logout()
{
    m_tag = "a" + QByteArray::number(++m_tagNumber);
    m_stepLines.clear();
    m_state = State::AwaitLogout;
    startLogout(m_tag + " LOGOUT");
}

void ImapProbe::command(const QByteArray &text, State state, Transcript::Content content)
{
    m_tag = "a" + QByteArray::number(++m_tagNumber);
    m_stepLines.clear();
    m_capabilityList.clear();
    m_state = state;
    send(m_tag + ' ' + text, content);
    waitFor(Wait::Other);
}

IncomingReply ImapProbe::replyOf(const ImapResponseLine &line) const
{
    IncomingReply reply;
    reply.status = line.status;
    reply.code = line.code;
    reply.text = line.text;
    reply.rawLines = m_stepLines;
    return reply;
}
