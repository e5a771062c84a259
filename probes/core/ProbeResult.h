#pragma once

#include "core/Connection.h"
#include "core/Endpoint.h"
#include "core/ProbeStage.h"
#include "core/Transcript.h"
#include "incoming/IncomingResults.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"
#include "smtp/SmtpResults.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

// Everything one probe found: the part every protocol fills (endpoint and protocol, outcome, stages,
// connection, TLS, transcript) and each protocol's own section (SMTP's: banner, EHLO, relay tests, AUTH;
// IMAP's and POP3's: `incoming`, the greeting, capabilities, sign-in and logout). A probe fills its
// protocol's section and leaves the other empty. Built up stage by stage; complete when
// Probe::finished() is emitted.
struct ProbeResult
{
    enum class Outcome {
        Completed, // the conversation ran to its end (which may still contain refusals)
        Failed,    // a stage failed so that the probe could not go on
        TimedOut,
        Cancelled,
    };

    // Every protocol.
    ProbeEndpoint endpoint; // with the protocol spoken
    Outcome outcome = Outcome::Failed;
    ProbeStage lastStage = ProbeStage::Resolve; // where it ended
    QString failure;                            // technical reason when not Completed
    qint64 elapsedMs = 0;
    QList<QHostAddress> addresses;
    QHostAddress connectedAddress;
    ConnectOutcome connect = ConnectOutcome::NotTried;
    TlsInfo tls;
    QList<StageRecord> stages;
    Transcript transcript;

    // SMTP (RFC 5321, 3207, 4954).
    BannerOutcome banner = BannerOutcome::NotReached;
    SmtpReply bannerReply;
    bool usedHelo = false; // EHLO was refused and HELO used instead
    SmtpReply ehloReply;   // the last EHLO reply (after TLS when TLS was used)
    SmtpCapabilities capabilitiesBeforeTls;
    SmtpCapabilities capabilities; // after TLS when TLS was used, else the same as before
    RelayResult relayWithoutAuth;
    AuthResult auth;
    RelayResult relayWithAuth;
    SendTestOutcome sendTest = SendTestOutcome::NotRequested;
    SmtpReply sendTestReply;

    // IMAP (RFC 9051, 3501) and POP3 (RFC 1939, 2449, 5034).
    IncomingResult incoming;

    [[nodiscard]] Protocol protocol() const { return endpoint.protocol; }
    // The server greeted as a mail server of the probe's protocol.
    [[nodiscard]] bool reachedServer() const
    {
        if (endpoint.protocol == Protocol::Smtp)
            return banner == BannerOutcome::Ready;
        return incoming.greeting == GreetingOutcome::Ready ||
               incoming.greeting == GreetingOutcome::PreAuthenticated;
    }
    // IMAP and POP3: the server accepted the user name and password.
    [[nodiscard]] bool verifiedSignIn() const { return incoming.signIn.outcome == SignInOutcome::Succeeded; }
    // Signed in, and a recipient outside the server was accepted afterwards.
    [[nodiscard]] bool verifiedSending() const
    {
        return auth.outcome == AuthOutcome::Succeeded && relayWithAuth.outcome == RelayOutcome::Accepted;
    }
};

namespace ProbeNames {
[[nodiscard]] QString outcome(ProbeResult::Outcome outcome);
} // namespace ProbeNames
Q_DECLARE_METATYPE(ProbeResult)
