#pragma once

#include "core/ProbeResult.h"

#include <QList>

#include <optional>

// POP before SMTP, verified for real: an older way for a server to know who may send, still run by some
// internet providers. The server relays for an address for a few minutes after a successful POP3 (or
// IMAP) sign-in from it, and refuses the same recipient otherwise. MailFix proves it in three steps: the
// relay test without signing in was refused; MailFix signs in to the incoming server again; it repeats the
// relay test at once (well within the minute). Accepted now: the server wants POP before SMTP.
namespace PopBeforeSmtp {

// What to do for the check: the incoming endpoint to sign in to, the SMTP endpoints to test again.
struct Plan
{
    ProbeEndpoint incoming;
    QList<ProbeEndpoint> smtp;
};

// The check as it ran.
struct Check
{
    ProbeEndpoint incoming;
    ProbeResult signIn;               // the second sign-in to the incoming server
    QList<ProbeResult> retests;       // the relay tests without signing in, right after it
    QList<ProbeResult> refusedBefore; // the first relay tests of those endpoints (refused)

    // The sign-in worked and a recipient the server refused before was accepted right after it.
    [[nodiscard]] bool relayOpened() const;
    // The retest that was accepted, and its first test; null when none.
    [[nodiscard]] const ProbeResult *opened() const;
    [[nodiscard]] const ProbeResult *refusedBeforeOf(const ProbeEndpoint &endpoint) const;
};

constexpr int kMaxRetests = 3;

// Pure: whether the diagnosis should check for POP before SMTP, and how. Only when an incoming probe signed
// in with the user's password and an SMTP server refused the recipient without signing in, while signing
// in to that SMTP server did not work (or was not offered): then signing in to receive may be the way that
// server knows the user. Those SMTP endpoints (servers that offer no sign-in first, at most kMaxRetests)
// are tested again after a sign-in to the first incoming server that accepted the password.
[[nodiscard]] std::optional<Plan> plan(const QList<ProbeResult> &smtp, const QList<ProbeResult> &incoming);

} // namespace PopBeforeSmtp
