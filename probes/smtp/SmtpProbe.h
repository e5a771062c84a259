#pragma once

#include "core/ConnectionProbe.h"
#include "core/ProbeOptions.h"
#include "smtp/SmtpReply.h"

// One attempt at one SMTP host, port and security mode: banner, EHLO, STARTTLS, EHLO again, the relay
// test without signing in, AUTH, the relay test signed in, QUIT (RFC 5321, 3207, 4954, 8314). Where the
// server offers PIPELINING (RFC 2920) it sends MAIL, RCPT, RSET and what follows them in groups and reads
// the replies in order; never DATA before the RCPT's answer is known. The connection itself (resolve,
// connect, TLS, timeouts, finishing once) is ConnectionProbe's. Asynchronous; every step has a timeout and
// the whole probe ends within ProbeOptions::timeoutMs. Emits finished() exactly once on every path,
// cancel() included, never from inside start().
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
    // What a reply that is still to come is for.
    enum class Use {
        Drives,  // the protocol logic asked for it and goes on from it (a switch case of handleReply)
        Ahead,   // its command went out ahead (pipelined) of the logic, which will ask for it
        Ignored, // read and passed over: its command went out ahead, but the logic went another way, or
                 // it is an RSET's, whose answer changes nothing
    };
    // One reply the probe waits for, in the order the commands went out.
    struct Awaited
    {
        State state = State::Idle;
        Use use = Use::Drives;
        int timeoutMs = -1;   // its step's timeout, -1: the step timeout
        QByteArray sentAhead; // Use::Ahead: the command, which command() must ask for to take it up
    };

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
    void sendRset(const RelayResult &round, const SmtpReply &last);
    void endRound(const RelayResult &round);
    [[nodiscard]] QByteArray rcptCommand() const;

    void sendEhlo(State state);
    void afterGreeting(); // after the last EHLO: relay test, AUTH, ...
    void startRound(Round round);
    void startAuth();
    void startOAuth2(); // XOAUTH2 or OAUTHBEARER with the credentials' token
    // The answer to a 334 in an OAuth2 exchange: the initial response, then the answer to an error challenge
    [[nodiscard]] QByteArray oauth2Response(const SmtpReply &challenge);
    void sendQuit();
    // Sends line and waits for its reply in state, unless the line already went out ahead: then it only
    // waits for that reply (the commands sent ahead that the logic skipped are read and passed over).
    void command(const QByteArray &line, State state, Use use = Use::Drives, int timeoutMs = -1,
                 Transcript::Content content = Transcript::Content::Plain);
    // Sends line now, pipelined, before the logic asks for it; command() then takes it up.
    void sendAhead(const QByteArray &line, State state);
    void expect(State state, int timeoutMs = -1);
    void awaitFirst(); // m_state and the step timer follow the first reply still to come

    ProbeOptions m_options;
    State m_state = State::Idle; // the reply being handled, else the first of m_awaited
    QList<Awaited> m_awaited;    // the replies still to come, in order
    bool m_pipelining = false;   // the server offers PIPELINING: the rounds send their commands in groups
    SmtpReplyParser m_parser;
    Round m_round = Round::WithoutAuth;
    RelayResult *m_roundResult = nullptr;
    QByteArray m_authMechanism;
    int m_authStep = 0;
};
