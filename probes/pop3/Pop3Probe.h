#pragma once

#include "incoming/IncomingProbe.h"
#include "pop3/Pop3Reply.h"

// One attempt at one POP3 host, port and security mode (RFC 1939, 2449, 2595, 5034; 110 with STLS, 995
// with implicit TLS, RFC 8314): the greeting, CAPA, STLS, CAPA again, signing in (AUTH PLAIN or LOGIN,
// else USER and PASS; with an OAuth2 token AUTH OAUTHBEARER or XOAUTH2) and QUIT. The connection, timeouts
// and finishing once are ConnectionProbe's; the shared incoming rules IncomingProbe's.
class Pop3Probe : public IncomingProbe
{
    Q_OBJECT

public:
    Pop3Probe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent = nullptr);

private:
    // Which reply the probe waits for. Protocol logic is a switch over this.
    enum class State {
        Idle,
        AwaitGreeting,
        AwaitCapa,
        AwaitStls,
        AwaitAuth,
        AwaitUser,
        AwaitPass,
        AwaitQuit
    };

    void onConnectedInPlain() override;
    void onTlsEstablished() override;
    void onBytes(const QByteArray &bytes) override;
    [[nodiscard]] qsizetype bufferedBytes() const override;
    void clearBuffer() override;

    void handleReply(const Pop3Reply &reply);
    void handleGreeting(const Pop3Reply &reply);
    void handleCapa(const Pop3Reply &reply);
    void handleAuth(const Pop3Reply &reply);
    void handleSignInEnd(const IncomingReply &reply);
    void startSignIn();
    void quit();

    void command(const QByteArray &text, State state,
                 Transcript::Content content = Transcript::Content::Plain);

    State m_state = State::Idle;
    Pop3ReplyParser m_parser;
    bool m_cancelled = false; // the probe cancelled the SASL exchange ("*")
};
