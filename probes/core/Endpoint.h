#pragma once

#include "core/Protocol.h"
#include "core/SecurityMode.h"

#include <QString>

// One host, port and security mode, and the protocol to speak there.
struct ProbeEndpoint
{
    QString host;
    quint16 port = 0;
    SecurityMode security = SecurityMode::StartTls;
    Protocol protocol = Protocol::Smtp; // last, so that {host, port, security} stays an SMTP endpoint

    // The security a port implies (RFC 8314): implicit TLS on the protocol's TLS port (SMTP 465,
    // IMAP 993, POP3 995), STARTTLS when offered elsewhere.
    [[nodiscard]] static SecurityMode defaultSecurityFor(quint16 port, Protocol protocol = Protocol::Smtp);
    friend bool operator==(const ProbeEndpoint &a, const ProbeEndpoint &b)
    {
        return a.host == b.host && a.port == b.port && a.security == b.security && a.protocol == b.protocol;
    }
};
