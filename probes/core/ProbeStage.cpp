#include "core/ProbeStage.h"

namespace ProbeNames {

QString stage(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::Resolve:
        return QStringLiteral("resolve");
    case ProbeStage::Connect:
        return QStringLiteral("connect");
    case ProbeStage::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case ProbeStage::Banner:
        return QStringLiteral("banner");
    case ProbeStage::Ehlo:
        return QStringLiteral("ehlo");
    case ProbeStage::StartTls:
        return QStringLiteral("starttls");
    case ProbeStage::EhloAfterTls:
        return QStringLiteral("ehlo-after-tls");
    case ProbeStage::RelayWithoutAuth:
        return QStringLiteral("relay-without-auth");
    case ProbeStage::Auth:
        return QStringLiteral("auth");
    case ProbeStage::RelayWithAuth:
        return QStringLiteral("relay-with-auth");
    case ProbeStage::SendTest:
        return QStringLiteral("send-test");
    case ProbeStage::Quit:
        return QStringLiteral("quit");
    case ProbeStage::Capabilities:
        return QStringLiteral("capabilities");
    case ProbeStage::CapabilitiesAfterTls:
        return QStringLiteral("capabilities-after-tls");
    }
    return {};
}

QString stageOutcome(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Ok:
        return QStringLiteral("ok");
    case StageOutcome::Failed:
        return QStringLiteral("failed");
    case StageOutcome::TimedOut:
        return QStringLiteral("timed-out");
    case StageOutcome::Skipped:
        return QStringLiteral("skipped");
    case StageOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace ProbeNames
