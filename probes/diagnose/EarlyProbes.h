#pragma once

#include "detect/DetectionTypes.h"
#include "diagnose/Diagnosis.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Probing while detection still runs (issue 15, latency): the pure rules of which endpoints DiagnosisRun
// probes before detection is over, when the password may go with them, and which early probe the final
// plan takes over instead of probing the endpoint a second time.
namespace EarlyProbes {

// How an early probe was started: what decides whether the plan may take it over.
struct Started
{
    ProbeEndpoint endpoint;
    bool withPassword = false;
    QString username;       // empty without the password
    bool discarded = false; // cancelled before the plan was made: never taken over
};

// Pure: the SMTP endpoints worth probing with what detection found so far (`partial`, as
// ProviderDetector::progressed gives it): the plan DiagnosisRun::endpointsFor makes of it. Before any
// outgoing candidate is known: the user's current endpoint and those of the program's accounts and,
// once the submission SRV lookups have answered without one, the ports of the domain's first MX host when
// it lies inside the domain (small domains often send through their MX host).
[[nodiscard]] QList<ProbeEndpoint> smtpEndpoints(const DetectionResult &partial,
                                                 const std::optional<MailSettings> &current,
                                                 const QList<ProgramAccount> &accounts);
// Pure: the incoming endpoints worth probing so far: DiagnosisRun::incomingEndpointsFor of `partial`.
[[nodiscard]] QList<ProbeEndpoint> incomingEndpoints(const DetectionResult &partial,
                                                     const std::optional<IncomingSettings> &current);
// Pure: the MX host probed before any outgoing candidate is known (see smtpEndpoints), or empty.
[[nodiscard]] QString speculativeHost(const DetectionResult &partial);
// Pure: whether the password may go to `host` before detection is over: a host of `own` (the user's
// current ones, the program's, those approved beforehand), a host inside the user's domain, or the host of
// a candidate found so far that needs no approval. Every such host needs no approval once detection is
// done either (trusted domains only grow).
[[nodiscard]] bool passwordAllowed(const QString &host, const DetectionResult &partial,
                                   const QStringList &own);
// Pure: the early probe the plan takes over for `endpoint` when it would probe it with (`withPassword`)
// or without the password and as `username`: the first one started for that endpoint alike and not
// discarded; -1 when none.
[[nodiscard]] int adoptable(const QList<Started> &early, const ProbeEndpoint &endpoint, bool withPassword,
                            const QString &username);

} // namespace EarlyProbes
