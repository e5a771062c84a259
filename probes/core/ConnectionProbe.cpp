#include "core/ConnectionProbe.h"

#include "core/CertificateNames.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

ConnectionProbe::ConnectionProbe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent)
    : Probe(parent), m_options(std::move(options))
{
    m_result.endpoint = std::move(endpoint);
    m_stepTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    // A coarse timer may fire 5% early: a timeout must never be shorter than promised.
    m_stepTimer.setTimerType(Qt::PreciseTimer);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_stepTimer, &QTimer::timeout, this, &ConnectionProbe::onStepTimeout);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionProbe::onStepTimeout);
}

ConnectionProbe::~ConnectionProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ConnectionProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_deadline.start(std::max(1, m_options.timeoutMs));
    enterStage(ProbeStage::Resolve);
    m_phase = Phase::Resolving;
    // The first step runs from the event loop, so finished() never comes from inside start().
    QMetaObject::invokeMethod(this, &ConnectionProbe::resolve, Qt::QueuedConnection);
}

void ConnectionProbe::cancel()
{
    if (isFinished())
        return;
    if (!m_started) {
        m_started = true;
        m_clock.start();
    }
    fail(StageOutcome::Cancelled, tr("cancelled"), ProbeResult::Outcome::Cancelled);
}

int ConnectionProbe::stepTimeout() const
{
    return std::max(1, m_options.timeoutMs);
}

void ConnectionProbe::resolve()
{
    if (isFinished())
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
}

void ConnectionProbe::onResolved(const QHostInfo &info)
{
    m_lookupId = -1;
    if (isFinished() || m_phase != Phase::Resolving)
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
    connectTo(m_result.addresses.first());
}

void ConnectionProbe::connectTo(const QHostAddress &address)
{
    enterStage(ProbeStage::Connect);
    m_socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    for (const QString &caFile : std::as_const(m_options.caFiles)) {
        if (!config.addCaCertificates(caFile, QSsl::Pem))
            m_result.transcript.addNote(now(), tr("could not read CA file %1").arg(caFile));
    }
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_result.endpoint.host);
    connect(m_socket, &QSslSocket::connected, this, &ConnectionProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectionProbe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &ConnectionProbe::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &ConnectionProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ConnectionProbe::onSocketError);
    m_result.transcript.addNote(
        now(), tr("connecting to %1 port %2").arg(address.toString()).arg(m_result.endpoint.port));
    m_phase = Phase::Connecting;
    awaitAnswer();
    m_socket->connectToHost(address, m_result.endpoint.port);
}

void ConnectionProbe::onConnected()
{
    if (isFinished() || m_phase != Phase::Connecting)
        return;
    m_result.connect = ConnectOutcome::Connected;
    m_result.connectedAddress = m_socket->peerAddress();
    endStage(StageOutcome::Ok);
    if (m_result.endpoint.security == SecurityMode::ImplicitTls) {
        m_result.tls.offered = true;
        startTls();
        return;
    }
    m_phase = Phase::Talking;
    onConnectedInPlain();
}

void ConnectionProbe::startTls()
{
    m_result.tls.attempted = true;
    enterStage(ProbeStage::TlsHandshake);
    // RFC 3207 5 (and RFC 2595 3.1): what the server sent before the handshake must not be used after it.
    if (bufferedBytes() > 0 || m_socket->bytesAvailable() > 0) {
        m_result.transcript.addNote(now(),
                                    tr("the server sent data before the TLS handshake; it was ignored"));
        m_socket->readAll();
    }
    clearBuffer();
    m_result.transcript.addNote(now(), tr("TLS handshake"));
    m_phase = Phase::Handshaking;
    awaitAnswer();
    m_socket->startClientEncryption();
}

void ConnectionProbe::onSslErrors(const QList<QSslError> &errors)
{
    if (isFinished())
        return;
    for (const QSslError &error : errors) {
        if (!m_result.tls.errors.contains(error.error())) {
            m_result.tls.errors << error.error();
            m_result.tls.errorTexts << error.errorString();
            m_result.transcript.addNote(now(), tr("certificate problem: %1").arg(error.errorString()));
        }
    }
    // The problems are recorded and decide whether the password may be sent (passwordBlock()); the
    // conversation goes on so that the user learns what else the server offers. Nothing secret is sent
    // over it unless the user approved this host.
    m_socket->ignoreSslErrors(errors);
}

void ConnectionProbe::onEncrypted()
{
    if (isFinished() || m_phase != Phase::Handshaking)
        return;
    m_result.tls.established = true;
    recordTls();
    endStage(StageOutcome::Ok, QStringLiteral("%1 %2").arg(m_result.tls.protocol, m_result.tls.cipher));
    m_phase = Phase::Talking;
    onTlsEstablished();
}

void ConnectionProbe::recordTls()
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
    tls.sha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    checkNameLikeMailPrograms(cert);
    tls.certificateTrusted = tls.errors.isEmpty() && !cert.isNull();
    m_result.transcript.addNote(
        now(), tr("TLS established: %1, %2; certificate for %3 issued by %4, valid until %5; %6")
                   .arg(tls.protocol, tls.cipher, tls.subject, tls.issuer, tls.notAfter.toString(Qt::ISODate),
                        tls.certificateTrusted ? tr("trusted") : tr("NOT trusted")));
}

// Qt 6.4 also accepts a certificate whose common name matches when its alternative names do not; mail
// programs and browsers do not (RFC 6125 6.4.4), so neither does MailFix.
void ConnectionProbe::checkNameLikeMailPrograms(const QSslCertificate &cert)
{
    TlsInfo &tls = m_result.tls;
    const QString &host = m_result.endpoint.host;
    const QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (cert.isNull() || names.isEmpty() || !QHostAddress(host).isNull() ||
        tls.errors.contains(QSslError::HostNameMismatch) ||
        CertificateNames::validFor(host, tls.subject, names))
        return;
    tls.errors << QSslError::HostNameMismatch;
    tls.errorTexts << tr("The certificate's alternative names (%1) do not include %2; only its common name "
                         "matches, which mail programs do not accept")
                          .arg(names.join(QLatin1String(", ")), host);
    m_result.transcript.addNote(now(), tr("certificate problem: %1").arg(tls.errorTexts.last()));
}

void ConnectionProbe::readAvailable()
{
    onReadyRead();
}

void ConnectionProbe::onReadyRead()
{
    // Before the greeting of an implicit-TLS connection there is nothing to read in plain text.
    if (isFinished() || !m_socket || m_phase != Phase::Talking)
        return;
    onBytes(m_socket->readAll());
}

void ConnectionProbe::onSocketError()
{
    if (isFinished() || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    switch (m_phase) {
    case Phase::Connecting:
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
    case Phase::Handshaking:
        m_result.tls.failure = text;
        fail(StageOutcome::Failed, text, ProbeResult::Outcome::Failed);
        return;
    case Phase::Idle:
    case Phase::Resolving:
    case Phase::Talking:
    case Phase::Done:
        break;
    }
    onConnectionLost(error, text);
}

void ConnectionProbe::onConnectionLost(QAbstractSocket::SocketError error, const QString &text)
{
    const QString detail =
        error == QAbstractSocket::RemoteHostClosedError ? tr("the server closed the connection") : text;
    m_result.transcript.addNote(now(), detail);
    fail(StageOutcome::Failed, detail, ProbeResult::Outcome::Failed);
}

bool ConnectionProbe::onTalkingTimeout()
{
    return false;
}

void ConnectionProbe::onStepTimeout()
{
    if (isFinished())
        return;
    const bool wholeProbe = !m_deadline.isActive();
    const int seconds = (wholeProbe ? m_options.timeoutMs : m_stepTimer.interval()) / 1000;
    if (m_phase == Phase::Connecting)
        m_result.connect = ConnectOutcome::TimedOut;
    if (m_phase == Phase::Talking && onTalkingTimeout())
        return;
    const QString detail = wholeProbe ? tr("no answer within %1 s in all").arg(seconds)
                                      : tr("no answer within %1 s").arg(std::max(1, seconds));
    m_result.transcript.addNote(now(), detail);
    fail(StageOutcome::TimedOut, detail, ProbeResult::Outcome::TimedOut);
}

ConnectionProbe::PasswordBlock ConnectionProbe::passwordBlock() const
{
    const bool encrypted = isEncrypted();
    if (!encrypted && !m_options.allowPlaintextAuth)
        return PasswordBlock::NoEncryption;
    if (encrypted && !m_result.tls.certificateTrusted && !m_options.approvedDespiteCertificate)
        return PasswordBlock::UntrustedCertificate;
    return PasswordBlock::None;
}

bool ConnectionProbe::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QHostAddress ConnectionProbe::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

void ConnectionProbe::send(const QByteArray &line, Transcript::Content content)
{
    m_result.transcript.addClient(now(), line, content);
    if (m_socket)
        m_socket->write(line + "\r\n");
}

void ConnectionProbe::enterStage(ProbeStage stage)
{
    if (m_stageOpen)
        endStage(StageOutcome::Ok);
    m_stage = stage;
    m_stageStartedMs = now();
    m_stageOpen = true;
    emit stageStarted(stage);
}

void ConnectionProbe::endStage(StageOutcome outcome, const QString &detail)
{
    if (!m_stageOpen)
        return;
    m_stageOpen = false;
    m_result.stages.append({m_stage, outcome, m_stageStartedMs, now() - m_stageStartedMs, detail});
}

void ConnectionProbe::awaitAnswer(int timeoutMs)
{
    m_stepTimer.start(timeoutMs < 0 ? stepTimeout() : std::max(1, timeoutMs));
}

void ConnectionProbe::fail(StageOutcome outcome, const QString &detail, ProbeResult::Outcome probeOutcome)
{
    endStage(outcome, detail);
    m_result.failure = detail;
    finish(probeOutcome);
}

void ConnectionProbe::abortConnection()
{
    if (m_socket)
        m_socket->abort();
    finish(ProbeResult::Outcome::Completed);
}

void ConnectionProbe::finish(ProbeResult::Outcome outcome)
{
    if (!markFinished())
        return;
    m_phase = Phase::Done;
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
