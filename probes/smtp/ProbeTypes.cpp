#include "smtp/ProbeTypes.h"

SecurityMode ProbeEndpoint::defaultSecurityFor(quint16 port)
{
    return port == 465 ? SecurityMode::ImplicitTls : SecurityMode::StartTls;
}

namespace ProbeNames {

QString security(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::None:
        return QStringLiteral("none");
    case SecurityMode::StartTls:
        return QStringLiteral("starttls");
    case SecurityMode::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

bool parseSecurity(const QString &text, SecurityMode *mode)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none") || t == QLatin1String("plain"))
        *mode = SecurityMode::None;
    else if (t == QLatin1String("starttls"))
        *mode = SecurityMode::StartTls;
    else if (t == QLatin1String("tls") || t == QLatin1String("ssl"))
        *mode = SecurityMode::ImplicitTls;
    else
        return false;
    return true;
}

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

QString connect(ConnectOutcome outcome)
{
    switch (outcome) {
    case ConnectOutcome::NotTried:
        return QStringLiteral("not-tried");
    case ConnectOutcome::Connected:
        return QStringLiteral("connected");
    case ConnectOutcome::ResolveFailed:
        return QStringLiteral("resolve-failed");
    case ConnectOutcome::Refused:
        return QStringLiteral("refused");
    case ConnectOutcome::TimedOut:
        return QStringLiteral("timed-out");
    case ConnectOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case ConnectOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString banner(BannerOutcome outcome)
{
    switch (outcome) {
    case BannerOutcome::NotReached:
        return QStringLiteral("not-reached");
    case BannerOutcome::Ready:
        return QStringLiteral("ready");
    case BannerOutcome::Rejected:
        return QStringLiteral("rejected");
    case BannerOutcome::Unavailable:
        return QStringLiteral("unavailable");
    case BannerOutcome::Unexpected:
        return QStringLiteral("unexpected");
    case BannerOutcome::Silent:
        return QStringLiteral("silent");
    case BannerOutcome::Closed:
        return QStringLiteral("closed");
    case BannerOutcome::Garbled:
        return QStringLiteral("garbled");
    }
    return {};
}

QString auth(AuthOutcome outcome)
{
    switch (outcome) {
    case AuthOutcome::NotTried:
        return QStringLiteral("not-tried");
    case AuthOutcome::NotOffered:
        return QStringLiteral("not-offered");
    case AuthOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case AuthOutcome::Rejected:
        return QStringLiteral("rejected");
    case AuthOutcome::TemporaryFailure:
        return QStringLiteral("temporary-failure");
    case AuthOutcome::NeedsOAuth2:
        return QStringLiteral("needs-oauth2");
    case AuthOutcome::NoCommonMechanism:
        return QStringLiteral("no-common-mechanism");
    case AuthOutcome::WithheldNoTls:
        return QStringLiteral("withheld-no-tls");
    case AuthOutcome::WithheldUntrustedCertificate:
        return QStringLiteral("withheld-untrusted-certificate");
    case AuthOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString relay(RelayOutcome outcome)
{
    switch (outcome) {
    case RelayOutcome::NotTested:
        return QStringLiteral("not-tested");
    case RelayOutcome::Accepted:
        return QStringLiteral("accepted");
    case RelayOutcome::SenderRejected:
        return QStringLiteral("sender-rejected");
    case RelayOutcome::RecipientRejected:
        return QStringLiteral("recipient-rejected");
    case RelayOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString sendTest(SendTestOutcome outcome)
{
    switch (outcome) {
    case SendTestOutcome::NotRequested:
        return QStringLiteral("not-requested");
    case SendTestOutcome::Sent:
        return QStringLiteral("sent");
    case SendTestOutcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString outcome(ProbeResult::Outcome outcome)
{
    switch (outcome) {
    case ProbeResult::Outcome::Completed:
        return QStringLiteral("completed");
    case ProbeResult::Outcome::Failed:
        return QStringLiteral("failed");
    case ProbeResult::Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case ProbeResult::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace ProbeNames
