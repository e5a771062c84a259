#include "diagnose/EarlyProbes.h"

#include <QTest>

// EarlyProbes: which endpoints DiagnosisRun probes while detection still runs, where the password may go
// then, and which early probe the plan takes over.
class TestEarlyProbes : public QObject
{
    Q_OBJECT

    static constexpr auto kSrvSubmissions = "SRV _submissions._tcp.d.test";
    static constexpr auto kSrvSubmission = "SRV _submission._tcp.d.test";

    static Candidate candidate(const ProbeEndpoint &endpoint, CandidateSource source,
                               bool needsApproval = false)
    {
        Candidate c;
        c.endpoint = endpoint;
        c.source = source;
        c.needsApproval = needsApproval;
        c.username = QStringLiteral("ann@d.test");
        return c;
    }

    static SourceReport report(CandidateSource source, const char *query, SourceReport::Outcome outcome)
    {
        SourceReport r;
        r.source = source;
        r.query = QLatin1String(query);
        r.outcome = outcome;
        return r;
    }

    // ann@d.test, with the two submission SRV lookups answered (`srvAnswered`) or the first still out
    static DetectionResult partial(bool srvAnswered, const QStringList &mx = {})
    {
        DetectionResult d;
        d.address = EmailAddress::parse(QStringLiteral("ann@d.test"));
        d.mxHosts = mx;
        d.sources << report(CandidateSource::Srv, kSrvSubmissions,
                            srvAnswered ? SourceReport::Outcome::NotFound : SourceReport::Outcome::Skipped)
                  << report(CandidateSource::Srv, kSrvSubmission, SourceReport::Outcome::NotFound)
                  << report(CandidateSource::Autoconfig, "https://autoconfig.d.test/",
                            SourceReport::Outcome::Skipped);
        return d;
    }

    static QStringList labels(const QList<ProbeEndpoint> &endpoints)
    {
        QStringList out;
        for (const ProbeEndpoint &e : endpoints) {
            const QString protocol = e.protocol == Protocol::Imap   ? QStringLiteral("imap:")
                                     : e.protocol == Protocol::Pop3 ? QStringLiteral("pop3:")
                                                                    : QString();
            out << QStringLiteral("%1%2:%3").arg(protocol, e.host).arg(e.port);
        }
        return out;
    }

private slots:
    void smtpEndpoints_data()
    {
        QTest::addColumn<DetectionResult>("detection");
        QTest::addColumn<bool>("withCurrent"); // the user's current endpoint: smtp.old.test:587
        QTest::addColumn<QStringList>("expected");

        const ProbeEndpoint srv465{QStringLiteral("smtp.d.test"), 465, SecurityMode::ImplicitTls};
        DetectionResult withSrv = partial(false);
        withSrv.candidates << candidate(srv465, CandidateSource::Srv);
        const QStringList smtpPorts{QStringLiteral("smtp.d.test:25"), QStringLiteral("smtp.d.test:26"),
                                    QStringLiteral("smtp.d.test:465"), QStringLiteral("smtp.d.test:587")};
        const QStringList mxPorts{QStringLiteral("mx.d.test:25"), QStringLiteral("mx.d.test:26"),
                                  QStringLiteral("mx.d.test:465"), QStringLiteral("mx.d.test:587")};

        QTest::newRow("nothing known yet") << partial(false) << false << QStringList();
        QTest::newRow("only the current endpoint before any candidate")
            << partial(false) << true << QStringList{QStringLiteral("smtp.old.test:587")};
        QTest::newRow("a candidate: the plan of it") << withSrv << false << smtpPorts;
        QTest::newRow("a candidate and the current endpoint first")
            << withSrv << true << (QStringList{QStringLiteral("smtp.old.test:587")} + smtpPorts);
        QTest::newRow("MX inside the domain once SRV said nothing")
            << partial(true, {QStringLiteral("mx.d.test")}) << false << mxPorts;
        QTest::newRow("MX while an SRV lookup is still out")
            << partial(false, {QStringLiteral("mx.d.test")}) << false << QStringList();
        QTest::newRow("MX outside the domain")
            << partial(true, {QStringLiteral("aspmx.l.google.com")}) << false << QStringList();
        QTest::newRow("only the first MX host counts")
            << partial(true, {QStringLiteral("mx.other.test"), QStringLiteral("mx.d.test")}) << false
            << QStringList();
        DetectionResult noSrvAsked = partial(true, {QStringLiteral("mx.d.test")});
        noSrvAsked.sources.removeIf([](const SourceReport &r) { return r.source == CandidateSource::Srv; });
        QTest::newRow("MX before the SRV lookups were asked") << noSrvAsked << false << QStringList();
        DetectionResult mxAndCandidate = partial(true, {QStringLiteral("mx.d.test")});
        mxAndCandidate.candidates << candidate(srv465, CandidateSource::Srv);
        QTest::newRow("a candidate wins over the MX host") << mxAndCandidate << false << smtpPorts;
    }

    void smtpEndpoints()
    {
        QFETCH(DetectionResult, detection);
        QFETCH(bool, withCurrent);
        QFETCH(QStringList, expected);
        std::optional<MailSettings> current;
        if (withCurrent) {
            current = MailSettings();
            current->host = QStringLiteral("smtp.old.test");
            current->port = 587;
        }
        QCOMPARE(labels(EarlyProbes::smtpEndpoints(detection, current, {})), expected);
    }

    void incomingEndpoints()
    {
        DetectionResult d = partial(false);
        QVERIFY(EarlyProbes::incomingEndpoints(d, std::nullopt).isEmpty());
        d.incomingCandidates << candidate(
            {QStringLiteral("mail.d.test"), 993, SecurityMode::ImplicitTls, Protocol::Imap},
            CandidateSource::Srv);
        QCOMPARE(labels(EarlyProbes::incomingEndpoints(d, std::nullopt)),
                 QStringList{QStringLiteral("imap:mail.d.test:993")});
        IncomingSettings own;
        own.settings.host = QStringLiteral("pop.old.test");
        own.settings.port = 995;
        own.settings.security = SecurityMode::ImplicitTls;
        own.protocol = Protocol::Pop3;
        QCOMPARE(
            labels(EarlyProbes::incomingEndpoints(d, own)),
            (QStringList{QStringLiteral("pop3:pop.old.test:995"), QStringLiteral("imap:mail.d.test:993")}));
    }

    void passwordAllowed_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("inside the user's domain") << "smtp.d.test" << true;
        QTest::newRow("the domain itself, any case") << "D.TEST" << true;
        QTest::newRow("a host of the user's own") << "smtp.old.test" << true;
        QTest::newRow("a candidate needing no approval") << "smtp.provider.test" << true;
        QTest::newRow("an incoming candidate needing no approval") << "imap.provider.test" << true;
        QTest::newRow("a candidate needing approval") << "smtp.hoster.test" << false;
        QTest::newRow("a look-alike of the domain") << "evild.test" << false;
        QTest::newRow("a host nobody named") << "smtp.elsewhere.test" << false;
        QTest::newRow("no host") << "" << false;
    }

    void passwordAllowed()
    {
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        DetectionResult d = partial(false);
        d.candidates << candidate({QStringLiteral("smtp.provider.test"), 587, SecurityMode::StartTls},
                                  CandidateSource::Bundled)
                     << candidate({QStringLiteral("smtp.hoster.test"), 587, SecurityMode::StartTls},
                                  CandidateSource::Srv, true);
        d.incomingCandidates << candidate(
            {QStringLiteral("imap.provider.test"), 993, SecurityMode::ImplicitTls, Protocol::Imap},
            CandidateSource::Bundled);
        QCOMPARE(EarlyProbes::passwordAllowed(host, d, {QStringLiteral("smtp.old.test")}), allowed);
    }

    void adoptable_data()
    {
        QTest::addColumn<ProbeEndpoint>("endpoint");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<QString>("username");
        QTest::addColumn<int>("expected");

        const ProbeEndpoint e587{QStringLiteral("smtp.d.test"), 587, SecurityMode::StartTls};
        const ProbeEndpoint e465{QStringLiteral("smtp.d.test"), 465, SecurityMode::ImplicitTls};
        const QString ann = QStringLiteral("ann@d.test");
        QTest::newRow("probed alike") << e587 << true << ann << 1;
        QTest::newRow("the discarded one is skipped") << e465 << true << ann << 3;
        QTest::newRow("plan without the password, early with") << e587 << false << QString() << -1;
        QTest::newRow("another user name") << e587 << true << QStringLiteral("ann") << -1;
        QTest::newRow("same port, other security")
            << ProbeEndpoint{QStringLiteral("smtp.d.test"), 587, SecurityMode::ImplicitTls} << true << ann
            << -1;
        QTest::newRow("same port, other protocol")
            << ProbeEndpoint{QStringLiteral("smtp.d.test"), 587, SecurityMode::StartTls, Protocol::Imap}
            << true << ann << -1;
        QTest::newRow("not probed early")
            << ProbeEndpoint{QStringLiteral("smtp.d.test"), 25, SecurityMode::StartTls} << true << ann << -1;
        QTest::newRow("without the password on both sides")
            << ProbeEndpoint{QStringLiteral("smtp.hoster.test"), 587, SecurityMode::StartTls} << false
            << QString() << 0;
    }

    void adoptable()
    {
        QFETCH(ProbeEndpoint, endpoint);
        QFETCH(bool, withPassword);
        QFETCH(QString, username);
        QFETCH(int, expected);
        const QString ann = QStringLiteral("ann@d.test");
        const QList<EarlyProbes::Started> early{
            {{QStringLiteral("smtp.hoster.test"), 587, SecurityMode::StartTls}, false, QString()},
            {{QStringLiteral("smtp.d.test"), 587, SecurityMode::StartTls}, true, ann},
            {{QStringLiteral("smtp.d.test"), 465, SecurityMode::ImplicitTls}, true, ann, true},
            {{QStringLiteral("smtp.d.test"), 465, SecurityMode::ImplicitTls}, true, ann},
        };
        QCOMPARE(EarlyProbes::adoptable(early, endpoint, withPassword, username), expected);
    }
};

QTEST_GUILESS_MAIN(TestEarlyProbes)
#include "tst_earlyprobes.moc"
