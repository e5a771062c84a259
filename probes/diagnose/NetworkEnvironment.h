#pragma once

#include <QNetworkInterface>
#include <QString>

// Facts about this computer's network that change a diagnosis but no probe can see: for now, whether
// a VPN is up (a VPN may send mail traffic through a network that blocks or rewrites it).
class NetworkEnvironment
{
public:
    // True when some interface that is up and running looks like a VPN (see looksLikeVpn).
    [[nodiscard]] static bool vpnActive();

    // Pure: does an interface with these properties look like a VPN? Up and running, not loopback,
    // and of type Virtual or Ppp, or named tun*, tap*, wg*, ppp*, utun*, ipsec*, or with "VPN" in its
    // human-readable name; never docker*, veth*, br-*, virbr* or lo (containers and bridges).
    [[nodiscard]] static bool looksLikeVpn(const QString &name, const QString &humanName,
                                           QNetworkInterface::InterfaceType type, bool upAndRunning);
};
