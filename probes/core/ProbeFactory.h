#pragma once

#include "core/Endpoint.h"
#include "core/ProbeOptions.h"

#include <functional>

class Probe;
class QObject;

// Makes the probe for one endpoint, owned by parent; ProbeSession runs what it makes. A factory that
// returns nullptr for an endpoint gets an UnsupportedProbe in its place.
using ProbeFactory =
    std::function<Probe *(const ProbeEndpoint &endpoint, const ProbeOptions &options, QObject *parent)>;

namespace ProbeFactories {
// The probes MailFix has, chosen by the endpoint's protocol: SmtpProbe, ImapProbe, Pop3Probe. A new
// protocol's probe is added here.
[[nodiscard]] ProbeFactory standard();
} // namespace ProbeFactories
