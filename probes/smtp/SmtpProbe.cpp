#include "smtp/SmtpProbe.h"

#include "core/OAuth2Sasl.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <algorithm>

namespace {
// After the last reply the probe needs, the server's goodbye is waited for this long at most: its 221 tells
// nothing. QUIT usually goes out with the command before it (PIPELINING), so its reply comes with that
// one's; alone, on a slow line, the wait costs a round trip. Long enough that a loaded machine's loopback
// always answers within it (the JSON golden files hold the 221).
constexpr int kQuitGraceMs = 250;
constexpr int kMaxAuthChallenges = 4;
// XOAUTH2 and OAUTHBEARER: the server's empty 334, then at most its error challenge (RFC 7628 3.2.2)
constexpr int kMaxOAuth2Challenges = 2;

int quitGraceMs(int stepTimeoutMs)
{
    return std::min(kQuitGraceMs, stepTimeoutMs);
}

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
    // The work is done; a server that does not say goodbye (soon) changes nothing.
    result().transcript.addNote(
        now(),
        tr("no reply to QUIT within %1 ms; the check did not wait for it").arg(quitGraceMs(stepTimeout())));
    endStage(StageOutcome::Ok);
    finish(ProbeResult::Outcome::Completed);
    return true;
}

void SmtpProbe::handleReply(const SmtpReply &reply)
{
    const Awaited awaited = m_awaited.isEmpty() ? Awaited{} : m_awaited.takeFirst();
    m_state = awaited.state;
    if (awaited.use != Use::Drives) {
        // The answer to an RSET, or to a command sent ahead that the logic did not take up (the RCPT
        // after a refused MAIL): it is in the transcript, and changes nothing.
        awaitFirst();
        return;
    }
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

void SmtpProbe::command(const QByteArray &line, State state, Use use, int timeoutMs,
                        Transcript::Content content)
{
    for (Awaited &awaited : m_awaited) {
        if (awaited.use != Use::Ahead)
            continue;
        if (awaited.state == state && awaited.sentAhead == line) { // it went out already
            awaited.use = use;
            awaited.timeoutMs = timeoutMs;
            awaitFirst();
            return;
        }
        awaited.use = Use::Ignored; // the logic went another way: its answer will be passed over
    }
    send(line, content);
    m_awaited.append({state, use, timeoutMs, {}});
    awaitFirst();
}

void SmtpProbe::sendAhead(const QByteArray &line, State state)
{
    send(line);
    m_awaited.append({state, Use::Ahead, -1, line});
    awaitFirst();
}

void SmtpProbe::expect(State state, int timeoutMs)
{
    m_awaited.append({state, Use::Drives, timeoutMs, {}});
    awaitFirst();
}

void SmtpProbe::awaitFirst()
{
    if (m_awaited.isEmpty() || isFinished())
        return; // e.g. during the TLS handshake, whose timer is ConnectionProbe's
    m_state = m_awaited.first().state;
    awaitAnswer(m_awaited.first().timeoutMs);
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
    // RFC 2920 3.1: EHLO ends a group; it is never sent ahead.
    command((state == State::AwaitHelo ? "HELO " : "EHLO ") + name.toUtf8(), state);
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
            command("STARTTLS", State::AwaitStartTls); // alone: RFC 3207 4 (and 5: nothing before TLS)
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
    command("MAIL FROM:<" + m_options.from.toUtf8() + '>', State::AwaitMail);
    m_pipelining = result().capabilities.pipelining;
    if (!m_pipelining)
        return;
    // RFC 2920 3.1: MAIL, RCPT and RSET may stand anywhere in a group; the replies come in order. DATA
    // never goes out before the RCPT's answer is known: after an accepted RCPT it would start a real
    // message. So a group ends with RCPT where DATA may follow it (the refused relay test's DATA, the test
    // message's).
    sendAhead(rcptCommand(), State::AwaitRcpt);
    if (round == Round::WithAuth && !m_options.sendTestMessage) {
        // Whatever the answers, RSET ends this round and QUIT the session (QUIT may end a group).
        sendAhead("RSET", State::AwaitRset);
        sendAhead("QUIT", State::AwaitQuit);
    }
}

QByteArray SmtpProbe::rcptCommand() const
{
    return "RCPT TO:<" + (m_round == Round::TestMessage ? m_options.from : m_options.to).toUtf8() + '>';
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

void SmtpProbe::sendRset(const RelayResult &round, const SmtpReply &last)
{
    // After a 421 the server is closing the connection (RFC 5321 3.8): nothing more is sent ahead.
    if (!m_pipelining || last.code == 421) {
        command("RSET", State::AwaitRset);
        return;
    }
    // RFC 2920 3.1: RSET may stand anywhere in a group, and its answer changes nothing (endRound reads
    // none): what follows the round (AUTH, which RFC 4954 4 lets end a group, QUIT, or the next round's
    // MAIL and RCPT) goes out with it, and RSET's reply is passed over when it comes.
    command("RSET", State::AwaitRset, Use::Ignored);
    endRound(round);
}

void SmtpProbe::handleMailFrom(const SmtpReply &reply, RelayResult &round)
{
    round.mailReply = reply;
    if (!reply.isPositive()) {
        round.outcome = RelayOutcome::SenderRejected;
        refuseTestMessage(reply);
        sendRset(round, reply); // a RCPT sent ahead is answered first (503), and passed over
        return;
    }
    command(rcptCommand(), State::AwaitRcpt);
}

void SmtpProbe::handleRcptTo(const SmtpReply &reply, RelayResult &round)
{
    round.rcptReply = reply;
    if (reply.isPositive()) {
        round.outcome = RelayOutcome::Accepted;
        if (m_round == Round::TestMessage) {
            command("DATA", State::AwaitTestData); // the RCPT's answer is known: nothing was sent ahead
            return;
        }
    } else {
        round.outcome = RelayOutcome::RecipientRejected;
        refuseTestMessage(reply);
        if (m_round == Round::WithoutAuth && m_options.reproduceDataRejection) {
            // What a mail program that does not sign in sees next (Exim: "503 valid RCPT command
            // must precede DATA"). With no accepted recipient there is nothing to deliver. Sent only now
            // that the refusal is known, and alone: DATA ends a group (RFC 2920 3.1), and a server that
            // answers 354 anyway must not read an RSET as the message.
            command("DATA", State::AwaitData);
            return;
        }
    }
    sendRset(round, reply);
}

void SmtpProbe::handleDataWithoutRecipient(const SmtpReply &reply, RelayResult &round)
{
    round.dataReply = reply;
    if (reply.code != 354) {
        sendRset(round, reply);
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
        RelayResult scratch;
        sendRset(scratch, reply);
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

// RSET answered (with PIPELINING: sent): the round is over.
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
    const bool withToken = m_options.credentials.hasOAuth2Token();
    if (m_options.credentials.isEmpty() && !withToken) {
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
    if (withToken) {
        startOAuth2();
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
        command("AUTH PLAIN " + payload.toBase64(), State::AwaitAuth, Use::Drives, -1,
                Transcript::Content::Credentials);
    } else {
        command("AUTH " + m_authMechanism, State::AwaitAuth);
    }
}

void SmtpProbe::startOAuth2()
{
    AuthResult &auth = result().auth;
    const SmtpCapabilities &caps = result().capabilities;
    // OAUTHBEARER is the standard (RFC 7628); Microsoft offers only XOAUTH2
    for (const QString &mechanism : {QStringLiteral("OAUTHBEARER"), QStringLiteral("XOAUTH2")}) {
        if (caps.offersAuth(mechanism)) {
            auth.mechanism = mechanism;
            break;
        }
    }
    if (auth.mechanism.isEmpty()) {
        auth.outcome = AuthOutcome::NoCommonMechanism;
        endStage(StageOutcome::Skipped, caps.authMechanisms.join(QLatin1Char(' ')));
        sendQuit();
        return;
    }
    m_authMechanism = auth.mechanism.toLatin1();
    m_authStep = 0;
    // The token is long: its initial response goes after the server's 334, not on the AUTH line, which
    // servers limit (RFC 4954 4 allows both).
    command("AUTH " + m_authMechanism, State::AwaitAuth);
}

QByteArray SmtpProbe::oauth2Response(const SmtpReply &challenge)
{
    const Credentials &creds = m_options.credentials;
    const bool bearer = m_authMechanism == "OAUTHBEARER";
    if (m_authStep == 1) {
        const QByteArray message = bearer ? OAuth2Sasl::oauthBearerResponse(creds.username, creds.oauth2Token,
                                                                            endpoint().host, endpoint().port)
                                          : OAuth2Sasl::xoauth2Response(creds.username, creds.oauth2Token);
        return message.toBase64();
    }
    // The server's error challenge: its words go into the transcript; the answer ends the exchange with
    // the server's failure reply (RFC 7628 3.2.3).
    const QString error = OAuth2Sasl::errorFromChallenge(challenge.text().toLatin1());
    if (!error.isEmpty())
        result().transcript.addNote(now(), tr("the server's error: %1").arg(error));
    return OAuth2Sasl::errorChallengeAnswer(bearer).toBase64();
}

void SmtpProbe::handleAuthReply(const SmtpReply &reply)
{
    AuthResult &auth = result().auth;
    if (reply.code == 334) {
        ++m_authStep;
        const bool oauth2 = m_authMechanism == "XOAUTH2" || m_authMechanism == "OAUTHBEARER";
        if (m_authStep > (oauth2 ? kMaxOAuth2Challenges : kMaxAuthChallenges)) {
            command("*", State::AwaitAuth); // RFC 4954 4: cancel the exchange
            auth.outcome = AuthOutcome::Failed;
            auth.reply = reply;
            result().transcript.addNote(now(), tr("too many AUTH challenges; exchange cancelled"));
            return;
        }
        const Credentials &creds = m_options.credentials;
        QByteArray response;
        if (oauth2) {
            response = oauth2Response(reply);
        } else if (m_authMechanism == "PLAIN") {
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
        command(response, State::AwaitAuth, Use::Drives, -1, Transcript::Content::Credentials);
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
    // Its grace starts once every earlier reply is in (awaitFirst).
    command("QUIT", State::AwaitQuit, Use::Drives, quitGraceMs(stepTimeout()));
}
