#include "diagnose/NetworkEnvironment.h"

#include <QLatin1String>

#include <array>

namespace {
// Interfaces that containers, virtual machines and bridges create: virtual, but not a VPN.
constexpr std::array<QLatin1String, 4> kNotVpnPrefixes{QLatin1String("docker"), QLatin1String("veth"),
                                                       QLatin1String("br-"), QLatin1String("virbr")};
// The names VPN software gives its interfaces (OpenVPN, WireGuard, PPP/L2TP/PPTP, macOS, IPsec).
constexpr std::array<QLatin1String, 6> kVpnPrefixes{QLatin1String("tun"),  QLatin1String("tap"),
                                                    QLatin1String("wg"),   QLatin1String("ppp"),
                                                    QLatin1String("utun"), QLatin1String("ipsec")};

template <std::size_t N> bool startsWithAny(const QString &name, const std::array<QLatin1String, N> &prefixes)
{
    for (const QLatin1String &prefix : prefixes) {
        if (name.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

bool NetworkEnvironment::looksLikeVpn(const QString &name, const QString &humanName,
                                      QNetworkInterface::InterfaceType type, bool upAndRunning)
{
    if (!upAndRunning || type == QNetworkInterface::Loopback)
        return false;
    if (name.compare(QLatin1String("lo"), Qt::CaseInsensitive) == 0 || startsWithAny(name, kNotVpnPrefixes))
        return false;
    return type == QNetworkInterface::Virtual || type == QNetworkInterface::Ppp ||
           startsWithAny(name, kVpnPrefixes) || humanName.contains(QLatin1String("VPN"), Qt::CaseInsensitive);
}

bool NetworkEnvironment::vpnActive()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const QNetworkInterface::InterfaceFlags flags = iface.flags();
        const bool upAndRunning =
            flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning);
        const QNetworkInterface::InterfaceType type =
            flags.testFlag(QNetworkInterface::IsLoopBack) ? QNetworkInterface::Loopback : iface.type();
        if (looksLikeVpn(iface.name(), iface.humanReadableName(), type, upAndRunning))
            return true;
    }
    return false;
}
