#include "diagnose/PopBeforeSmtp.h"

#include "diagnose/Diagnoser.h"

#include <algorithm>

namespace PopBeforeSmtp {

namespace {
bool refusedWithoutSignIn(const ProbeResult &p)
{
    return p.protocol() == Protocol::Smtp && p.relayWithoutAuth.outcome == RelayOutcome::RecipientRejected &&
           p.auth.outcome != AuthOutcome::Succeeded;
}
} // namespace

std::optional<Plan> plan(const QList<ProbeResult> &smtp, const QList<ProbeResult> &incoming)
{
    const auto signedIn = std::find_if(incoming.cbegin(), incoming.cend(),
                                       [](const ProbeResult &p) { return p.verifiedSignIn(); });
    if (signedIn == incoming.cend())
        return std::nullopt;
    QList<ProbeResult> refused;
    std::copy_if(smtp.cbegin(), smtp.cend(), std::back_inserter(refused), refusedWithoutSignIn);
    if (refused.isEmpty())
        return std::nullopt;
    // servers that offer no sign-in first (they have no other way to know the user), then the settings
    // MailFix would recommend first
    std::stable_sort(refused.begin(), refused.end(), [](const ProbeResult &a, const ProbeResult &b) {
        const bool aNoAuth = a.capabilities.authMechanisms.isEmpty();
        if (aNoAuth != b.capabilities.authMechanisms.isEmpty())
            return aNoAuth;
        const auto settings = [](const ProbeEndpoint &e) {
            MailSettings s;
            s.host = e.host;
            s.port = e.port;
            s.security = e.security;
            return s;
        };
        return Diagnoser::preferredOver(settings(a.endpoint), settings(b.endpoint));
    });
    Plan out;
    out.incoming = signedIn->endpoint;
    for (const ProbeResult &p : std::as_const(refused)) {
        if (out.smtp.size() < kMaxRetests && !out.smtp.contains(p.endpoint))
            out.smtp << p.endpoint;
    }
    return out;
}

const ProbeResult *Check::opened() const
{
    if (!signIn.verifiedSignIn())
        return nullptr;
    const auto it = std::find_if(retests.cbegin(), retests.cend(), [this](const ProbeResult &p) {
        return p.relayWithoutAuth.outcome == RelayOutcome::Accepted && refusedBeforeOf(p.endpoint);
    });
    return it == retests.cend() ? nullptr : &*it;
}

bool Check::relayOpened() const
{
    return opened() != nullptr;
}

const ProbeResult *Check::refusedBeforeOf(const ProbeEndpoint &endpoint) const
{
    const auto it = std::find_if(refusedBefore.cbegin(), refusedBefore.cend(),
                                 [&endpoint](const ProbeResult &p) { return p.endpoint == endpoint; });
    return it == refusedBefore.cend() ? nullptr : &*it;
}

} // namespace PopBeforeSmtp
