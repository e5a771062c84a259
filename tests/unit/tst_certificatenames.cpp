#include "core/CertificateNames.h"
#include "diagnose/CertificateHosts.h"

#include <QTest>

// CertificateNames (which names a certificate vouches for, RFC 6125) and CertificateHosts (which names
// to try when a certificate failed only because of its name), as tables.
class TestCertificateNames : public QObject
{
    Q_OBJECT

    // A probe of host whose certificate (common name cn, alternative names sans) failed only on its name.
    static ProbeResult mismatched(const QString &host, const QString &cn, const QStringList &sans,
                                  const QString &greeting = QString())
    {
        ProbeResult p;
        p.endpoint = {host, 465, SecurityMode::ImplicitTls};
        p.connect = ConnectOutcome::Connected;
        p.addresses = {QHostAddress(QStringLiteral("192.0.2.7"))};
        p.connectedAddress = p.addresses.first();
        p.banner = BannerOutcome::Ready;
        if (!greeting.isEmpty()) {
            p.bannerReply.code = 220;
            p.bannerReply.lines = {greeting + QStringLiteral(" ESMTP Exim 4.96")};
        }
        p.tls.attempted = p.tls.established = true;
        p.tls.subject = cn;
        p.tls.subjectAltNames = sans;
        p.tls.errors = {QSslError::HostNameMismatch};
        p.tls.sha256 = QStringLiteral("AA:BB");
        return p;
    }

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("expected");
        const auto row = [](const char *name, const char *pattern, const char *host, bool expected) {
            QTest::newRow(name) << QString::fromUtf8(pattern) << QString::fromUtf8(host) << expected;
        };
        row("same name", "mail.example.com", "mail.example.com", true);
        row("case and final dot", "Mail.Example.COM.", "mail.example.com", true);
        row("another name", "server17.hoster.example", "mail.example.com", false);
        row("wildcard, one label", "*.hoster.example", "server17.hoster.example", true);
        row("wildcard, not the domain itself", "*.hoster.example", "hoster.example", false);
        row("wildcard, not two labels", "*.hoster.example", "a.server17.hoster.example", false);
        row("wildcard, not under a top-level domain", "*.example", "hoster.example", false);
        row("partial wildcard not accepted", "mail*.example.com", "mail1.example.com", false);
        row("wildcard not in the left-most label", "mail.*.example.com", "mail.x.example.com", false);
        row("wildcard not for an IDN label", "*.example.com", "xn--bcher-kva.example.com", false);
        row("IDN compared in ACE form", "xn--bcher-kva.example.com", "bücher.example.com", true);
        row("empty", "", "mail.example.com", false);
    }

    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, expected);
        QCOMPARE(CertificateNames::matches(pattern, host), expected);
    }

    void validFor_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QStringList>("dnsNames");
        QTest::addColumn<bool>("expected");
        QTest::newRow("alternative name matches") << QStringLiteral("smtp.example.com") << QString()
                                                  << QStringList{QStringLiteral("smtp.example.com")} << true;
        // RFC 6125 6.4.4: with DNS names present, the common name does not count (Qt 6.4 counts it)
        QTest::newRow("common name matches, alternative names do not")
            << QStringLiteral("smtp.cnonly.test") << QStringLiteral("smtp.cnonly.test")
            << QStringList{QStringLiteral("elsewhere.cnonly.test")} << false;
        QTest::newRow("no alternative names: the common name counts")
            << QStringLiteral("smtp.example.com") << QStringLiteral("smtp.example.com") << QStringList()
            << true;
        QTest::newRow("wildcard among several")
            << QStringLiteral("mx3.wildhost.test") << QStringLiteral("x")
            << QStringList{QStringLiteral("a.test"), QStringLiteral("*.wildhost.test")} << true;
    }

    void validFor()
    {
        QFETCH(QString, host);
        QFETCH(QString, commonName);
        QFETCH(QStringList, dnsNames);
        QFETCH(bool, expected);
        QCOMPARE(CertificateNames::validFor(host, commonName, dnsNames), expected);
    }

    void dnsNamesLeaveAddressesOut()
    {
        QCOMPARE(CertificateNames::dnsNames({QStringLiteral("a.test"), QStringLiteral("127.0.0.2"),
                                             QStringLiteral("::1"), QStringLiteral("*.b.test")}),
                 (QStringList{QStringLiteral("a.test"), QStringLiteral("*.b.test")}));
    }

    void namesFor_data()
    {
        QTest::addColumn<ProbeResult>("probe");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("shared hosting: the hosting machine's name")
            << mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("server17.hoster.example"),
                          {QStringLiteral("server17.hoster.example")})
            << QStringList{QStringLiteral("server17.hoster.example")};
        QTest::newRow("smtp. for mail.: the same domain first")
            << mismatched(QStringLiteral("mail.example.com"), QStringLiteral("x"),
                          {QStringLiteral("other.example.net"), QStringLiteral("smtp.example.com")})
            << QStringList{QStringLiteral("smtp.example.com"), QStringLiteral("other.example.net")};
        QTest::newRow("wildcard: only the server's own name, when the wildcard covers it")
            << mismatched(QStringLiteral("mail.bakery.test"), QStringLiteral("*.wildhost.test"),
                          {QStringLiteral("*.wildhost.test")}, QStringLiteral("mx3.wildhost.test"))
            << QStringList{QStringLiteral("mx3.wildhost.test")};
        QTest::newRow("wildcard, greeting under another domain: nothing to try")
            << mismatched(QStringLiteral("mail.bakery.test"), QStringLiteral("*.wildhost.test"),
                          {QStringLiteral("*.wildhost.test")}, QStringLiteral("localhost.localdomain"))
            << QStringList();
        QTest::newRow("wildcard, no greeting: nothing to try")
            << mismatched(QStringLiteral("mail.bakery.test"), QStringLiteral("*.wildhost.test"),
                          {QStringLiteral("*.wildhost.test")})
            << QStringList();
        QTest::newRow("the greeting's name counts only when the certificate is valid for it")
            << mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("server17.hoster.example"),
                          {QStringLiteral("server17.hoster.example")}, QStringLiteral("evil.example"))
            << QStringList{QStringLiteral("server17.hoster.example")};
        QTest::newRow("no alternative names: the common name")
            << mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("server17.hoster.example"), {})
            << QStringList{QStringLiteral("server17.hoster.example")};
        QTest::newRow("addresses and names without a dot are no host names")
            << mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("x"),
                          {QStringLiteral("127.0.0.7"), QStringLiteral("localhost")})
            << QStringList();
        QStringList many;
        for (int i = 1; i <= 9; ++i)
            many << QStringLiteral("customer%1.example").arg(i);
        QTest::newRow("at most four")
            << mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("x"), many)
            << many.mid(0, CertificateHosts::kMaxHosts);
    }

    void namesFor()
    {
        QFETCH(ProbeResult, probe);
        QFETCH(QStringList, expected);
        QCOMPARE(CertificateHosts::namesFor(probe), expected);
    }

    void onlyNameMismatch_data()
    {
        QTest::addColumn<QList<QSslError::SslError>>("errors");
        QTest::addColumn<bool>("expected");
        QTest::newRow("name only") << QList<QSslError::SslError>{QSslError::HostNameMismatch} << true;
        QTest::newRow("name and an unknown CA")
            << QList<QSslError::SslError>{QSslError::HostNameMismatch,
                                          QSslError::UnableToGetLocalIssuerCertificate}
            << false;
        QTest::newRow("expired") << QList<QSslError::SslError>{QSslError::CertificateExpired} << false;
        QTest::newRow("trusted") << QList<QSslError::SslError>{} << false;
    }

    void onlyNameMismatch()
    {
        QFETCH(QList<QSslError::SslError>, errors);
        QFETCH(bool, expected);
        ProbeResult p =
            mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("server17.hoster.example"),
                       {QStringLiteral("server17.hoster.example")});
        p.tls.errors = errors;
        p.tls.certificateTrusted = errors.isEmpty();
        QCOMPARE(CertificateHosts::onlyNameMismatch(p), expected);
    }

    // Each name once, with the origin's ports; hosts already probed are left out.
    void proposals()
    {
        ProbeResult a =
            mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("server17.hoster.example"),
                       {QStringLiteral("server17.hoster.example")});
        ProbeResult b = a;
        b.endpoint = {QStringLiteral("mail.shop.example"), 587, SecurityMode::StartTls};
        ProbeResult c = a;
        c.endpoint.host = QStringLiteral("shop.example");
        const QList<CertificateHosts::Proposal> out = CertificateHosts::proposals({a, b, c}, {});
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().host, QStringLiteral("server17.hoster.example"));
        QCOMPARE(out.first().origin, QStringLiteral("mail.shop.example"));
        QCOMPARE(
            out.first().endpoints,
            (QList<ProbeEndpoint>{{QStringLiteral("server17.hoster.example"), 465, SecurityMode::ImplicitTls},
                                  {QStringLiteral("server17.hoster.example"), 587, SecurityMode::StartTls}}));
        QCOMPARE(out.first().originAddresses, QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.7"))});
        QVERIFY(CertificateHosts::proposals({a, b}, {QStringLiteral("SERVER17.hoster.example")}).isEmpty());
    }

    void sameServer()
    {
        const ProbeResult origin = mismatched(QStringLiteral("mail.shop.example"), QStringLiteral("x"), {});
        ProbeResult named = origin;
        named.endpoint.host = QStringLiteral("server17.hoster.example");
        QVERIFY(CertificateHosts::sameServer(named, origin)); // same address
        named.connectedAddress = QHostAddress(QStringLiteral("198.51.100.1"));
        QVERIFY(CertificateHosts::sameServer(named, origin)); // same certificate
        named.tls.sha256 = QStringLiteral("CC:DD");
        QVERIFY(!CertificateHosts::sameServer(named, origin));
        QVERIFY(CertificateHosts::sameAddress({QHostAddress(QStringLiteral("192.0.2.7"))}, origin.addresses));
        QVERIFY(!CertificateHosts::sameAddress({named.connectedAddress}, origin.addresses));
    }
};

QTEST_GUILESS_MAIN(TestCertificateNames)
#include "tst_certificatenames.moc"
