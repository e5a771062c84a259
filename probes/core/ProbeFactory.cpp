#include "core/ProbeFactory.h"

#include "core/UnsupportedProbe.h"
#include "smtp/SmtpProbe.h"

ProbeFactory ProbeFactories::standard()
{
    return [](const ProbeEndpoint &endpoint, const ProbeOptions &options, QObject *parent) -> Probe * {
        switch (endpoint.protocol) {
        case Protocol::Smtp:
            return new SmtpProbe(endpoint, options, parent);
        case Protocol::Imap:
        case Protocol::Pop3:
            break;
        }
        return new UnsupportedProbe(endpoint, parent);
    };
}
