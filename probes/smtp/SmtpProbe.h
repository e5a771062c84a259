#pragma once

#include "core/ConnectionProbe.h"
#include "core/ProbeOptions.h"
#include "smtp/SmtpReply.h"

// One attempt at one SMTP host, port and security mode: banner, EHLO, STARTTLS, EHLO again, the relay
// test without signing in, AUTH, the relay test signed in, QUIT (RFC 5321, 3207, 4954, 8314). The
// connection itself (resolve, connect, TLS, timeouts, finishing once) is ConnectionProbe's. Asynchronous;
// every step has a timeout and the whole probe ends within ProbeOptions::timeoutMs. Emits finished()
// exactly once on every path, cancel() included, never from inside start().
class SmtpProbe : public ConnectionProbe
{
    Q_OBJECT

public:
    SmtpProbe(ProbeEndpoint endpoint, ProbeOptions options, QObject *parent = nullptr);

private:
    // Which SMTP reply the probe waits for. Protocol logic is a switch over this.
    enum class State {
        Idle,
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
    };
    // Which MAIL/RCPT round is running.
    enum class Round { WithoutAuth, WithAuth, TestMessage };

    void onConnectedInPlain() override;
    void onTlsEstablished() override;
    void onBytes(const QByteArray &bytes) override;
    void onConnectionLost(QAbstractSocket::SocketError error, const QString &text) override;
    [[nodiscard]] bool onTalkingTimeout() override;
    [[nodiscard]] qsizetype bufferedBytes() const override;
    void clearBuffer() override;

    void handleReply(const SmtpReply &reply);
    void handleBanner(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleAuthReply(const SmtpReply &reply);
    void handleMailRound(const SmtpReply &reply);
    void handleMailFrom(const SmtpReply &reply, RelayResult &round);
    void handleRcptTo(const SmtpReply &reply, RelayResult &round);
    void handleDataWithoutRecipient(const SmtpReply &reply, RelayResult &round);
    void handleTestData(const SmtpReply &reply);
    void refuseTestMessage(const SmtpReply &reply); // the test message's MAIL or RCPT was refused
    void sendRset();
    void endRound(const RelayResult &round);

    void sendEhlo(State state);
    void afterGreeting(); // after the last EHLO: relay test, AUTH, ...
    void startRound(Round round);
    void startAuth();
    void sendQuit();
    void expect(State state, int timeoutMs = -1);

    ProbeOptions m_options;
    State m_state = State::Idle;
    SmtpReplyParser m_parser;
    Round m_round = Round::WithoutAuth;
    RelayResult *m_roundResult = nullptr;
    QByteArray m_authMechanism;
    int m_authStep = 0;
};
