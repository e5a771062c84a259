#pragma once

#include <QString>

// The stages of a probe, in the order the SMTP probe runs them. Resolve, Connect, TlsHandshake,
// Banner (the greeting), StartTls (IMAP STARTTLS, POP3 STLS), Auth and Quit (the goodbye: QUIT, LOGOUT)
// are every protocol's; Capabilities and CapabilitiesAfterTls (IMAP CAPABILITY, POP3 CAPA) are IMAP's
// and POP3's; the others are SMTP's. A new protocol adds its own stages here (and their names in
// ProbeNames::stage).
enum class ProbeStage {
    Resolve,
    Connect,
    TlsHandshake, // implicit TLS, or after STARTTLS
    Banner,
    Ehlo,
    StartTls,
    EhloAfterTls,
    RelayWithoutAuth,
    Auth,
    RelayWithAuth,
    SendTest,
    Quit,
    Capabilities,         // IMAP CAPABILITY, POP3 CAPA
    CapabilitiesAfterTls, // the same again, encrypted
};

enum class StageOutcome {
    Ok,
    Failed,
    TimedOut,
    Skipped,
    Cancelled,
};

// One stage as it ran, with times.
struct StageRecord
{
    ProbeStage stage = ProbeStage::Resolve;
    StageOutcome outcome = StageOutcome::Ok;
    qint64 startedMs = 0; // since the probe started
    qint64 elapsedMs = 0;
    QString detail; // technical detail (server text, socket error); never a secret
};

namespace ProbeNames {
[[nodiscard]] QString stage(ProbeStage stage);
[[nodiscard]] QString stageOutcome(StageOutcome outcome);
} // namespace ProbeNames
