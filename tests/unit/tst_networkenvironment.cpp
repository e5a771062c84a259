#include "diagnose/NetworkEnvironment.h"

#include <QTest>

// NetworkEnvironment: which network interfaces count as a VPN.
class TestNetworkEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeVpn_data()
    {
        using T = QNetworkInterface;
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("humanName");
        QTest::addColumn<T::InterfaceType>("type");
        QTest::addColumn<bool>("upAndRunning");
        QTest::addColumn<bool>("vpn");
        auto row = [](const char *tag, const char *name, const char *human, T::InterfaceType type, bool up,
                      bool vpn) {
            QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(human) << type << up << vpn;
        };
        // VPNs, by name
        row("OpenVPN tun0", "tun0", "tun0", T::Unknown, true, true);
        row("OpenVPN tap0", "tap0", "tap0", T::Ethernet, true, true);
        row("WireGuard wg0", "wg0", "wg0", T::Unknown, true, true);
        row("PPP ppp0", "ppp0", "ppp0", T::Unknown, true, true);
        row("macOS utun3", "utun3", "utun3", T::Unknown, true, true);
        row("ipsec0", "ipsec0", "ipsec0", T::Unknown, true, true);
        row("upper-case name", "TUN1", "TUN1", T::Unknown, true, true);
        // VPNs, by type
        row("virtual type", "gre1", "gre1", T::Virtual, true, true);
        row("ppp type", "dialup", "dialup", T::Ppp, true, true);
        // VPNs, by the human-readable name (Windows)
        row("Windows OpenVPN adapter", "ethernet_32778", "OpenVPN Data Channel Offload", T::Ethernet, true,
            true);
        row("Windows Cisco adapter", "ethernet_32779", "Cisco AnyConnect vpn Virtual Miniport", T::Ethernet,
            true, true);
        // VPN interfaces that are not up
        row("tun0 down", "tun0", "tun0", T::Unknown, false, false);
        row("virtual down", "gre1", "gre1", T::Virtual, false, false);
        row("Windows VPN adapter down", "ethernet_1", "ProtonVPN TUN", T::Ethernet, false, false);
        // not VPNs
        row("loopback", "lo", "lo", T::Loopback, true, false);
        row("lo whatever its type", "lo", "lo", T::Virtual, true, false);
        row("loopback type named tun", "tun9", "tun9", T::Loopback, true, false);
        row("ethernet", "eth0", "eth0", T::Ethernet, true, false);
        row("wifi", "wlan0", "wlan0", T::Wifi, true, false);
        row("predictable name", "enp3s0", "enp3s0", T::Ethernet, true, false);
        row("Windows Ethernet", "ethernet_32769", "Intel(R) Ethernet Connection", T::Ethernet, true, false);
        row("docker bridge", "docker0", "docker0", T::Virtual, true, false);
        row("container veth", "veth1a2b3c", "veth1a2b3c", T::Virtual, true, false);
        row("compose bridge", "br-0123456789ab", "br-0123456789ab", T::Virtual, true, false);
        row("libvirt bridge", "virbr0", "virbr0", T::Virtual, true, false);
        row("libvirt tap-like name", "virbr0-nic", "virbr0-nic", T::Ethernet, true, false);
        row("empty", "", "", T::Unknown, true, false);
    }

    void looksLikeVpn()
    {
        QFETCH(QString, name);
        QFETCH(QString, humanName);
        QFETCH(QNetworkInterface::InterfaceType, type);
        QFETCH(bool, upAndRunning);
        QFETCH(bool, vpn);
        QCOMPARE(NetworkEnvironment::looksLikeVpn(name, humanName, type, upAndRunning), vpn);
    }

    // This machine's interfaces can be read; the answer depends on the machine, so it is only shown.
    void vpnActiveOnThisMachine()
    {
        qInfo("a VPN is %s on this machine", NetworkEnvironment::vpnActive() ? "up" : "not up");
    }
};

QTEST_GUILESS_MAIN(TestNetworkEnvironment)
#include "tst_networkenvironment.moc"
