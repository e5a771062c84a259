#include "HarnessEnv.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>

// Proves the harness's DNS, its blocked port 25 and its autoconfig web server.
class TestHarnessNetwork : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;

    static QDnsLookup *lookup(QDnsLookup::Type type, const QString &name, QObject *parent)
    {
        auto *dns = new QDnsLookup(type, name, parent);
        QSignalSpy finished(dns, &QDnsLookup::finished);
        dns->lookup();
        if (!finished.wait(5000))
            QTest::qFail(qPrintable(QStringLiteral("DNS lookup of %1 did not finish").arg(name)), __FILE__,
                         __LINE__);
        return dns;
    }

    QNetworkReply *get(QNetworkAccessManager *nam, const QUrl &url, const QString &caFile)
    {
        QNetworkRequest request(url);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!caFile.isEmpty())
            config.addCaCertificates(caFile);
        request.setSslConfiguration(config);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            QTest::qFail(qPrintable(QStringLiteral("GET %1 did not finish").arg(url.toString())), __FILE__,
                         __LINE__);
        return reply;
    }

private slots:
    void initTestCase() { MAILFIX_REQUIRE_HARNESS(m_env); }

    void mxRecordsComeFromTestDns()
    {
        QDnsLookup *dns = lookup(QDnsLookup::MX, QStringLiteral("example.test"), this);
        QCOMPARE(dns->error(), QDnsLookup::NoError);
        QCOMPARE(dns->mailExchangeRecords().size(), 1);
        QCOMPARE(dns->mailExchangeRecords().first().exchange(), QStringLiteral("mx.example.test"));
        QCOMPARE(dns->mailExchangeRecords().first().preference(), quint16(10));
    }

    void srvRecordsComeFromTestDns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<quint16>("port");
        QTest::newRow("submission") << QStringLiteral("_submission._tcp.example.test") << quint16(587);
        QTest::newRow("submissions") << QStringLiteral("_submissions._tcp.example.test") << quint16(465);
    }

    void srvRecordsComeFromTestDns()
    {
        QFETCH(QString, name);
        QFETCH(quint16, port);
        QDnsLookup *dns = lookup(QDnsLookup::SRV, name, this);
        QCOMPARE(dns->error(), QDnsLookup::NoError);
        QCOMPARE(dns->serviceRecords().size(), 1);
        QCOMPARE(dns->serviceRecords().first().target(), QStringLiteral("smtp.example.test"));
        QCOMPARE(dns->serviceRecords().first().port(), port);
    }

    void unknownTestDomainDoesNotExist()
    {
        QDnsLookup *dns = lookup(QDnsLookup::MX, QStringLiteral("no-such-domain.test"), this);
        QCOMPARE(dns->error(), QDnsLookup::NotFoundError);
    }

    void hostNamesResolveThroughTheSystemResolver()
    {
        const QHostInfo info = QHostInfo::fromName(QStringLiteral("smtp.example.test"));
        QCOMPARE(info.error(), QHostInfo::NoError);
        QVERIFY(!info.addresses().isEmpty());
        QCOMPARE(info.addresses().first().toString(), m_env.eximHost);
    }

    // An ISP that drops port 25: the connect times out. A closed port is refused at once instead.
    void droppedPortTimesOutWhileClosedPortIsRefused()
    {
        QTcpSocket dropped;
        dropped.connectToHost(m_env.blockedHost, 25);
        QVERIFY(!dropped.waitForConnected(1500));
        QCOMPARE(dropped.error(), QAbstractSocket::SocketTimeoutError);

        QTcpSocket sameHostOtherPort;
        sameHostOtherPort.connectToHost(m_env.blockedHost, 587);
        QVERIFY(sameHostOtherPort.waitForConnected(3000));

        QTcpSocket closed;
        closed.connectToHost(m_env.eximHost, 2525);
        QVERIFY(!closed.waitForConnected(3000));
        QCOMPARE(closed.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void autoconfigIsServedOverHttpsWithTheTestCa()
    {
        QNetworkAccessManager nam;
        const QUrl url(QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml"
                                      "?emailaddress=alice%40example.test"));
        QNetworkReply *reply = get(&nam, url, m_env.caFile);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        QVERIFY(body.contains("<clientConfig version=\"1.1\">"));
        QVERIFY(body.contains("<hostname>smtp.example.test</hostname>"));

        QNetworkReply *wellKnown = get(
            &nam, QUrl(QStringLiteral("https://example.test/.well-known/autoconfig/mail/config-v1.1.xml")),
            m_env.caFile);
        QCOMPARE(wellKnown->error(), QNetworkReply::NoError);

        QNetworkReply *missing =
            get(&nam, QUrl(QStringLiteral("http://autoconfig.example.test/no/such/file.xml")), QString());
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }

    void autoconfigWithoutTheTestCaFailsValidation()
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = get(
            &nam, QUrl(QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml")), QString());
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    }
};

QTEST_GUILESS_MAIN(TestHarnessNetwork)
#include "tst_harness_network.moc"
