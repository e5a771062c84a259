#include "core/ProbeFactory.h"

#include "core/UnsupportedProbe.h"
#include "imap/ImapProbe.h"
#include "pop3/Pop3Probe.h"
#include "smtp/SmtpProbe.h"

ProbeFactory ProbeFactories::standard()
{
    return [](const ProbeEndpoint &endpoint, const ProbeOptions &options, QObject *parent) -> Probe * {
        switch (endpoint.protocol) {
        case Protocol::Smtp:
            return new SmtpProbe(endpoint, options, parent);
        case Protocol::Imap:
            return new ImapProbe(endpoint, options, parent);
        case Protocol::Pop3:
            return new Pop3Probe(endpoint, options, parent);
        }
        return new UnsupportedProbe(endpoint, parent);
    };
}
