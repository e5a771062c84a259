#include "smtp/SmtpResults.h"

namespace ProbeNames {

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

} // namespace ProbeNames
