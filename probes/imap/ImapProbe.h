#pragma once

#include "imap/ImapResponse.h"
#include "incoming/IncomingProbe.h"

#include <QList>

// One attempt at one IMAP host, port and security mode (RFC 9051, 3501; 143 with STARTTLS, 993 with
// implicit TLS, RFC 8314): the greeting, CAPABILITY, STARTTLS, CAPABILITY again, signing in
// (AUTHENTICATE PLAIN or LOGIN, else the LOGIN command; with an OAuth2 token AUTHENTICATE OAUTHBEARER or
// XOAUTH2) and LOGOUT. The connection, timeouts and
// finishing once are ConnectionProbe's; the shared incoming rules IncomingProbe's.
class ImapProbe : public IncomingProbe
{
    Q_OBJECT

public:
    ImapProbe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent = nullptr);

private:
    // Which answer the probe waits for. Protocol logic is a switch over this.
    enum class State {
        Idle,
        AwaitGreeting,
        AwaitCapability,
        AwaitStartTls,
        AwaitAuthenticate,
        AwaitLogin,
        AwaitLogout
    };

    // What LOGIN still sends after each "+" continuation (a literal, RFC 9051 4.3).
    struct Piece
    {
        QByteArray bytes;
        Transcript::Content content = Transcript::Content::Plain;
    };

    void onConnectedInPlain() override;
    void onTlsEstablished() override;
    void onBytes(const QByteArray &bytes) override;
    void onConnectionLost(QAbstractSocket::SocketError error, const QString &text) override;
    [[nodiscard]] qsizetype bufferedBytes() const override;
    void clearBuffer() override;

    void handleLine(const ImapResponseLine &line);
    void handleGreeting(const ImapResponseLine &line);
    void handleUntagged(const ImapResponseLine &line);
    void handleContinuation(const ImapResponseLine &line);
    void handleTagged(const ImapResponseLine &line);
    void handleCapability(const ImapResponseLine &line);
    void handleSignIn(const ImapResponseLine &line);
    void afterCapabilities();
    void startSignIn();
    void sendLogin();
    void logout();

    // Sends "<tag> command" and waits for its answer.
    void command(const QByteArray &command, State state,
                 Transcript::Content content = Transcript::Content::Plain);
    [[nodiscard]] IncomingReply replyOf(const ImapResponseLine &line) const;

    State m_state = State::Idle;
    ImapResponseParser m_parser;
    int m_tagNumber = 0;
    QByteArray m_tag;
    QStringList m_stepLines;  // the lines of the current command's answer
    QString m_capabilityList; // the last "* CAPABILITY" of this step
    QString m_bye;            // an untagged BYE: the server is about to close the connection
    QList<Piece> m_pieces;
    bool m_cancelled = false; // the probe cancelled the SASL exchange ("*")
};
