#include "detect/ProviderDetector.h"

#include <QTest>

// The pure decisions behind ProviderDetector: base domains, SRV targets, ranking, approval marks.
class TestDetectHelpers : public QObject
{
    Q_OBJECT

    static Candidate candidate(const QString &host, quint16 port, CandidateSource source)
    {
        Candidate c;
        c.endpoint = {host, port, ProbeEndpoint::defaultSecurityFor(port)};
        c.source = source;
        c.trust = DetectionNames::trustOf(source);
        return c;
    }

    // "host:port:source" of each candidate, in order.
    static QStringList describe(const QList<Candidate> &candidates)
    {
        QStringList out;
        for (const Candidate &c : candidates)
            out << QStringLiteral("%1:%2:%3")
                       .arg(c.endpoint.host)
                       .arg(c.endpoint.port)
                       .arg(DetectionNames::source(c.source));
        return out;
    }

private slots:
    void baseDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("base");
        QTest::newRow("google") << QStringLiteral("aspmx.l.google.com") << QStringLiteral("google.com");
        QTest::newRow("trailing dot")
            << QStringLiteral("ASPMX.L.GOOGLE.COM.") << QStringLiteral("google.com");
        QTest::newRow("microsoft") << QStringLiteral("contoso-com.mail.protection.outlook.com")
                                   << QStringLiteral("outlook.com");
        QTest::newRow("co.uk") << QStringLiteral("mx1.mail.example.co.uk") << QStringLiteral("example.co.uk");
        QTest::newRow("ne.jp") << QStringLiteral("mx.biglobe.ne.jp") << QStringLiteral("biglobe.ne.jp");
        QTest::newRow("com.au") << QStringLiteral("mail.bigpond.com.au") << QStringLiteral("bigpond.com.au");
        QTest::newRow("two labels") << QStringLiteral("example.com") << QStringLiteral("example.com");
        QTest::newRow("de") << QStringLiteral("mx00.emig.gmx.net") << QStringLiteral("gmx.net");
        QTest::newRow("short country label not a registry")
            << QStringLiteral("mx.web.de") << QStringLiteral("web.de");
    }

    void baseDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, base);
        QCOMPARE(ProviderDetector::baseDomain(host), base);
    }

    void srvTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("inside") << QStringLiteral("smtp.example.com.") << QStringLiteral("example.com")
                                << true;
        QTest::newRow("the domain itself")
            << QStringLiteral("example.com") << QStringLiteral("example.com") << true;
        QTest::newRow("outside") << QStringLiteral("smtp.evil.com") << QStringLiteral("example.com") << false;
        QTest::newRow("suffix trick")
            << QStringLiteral("smtp.notexample.com") << QStringLiteral("example.com") << false;
        QTest::newRow("parent") << QStringLiteral("com") << QStringLiteral("example.com") << false;
        QTest::newRow("case") << QStringLiteral("SMTP.Example.COM") << QStringLiteral("example.com") << true;
    }

    void srvTargets()
    {
        QFETCH(QString, target);
        QFETCH(QString, domain);
        QFETCH(bool, accepted);
        QCOMPARE(ProviderDetector::acceptSrvTarget(target, domain), accepted);
    }

    void rankFollowsPrecedenceAndDropsDuplicates()
    {
        const QList<Candidate> ranked = ProviderDetector::rank({
            candidate(QStringLiteral("guess.example.com"), 587, CandidateSource::Guess),
            candidate(QStringLiteral("srv.example.com"), 465, CandidateSource::Srv),
            candidate(QStringLiteral("smtp.example.com"), 465, CandidateSource::Autoconfig),
            candidate(QStringLiteral("smtp.example.com"), 465, CandidateSource::AutoconfigHttp),
            candidate(QStringLiteral("smtp.example.com"), 587, CandidateSource::Autoconfig),
            candidate(QStringLiteral("override.example.com"), 587, CandidateSource::Override),
            candidate(QStringLiteral("bundled.example.com"), 465, CandidateSource::Bundled),
            candidate(QStringLiteral("ispdb.example.com"), 465, CandidateSource::Ispdb),
        });
        QCOMPARE(describe(ranked), (QStringList{
                                       QStringLiteral("override.example.com:587:override"),
                                       QStringLiteral("bundled.example.com:465:bundled"),
                                       QStringLiteral("smtp.example.com:465:autoconfig"),
                                       QStringLiteral("smtp.example.com:587:autoconfig"),
                                       QStringLiteral("ispdb.example.com:465:ispdb"),
                                       QStringLiteral("srv.example.com:465:srv"),
                                       QStringLiteral("guess.example.com:587:guess"),
                                   }));
    }

    // The _submission and _submissions lookups answer in either order; implicit TLS comes first
    // (RFC 8314), each lookup's own records keep their SRV priority order.
    void rankPutsImplicitTlsSrvFirst()
    {
        const QList<Candidate> ranked = ProviderDetector::rank({
            candidate(QStringLiteral("a.example.com"), 587, CandidateSource::Srv),
            candidate(QStringLiteral("b.example.com"), 587, CandidateSource::Srv),
            candidate(QStringLiteral("a.example.com"), 465, CandidateSource::Srv),
            candidate(QStringLiteral("b.example.com"), 465, CandidateSource::Srv),
        });
        QCOMPARE(
            describe(ranked),
            (QStringList{QStringLiteral("a.example.com:465:srv"), QStringLiteral("b.example.com:465:srv"),
                         QStringLiteral("a.example.com:587:srv"), QStringLiteral("b.example.com:587:srv")}));
    }

    void approvalMarks()
    {
        QList<Candidate> list = {
            candidate(QStringLiteral("smtp.example.com"), 587, CandidateSource::Autoconfig),
            candidate(QStringLiteral("smtp.hoster.net"), 587, CandidateSource::Autoconfig),
            candidate(QStringLiteral("smtp.gmail.com"), 465, CandidateSource::MxBundled),
            candidate(QStringLiteral("autodiscover.com"), 443, CandidateSource::AutoconfigHttp),
            candidate(QStringLiteral("msp.example.org"), 587, CandidateSource::Override),
        };
        ProviderDetector::markApproval(&list, QStringLiteral("example.com"), {QStringLiteral("gmail.com")});
        QCOMPARE(list.at(0).needsApproval, false);
        QCOMPARE(list.at(1).needsApproval, true);
        QCOMPARE(list.at(2).needsApproval, false);
        QCOMPARE(list.at(3).needsApproval, true);
        QCOMPARE(list.at(4).needsApproval, false); // the MSP configured it
    }

    void candidatesFromServersFillPlaceholders()
    {
        OutgoingServerConfig a;
        a.hostname = QStringLiteral("smtp.%EMAILDOMAIN%");
        a.port = 587;
        a.socketType = OutgoingServerConfig::SocketType::StartTls;
        a.usernameTemplate = QStringLiteral("%EMAILLOCALPART%");
        a.authentication = {OutgoingServerConfig::Auth::PasswordCleartext};
        OutgoingServerConfig b = a;
        b.hostname = QStringLiteral("%EMAILADDRESS%"); // not a host name once filled in: dropped
        OutgoingServerConfig c = a;
        c.hostname = QStringLiteral("mail.example.com");
        c.port = 465;
        c.socketType = OutgoingServerConfig::SocketType::Ssl;
        c.usernameTemplate = QStringLiteral("%EMAILADDRESS%");
        const EmailAddress address = EmailAddress::parse(QStringLiteral("jürgen@münchen.de"));
        const QList<Candidate> out = ProviderDetector::candidatesFromServers(
            {a, b, c}, address, CandidateSource::Bundled, QStringLiteral("x"));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).endpoint.host, QStringLiteral("smtp.xn--mnchen-3ya.de"));
        QCOMPARE(out.at(0).endpoint.security, SecurityMode::StartTls);
        QCOMPARE(out.at(0).username, QStringLiteral("jürgen"));
        QCOMPARE(out.at(0).trust, Trust::High);
        QCOMPARE(out.at(1).endpoint.security, SecurityMode::ImplicitTls);
        QCOMPARE(out.at(1).username, QStringLiteral("jürgen@münchen.de"));
    }

    void trustFollowsTheSource()
    {
        QCOMPARE(DetectionNames::trustOf(CandidateSource::Override), Trust::High);
        QCOMPARE(DetectionNames::trustOf(CandidateSource::Autoconfig), Trust::High);
        QCOMPARE(DetectionNames::trustOf(CandidateSource::Ispdb), Trust::Medium);
        QCOMPARE(DetectionNames::trustOf(CandidateSource::Srv), Trust::Medium);
        QCOMPARE(DetectionNames::trustOf(CandidateSource::Guess), Trust::Low);
        QCOMPARE(DetectionNames::trustOf(CandidateSource::AutoconfigHttp), Trust::Untrusted);
    }
};

QTEST_GUILESS_MAIN(TestDetectHelpers)
#include "tst_detecthelpers.moc"
