#pragma once

#include "smtp/ProbeTypes.h"
#include "smtp/SmtpReply.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

// One attempt at one host, port and security mode: resolve, connect, banner, EHLO, TLS, EHLO again,
// the relay test without signing in, AUTH, the relay test signed in, QUIT (RFC 5321, 3207, 4954, 8314).
// Asynchronous; every step has a timeout and the whole probe ends within ProbeOptions::timeoutMs.
// Emits finished() exactly once on every path, cancel() included, never from inside start().
class SmtpProbe : public QObject
{
    Q_OBJECT

public:
    SmtpProbe(ProbeEndpoint endpoint, ProbeOptions options, QObject *parent = nullptr);
    ~SmtpProbe() override;

    void start();
    void cancel();

    [[nodiscard]] const ProbeEndpoint &endpoint() const { return m_result.endpoint; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // The stage running now (for progress displays).
    [[nodiscard]] ProbeStage currentStage() const { return m_stage; }

signals:
    void stageStarted(ProbeStage stage);
    void finished(const ProbeResult &result);

private slots:
    // Connected by name (SLOT()): Qt 6.4 leaks the slot object of a lookupHost() to a functor or member
    // pointer when the lookup is aborted (cancel, deadline), and the by-name form allocates none.
    void onResolved(const QHostInfo &info);

private:
    // What the probe is waiting for. Protocol logic is a switch over this.
    enum class State {
        Idle,
        Resolving,
        Connecting,
        Handshaking,
        AwaitBanner,
        AwaitEhlo,
        AwaitHelo,
        AwaitStartTls,
        AwaitEhloAfterTls,
        AwaitMail,
        AwaitRcpt,
        AwaitData,
        AwaitRset,
        AwaitAuth,
        AwaitTestData,
        AwaitTestBody,
        AwaitQuit,
        Done,
    };
    // Which MAIL/RCPT round is running.
    enum class Round { WithoutAuth, WithAuth, TestMessage };

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError();
    void onStepTimeout();

    void handleReply(const SmtpReply &reply);
    void handleBanner(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleAuthReply(const SmtpReply &reply);
    void handleMailRound(const SmtpReply &reply);

    void sendEhlo(State state);
    void afterGreeting(); // after the last EHLO: relay test, AUTH, ...
    void startRound(Round round);
    void finishRound(RelayOutcome outcome);
    void startAuth();
    void sendQuit();
    void startTls();
    void recordTls();

    void send(const QByteArray &line, Transcript::Content content = Transcript::Content::Plain);
    void enterStage(ProbeStage stage);
    void endStage(StageOutcome outcome, const QString &detail = QString());
    void expect(State state, int timeoutMs = -1);
    void fail(StageOutcome outcome, const QString &detail, ProbeResult::Outcome probeOutcome);
    void finish(ProbeResult::Outcome outcome);
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }
    [[nodiscard]] int stepTimeout() const;

    ProbeOptions m_options;
    ProbeResult m_result;
    State m_state = State::Idle;
    ProbeStage m_stage = ProbeStage::Resolve;
    qint64 m_stageStartedMs = 0;
    bool m_stageOpen = false;
    bool m_finished = false;
    bool m_started = false;
    int m_lookupId = -1;
    QElapsedTimer m_clock;
    QTimer m_stepTimer;
    QTimer m_deadline;
    QPointer<QSslSocket> m_socket;
    SmtpReplyParser m_parser;
    Round m_round = Round::WithoutAuth;
    RelayResult *m_roundResult = nullptr;
    QByteArray m_authMechanism;
    int m_authStep = 0;
};
