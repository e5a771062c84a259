#include "diagnose/EarlyProbes.h"

#include "detect/ProviderDetector.h"
#include "diagnose/DiagnosisRun.h"

#include <algorithm>

namespace EarlyProbes {

QString speculativeHost(const DetectionResult &partial)
{
    if (partial.mxHosts.isEmpty() ||
        !ProviderDetector::isInsideDomain(partial.mxHosts.first(), partial.address.aceDomain))
        return {};
    // the SRV lookups for submission (RFC 6186 / 8314): asked, and all answered
    bool asked = false;
    for (const SourceReport &report : partial.sources) {
        if (report.source != CandidateSource::Srv || !report.query.contains(QLatin1String("_submission")))
            continue;
        if (report.outcome == SourceReport::Outcome::Skipped)
            return {};
        asked = true;
    }
    return asked ? partial.mxHosts.first() : QString();
}

QList<ProbeEndpoint> smtpEndpoints(const DetectionResult &partial, const std::optional<MailSettings> &current,
                                   const QList<ProgramAccount> &accounts)
{
    if (!partial.candidates.isEmpty())
        return DiagnosisRun::endpointsFor(partial, current, accounts);
    const QString mx = speculativeHost(partial);
    if (!mx.isEmpty()) {
        DetectionResult guessed = partial;
        Candidate c;
        c.endpoint = {mx, 587, SecurityMode::StartTls};
        guessed.candidates << c;
        return DiagnosisRun::endpointsFor(guessed, current, accounts);
    }
    // Without a candidate the plan probes all four ports of the current host, unless detection finds one
    // later: only the endpoints the plan has in any case.
    QList<ProbeEndpoint> out;
    if (current)
        out << ProbeEndpoint{current->host, current->port, current->security};
    for (const ProbeEndpoint &e : DiagnosisRun::endpointsFor(partial, std::nullopt, accounts)) {
        if (!out.contains(e))
            out << e;
    }
    return out;
}

QList<ProbeEndpoint> incomingEndpoints(const DetectionResult &partial,
                                       const std::optional<IncomingSettings> &current)
{
    return DiagnosisRun::incomingEndpointsFor(partial, current);
}

bool passwordAllowed(const QString &host, const DetectionResult &partial, const QStringList &own)
{
    if (host.isEmpty())
        return false;
    if (own.contains(host, Qt::CaseInsensitive) ||
        ProviderDetector::isInsideDomain(host, partial.address.aceDomain))
        return true;
    const auto trusted = [&host](const Candidate &c) {
        return !c.needsApproval && c.endpoint.host.compare(host, Qt::CaseInsensitive) == 0;
    };
    return std::any_of(partial.candidates.cbegin(), partial.candidates.cend(), trusted) ||
           std::any_of(partial.incomingCandidates.cbegin(), partial.incomingCandidates.cend(), trusted);
}

int adoptable(const QList<Started> &early, const ProbeEndpoint &endpoint, bool withPassword,
              const QString &username)
{
    for (qsizetype k = 0; k < early.size(); ++k) {
        const Started &s = early.at(k);
        if (!s.discarded && s.endpoint == endpoint && s.withPassword == withPassword &&
            s.username == username)
            return int(k);
    }
    return -1;
}

} // namespace EarlyProbes
