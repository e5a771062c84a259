#pragma once

#include "core/ConnectionProbe.h"
#include "incoming/IncomingResults.h"

#include <functional>

// What the IMAP and the POP3 probe share on top of ConnectionProbe: the greeting's outcome when the server
// is silent or hangs up, a bound on the lines one step may take, the rule for whether and how to sign in
// (with the SASL PLAIN and LOGIN responses), and a goodbye that may go unanswered. Each protocol's probe
// keeps its own state machine over its commands and fills ProbeResult::incoming.
class IncomingProbe : public ConnectionProbe
{
    Q_OBJECT

public:
    IncomingProbe(ProbeEndpoint endpoint, CommonProbeOptions options, QObject *parent = nullptr);

protected:
    // What the probe waits for, as far as the shared rules need to know.
    enum class Wait { Other, Greeting, Logout };

    static constexpr int kMaxLinesPerStep = 256; // untagged IMAP lines, POP3 replies
    static constexpr int kMaxSaslChallenges = 4;
    // XOAUTH2 and OAUTHBEARER: the server's empty "+", then at most its error challenge (RFC 7628 3.2.2)
    static constexpr int kMaxOAuth2Challenges = 2;

    // Restarts the step timer and the line count for the next answer.
    void waitFor(Wait wait, int timeoutMs = -1);
    // Counts one line of the current step; false (the probe has failed) when the step took too many.
    [[nodiscard]] bool countLine();
    // A parser error: noted; during the goodbye the probe completes, else it fails (the greeting garbled
    // when it was awaited).
    void failUnreadable(const QString &detail);
    void recordGreeting(GreetingOutcome outcome, const IncomingReply &reply);
    void recordCapabilities(const IncomingCapabilities &caps);

    // Enters the Auth stage and decides: the method to use, or SignInMethod::None when the probe must not
    // sign in (the outcome and the stage are recorded then; the caller logs out). nativeOffered: the
    // protocol's own command (IMAP LOGIN, POP3 USER/PASS) is allowed here; nativeUsable: it can carry
    // these credentials.
    // True when the sign-in must wait for the options' SignInGate: `resume` then runs once it opens (unless
    // the probe ended meanwhile). Without credentials or a gate, or with the gate open: false, go on.
    [[nodiscard]] bool holdBeforeSignIn(std::function<void()> resume);
    [[nodiscard]] SignInMethod chooseSignIn(bool nativeOffered, SignInMethod native,
                                            bool nativeUsable = true);
    // The SASL response to the server's next challenge for method (PLAIN: the RFC 4616 message; LOGIN:
    // the user name, then the password; XOAUTH2 and OAUTHBEARER: the token's message, then the answer to
    // the server's error challenge, whose words go into the result), base64; false after
    // kMaxSaslChallenges (kMaxOAuth2Challenges): send "*" to cancel.
    [[nodiscard]] bool nextSaslResponse(SignInMethod method, const QString &challenge, QByteArray *response);
    // RFC 4616: base64 of NUL user NUL password.
    [[nodiscard]] QByteArray plainMessage() const;
    void endSignIn(SignInOutcome outcome, const IncomingReply &reply);
    // The goodbye: Quit stage, the command, a short timeout; an answer, silence or a hang-up all complete.
    void startLogout(const QByteArray &command);
    void endLogout(const IncomingReply &reply);

    [[nodiscard]] const CommonProbeOptions &options() const { return m_options; }
    [[nodiscard]] IncomingResult &incoming() { return result().incoming; }
    [[nodiscard]] Wait waiting() const { return m_wait; }
    // A password, or an OAuth2 token (with the user name): something to sign in with.
    [[nodiscard]] bool hasSignIn() const
    {
        return !m_options.credentials.isEmpty() || m_options.credentials.hasOAuth2Token();
    }

    void onConnectionLost(QAbstractSocket::SocketError error, const QString &text) override;
    [[nodiscard]] bool onTalkingTimeout() override;

private:
    [[nodiscard]] QByteArray oauth2Response(bool bearer, const QString &challenge);

    CommonProbeOptions m_options;
    Wait m_wait = Wait::Other;
    int m_linesThisStep = 0;
    int m_saslStep = 0;
};
