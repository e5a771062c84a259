#include "core/Endpoint.h"

SecurityMode ProbeEndpoint::defaultSecurityFor(quint16 port, Protocol protocol)
{
    quint16 implicitTlsPort = 0;
    switch (protocol) {
    case Protocol::Smtp:
        implicitTlsPort = 465;
        break;
    case Protocol::Imap:
        implicitTlsPort = 993;
        break;
    case Protocol::Pop3:
        implicitTlsPort = 995;
        break;
    }
    return port == implicitTlsPort ? SecurityMode::ImplicitTls : SecurityMode::StartTls;
}
