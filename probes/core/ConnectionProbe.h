#pragma once

#include "core/Probe.h"
#include "core/ProbeOptions.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QPointer>
#include <QTimer>

class QSslCertificate;
class QSslSocket;

// What every probe of a line-based mail protocol shares, so that SMTP, IMAP and POP3 keep one copy:
// resolving the host (IPv4 first), the TCP connect (refused, timed out and unreachable told apart),
// TLS from the first byte or after the protocol's STARTTLS (RFC 8314, 3207, 2595) with the certificate
// recorded and checked, the rule for when the password may be sent, a timeout for every step and one
// for the whole probe, the stages with times, the transcript, and finished() exactly once. A protocol's
// probe derives from it and speaks its protocol once the connection is up ("talking").
class ConnectionProbe : public Probe
{
    Q_OBJECT

public:
    ConnectionProbe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start() override;
    void cancel() override;
    [[nodiscard]] const ProbeEndpoint &endpoint() const override { return m_result.endpoint; }
    [[nodiscard]] ProbeStage currentStage() const override { return m_stage; }

protected:
    // Why the password must not be sent now (RFC 8314 and MailFix's own rule), if it must not.
    enum class PasswordBlock {
        None,
        NoEncryption,         // not encrypted, and plain-text sign-in was not allowed
        UntrustedCertificate, // encrypted, but the certificate is not trusted and the user did not approve
    };

    // The protocol's part. While talking, bytes and failures go to these.
    // TCP is up on a plain (or STARTTLS) endpoint: wait for the server's greeting.
    virtual void onConnectedInPlain() = 0;
    // The TLS handshake completed (implicit TLS: before the greeting; else after the protocol's STARTTLS).
    virtual void onTlsEstablished() = 0;
    // Bytes from the server while talking.
    virtual void onBytes(const QByteArray &bytes) = 0;
    // The connection broke while talking. The default notes why and fails the probe.
    virtual void onConnectionLost(QAbstractSocket::SocketError error, const QString &text);
    // A step or the whole probe timed out while talking: true when the protocol dealt with it (e.g. a
    // server that does not answer the goodbye). The default returns false: the probe fails, timed out.
    [[nodiscard]] virtual bool onTalkingTimeout();
    // Bytes the protocol's parser holds but has not used; before TLS they are thrown away (RFC 3207 5).
    [[nodiscard]] virtual qsizetype bufferedBytes() const { return 0; }
    virtual void clearBuffer() {}

    // Starts the TLS handshake now (after the server agreed to the protocol's STARTTLS).
    void startTls();
    // Reads what has arrived (e.g. a greeting that came with the handshake's last bytes).
    void readAvailable();
    void send(const QByteArray &line, Transcript::Content content = Transcript::Content::Plain);
    void enterStage(ProbeStage stage);
    void endStage(StageOutcome outcome, const QString &detail = QString());
    // Restarts the step timer: the next answer must come within timeoutMs (default: the step timeout).
    void awaitAnswer(int timeoutMs = -1);
    // Stops the step timer while the probe itself waits (nothing is asked); the whole-probe deadline runs on.
    void pauseStepTimer() { m_stepTimer.stop(); }
    void fail(StageOutcome outcome, const QString &detail, ProbeResult::Outcome probeOutcome);
    void finish(ProbeResult::Outcome outcome);
    // Ends the conversation without a goodbye (e.g. so that nothing is sent), as completed.
    void abortConnection();

    [[nodiscard]] PasswordBlock passwordBlock() const;
    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] QHostAddress localAddress() const;
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }
    [[nodiscard]] int stepTimeout() const;
    [[nodiscard]] bool isTalking() const { return m_phase == Phase::Talking; }
    [[nodiscard]] ProbeResult &result() { return m_result; }
    [[nodiscard]] const ProbeResult &result() const { return m_result; }

private slots:
    // Connected by name (SLOT()): Qt 6.4 leaks the slot object of a lookupHost() to a functor or member
    // pointer when the lookup is aborted (cancel, deadline), and the by-name form allocates none.
    void onResolved(const QHostInfo &info);

private:
    // What the connection is doing; Talking: the protocol's turn.
    enum class Phase { Idle, Resolving, Connecting, Handshaking, Talking, Done };

    void resolve();
    void connectTo(const QHostAddress &address);
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError();
    void onStepTimeout();
    void recordTls();
    void checkNameLikeMailPrograms(const QSslCertificate &cert);

    CommonProbeOptions m_options;
    ProbeResult m_result;
    Phase m_phase = Phase::Idle;
    ProbeStage m_stage = ProbeStage::Resolve;
    qint64 m_stageStartedMs = 0;
    bool m_stageOpen = false;
    bool m_started = false;
    int m_lookupId = -1;
    QElapsedTimer m_clock;
    QTimer m_stepTimer;
    QTimer m_deadline;
    QPointer<QSslSocket> m_socket;
};
