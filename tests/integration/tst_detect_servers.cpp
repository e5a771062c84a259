#include "HarnessEnv.h"
#include "cli/CliApp.h"
#include "detect/ProviderDetector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Provider detection against the harness's dnsmasq and autoconfig web server: every source, the
// order of precedence, platform MX records, refused SRV targets, guessing and hostile answers.
class TestDetectServers : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;

    ProviderDetector::Options options() const
    {
        ProviderDetector::Options o;
        o.timeoutMs = 5000;
        o.caFiles = {m_env.caFile};
        o.ispdbBaseUrl = QStringLiteral("https://ispdb.test/v1.1/");
        return o;
    }

    static DetectionResult detect(const QString &address, const ProviderDetector::Options &options)
    {
        ProviderDetector detector(options);
        QSignalSpy finished(&detector, &ProviderDetector::finished);
        detector.start(address);
        if (!finished.wait(3 * options.timeoutMs + 5000)) {
            QTest::qFail("detection did not finish", __FILE__, __LINE__);
            return {};
        }
        QTest::qWait(10); // a second finished() would show up here
        if (finished.size() != 1)
            QTest::qFail(
                qPrintable(QStringLiteral("finished() came %1 times, not once").arg(finished.size())),
                __FILE__, __LINE__);
        return finished.first().first().value<DetectionResult>();
    }

    static QString describe(const DetectionResult &r)
    {
        QString out;
        for (const Candidate &c : r.candidates)
            out += QStringLiteral("%1:%2 %3\n")
                       .arg(c.endpoint.host)
                       .arg(c.endpoint.port)
                       .arg(DetectionNames::source(c.source));
        for (const Candidate &c : r.incomingCandidates)
            out += QStringLiteral("in %1 %2:%3 %4\n")
                       .arg(ProbeNames::protocol(c.endpoint.protocol), c.endpoint.host)
                       .arg(c.endpoint.port)
                       .arg(DetectionNames::source(c.source));
        for (const SourceReport &s : r.sources)
            out += QStringLiteral("  %1 %2 %3 %4\n")
                       .arg(DetectionNames::source(s.source), s.query, DetectionNames::outcome(s.outcome),
                            s.detail);
        return out;
    }

    static const SourceReport *report(const DetectionResult &r, CandidateSource source,
                                      const QString &queryPart)
    {
        for (const SourceReport &s : r.sources) {
            if (s.source == source && s.query.contains(queryPart))
                return &s;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<DetectionResult>();
        MAILFIX_REQUIRE_HARNESS(m_env);
    }

    void autoconfigComesFirstThenWellKnownAndSrvDuplicatesGo()
    {
        const DetectionResult r = detect(QStringLiteral("alice@example.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(r.candidates.size() == 3, why.constData());
        QCOMPARE(r.candidates.at(0).endpoint,
                 (ProbeEndpoint{QStringLiteral("smtp.example.test"), 465, SecurityMode::ImplicitTls}));
        QCOMPARE(r.candidates.at(0).source, CandidateSource::Autoconfig);
        QCOMPARE(r.candidates.at(0).trust, Trust::High);
        QCOMPARE(r.candidates.at(0).username, QStringLiteral("alice@example.test"));
        QCOMPARE(r.candidates.at(1).endpoint,
                 (ProbeEndpoint{QStringLiteral("smtp.example.test"), 587, SecurityMode::StartTls}));
        QCOMPARE(r.candidates.at(2).endpoint.host, QStringLiteral("mail.example.test"));
        QCOMPARE(r.candidates.at(2).source, CandidateSource::AutoconfigWellKnown);
        for (const Candidate &c : r.candidates)
            QVERIFY(!c.needsApproval);
        QCOMPARE(r.providerName, QStringLiteral("Example Test Mail (autoconfig)"));
        QCOMPARE(r.mxHosts, QStringList{QStringLiteral("mx.example.test")});
        const SourceReport *srv = report(r, CandidateSource::Srv, QStringLiteral("_submissions._tcp"));
        QVERIFY(srv);
        QCOMPARE(srv->outcome, SourceReport::Outcome::Found);
        const SourceReport *ispdb = report(r, CandidateSource::Ispdb, QStringLiteral("ispdb.test"));
        QVERIFY(ispdb);
        QCOMPARE(ispdb->outcome, SourceReport::Outcome::NotFound);
    }

    // Incoming servers from autoconfig (IMAP first as the file lists them, the exchange entry ignored),
    // then the well-known file (its duplicate dropped, its POP3 server kept with the local part as user
    // name); the SRV _imaps answer names the same endpoint and goes too. No guessing.
    void incomingFromAutoconfig()
    {
        const DetectionResult r = detect(QStringLiteral("alice@example.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(r.incomingCandidates.size() == 4, why.constData());
        const QString host = QStringLiteral("mail.example.test");
        QCOMPARE(r.incomingCandidates.at(0).endpoint,
                 (ProbeEndpoint{host, 993, SecurityMode::ImplicitTls, Protocol::Imap}));
        QCOMPARE(r.incomingCandidates.at(0).source, CandidateSource::Autoconfig);
        QCOMPARE(r.incomingCandidates.at(0).trust, Trust::High);
        QCOMPARE(r.incomingCandidates.at(0).username, QStringLiteral("alice@example.test"));
        QCOMPARE(r.incomingCandidates.at(0).providerId, QStringLiteral("example.test"));
        QCOMPARE(r.incomingCandidates.at(1).endpoint,
                 (ProbeEndpoint{host, 143, SecurityMode::StartTls, Protocol::Imap}));
        QCOMPARE(r.incomingCandidates.at(2).endpoint,
                 (ProbeEndpoint{host, 995, SecurityMode::ImplicitTls, Protocol::Pop3}));
        QCOMPARE(r.incomingCandidates.at(3).endpoint,
                 (ProbeEndpoint{host, 110, SecurityMode::StartTls, Protocol::Pop3}));
        QCOMPARE(r.incomingCandidates.at(3).source, CandidateSource::AutoconfigWellKnown);
        QCOMPARE(r.incomingCandidates.at(3).username, QStringLiteral("alice"));
        for (const Candidate &c : r.incomingCandidates)
            QVERIFY(!c.needsApproval);
        const SourceReport *imaps =
            report(r, CandidateSource::Srv, QStringLiteral("_imaps._tcp.example.test"));
        QVERIFY2(imaps, why.constData());
        QCOMPARE(imaps->outcome, SourceReport::Outcome::Found);
        QVERIFY2(!report(r, CandidateSource::Guess, QStringLiteral("imap.")), why.constData());
    }

    // The ISPDB lists POP3 first: its order stands.
    void incomingFromIspdbKeepsItsOrder()
    {
        const DetectionResult r = detect(QStringLiteral("dave@postfix.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(r.incomingCandidates.size() == 2, why.constData());
        QCOMPARE(
            r.incomingCandidates.at(0).endpoint,
            (ProbeEndpoint{QStringLiteral("postfix.test"), 995, SecurityMode::ImplicitTls, Protocol::Pop3}));
        QCOMPARE(r.incomingCandidates.at(0).source, CandidateSource::Ispdb);
        QCOMPARE(r.incomingCandidates.at(1).endpoint.protocol, Protocol::Imap);
    }

    void incomingFromAPlatformAndAHoster()
    {
        const DetectionResult google = detect(QStringLiteral("bob@workspace.test"), options());
        QVERIFY2(!google.incomingCandidates.isEmpty(), describe(google).toUtf8().constData());
        QCOMPARE(google.incomingCandidates.first().endpoint,
                 (ProbeEndpoint{QStringLiteral("imap.gmail.com"), 993, SecurityMode::ImplicitTls,
                                Protocol::Imap}));
        QCOMPARE(google.incomingCandidates.first().source, CandidateSource::MxBundled);
        QVERIFY(!google.incomingCandidates.first().needsApproval);
        QCOMPARE(google.incomingCandidates.first().username, QStringLiteral("bob@workspace.test"));

        const DetectionResult hoster = detect(QStringLiteral("carol@customer.test"), options());
        QVERIFY2(!hoster.incomingCandidates.isEmpty(), describe(hoster).toUtf8().constData());
        QCOMPARE(hoster.incomingCandidates.first().endpoint.host, QStringLiteral("imap.hoster.test"));
        QCOMPARE(hoster.incomingCandidates.first().source, CandidateSource::MxAutoconfig);
        QVERIFY(hoster.incomingCandidates.first().needsApproval);

        const DetectionResult plain = detect(QStringLiteral("erin@plainhttp.test"), options());
        QVERIFY2(!plain.incomingCandidates.isEmpty(), describe(plain).toUtf8().constData());
        QCOMPARE(plain.incomingCandidates.first().trust, Trust::Untrusted);
        QVERIFY(plain.incomingCandidates.first().needsApproval);
    }

    // RFC 6186: _imaps and _imap give IMAP on 993 and 143; _pop3s says "." (not offered); _pop3 gives
    // POP3 on 110. IMAP comes first (its priority is the lower one), implicit TLS first.
    void incomingFromSrv()
    {
        const DetectionResult r = detect(QStringLiteral("gina@srv-inside.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(r.incomingCandidates.size() == 3, why.constData());
        QCOMPARE(r.incomingCandidates.at(0).endpoint,
                 (ProbeEndpoint{QStringLiteral("imap.srv-inside.test"), 993, SecurityMode::ImplicitTls,
                                Protocol::Imap}));
        QCOMPARE(r.incomingCandidates.at(1).endpoint,
                 (ProbeEndpoint{QStringLiteral("imap.srv-inside.test"), 143, SecurityMode::StartTls,
                                Protocol::Imap}));
        QCOMPARE(r.incomingCandidates.at(2).endpoint,
                 (ProbeEndpoint{QStringLiteral("pop.srv-inside.test"), 110, SecurityMode::StartTls,
                                Protocol::Pop3}));
        for (const Candidate &c : r.incomingCandidates) {
            QCOMPARE(c.source, CandidateSource::Srv);
            QCOMPARE(c.trust, Trust::Medium);
            QCOMPARE(c.username, QStringLiteral("gina@srv-inside.test"));
            QVERIFY(!c.needsApproval);
        }
        const SourceReport *pop3s = report(r, CandidateSource::Srv, QStringLiteral("_pop3s._tcp"));
        QVERIFY2(pop3s, why.constData());
        QCOMPARE(pop3s->outcome, SourceReport::Outcome::NotFound);
        QVERIFY2(!report(r, CandidateSource::Guess, QStringLiteral("imap.")), why.constData());
    }

    // Nothing names an incoming server: the imap./pop./mail. names that resolve are guessed, IMAP first.
    // An _imaps target outside the domain is refused.
    void incomingGuesses()
    {
        const DetectionResult r = detect(QStringLiteral("hank@nomx.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(r.incomingCandidates.size() == 4, why.constData());
        const QString imap = QStringLiteral("imap.nomx.test");
        const QString pop = QStringLiteral("pop.nomx.test");
        QCOMPARE(r.incomingCandidates.at(0).endpoint,
                 (ProbeEndpoint{imap, 993, SecurityMode::ImplicitTls, Protocol::Imap}));
        QCOMPARE(r.incomingCandidates.at(1).endpoint,
                 (ProbeEndpoint{imap, 143, SecurityMode::StartTls, Protocol::Imap}));
        QCOMPARE(r.incomingCandidates.at(2).endpoint,
                 (ProbeEndpoint{pop, 995, SecurityMode::ImplicitTls, Protocol::Pop3}));
        QCOMPARE(r.incomingCandidates.at(3).endpoint,
                 (ProbeEndpoint{pop, 110, SecurityMode::StartTls, Protocol::Pop3}));
        for (const Candidate &c : r.incomingCandidates) {
            QCOMPARE(c.source, CandidateSource::Guess);
            QCOMPARE(c.trust, Trust::Low);
        }
        QVERIFY2(r.candidates.size() == 2, why.constData()); // the outgoing guesses are unchanged

        const DetectionResult outside = detect(QStringLiteral("frank@srv-outside.test"), options());
        const SourceReport *imaps = report(outside, CandidateSource::Srv, QStringLiteral("_imaps._tcp"));
        QVERIFY2(imaps, describe(outside).toUtf8().constData());
        QCOMPARE(imaps->outcome, SourceReport::Outcome::Refused);
        QVERIFY(outside.incomingCandidates.isEmpty()); // and no imap./pop./mail. name there resolves
        QVERIFY(report(outside, CandidateSource::Guess, QStringLiteral("imap.srv-outside.test")));
    }

    void overridesWinOverEverything()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("msp.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"msp\">"
                   "<domain>example.test</domain><displayName>MSP preset</displayName>"
                   "<outgoingServer type=\"smtp\"><hostname>relay.msp.test</hostname><port>2525</port>"
                   "<socketType>STARTTLS</socketType><authentication>password-cleartext</authentication>"
                   "<username>%EMAILLOCALPART%</username></outgoingServer></emailProvider></clientConfig>");
        file.close();
        ProviderDetector::Options o = options();
        o.overridesDir = dir.path();
        const DetectionResult r = detect(QStringLiteral("alice@example.test"), o);
        QVERIFY2(!r.candidates.isEmpty(), describe(r).toUtf8().constData());
        QCOMPARE(r.candidates.first().endpoint.host, QStringLiteral("relay.msp.test"));
        QCOMPARE(r.candidates.first().source, CandidateSource::Override);
        QCOMPARE(r.candidates.first().username, QStringLiteral("alice"));
        QVERIFY(!r.candidates.first().needsApproval);
        QCOMPARE(r.providerName, QStringLiteral("MSP preset"));
        QCOMPARE(r.candidates.at(1).source, CandidateSource::Autoconfig);
    }

    void mxOfAKnownPlatformGivesItsSettings()
    {
        const DetectionResult r = detect(QStringLiteral("bob@workspace.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(!r.candidates.isEmpty(), why.constData());
        QCOMPARE(r.mxHosts.first(), QStringLiteral("aspmx.l.google.com"));
        QCOMPARE(r.candidates.first().source, CandidateSource::MxBundled);
        QCOMPARE(r.candidates.first().endpoint.host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(r.candidates.first().providerId, QStringLiteral("google"));
        QVERIFY(r.candidates.first().notes.appPasswordRequired);
        QVERIFY2(!r.candidates.first().needsApproval, why.constData());
        QCOMPARE(r.candidates.first().username, QStringLiteral("bob@workspace.test"));
    }

    void hostersAutoconfigByMxNeedsApproval()
    {
        const DetectionResult r = detect(QStringLiteral("carol@customer.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(!r.candidates.isEmpty(), why.constData());
        QCOMPARE(r.candidates.first().source, CandidateSource::MxAutoconfig);
        QCOMPARE(r.candidates.first().endpoint.host, QStringLiteral("smtp.hoster.test"));
        QVERIFY2(r.candidates.first().needsApproval, why.constData());
    }

    void onlineIspdbIsAskedByDomain()
    {
        const DetectionResult r = detect(QStringLiteral("dave@postfix.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(!r.candidates.isEmpty(), why.constData());
        QCOMPARE(r.candidates.first().source, CandidateSource::Ispdb);
        QCOMPARE(r.candidates.first().trust, Trust::Medium);
        QCOMPARE(r.candidates.first().endpoint,
                 (ProbeEndpoint{QStringLiteral("smtp.postfix.test"), 587, SecurityMode::StartTls}));
        QVERIFY(!r.candidates.first().needsApproval);
    }

    void plainHttpAutoconfigIsUntrusted()
    {
        const DetectionResult r = detect(QStringLiteral("erin@plainhttp.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(!r.candidates.isEmpty(), why.constData());
        QCOMPARE(r.candidates.first().source, CandidateSource::AutoconfigHttp);
        QCOMPARE(r.candidates.first().trust, Trust::Untrusted);
        QVERIFY(r.candidates.first().needsApproval); // smtp.example.test lies outside plainhttp.test

        ProviderDetector::Options noHttp = options();
        noHttp.allowHttp = false;
        const DetectionResult strict = detect(QStringLiteral("erin@plainhttp.test"), noHttp);
        for (const Candidate &c : strict.candidates)
            QVERIFY(c.source != CandidateSource::AutoconfigHttp);
    }

    void srvTargetOutsideTheDomainIsRefused()
    {
        const DetectionResult r = detect(QStringLiteral("frank@srv-outside.test"), options());
        const QByteArray why = describe(r).toUtf8();
        const SourceReport *srv = report(r, CandidateSource::Srv, QStringLiteral("_submissions._tcp"));
        QVERIFY2(srv, why.constData());
        QCOMPARE(srv->outcome, SourceReport::Outcome::Refused);
        QVERIFY(srv->detail.contains(QLatin1String("smtp.example.test")));
        for (const Candidate &c : r.candidates) {
            QVERIFY2(c.endpoint.host != QLatin1String("smtp.example.test"), why.constData());
            QCOMPARE(c.source, CandidateSource::Guess); // nothing else answered
        }
        QVERIFY(!r.candidates.isEmpty());
    }

    void srvTargetInsideTheDomainIsUsed()
    {
        const DetectionResult r = detect(QStringLiteral("gina@srv-inside.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(!r.candidates.isEmpty(), why.constData());
        QCOMPARE(r.candidates.first().source, CandidateSource::Srv);
        QCOMPARE(r.candidates.first().endpoint,
                 (ProbeEndpoint{QStringLiteral("submit.srv-inside.test"), 587, SecurityMode::StartTls}));
    }

    void guessingWhenNothingAnswers()
    {
        const DetectionResult r = detect(QStringLiteral("hank@nomx.test"), options());
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(r.candidates.size() == 2, why.constData());
        QCOMPARE(r.candidates.at(0).source, CandidateSource::Guess);
        QCOMPARE(r.candidates.at(0).trust, Trust::Low);
        QCOMPARE(r.candidates.at(0).endpoint.host, QStringLiteral("nomx.test")); // smtp./mail. do not exist
        QVERIFY(r.domainExists);
    }

    void domainThatDoesNotExist()
    {
        const DetectionResult r = detect(QStringLiteral("ivy@no-such-domain.test"), options());
        QVERIFY(!r.domainExists);
        QVERIFY(r.candidates.isEmpty());
    }

    void hostileAutoconfigAnswers_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("detail");
        QTest::newRow("8 MiB answer") << QStringLiteral("jo@huge.test") << QStringLiteral("larger than");
        QTest::newRow("50000 nested elements") << QStringLiteral("jo@deep.test") << QStringLiteral("nest");
    }

    void hostileAutoconfigAnswers()
    {
        QFETCH(QString, address);
        QFETCH(QString, detail);
        const DetectionResult r = detect(address, options());
        const SourceReport *autoconfig =
            report(r, CandidateSource::Autoconfig, QStringLiteral("https://autoconfig."));
        QVERIFY2(autoconfig, describe(r).toUtf8().constData());
        QCOMPARE(autoconfig->outcome, SourceReport::Outcome::Failed);
        QVERIFY2(autoconfig->detail.contains(detail, Qt::CaseInsensitive), qPrintable(autoconfig->detail));
        for (const Candidate &c : r.candidates)
            QCOMPARE(c.source, CandidateSource::Guess);
    }

    void cliDetect()
    {
        auto runCli = [](const QStringList &args, QString *out, QString *err) {
            QTextStream o(out);
            QTextStream e(err);
            CliApp cli(o, e);
            return cli.run(QStringList{QStringLiteral("mailfix-cli"), QStringLiteral("detect")} + args);
        };
        const QStringList common{QStringLiteral("--ca-file"),   m_env.caFile,
                                 QStringLiteral("--ispdb-url"), QStringLiteral("https://ispdb.test/v1.1/"),
                                 QStringLiteral("--timeout"),   QStringLiteral("5")};
        QString out;
        QString err;
        QCOMPARE(runCli(QStringList{QStringLiteral("alice@example.test"), QStringLiteral("--json")} + common,
                        &out, &err),
                 0);
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("provider")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("autoconfig"));
        const QJsonArray candidates = root.value(QLatin1String("candidates")).toArray();
        QCOMPARE(candidates.size(), 3);
        QCOMPARE(candidates.first().toObject().value(QLatin1String("port")).toInt(), 465);
        QCOMPARE(candidates.first().toObject().value(QLatin1String("trust")).toString(),
                 QStringLiteral("high"));
        const QJsonArray incoming = root.value(QLatin1String("incomingCandidates")).toArray();
        QCOMPARE(incoming.size(), 4);
        QCOMPARE(incoming.first().toObject().value(QLatin1String("protocol")).toString(),
                 QStringLiteral("imap"));
        QCOMPARE(incoming.first().toObject().value(QLatin1String("port")).toInt(), 993);
        QCOMPARE(incoming.last().toObject().value(QLatin1String("protocol")).toString(),
                 QStringLiteral("pop3"));

        out.clear();
        QCOMPARE(runCli(QStringList{QStringLiteral("alice@example.test")} + common, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("Incoming servers, best first:")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("1. IMAP mail.example.test:993")), qPrintable(out));

        out.clear();
        QCOMPARE(runCli(QStringList{QStringLiteral("ivy@no-such-domain.test")} + common, &out, &err), 3);
        QVERIFY(out.contains(QLatin1String("does not exist")));
        err.clear();
        QCOMPARE(runCli(QStringList{QStringLiteral("no-at-sign.test")} + common, &out, &err), 2);
        QVERIFY(err.contains(QLatin1String("no @ sign")));
    }
};

QTEST_GUILESS_MAIN(TestDetectServers)
#include "tst_detect_servers.moc"
