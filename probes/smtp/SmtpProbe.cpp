#include "smtp/SmtpProbe.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <algorithm>

namespace {
constexpr int kQuitTimeoutMs = 2000;
constexpr int kMaxAuthChallenges = 4;

QByteArray base64(const QString &text)
{
    return text.toUtf8().toBase64();
}
} // namespace

SmtpProbe::SmtpProbe(ProbeEndpoint endpoint, ProbeOptions options, QObject *parent)
    : ConnectionProbe(std::move(endpoint), options, parent), m_options(std::move(options))
{}

void SmtpProbe::onConnectedInPlain()
{
    enterStage(ProbeStage::Banner);
    expect(State::AwaitBanner);
}

void SmtpProbe::onTlsEstablished()
{
    if (result().banner == BannerOutcome::NotReached) { // implicit TLS: the banner comes now
        enterStage(ProbeStage::Banner);
        expect(State::AwaitBanner);
        readAvailable(); // the banner may have arrived with the handshake's last bytes
        return;
    }
    enterStage(ProbeStage::EhloAfterTls);
    sendEhlo(State::AwaitEhloAfterTls);
}

qsizetype SmtpProbe::bufferedBytes() const
{
    return m_parser.pendingBytes();
}

void SmtpProbe::clearBuffer()
{
    m_parser.reset();
}

void SmtpProbe::onBytes(const QByteArray &bytes)
{
    m_parser.feed(bytes);
    while (!isFinished()) {
        SmtpReply reply;
        const SmtpReplyParser::Status status = m_parser.next(&reply);
        if (status == SmtpReplyParser::Status::NeedMore)
            return;
        if (status == SmtpReplyParser::Status::Reply) {
            for (const QString &line : std::as_const(reply.rawLines))
                result().transcript.addServer(now(), line);
            handleReply(reply);
            continue;
        }
        QString detail;
        switch (status) {
        case SmtpReplyParser::Status::Malformed:
            detail = tr("the server sent something that is not an SMTP reply");
            break;
        case SmtpReplyParser::Status::LineTooLong:
            detail = tr("the server sent a line longer than %1 bytes").arg(SmtpReplyParser::kMaxLineLength);
            break;
        case SmtpReplyParser::Status::TooManyLines:
            detail = tr("the server sent a reply of more than %1 lines").arg(SmtpReplyParser::kMaxLines);
            break;
        case SmtpReplyParser::Status::NeedMore:
        case SmtpReplyParser::Status::Reply:
            break;
        }
        result().transcript.addNote(now(), detail);
        if (m_state == State::AwaitBanner)
            result().banner = BannerOutcome::Garbled;
        fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
        return;
    }
}

void SmtpProbe::onConnectionLost(QAbstractSocket::SocketError error, const QString &text)
{
    if (m_state == State::AwaitQuit) { // the work is done; a server that hangs up on QUIT changes nothing
        endStage(StageOutcome::Ok);
        finish(ProbeResult::Outcome::Completed);
        return;
    }
    if (m_state == State::AwaitBanner)
        result().banner = BannerOutcome::Closed;
    ConnectionProbe::onConnectionLost(error, text);
}

bool SmtpProbe::onTalkingTimeout()
{
    if (m_state == State::AwaitBanner)
        result().banner = BannerOutcome::Silent;
    if (m_state != State::AwaitQuit)
        return false;
    // The work is done; a server that does not say goodbye changes nothing.
    result().transcript.addNote(now(), tr("no reply to QUIT"));
    endStage(StageOutcome::Ok);
    finish(ProbeResult::Outcome::Completed);
    return true;
}

void SmtpProbe::handleReply(const SmtpReply &reply)
{
    switch (m_state) {
    case State::AwaitBanner:
        handleBanner(reply);
        return;
    case State::AwaitEhlo:
    case State::AwaitHelo:
    case State::AwaitEhloAfterTls:
        handleEhlo(reply);
        return;
    case State::AwaitStartTls:
        if (reply.code == 220) {
            endStage(StageOutcome::Ok);
            startTls();
            return;
        }
        // RFC 3207 4: after a refusal the session may go on, unencrypted.
        result().tls.failure = tr("the server refused STARTTLS: %1").arg(reply.text());
        endStage(StageOutcome::Failed, reply.rawLines.join(QLatin1Char(' ')));
        afterGreeting();
        return;
    case State::AwaitMail:
    case State::AwaitRcpt:
    case State::AwaitData:
    case State::AwaitRset:
    case State::AwaitTestData:
    case State::AwaitTestBody:
        handleMailRound(reply);
        return;
    case State::AwaitAuth:
        handleAuthReply(reply);
        return;
    case State::AwaitQuit:
        endStage(StageOutcome::Ok);
        finish(ProbeResult::Outcome::Completed);
        return;
    case State::Idle:
        result().transcript.addNote(now(), tr("unexpected reply ignored"));
        return;
    }
}

void SmtpProbe::handleBanner(const SmtpReply &reply)
{
    result().bannerReply = reply;
    switch (reply.code) {
    case 220:
        result().banner = BannerOutcome::Ready;
        endStage(StageOutcome::Ok, reply.text());
        enterStage(ProbeStage::Ehlo);
        sendEhlo(State::AwaitEhlo);
        return;
    case 421:
        result().banner = BannerOutcome::Unavailable;
        break;
    case 554:
        result().banner = BannerOutcome::Rejected;
        break;
    default:
        result().banner = BannerOutcome::Unexpected;
        break;
    }
    fail(StageOutcome::Failed, reply.rawLines.join(QLatin1Char(' ')), ProbeResult::Outcome::Failed);
}

void SmtpProbe::sendEhlo(State state)
{
    QString name = m_options.ehloName;
    if (name.isEmpty()) { // RFC 5321 4.1.3 address literal, as Thunderbird sends
        const QHostAddress local = localAddress();
        name = local.protocol() == QAbstractSocket::IPv6Protocol
                   ? QStringLiteral("[IPv6:%1]").arg(local.toString())
                   : QStringLiteral("[%1]").arg(local.toString());
    }
    send((state == State::AwaitHelo ? "HELO " : "EHLO ") + name.toUtf8());
    expect(state);
}

void SmtpProbe::handleEhlo(const SmtpReply &reply)
{
    const State state = m_state;
    if (state == State::AwaitHelo) {
        if (!reply.isPositive()) {
            fail(StageOutcome::Failed, reply.rawLines.join(QLatin1Char(' ')), ProbeResult::Outcome::Failed);
            return;
        }
        result().usedHelo = true;
        result().ehloReply = reply;
        endStage(StageOutcome::Ok, tr("EHLO refused, HELO accepted"));
        afterGreeting();
        return;
    }
    if (!reply.isPositive()) {
        if (state == State::AwaitEhlo && reply.isPermanentFailure()) { // RFC 5321 3.2: fall back to HELO
            result().transcript.addNote(now(), tr("EHLO refused; trying HELO"));
            sendEhlo(State::AwaitHelo);
            return;
        }
        fail(StageOutcome::Failed, reply.rawLines.join(QLatin1Char(' ')), ProbeResult::Outcome::Failed);
        return;
    }
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply);
    result().ehloReply = reply;
    result().capabilities = caps;
    if (!result().tls.established)
        result().capabilitiesBeforeTls = caps;
    endStage(StageOutcome::Ok,
             caps.authMechanisms.isEmpty()
                 ? tr("no AUTH offered")
                 : QStringLiteral("AUTH %1").arg(caps.authMechanisms.join(QLatin1Char(' '))));
    if (state == State::AwaitEhlo && result().endpoint.security == SecurityMode::StartTls) {
        result().tls.offered = caps.startTls;
        if (caps.startTls) {
            enterStage(ProbeStage::StartTls);
            send("STARTTLS");
            expect(State::AwaitStartTls);
            return;
        }
        result().transcript.addNote(now(), tr("the server does not offer STARTTLS here"));
    }
    afterGreeting();
}

void SmtpProbe::afterGreeting()
{
    if (!m_options.from.isEmpty() && !m_options.to.isEmpty()) {
        startRound(Round::WithoutAuth);
        return;
    }
    result().transcript.addNote(now(), tr("relay test skipped: no sender or recipient address"));
    startAuth();
}

void SmtpProbe::startRound(Round round)
{
    m_round = round;
    switch (round) {
    case Round::WithoutAuth:
        enterStage(ProbeStage::RelayWithoutAuth);
        m_roundResult = &result().relayWithoutAuth;
        break;
    case Round::WithAuth:
        enterStage(ProbeStage::RelayWithAuth);
        m_roundResult = &result().relayWithAuth;
        break;
    case Round::TestMessage:
        enterStage(ProbeStage::SendTest);
        m_roundResult = nullptr;
        break;
    }
    send("MAIL FROM:<" + m_options.from.toUtf8() + '>');
    expect(State::AwaitMail);
}

void SmtpProbe::handleMailRound(const SmtpReply &reply)
{
    RelayResult scratch;
    RelayResult &round = m_roundResult ? *m_roundResult : scratch;
    switch (m_state) {
    case State::AwaitMail:
        handleMailFrom(reply, round);
        return;
    case State::AwaitRcpt:
        handleRcptTo(reply, round);
        return;
    case State::AwaitData:
        handleDataWithoutRecipient(reply, round);
        return;
    case State::AwaitTestData:
        handleTestData(reply);
        return;
    case State::AwaitTestBody:
        result().sendTestReply = reply;
        result().sendTest = reply.isPositive() ? SendTestOutcome::Sent : SendTestOutcome::Refused;
        endStage(reply.isPositive() ? StageOutcome::Ok : StageOutcome::Failed, reply.text());
        sendQuit();
        return;
    case State::AwaitRset:
        endRound(round);
        return;
    default:
        return;
    }
}

void SmtpProbe::refuseTestMessage(const SmtpReply &reply)
{
    if (m_round != Round::TestMessage)
        return;
    result().sendTest = SendTestOutcome::Refused;
    result().sendTestReply = reply;
}

void SmtpProbe::sendRset()
{
    send("RSET");
    expect(State::AwaitRset);
}

void SmtpProbe::handleMailFrom(const SmtpReply &reply, RelayResult &round)
{
    round.mailReply = reply;
    if (!reply.isPositive()) {
        round.outcome = RelayOutcome::SenderRejected;
        refuseTestMessage(reply);
        sendRset();
        return;
    }
    send("RCPT TO:<" + (m_round == Round::TestMessage ? m_options.from : m_options.to).toUtf8() + '>');
    expect(State::AwaitRcpt);
}

void SmtpProbe::handleRcptTo(const SmtpReply &reply, RelayResult &round)
{
    round.rcptReply = reply;
    if (reply.isPositive()) {
        round.outcome = RelayOutcome::Accepted;
        if (m_round == Round::TestMessage) {
            send("DATA");
            expect(State::AwaitTestData);
            return;
        }
    } else {
        round.outcome = RelayOutcome::RecipientRejected;
        refuseTestMessage(reply);
        if (m_round == Round::WithoutAuth && m_options.reproduceDataRejection) {
            // What a mail program that does not sign in sees next (Exim: "503 valid RCPT command
            // must precede DATA"). With no accepted recipient there is nothing to deliver.
            send("DATA");
            expect(State::AwaitData);
            return;
        }
    }
    sendRset();
}

void SmtpProbe::handleDataWithoutRecipient(const SmtpReply &reply, RelayResult &round)
{
    round.dataReply = reply;
    if (reply.code != 354) {
        sendRset();
        return;
    }
    // The server would take a message without recipients. Send nothing: drop the connection.
    result().transcript.addNote(now(), tr("the server accepted DATA without a recipient; the "
                                          "connection was closed so that nothing is sent"));
    endStage(StageOutcome::Ok);
    abortConnection();
}

void SmtpProbe::handleTestData(const SmtpReply &reply)
{
    result().sendTestReply = reply;
    if (reply.code != 354) {
        result().sendTest = SendTestOutcome::Refused;
        sendRset();
        return;
    }
    // RFC 5322 headers, then the body and the end-of-data line (RFC 5321 4.1.1.4).
    const QByteArray date = QDateTime::currentDateTime().toString(Qt::RFC2822Date).toUtf8();
    const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
    const QByteArray from = m_options.from.toUtf8();
    const QByteArray lines[] = {
        "From: <" + from + '>',
        "To: <" + from + '>',
        "Subject: " + tr("MailFix test message").toUtf8(),
        "Date: " + date,
        "Message-ID: <" + id + "@mailfix.invalid>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        tr("MailFix sent this message to check that sending works. You can delete it.").toUtf8(),
        ".",
    };
    for (const QByteArray &line : lines)
        send(line);
    expect(State::AwaitTestBody);
}

// RSET answered: the round is over.
void SmtpProbe::endRound(const RelayResult &round)
{
    const QString summary = ProbeNames::relay(round.outcome);
    switch (m_round) {
    case Round::WithoutAuth:
        endStage(StageOutcome::Ok, summary);
        startAuth();
        return;
    case Round::WithAuth:
        endStage(StageOutcome::Ok, summary);
        if (m_options.sendTestMessage && round.outcome == RelayOutcome::Accepted) {
            startRound(Round::TestMessage);
            return;
        }
        sendQuit();
        return;
    case Round::TestMessage:
        endStage(StageOutcome::Failed, result().sendTestReply.text());
        sendQuit();
        return;
    }
}

void SmtpProbe::startAuth()
{
    enterStage(ProbeStage::Auth);
    AuthResult &auth = result().auth;
    const SmtpCapabilities &caps = result().capabilities;
    if (m_options.credentials.isEmpty()) {
        auth.outcome = AuthOutcome::NotTried;
        endStage(StageOutcome::Skipped, tr("no user name and password given"));
        sendQuit();
        return;
    }
    if (caps.authMechanisms.isEmpty()) {
        auth.outcome = AuthOutcome::NotOffered;
        endStage(StageOutcome::Skipped, tr("the server offers no AUTH here"));
        sendQuit();
        return;
    }
    switch (passwordBlock()) {
    case PasswordBlock::None:
        break;
    case PasswordBlock::NoEncryption:
        auth.outcome = AuthOutcome::WithheldNoTls;
        result().transcript.addNote(now(), tr("password not sent: the connection is not encrypted"));
        endStage(StageOutcome::Skipped, tr("password withheld: no encryption"));
        sendQuit();
        return;
    case PasswordBlock::UntrustedCertificate:
        auth.outcome = AuthOutcome::WithheldUntrustedCertificate;
        result().transcript.addNote(now(), tr("password not sent: the server's certificate is not trusted"));
        endStage(StageOutcome::Skipped, tr("password withheld: certificate not trusted"));
        sendQuit();
        return;
    }
    const bool encrypted = isEncrypted();
    // Over TLS the simplest mechanism is as safe as any; without TLS, CRAM-MD5 hides the password.
    const QStringList preference =
        encrypted ? QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}
                  : QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QString chosen;
    for (const QString &mechanism : preference) {
        if (caps.offersAuth(mechanism)) {
            chosen = mechanism;
            break;
        }
    }
    if (chosen.isEmpty()) {
        const bool oauth =
            caps.offersAuth(QStringLiteral("XOAUTH2")) || caps.offersAuth(QStringLiteral("OAUTHBEARER"));
        auth.outcome = oauth ? AuthOutcome::NeedsOAuth2 : AuthOutcome::NoCommonMechanism;
        endStage(StageOutcome::Skipped, caps.authMechanisms.join(QLatin1Char(' ')));
        sendQuit();
        return;
    }
    auth.mechanism = chosen;
    m_authMechanism = chosen.toLatin1();
    m_authStep = 0;
    if (chosen == QLatin1String("PLAIN")) {
        // RFC 4616: authzid NUL authcid NUL passwd, sent as the initial response (RFC 4954 4)
        const QByteArray payload = QByteArray(1, '\0') + m_options.credentials.username.toUtf8() + '\0' +
                                   m_options.credentials.password.toUtf8();
        send("AUTH PLAIN " + payload.toBase64(), Transcript::Content::Credentials);
    } else {
        send("AUTH " + m_authMechanism);
    }
    expect(State::AwaitAuth);
}

void SmtpProbe::handleAuthReply(const SmtpReply &reply)
{
    AuthResult &auth = result().auth;
    if (reply.code == 334) {
        ++m_authStep;
        if (m_authStep > kMaxAuthChallenges) {
            send("*", Transcript::Content::Plain); // RFC 4954 4: cancel the exchange
            auth.outcome = AuthOutcome::Failed;
            auth.reply = reply;
            result().transcript.addNote(now(), tr("too many AUTH challenges; exchange cancelled"));
            expect(State::AwaitAuth);
            return;
        }
        const Credentials &creds = m_options.credentials;
        QByteArray response;
        if (m_authMechanism == "PLAIN") {
            response =
                (QByteArray(1, '\0') + creds.username.toUtf8() + '\0' + creds.password.toUtf8()).toBase64();
        } else if (m_authMechanism == "LOGIN") {
            // The prompts are "Username:" then "Password:"; servers send them in this order.
            response = m_authStep == 1 ? base64(creds.username) : base64(creds.password);
        } else if (m_authMechanism == "CRAM-MD5") { // RFC 2195
            const QByteArray challenge = QByteArray::fromBase64(reply.text().toLatin1());
            const QByteArray digest =
                QMessageAuthenticationCode::hash(challenge, creds.password.toUtf8(), QCryptographicHash::Md5)
                    .toHex();
            response = (creds.username.toUtf8() + ' ' + digest).toBase64();
        }
        send(response, Transcript::Content::Credentials);
        expect(State::AwaitAuth);
        return;
    }
    auth.reply = reply;
    if (auth.outcome == AuthOutcome::Failed) { // the answer to our "*"
        endStage(StageOutcome::Failed, reply.text());
        sendQuit();
        return;
    }
    if (reply.code == 235)
        auth.outcome = AuthOutcome::Succeeded;
    else if (reply.code == 535)
        auth.outcome = AuthOutcome::Rejected;
    else if (reply.isTransientFailure())
        auth.outcome = AuthOutcome::TemporaryFailure;
    else
        auth.outcome = AuthOutcome::Failed;
    if (auth.outcome != AuthOutcome::Succeeded) {
        endStage(StageOutcome::Failed, reply.rawLines.join(QLatin1Char(' ')));
        sendQuit();
        return;
    }
    endStage(StageOutcome::Ok, reply.text());
    if (!m_options.from.isEmpty() && !m_options.to.isEmpty()) {
        startRound(Round::WithAuth);
        return;
    }
    sendQuit();
}

void SmtpProbe::sendQuit()
{
    enterStage(ProbeStage::Quit);
    send("QUIT");
    expect(State::AwaitQuit, std::min(kQuitTimeoutMs, stepTimeout()));
}

void SmtpProbe::expect(State state, int timeoutMs)
{
    m_state = state;
    awaitAnswer(timeoutMs);
}
