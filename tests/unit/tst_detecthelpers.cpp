#include "detect/ProviderDetector.h"

#include <QTest>

// The pure decisions behind ProviderDetector: base domains, SRV targets, ranking, approval marks.
Q_DECLARE_METATYPE(QList<Candidate>)

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

    static Candidate incoming(const QString &host, quint16 port, Protocol protocol, CandidateSource source)
    {
        Candidate c;
        c.endpoint = {host, port, ProbeEndpoint::defaultSecurityFor(port, protocol), protocol};
        c.source = source;
        c.trust = DetectionNames::trustOf(source);
        return c;
    }

    // "protocol:host:port:source" of each candidate, in order.
    static QStringList describeIncoming(const QList<Candidate> &candidates)
    {
        QStringList out;
        for (const Candidate &c : candidates)
            out << QStringLiteral("%1:%2:%3:%4")
                       .arg(ProbeNames::protocol(c.endpoint.protocol), c.endpoint.host)
                       .arg(c.endpoint.port)
                       .arg(DetectionNames::source(c.source));
        return out;
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

    // Incoming: sources by precedence; a clientConfig keeps its own order (POP3 first when it says so,
    // STARTTLS first when it says so); SRV and guesses go IMAP before POP3, implicit TLS first; the same
    // endpoint twice stays once, but IMAP and POP3 on one host are different endpoints.
    void rankIncoming_data()
    {
        QTest::addColumn<QList<Candidate>>("input");
        QTest::addColumn<int>("srvPrefers"); // Protocol
        QTest::addColumn<QStringList>("expected");
        const QString h = QStringLiteral("mail.example.com");
        QTest::newRow("precedence, clientConfig order kept")
            << QList<Candidate>{incoming(QStringLiteral("imap.example.com"), 993, Protocol::Imap,
                                         CandidateSource::Guess),
                                incoming(h, 110, Protocol::Pop3, CandidateSource::Autoconfig),
                                incoming(h, 993, Protocol::Imap, CandidateSource::Autoconfig),
                                incoming(h, 993, Protocol::Imap, CandidateSource::Srv),
                                incoming(h, 143, Protocol::Imap, CandidateSource::Bundled)}
            << int(Protocol::Imap)
            << QStringList{QStringLiteral("imap:mail.example.com:143:bundled"),
                           QStringLiteral("pop3:mail.example.com:110:autoconfig"),
                           QStringLiteral("imap:mail.example.com:993:autoconfig"),
                           QStringLiteral("imap:imap.example.com:993:guess")};
        QTest::newRow("SRV: IMAP first, implicit TLS first")
            << QList<Candidate>{incoming(h, 110, Protocol::Pop3, CandidateSource::Srv),
                                incoming(h, 143, Protocol::Imap, CandidateSource::Srv),
                                incoming(h, 995, Protocol::Pop3, CandidateSource::Srv),
                                incoming(h, 993, Protocol::Imap, CandidateSource::Srv)}
            << int(Protocol::Imap)
            << QStringList{QStringLiteral("imap:mail.example.com:993:srv"),
                           QStringLiteral("imap:mail.example.com:143:srv"),
                           QStringLiteral("pop3:mail.example.com:995:srv"),
                           QStringLiteral("pop3:mail.example.com:110:srv")};
        QTest::newRow("SRV: POP3 first when its priority is lower (RFC 6186 3.4)")
            << QList<Candidate>{incoming(h, 993, Protocol::Imap, CandidateSource::Srv),
                                incoming(h, 110, Protocol::Pop3, CandidateSource::Srv),
                                incoming(h, 995, Protocol::Pop3, CandidateSource::Srv)}
            << int(Protocol::Pop3)
            << QStringList{QStringLiteral("pop3:mail.example.com:995:srv"),
                           QStringLiteral("pop3:mail.example.com:110:srv"),
                           QStringLiteral("imap:mail.example.com:993:srv")};
        QTest::newRow("guesses: IMAP before POP3, TLS first, host order kept")
            << QList<Candidate>{incoming(QStringLiteral("imap.example.com"), 993, Protocol::Imap,
                                         CandidateSource::Guess),
                                incoming(QStringLiteral("imap.example.com"), 143, Protocol::Imap,
                                         CandidateSource::Guess),
                                incoming(QStringLiteral("pop.example.com"), 995, Protocol::Pop3,
                                         CandidateSource::Guess),
                                incoming(QStringLiteral("pop.example.com"), 110, Protocol::Pop3,
                                         CandidateSource::Guess),
                                incoming(h, 993, Protocol::Imap, CandidateSource::Guess),
                                incoming(h, 143, Protocol::Imap, CandidateSource::Guess),
                                incoming(h, 995, Protocol::Pop3, CandidateSource::Guess)}
            << int(Protocol::Pop3) // the SRV preference does not touch guesses
            << QStringList{QStringLiteral("imap:imap.example.com:993:guess"),
                           QStringLiteral("imap:mail.example.com:993:guess"),
                           QStringLiteral("imap:imap.example.com:143:guess"),
                           QStringLiteral("imap:mail.example.com:143:guess"),
                           QStringLiteral("pop3:pop.example.com:995:guess"),
                           QStringLiteral("pop3:mail.example.com:995:guess"),
                           QStringLiteral("pop3:pop.example.com:110:guess")};
        QTest::newRow("same host and port, both protocols kept; duplicates go")
            << QList<Candidate>{incoming(h, 995, Protocol::Imap, CandidateSource::Ispdb),
                                incoming(h, 995, Protocol::Pop3, CandidateSource::Ispdb),
                                incoming(h, 995, Protocol::Pop3, CandidateSource::AutoconfigHttp)}
            << int(Protocol::Imap)
            << QStringList{QStringLiteral("imap:mail.example.com:995:ispdb"),
                           QStringLiteral("pop3:mail.example.com:995:ispdb")};
    }

    void rankIncoming()
    {
        QFETCH(QList<Candidate>, input);
        QFETCH(int, srvPrefers);
        QFETCH(QStringList, expected);
        QCOMPARE(describeIncoming(ProviderDetector::rankIncoming(input, Protocol(srvPrefers))), expected);
    }

    void incomingGuesses()
    {
        const auto describe = [](const QList<ProbeEndpoint> &endpoints) {
            QStringList out;
            for (const ProbeEndpoint &e : endpoints)
                out << QStringLiteral("%1:%2:%3")
                           .arg(ProbeNames::protocol(e.protocol))
                           .arg(e.port)
                           .arg(e.security == SecurityMode::ImplicitTls ? QStringLiteral("tls")
                                                                        : QStringLiteral("starttls"));
            return out;
        };
        QCOMPARE(describe(ProviderDetector::incomingGuessesFor(QStringLiteral("imap.example.com"))),
                 (QStringList{QStringLiteral("imap:993:tls"), QStringLiteral("imap:143:starttls")}));
        QCOMPARE(describe(ProviderDetector::incomingGuessesFor(QStringLiteral("pop.example.com"))),
                 (QStringList{QStringLiteral("pop3:995:tls"), QStringLiteral("pop3:110:starttls")}));
        QCOMPARE(describe(ProviderDetector::incomingGuessesFor(QStringLiteral("mail.example.com"))),
                 (QStringList{QStringLiteral("imap:993:tls"), QStringLiteral("imap:143:starttls"),
                              QStringLiteral("pop3:995:tls"), QStringLiteral("pop3:110:starttls")}));
    }

    void incomingApprovalMarks()
    {
        QList<Candidate> list = {
            incoming(QStringLiteral("imap.example.com"), 993, Protocol::Imap, CandidateSource::Autoconfig),
            incoming(QStringLiteral("imap.hoster.net"), 993, Protocol::Imap, CandidateSource::MxAutoconfig),
            incoming(QStringLiteral("imap.gmail.com"), 993, Protocol::Imap, CandidateSource::MxBundled),
            incoming(QStringLiteral("pop.msp.example.org"), 995, Protocol::Pop3, CandidateSource::Override),
        };
        ProviderDetector::markApproval(&list, QStringLiteral("example.com"), {QStringLiteral("gmail.com")});
        QCOMPARE(list.at(0).needsApproval, false);
        QCOMPARE(list.at(1).needsApproval, true);
        QCOMPARE(list.at(2).needsApproval, false);
        QCOMPARE(list.at(3).needsApproval, false);
    }

    void incomingCandidatesFromServersFillPlaceholders()
    {
        IncomingServerConfig pop;
        pop.type = IncomingServerConfig::Type::Pop3;
        pop.hostname = QStringLiteral("pop.%EMAILDOMAIN%");
        pop.port = 995;
        pop.socketType = OutgoingServerConfig::SocketType::Ssl;
        pop.usernameTemplate = QStringLiteral("%EMAILLOCALPART%");
        IncomingServerConfig imap = pop;
        imap.type = IncomingServerConfig::Type::Imap;
        imap.hostname = QStringLiteral("imap.example.com");
        imap.port = 143;
        imap.socketType = OutgoingServerConfig::SocketType::StartTls;
        imap.usernameTemplate = QStringLiteral("%EMAILADDRESS%");
        IncomingServerConfig bad = imap;
        bad.hostname = QStringLiteral("%EMAILADDRESS%"); // not a host name once filled in: dropped
        const EmailAddress address = EmailAddress::parse(QStringLiteral("jürgen@münchen.de"));
        const QList<Candidate> out = ProviderDetector::incomingCandidatesFromServers(
            {pop, bad, imap}, address, CandidateSource::Ispdb, QStringLiteral("x"));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).endpoint, (ProbeEndpoint{QStringLiteral("pop.xn--mnchen-3ya.de"), 995,
                                                    SecurityMode::ImplicitTls, Protocol::Pop3}));
        QCOMPARE(out.at(0).username, QStringLiteral("jürgen"));
        QCOMPARE(out.at(0).trust, Trust::Medium);
        QCOMPARE(out.at(1).endpoint, (ProbeEndpoint{QStringLiteral("imap.example.com"), 143,
                                                    SecurityMode::StartTls, Protocol::Imap}));
        QCOMPARE(out.at(1).username, QStringLiteral("jürgen@münchen.de"));
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
