#include "smtp/SmtpProbe.h"

#include <QCryptographicHash>
#include <QHostInfo>
#include <QMessageAuthenticationCode>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
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
    : QObject(parent), m_options(std::move(options))
{
    m_result.endpoint = std::move(endpoint);
    m_stepTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    // A coarse timer may fire 5% early: a timeout must never be shorter than promised.
    m_stepTimer.setTimerType(Qt::PreciseTimer);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_stepTimer, &QTimer::timeout, this, &SmtpProbe::onStepTimeout);
    connect(&m_deadline, &QTimer::timeout, this, &SmtpProbe::onStepTimeout);
}

SmtpProbe::~SmtpProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void SmtpProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_deadline.start(std::max(1, m_options.timeoutMs));
    enterStage(ProbeStage::Resolve);
    m_state = State::Resolving;
    // The first step runs from the event loop, so finished() never comes from inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished)
                return;
            const ProbeEndpoint &target = m_result.endpoint;
            if (target.host.trimmed().isEmpty() || target.port == 0) {
                fail(StageOutcome::Failed, tr("no server name or port given"), ProbeResult::Outcome::Failed);
                return;
            }
            QHostAddress literal;
            if (literal.setAddress(target.host)) {
                QHostInfo info;
                info.setAddresses({literal});
                onResolved(info);
                return;
            }
            m_stepTimer.start(stepTimeout());
            m_lookupId = QHostInfo::lookupHost(target.host, this, SLOT(onResolved(QHostInfo)));
        },
        Qt::QueuedConnection);
}

void SmtpProbe::cancel()
{
    if (m_finished)
        return;
    if (!m_started) {
        m_started = true;
        m_clock.start();
    }
    fail(StageOutcome::Cancelled, tr("cancelled"), ProbeResult::Outcome::Cancelled);
}

int SmtpProbe::stepTimeout() const
{
    return std::max(1, m_options.timeoutMs);
}

void SmtpProbe::onResolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_finished || m_state != State::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_result.connect = ConnectOutcome::ResolveFailed;
        fail(StageOutcome::Failed,
             info.errorString().isEmpty() ? tr("the name has no address") : info.errorString(),
             ProbeResult::Outcome::Failed);
        return;
    }
    m_result.addresses = info.addresses();
    // IPv4 first: a machine with a broken IPv6 route is more common than the reverse.
    std::stable_partition(m_result.addresses.begin(), m_result.addresses.end(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    QStringList texts;
    for (const QHostAddress &address : std::as_const(m_result.addresses))
        texts << address.toString();
    endStage(StageOutcome::Ok, texts.join(QLatin1String(", ")));

    enterStage(ProbeStage::Connect);
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    for (const QString &caFile : std::as_const(m_options.caFiles)) {
        if (!config.addCaCertificates(caFile, QSsl::Pem))
            m_result.transcript.addNote(now(), tr("could not read CA file %1").arg(caFile));
    }
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_result.endpoint.host);
    connect(m_socket, &QSslSocket::connected, this, &SmtpProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpProbe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpProbe::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpProbe::onSocketError);
    m_result.transcript.addNote(now(), tr("connecting to %1 port %2")
                                           .arg(m_result.addresses.first().toString())
                                           .arg(m_result.endpoint.port));
    expect(State::Connecting);
    m_socket->connectToHost(m_result.addresses.first(), m_result.endpoint.port);
}

void SmtpProbe::onConnected()
{
    if (m_finished || m_state != State::Connecting)
        return;
    m_result.connect = ConnectOutcome::Connected;
    m_result.connectedAddress = m_socket->peerAddress();
    endStage(StageOutcome::Ok);
    if (m_result.endpoint.security == SecurityMode::ImplicitTls) {
        m_result.tls.offered = true;
        startTls();
        return;
    }
    enterStage(ProbeStage::Banner);
    expect(State::AwaitBanner);
}

void SmtpProbe::startTls()
{
    m_result.tls.attempted = true;
    enterStage(ProbeStage::TlsHandshake);
    // RFC 3207 5: whatever the server sent before the handshake must not be used afterwards.
    if (m_parser.pendingBytes() > 0 || m_socket->bytesAvailable() > 0) {
        m_result.transcript.addNote(now(),
                                    tr("the server sent data before the TLS handshake; it was ignored"));
        m_socket->readAll();
    }
    m_parser.reset();
    m_result.transcript.addNote(now(), tr("TLS handshake"));
    expect(State::Handshaking);
    m_socket->startClientEncryption();
}

void SmtpProbe::onSslErrors(const QList<QSslError> &errors)
{
    if (m_finished)
        return;
    for (const QSslError &error : errors) {
        if (!m_result.tls.errors.contains(error.error())) {
            m_result.tls.errors << error.error();
            m_result.tls.errorTexts << error.errorString();
            m_result.transcript.addNote(now(), tr("certificate problem: %1").arg(error.errorString()));
        }
    }
    // The problems are recorded and decide whether the password may be sent; the conversation goes on
    // so that the user learns what else the server offers. Nothing secret is sent over it unless the
    // user approved this host (see startAuth()).
    m_socket->ignoreSslErrors(errors);
}

void SmtpProbe::onEncrypted()
{
    if (m_finished || m_state != State::Handshaking)
        return;
    m_result.tls.established = true;
    recordTls();
    endStage(StageOutcome::Ok, QStringLiteral("%1 %2").arg(m_result.tls.protocol, m_result.tls.cipher));
    if (m_result.banner == BannerOutcome::NotReached) { // implicit TLS: the banner comes now
        enterStage(ProbeStage::Banner);
        expect(State::AwaitBanner);
        onReadyRead(); // the banner may have arrived with the handshake's last bytes
        return;
    }
    enterStage(ProbeStage::EhloAfterTls);
    sendEhlo(State::AwaitEhloAfterTls);
}

void SmtpProbe::recordTls()
{
    TlsInfo &tls = m_result.tls;
    const QSslCipher cipher = m_socket->sessionCipher();
    tls.protocol = cipher.protocolString();
    tls.cipher = cipher.name();
    const QSslCertificate cert = m_socket->peerCertificate();
    tls.subject = cert.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    const auto altNames = cert.subjectAlternativeNames();
    tls.subjectAltNames.clear();
    for (auto it = altNames.cbegin(); it != altNames.cend(); ++it)
        tls.subjectAltNames << it.value();
    QStringList issuer = cert.issuerInfo(QSslCertificate::CommonName);
    issuer += cert.issuerInfo(QSslCertificate::Organization);
    tls.issuer = issuer.join(QLatin1String(", "));
    tls.notBefore = cert.effectiveDate();
    tls.notAfter = cert.expiryDate();
    tls.certificateTrusted = tls.errors.isEmpty() && !cert.isNull();
    m_result.transcript.addNote(
        now(), tr("TLS established: %1, %2; certificate for %3 issued by %4, valid until %5; %6")
                   .arg(tls.protocol, tls.cipher, tls.subject, tls.issuer, tls.notAfter.toString(Qt::ISODate),
                        tls.certificateTrusted ? tr("trusted") : tr("NOT trusted")));
}

void SmtpProbe::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    // Before the banner of an implicit-TLS connection there is nothing to read in plain text.
    if (m_state == State::Handshaking || m_state == State::Connecting)
        return;
    m_parser.feed(m_socket->readAll());
    while (!m_finished) {
        SmtpReply reply;
        const SmtpReplyParser::Status status = m_parser.next(&reply);
        if (status == SmtpReplyParser::Status::NeedMore)
            return;
        if (status == SmtpReplyParser::Status::Reply) {
            for (const QString &line : std::as_const(reply.rawLines))
                m_result.transcript.addServer(now(), line);
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
        m_result.transcript.addNote(now(), detail);
        if (m_state == State::AwaitBanner)
            m_result.banner = BannerOutcome::Garbled;
        fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
        return;
    }
}

void SmtpProbe::onSocketError()
{
    if (m_finished || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    switch (m_state) {
    case State::Connecting:
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            m_result.connect = ConnectOutcome::Refused;
            break;
        case QAbstractSocket::SocketTimeoutError:
            m_result.connect = ConnectOutcome::TimedOut;
            break;
        case QAbstractSocket::NetworkError:
        case QAbstractSocket::HostNotFoundError:
            m_result.connect = ConnectOutcome::Unreachable;
            break;
        default:
            m_result.connect = ConnectOutcome::Error;
            break;
        }
        fail(StageOutcome::Failed, text, ProbeResult::Outcome::Failed);
        return;
    case State::Handshaking:
        m_result.tls.failure = text;
        fail(StageOutcome::Failed, text, ProbeResult::Outcome::Failed);
        return;
    case State::AwaitQuit:
        endStage(StageOutcome::Ok);
        finish(ProbeResult::Outcome::Completed);
        return;
    case State::AwaitBanner:
        m_result.banner = BannerOutcome::Closed;
        break;
    default:
        break;
    }
    const QString detail =
        error == QAbstractSocket::RemoteHostClosedError ? tr("the server closed the connection") : text;
    m_result.transcript.addNote(now(), detail);
    fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
}

void SmtpProbe::onStepTimeout()
{
    if (m_finished)
        return;
    const bool wholeProbe = !m_deadline.isActive();
    const int seconds = (wholeProbe ? m_options.timeoutMs : m_stepTimer.interval()) / 1000;
    switch (m_state) {
    case State::Connecting:
        m_result.connect = ConnectOutcome::TimedOut;
        break;
    case State::AwaitBanner:
        m_result.banner = BannerOutcome::Silent;
        break;
    case State::AwaitQuit: // the work is done; a server that does not say goodbye changes nothing
        m_result.transcript.addNote(now(), tr("no reply to QUIT"));
        endStage(StageOutcome::Ok);
        finish(ProbeResult::Outcome::Completed);
        return;
    default:
        break;
    }
    const QString detail = wholeProbe ? tr("no answer within %1 s in all").arg(seconds)
                                      : tr("no answer within %1 s").arg(std::max(1, seconds));
    m_result.transcript.addNote(now(), detail);
    fail(StageOutcome::TimedOut, detail, ProbeResult::Outcome::TimedOut);
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
        m_result.tls.failure = tr("the server refused STARTTLS: %1").arg(reply.text());
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
    case State::Resolving:
    case State::Connecting:
    case State::Handshaking:
    case State::Done:
        m_result.transcript.addNote(now(), tr("unexpected reply ignored"));
        return;
    }
}

void SmtpProbe::handleBanner(const SmtpReply &reply)
{
    m_result.bannerReply = reply;
    switch (reply.code) {
    case 220:
        m_result.banner = BannerOutcome::Ready;
        endStage(StageOutcome::Ok, reply.text());
        enterStage(ProbeStage::Ehlo);
        sendEhlo(State::AwaitEhlo);
        return;
    case 421:
        m_result.banner = BannerOutcome::Unavailable;
        break;
    case 554:
        m_result.banner = BannerOutcome::Rejected;
        break;
    default:
        m_result.banner = BannerOutcome::Unexpected;
        break;
    }
    fail(StageOutcome::Failed, reply.rawLines.join(QLatin1Char(' ')), ProbeResult::Outcome::Failed);
}

void SmtpProbe::sendEhlo(State state)
{
    QString name = m_options.ehloName;
    if (name.isEmpty()) { // RFC 5321 4.1.3 address literal, as Thunderbird sends
        const QHostAddress local = m_socket->localAddress();
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
        m_result.usedHelo = true;
        m_result.ehloReply = reply;
        endStage(StageOutcome::Ok, tr("EHLO refused, HELO accepted"));
        afterGreeting();
        return;
    }
    if (!reply.isPositive()) {
        if (state == State::AwaitEhlo && reply.isPermanentFailure()) { // RFC 5321 3.2: fall back to HELO
            m_result.transcript.addNote(now(), tr("EHLO refused; trying HELO"));
            sendEhlo(State::AwaitHelo);
            return;
        }
        fail(StageOutcome::Failed, reply.rawLines.join(QLatin1Char(' ')), ProbeResult::Outcome::Failed);
        return;
    }
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply);
    m_result.ehloReply = reply;
    m_result.capabilities = caps;
    if (!m_result.tls.established)
        m_result.capabilitiesBeforeTls = caps;
    endStage(StageOutcome::Ok,
             caps.authMechanisms.isEmpty()
                 ? tr("no AUTH offered")
                 : QStringLiteral("AUTH %1").arg(caps.authMechanisms.join(QLatin1Char(' '))));
    if (state == State::AwaitEhlo && m_result.endpoint.security == SecurityMode::StartTls) {
        m_result.tls.offered = caps.startTls;
        if (caps.startTls) {
            enterStage(ProbeStage::StartTls);
            send("STARTTLS");
            expect(State::AwaitStartTls);
            return;
        }
        m_result.transcript.addNote(now(), tr("the server does not offer STARTTLS here"));
    }
    afterGreeting();
}

void SmtpProbe::afterGreeting()
{
    if (!m_options.from.isEmpty() && !m_options.to.isEmpty()) {
        startRound(Round::WithoutAuth);
        return;
    }
    m_result.transcript.addNote(now(), tr("relay test skipped: no sender or recipient address"));
    startAuth();
}

void SmtpProbe::startRound(Round round)
{
    m_round = round;
    switch (round) {
    case Round::WithoutAuth:
        enterStage(ProbeStage::RelayWithoutAuth);
        m_roundResult = &m_result.relayWithoutAuth;
        break;
    case Round::WithAuth:
        enterStage(ProbeStage::RelayWithAuth);
        m_roundResult = &m_result.relayWithAuth;
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
        round.mailReply = reply;
        if (!reply.isPositive()) {
            round.outcome = RelayOutcome::SenderRejected;
            if (m_round == Round::TestMessage) {
                m_result.sendTest = SendTestOutcome::Refused;
                m_result.sendTestReply = reply;
            }
            send("RSET");
            expect(State::AwaitRset);
            return;
        }
        send("RCPT TO:<" + (m_round == Round::TestMessage ? m_options.from : m_options.to).toUtf8() + '>');
        expect(State::AwaitRcpt);
        return;
    case State::AwaitRcpt:
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
            if (m_round == Round::TestMessage) {
                m_result.sendTest = SendTestOutcome::Refused;
                m_result.sendTestReply = reply;
            } else if (m_round == Round::WithoutAuth && m_options.reproduceDataRejection) {
                // What a mail program that does not sign in sees next (Exim: "503 valid RCPT command
                // must precede DATA"). With no accepted recipient there is nothing to deliver.
                send("DATA");
                expect(State::AwaitData);
                return;
            }
        }
        send("RSET");
        expect(State::AwaitRset);
        return;
    case State::AwaitData:
        round.dataReply = reply;
        if (reply.code == 354) {
            // The server would take a message without recipients. Send nothing: drop the connection.
            m_result.transcript.addNote(now(), tr("the server accepted DATA without a recipient; the "
                                                  "connection was closed so that nothing is sent"));
            endStage(StageOutcome::Ok);
            m_socket->abort();
            finish(ProbeResult::Outcome::Completed);
            return;
        }
        send("RSET");
        expect(State::AwaitRset);
        return;
    case State::AwaitTestData:
        m_result.sendTestReply = reply;
        if (reply.code != 354) {
            m_result.sendTest = SendTestOutcome::Refused;
            send("RSET");
            expect(State::AwaitRset);
            return;
        }
        {
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
        }
        expect(State::AwaitTestBody);
        return;
    case State::AwaitTestBody:
        m_result.sendTestReply = reply;
        m_result.sendTest = reply.isPositive() ? SendTestOutcome::Sent : SendTestOutcome::Refused;
        endStage(reply.isPositive() ? StageOutcome::Ok : StageOutcome::Failed, reply.text());
        sendQuit();
        return;
    case State::AwaitRset:
        break;
    default:
        return;
    }

    // RSET answered: the round is over.
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
        endStage(StageOutcome::Failed, m_result.sendTestReply.text());
        sendQuit();
        return;
    }
}

void SmtpProbe::startAuth()
{
    enterStage(ProbeStage::Auth);
    AuthResult &auth = m_result.auth;
    const SmtpCapabilities &caps = m_result.capabilities;
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
    const bool encrypted = m_socket->isEncrypted();
    if (!encrypted && !m_options.allowPlaintextAuth) {
        auth.outcome = AuthOutcome::WithheldNoTls;
        m_result.transcript.addNote(now(), tr("password not sent: the connection is not encrypted"));
        endStage(StageOutcome::Skipped, tr("password withheld: no encryption"));
        sendQuit();
        return;
    }
    if (encrypted && !m_result.tls.certificateTrusted && !m_options.approvedDespiteCertificate) {
        auth.outcome = AuthOutcome::WithheldUntrustedCertificate;
        m_result.transcript.addNote(now(), tr("password not sent: the server's certificate is not trusted"));
        endStage(StageOutcome::Skipped, tr("password withheld: certificate not trusted"));
        sendQuit();
        return;
    }
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
    AuthResult &auth = m_result.auth;
    if (reply.code == 334) {
        ++m_authStep;
        if (m_authStep > kMaxAuthChallenges) {
            send("*", Transcript::Content::Plain); // RFC 4954 4: cancel the exchange
            auth.outcome = AuthOutcome::Failed;
            auth.reply = reply;
            m_result.transcript.addNote(now(), tr("too many AUTH challenges; exchange cancelled"));
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

void SmtpProbe::send(const QByteArray &line, Transcript::Content content)
{
    m_result.transcript.addClient(now(), line, content);
    if (m_socket)
        m_socket->write(line + "\r\n");
}

void SmtpProbe::enterStage(ProbeStage stage)
{
    if (m_stageOpen)
        endStage(StageOutcome::Ok);
    m_stage = stage;
    m_stageStartedMs = now();
    m_stageOpen = true;
    emit stageStarted(stage);
}

void SmtpProbe::endStage(StageOutcome outcome, const QString &detail)
{
    if (!m_stageOpen)
        return;
    m_stageOpen = false;
    m_result.stages.append({m_stage, outcome, m_stageStartedMs, now() - m_stageStartedMs, detail});
}

void SmtpProbe::expect(State state, int timeoutMs)
{
    m_state = state;
    m_stepTimer.start(timeoutMs < 0 ? stepTimeout() : std::max(1, timeoutMs));
}

void SmtpProbe::fail(StageOutcome outcome, const QString &detail, ProbeResult::Outcome probeOutcome)
{
    endStage(outcome, detail);
    m_result.failure = detail;
    finish(probeOutcome);
}

void SmtpProbe::finish(ProbeResult::Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Done;
    m_stepTimer.stop();
    m_deadline.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        if (outcome == ProbeResult::Outcome::Completed)
            m_socket->disconnectFromHost();
        else
            m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_result.outcome = outcome;
    m_result.lastStage = m_stage;
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished(m_result);
}
