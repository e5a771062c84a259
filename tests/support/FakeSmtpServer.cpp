#include "FakeSmtpServer.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

using Kind = SmtpScriptStep::Kind;

// Output is written this much at a time, and only while less than this much is still queued: memory stays
// bounded however big X: bigline / X: garbage are and however slowly the client reads X: endless.
constexpr qint64 OutputChunk = 64 * 1024;
constexpr qsizetype EndlessBatch = 16 * 1024;

// Byte `index` of the X: garbage stream: pseudo-random (splitmix64 of the index, so the same for every run
// and every connection), with a NUL, a CR and an LF in every 32 bytes.
char garbageByte(qint64 index)
{
    switch (index % 32) {
    case 0:
        return '\0';
    case 13:
        return '\r';
    case 14:
        return '\n';
    default:
        break;
    }
    quint64 z = static_cast<quint64>(index) * 0x9E3779B97F4A7C15ULL + 0x5EEDULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<char>(z & 0xFFU);
}

// abort() with SO_LINGER 0, so that the client gets a TCP RST rather than a FIN where the platform allows it.
void abortiveClose(QAbstractSocket *socket)
{
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        return;
    }
#ifdef Q_OS_UNIX
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
}

} // namespace

// Accepts connections as QSslSocket, so that X: starttls can upgrade them later.
class FakeSmtpServer::Listener : public QTcpServer
{
public:
    explicit Listener(FakeSmtpServer *server) : QTcpServer(server), m_server(server) {}

protected:
    void incomingConnection(qintptr socketDescriptor) override { m_server->accept(socketDescriptor); }

private:
    FakeSmtpServer *m_server;
};

// One client connection playing the script from the top. Reads from the client only at C: steps (and once the
// script is over), so that nothing is read ahead of a STARTTLS handshake and unread data waits in the socket,
// whose buffer is capped.
class FakeSmtpServer::Session : public QObject
{
public:
    Session(FakeSmtpServer *server, QSslSocket *socket, int number);
    ~Session() override;

    void begin() { advance(); }

private:
    enum class Phase {
        Running,      // inside advance()
        AwaitingLine, // at a C: step, waiting for the client
        Busy,         // waiting for a timer, output to drain or the TLS handshake
        Listening,    // script over (X: silence, X: endless): record client lines until it goes away
        Ended,        // closed, reset or gone
    };
    enum class Output { None, BigLine, Garbage, Endless };
    enum class Ending { KeepOpen, Close, Reset, Gone };
    enum class LineResult { Line, NoLine, Overflow };

    void advance();
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDripTimer();
    void writeDripByte();
    bool writeOutput(); // true when the current X: bigline / X: garbage output is all queued
    LineResult takeLine(QByteArray *line);
    void drainLines();
    void startTls();
    void end(bool completed, Ending ending);
    void stop(const QString &error, Ending ending);
    void addError(const QString &message);
    [[nodiscard]] qint64 pendingOutput() const;

    FakeSmtpServer *m_server;
    QSslSocket *m_socket;
    int m_number;
    QList<SmtpScriptStep> m_steps;
    qsizetype m_next = 0; // the step to carry out next
    Phase m_phase = Phase::Running;
    bool m_done = false; // the script stopped; scriptFinished() was emitted
    bool m_resetPending = false;
    bool m_tlsPending = false;
    QByteArray m_inbox; // client bytes read but not yet taken as lines, at most MaxClientLine + 1
    QTimer m_waitTimer;
    QTimer m_dripTimer;
    QTimer m_endlessTimer; // X: endless writes a batch per tick, not per bytesWritten (see advance())
    int m_dripMs = 0;
    QByteArray m_dripBytes;
    Output m_output = Output::None;
    qint64 m_outputLeft = 0;
    qint64 m_outputOffset = 0;
    QByteArray m_endlessPrefix;
};

FakeSmtpServer::Session::Session(FakeSmtpServer *server, QSslSocket *socket, int number)
    : QObject(server), m_server(server), m_socket(socket), m_number(number), m_steps(server->m_script.steps)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(MaxClientLine);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // drip: one byte, one segment
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &Session::advance);
    connect(&m_dripTimer, &QTimer::timeout, this, &Session::onDripTimer);
    m_endlessTimer.setInterval(1);
    connect(&m_endlessTimer, &QTimer::timeout, this, [this] { writeOutput(); });
    connect(m_socket, &QIODevice::readyRead, this, &Session::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &Session::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Session::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Session::onSocketError);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_tlsPending = false;
        advance();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors) {
            texts.append(error.errorString());
        }
        stop(QStringLiteral("TLS errors on the server side: %1").arg(texts.join(QStringLiteral("; "))),
             Ending::Reset);
    });
}

FakeSmtpServer::Session::~Session()
{
    // The server may be half destroyed already: nothing the socket does from here on may reach this session.
    QObject::disconnect(m_socket, nullptr, this, nullptr);
    delete m_socket;
}

void FakeSmtpServer::Session::advance()
{
    if (m_done) {
        return;
    }
    m_phase = Phase::Running;
    while (m_next < m_steps.size()) {
        const SmtpScriptStep step = m_steps.at(m_next);
        switch (step.kind) {
        case Kind::Send:
            ++m_next;
            if (m_dripMs > 0) {
                m_dripBytes = step.text + "\r\n";
                m_phase = Phase::Busy;
                m_dripTimer.start(m_dripMs);
                writeDripByte();
                return;
            }
            m_socket->write(step.text + "\r\n");
            break;
        case Kind::Expect: {
            QByteArray line;
            const LineResult result = takeLine(&line);
            if (result == LineResult::Overflow) {
                return;
            }
            if (result == LineResult::NoLine) {
                m_phase = Phase::AwaitingLine;
                return;
            }
            if (!SmtpScript::matches(step.text, line)) {
                stop(QStringLiteral("expected \"%1\", got \"%2\"")
                         .arg(QString::fromUtf8(step.text), QString::fromUtf8(line)),
                     Ending::Close);
                return;
            }
            ++m_next;
            break;
        }
        case Kind::Close:
            ++m_next;
            end(true, Ending::Close);
            return;
        case Kind::Reset:
            if (pendingOutput() > 0) { // let what was sent before reach the client first
                m_phase = Phase::Busy;
                m_resetPending = true;
                return;
            }
            ++m_next;
            end(true, Ending::Reset);
            return;
        case Kind::Wait:
            ++m_next;
            m_phase = Phase::Busy;
            m_waitTimer.start(static_cast<int>(step.number));
            return;
        case Kind::Silence:
            ++m_next;
            end(true, Ending::KeepOpen);
            return;
        case Kind::Drip:
            ++m_next;
            m_dripMs = static_cast<int>(step.number);
            break;
        case Kind::BigLine:
        case Kind::Garbage:
            ++m_next;
            m_output = step.kind == Kind::BigLine ? Output::BigLine : Output::Garbage;
            m_outputLeft = step.number;
            m_outputOffset = 0;
            if (!writeOutput()) {
                m_phase = Phase::Busy;
                return;
            }
            break;
        case Kind::Endless:
            ++m_next;
            m_output = Output::Endless;
            m_endlessPrefix = step.text;
            m_outputOffset = 0;
            end(true, Ending::KeepOpen);
            // Paced by a timer: under Wine every write reports bytesWritten at once, and writing again from
            // there kept the event loop from ever reading the client's side.
            writeOutput();
            m_endlessTimer.start();
            return;
        case Kind::StartTls:
            startTls();
            return;
        }
    }
    end(true, Ending::Close);
}

void FakeSmtpServer::Session::onReadyRead()
{
    if (m_phase == Phase::AwaitingLine) {
        advance();
    } else if (m_phase == Phase::Listening) {
        drainLines();
    }
    // Running/Busy: the data waits in the socket for the next C: step. Ended: nothing more to do.
}

void FakeSmtpServer::Session::onBytesWritten()
{
    if (m_output == Output::Endless) {
        return; // m_endlessTimer writes the next batch
    }
    if (m_output != Output::None) {
        if (writeOutput() && m_phase == Phase::Busy) {
            advance();
        }
    } else if (m_resetPending && pendingOutput() == 0) {
        m_resetPending = false;
        advance();
    }
}

void FakeSmtpServer::Session::onDisconnected()
{
    m_waitTimer.stop();
    m_dripTimer.stop();
    m_endlessTimer.stop();
    m_endlessTimer.stop();
    m_output = Output::None;
    m_resetPending = false;
    m_tlsPending = false;
    if (!m_done) {
        drainLines(); // what the client sent before it went away still counts
        if (!m_done) {
            stop(QStringLiteral("the client disconnected before the script ran to its end"), Ending::Gone);
        }
    }
    m_phase = Phase::Ended;
    deleteLater();
}

void FakeSmtpServer::Session::onSocketError(QAbstractSocket::SocketError error)
{
    // A client going away is handled by onDisconnected(); only a failing handshake matters here.
    if (m_tlsPending && error != QAbstractSocket::RemoteHostClosedError) {
        m_tlsPending = false;
        stop(QStringLiteral("TLS handshake failed: %1").arg(m_socket->errorString()), Ending::Reset);
    }
}

void FakeSmtpServer::Session::onDripTimer()
{
    writeDripByte();
    if (m_dripBytes.isEmpty()) {
        m_dripTimer.stop();
        advance();
    }
}

void FakeSmtpServer::Session::writeDripByte()
{
    if (m_dripBytes.isEmpty()) {
        return;
    }
    m_socket->write(m_dripBytes.left(1));
    m_socket->flush();
    m_dripBytes.remove(0, 1);
}

bool FakeSmtpServer::Session::writeOutput()
{
    qint64 written = 0; // per call, so that a socket that never reports queued bytes cannot loop forever
    while (m_output != Output::None && m_socket->state() == QAbstractSocket::ConnectedState &&
           pendingOutput() < OutputChunk && written < 2 * OutputChunk) {
        switch (m_output) {
        case Output::BigLine:
            if (m_outputLeft == 0) {
                m_socket->write("\r\n");
                m_output = Output::None;
                return true;
            } else {
                const qint64 size = std::min(OutputChunk, m_outputLeft);
                m_socket->write(QByteArray(static_cast<qsizetype>(size), 'A'));
                m_outputLeft -= size;
                written += size;
            }
            break;
        case Output::Garbage: {
            if (m_outputLeft == 0) {
                m_output = Output::None;
                return true;
            }
            const qint64 size = std::min(OutputChunk, m_outputLeft);
            QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                bytes[i] = garbageByte(m_outputOffset + i);
            }
            m_socket->write(bytes);
            m_outputOffset += size;
            m_outputLeft -= size;
            written += size;
            break;
        }
        case Output::Endless: {
            QByteArray batch;
            while (batch.size() < EndlessBatch) {
                batch += m_endlessPrefix + "-line " + QByteArray::number(++m_outputOffset) + "\r\n";
            }
            m_socket->write(batch);
            written += batch.size();
            break;
        }
        case Output::None:
            break;
        }
    }
    if (m_output == Output::Garbage && m_outputLeft == 0) {
        m_output = Output::None;
        return true;
    }
    return false;
}

FakeSmtpServer::Session::LineResult FakeSmtpServer::Session::takeLine(QByteArray *line)
{
    const qint64 room = MaxClientLine + 1 - m_inbox.size();
    if (room > 0 && m_socket->bytesAvailable() > 0) {
        m_inbox += m_socket->read(room);
    }
    const qsizetype lineEnd = m_inbox.indexOf('\n');
    if (lineEnd < 0) {
        if (m_inbox.size() > MaxClientLine) {
            m_inbox.clear();
            stop(QStringLiteral("the client sent more than %1 bytes without a line end").arg(MaxClientLine),
                 Ending::Reset);
            return LineResult::Overflow;
        }
        return LineResult::NoLine;
    }
    *line = m_inbox.left(lineEnd);
    m_inbox.remove(0, lineEnd + 1);
    if (line->endsWith('\r')) {
        line->chop(1);
    }
    m_server->m_receivedLines.append(QString::fromUtf8(*line));
    return LineResult::Line;
}

void FakeSmtpServer::Session::drainLines()
{
    QByteArray line;
    while (takeLine(&line) == LineResult::Line) {
    }
}

void FakeSmtpServer::Session::startTls()
{
    if (m_server->m_certificate.isNull() || m_server->m_key.isNull()) {
        stop(QStringLiteral("X: starttls needs a certificate and key: call setTlsIdentity() first"),
             Ending::Close);
        return;
    }
    if (m_socket->isEncrypted()) {
        stop(QStringLiteral("X: starttls on a connection that is already encrypted"), Ending::Close);
        return;
    }
    if (!m_inbox.isEmpty()) {
        // Plain text sent after STARTTLS and before the handshake (RFC 3207 forbids it; it is how STARTTLS
        // command injection works): never treated as part of the encrypted session.
        addError(QStringLiteral("the client sent %1 bytes before the TLS handshake; they were discarded")
                     .arg(m_inbox.size()));
        m_inbox.clear();
    }
    ++m_next;
    m_socket->setLocalCertificate(m_server->m_certificate);
    m_socket->setPrivateKey(m_server->m_key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_phase = Phase::Busy;
    m_tlsPending = true;
    m_socket->startServerEncryption(); // continues in the encrypted() handler
}

void FakeSmtpServer::Session::end(bool completed, Ending ending)
{
    const bool first = !m_done;
    m_done = true;
    if (completed) {
        m_server->m_completed = true;
    }
    m_waitTimer.stop();
    m_dripTimer.stop();
    m_resetPending = false;
    if (ending == Ending::KeepOpen) {
        m_phase = Phase::Listening;
        drainLines();
    } else {
        m_phase = Phase::Ended;
        m_output = Output::None;
        if (ending == Ending::Close) {
            drainLines(); // record what the client sent up to here
            m_socket->disconnectFromHost();
        } else if (ending == Ending::Reset) {
            abortiveClose(m_socket);
        }
    }
    if (first) {
        emit m_server->scriptFinished();
    }
}

void FakeSmtpServer::Session::stop(const QString &error, Ending ending)
{
    addError(error);
    end(false, ending);
}

void FakeSmtpServer::Session::addError(const QString &message)
{
    const QString where = m_next < m_steps.size()
                              ? QStringLiteral("script line %1").arg(m_steps.at(m_next).line)
                              : QStringLiteral("end of script");
    m_server->m_errors.append(QStringLiteral("connection %1, %2: %3").arg(m_number).arg(where, message));
}

qint64 FakeSmtpServer::Session::pendingOutput() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

FakeSmtpServer::FakeSmtpServer(QObject *parent) : QObject(parent), m_listener(new Listener(this)) {}

FakeSmtpServer::~FakeSmtpServer() = default;

bool FakeSmtpServer::start(const QString &script, const QHostAddress &address)
{
    if (m_listener->isListening()) {
        m_errorString = QStringLiteral("the server was started already");
        return false;
    }
    SmtpScript parsed = SmtpScript::parse(script);
    if (!parsed.isValid()) {
        m_errorString = QStringLiteral("invalid script: %1").arg(parsed.error);
        return false;
    }
    m_script = std::move(parsed);
    if (!m_listener->listen(address, 0)) {
        m_errorString =
            QStringLiteral("cannot listen on %1: %2").arg(address.toString(), m_listener->errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

quint16 FakeSmtpServer::port() const
{
    return m_listener->serverPort();
}

QString FakeSmtpServer::errorString() const
{
    return m_errorString;
}

void FakeSmtpServer::setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

QStringList FakeSmtpServer::receivedLines() const
{
    return m_receivedLines;
}

QStringList FakeSmtpServer::errors() const
{
    return m_errors;
}

bool FakeSmtpServer::scriptCompleted() const
{
    return m_completed;
}

int FakeSmtpServer::connectionCount() const
{
    return m_connectionCount;
}

void FakeSmtpServer::accept(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        m_errors.append(
            QStringLiteral("cannot take over an accepted connection: %1").arg(socket->errorString()));
        delete socket;
        return;
    }
    ++m_connectionCount;
    auto *session = new Session(this, socket, m_connectionCount);
    session->begin();
}
