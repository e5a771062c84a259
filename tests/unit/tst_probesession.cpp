#include "core/ProbeFactory.h"
#include "core/ProbeSession.h"
#include "core/UnsupportedProbe.h"
#include "imap/ImapProbe.h"
#include "pop3/Pop3Probe.h"
#include "smtp/SmtpProbe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(SecurityMode)

namespace {
// A probe the test controls: it reports one stage and finishes with the outcome it was given, from the
// event loop (or never, to test cancel()).
class ScriptedProbe : public Probe
{
public:
    ScriptedProbe(ProbeEndpoint endpoint, std::optional<ProbeResult::Outcome> outcome, QObject *parent)
        : Probe(parent), m_outcome(outcome)
    {
        m_result.endpoint = std::move(endpoint);
    }

    void start() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit stageStarted(ProbeStage::Banner);
                if (m_outcome)
                    finishWith(*m_outcome);
            },
            Qt::QueuedConnection);
    }
    void cancel() override { finishWith(ProbeResult::Outcome::Cancelled); }
    [[nodiscard]] const ProbeEndpoint &endpoint() const override { return m_result.endpoint; }
    [[nodiscard]] ProbeStage currentStage() const override { return ProbeStage::Banner; }

    void finishWith(ProbeResult::Outcome outcome)
    {
        if (!markFinished())
            return;
        m_result.outcome = outcome;
        emit finished(m_result);
    }

private:
    std::optional<ProbeResult::Outcome> m_outcome;
    ProbeResult m_result;
};

QList<ProbeResult> run(ProbeSession &session, int timeoutMs = 3000)
{
    QSignalSpy finished(&session, &ProbeSession::finished);
    session.start();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return {};
    QTest::qWait(20); // a second finished() would show up here
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<QList<ProbeResult>>();
}
} // namespace

// The seam for other protocols: ProbeSession makes its probes through a factory, the endpoint's
// protocol picks the probe, and a protocol without a probe still gives one result, once.
class TestProbeSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        qRegisterMetaType<QList<ProbeResult>>();
    }

    void theFactoryMakesEveryProbe()
    {
        const QList<ProbeEndpoint> endpoints{
            {QStringLiteral("a.test"), 25, SecurityMode::StartTls},
            {QStringLiteral("a.test"), 993, SecurityMode::ImplicitTls, Protocol::Imap},
        };
        ProbeOptions options;
        options.timeoutMs = 1000;
        options.from = QStringLiteral("alice@a.test");
        QList<ProbeEndpoint> asked;
        ProbeSession session(
            endpoints, options,
            [&asked](const ProbeEndpoint &e, const ProbeOptions &o, QObject *parent) -> Probe * {
                asked << e;
                if (o.from != QLatin1String("alice@a.test"))
                    return nullptr;
                return new ScriptedProbe(e, ProbeResult::Outcome::Completed, parent);
            });
        QSignalSpy stages(&session, &ProbeSession::probeStageStarted);
        const QList<ProbeResult> results = run(session);
        QCOMPARE(asked, endpoints);
        QCOMPARE(results.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(results.at(i).endpoint, endpoints.at(i));
            QCOMPARE(results.at(i).outcome, ProbeResult::Outcome::Completed);
        }
        QCOMPARE(results.at(1).protocol(), Protocol::Imap);
        QCOMPARE(stages.size(), 2);
    }

    void theStandardFactoryPicksTheProbeByProtocol()
    {
        const ProbeFactory factory = ProbeFactories::standard();
        QObject parent;
        Probe *smtp = factory({QStringLiteral("a.test"), 587, SecurityMode::StartTls}, {}, &parent);
        QVERIFY(qobject_cast<SmtpProbe *>(smtp));
        QCOMPARE(smtp->parent(), &parent);
        Probe *imap =
            factory({QStringLiteral("a.test"), 993, SecurityMode::ImplicitTls, Protocol::Imap}, {}, &parent);
        QVERIFY(qobject_cast<ImapProbe *>(imap));
        QCOMPARE(imap->endpoint().protocol, Protocol::Imap);
        Probe *pop3 =
            factory({QStringLiteral("a.test"), 995, SecurityMode::ImplicitTls, Protocol::Pop3}, {}, &parent);
        QVERIFY(qobject_cast<Pop3Probe *>(pop3));
        QCOMPARE(pop3->endpoint().protocol, Protocol::Pop3);
    }

    // A protocol the factory has no probe for gives a failed result that says so, once, never from start().
    void anUnsupportedProtocolStillGivesOneResult()
    {
        ProbeSession session({{QStringLiteral("127.0.0.1"), 110, SecurityMode::StartTls, Protocol::Pop3}}, {},
                             [](const ProbeEndpoint &, const ProbeOptions &, QObject *) { return nullptr; });
        QSignalSpy streamed(&session, &ProbeSession::probeFinished);
        QSignalSpy finished(&session, &ProbeSession::finished);
        session.start();
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(2000));
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(streamed.size(), 1);
        const ProbeResult r = session.results().first();
        QCOMPARE(r.protocol(), Protocol::Pop3);
        QCOMPARE(r.outcome, ProbeResult::Outcome::Failed);
        QCOMPARE(r.failure, QStringLiteral("MailFix cannot check POP3 servers yet"));
        QCOMPARE(r.connect, ConnectOutcome::NotTried);
        QCOMPARE(r.stages.size(), 1);
        QCOMPARE(r.stages.first().outcome, StageOutcome::Skipped);
    }

    void aFactoryWithoutAProbeForTheEndpoint()
    {
        ProbeSession session({{QStringLiteral("a.test"), 25, SecurityMode::None}}, {},
                             [](const ProbeEndpoint &, const ProbeOptions &, QObject *) { return nullptr; });
        const QList<ProbeResult> results = run(session);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, ProbeResult::Outcome::Failed);
        QVERIFY(results.first().failure.contains(QLatin1String("SMTP")));
    }

    void cancelEndsEveryProbeOnce()
    {
        ProbeSession session({{QStringLiteral("a.test"), 25, SecurityMode::None},
                              {QStringLiteral("a.test"), 465, SecurityMode::ImplicitTls}},
                             {}, [](const ProbeEndpoint &e, const ProbeOptions &, QObject *parent) {
                                 return new ScriptedProbe(e, std::nullopt, parent); // never ends alone
                             });
        QSignalSpy finished(&session, &ProbeSession::finished);
        session.start();
        QTest::qWait(20);
        QCOMPARE(finished.size(), 0);
        session.cancel();
        QCOMPARE(finished.size(), 1);
        for (const ProbeResult &r : session.results())
            QCOMPARE(r.outcome, ProbeResult::Outcome::Cancelled);
        session.cancel();
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
    }

    // The real SMTP probe through the default factory: its result says SMTP.
    void smtpThroughTheDefaultFactory()
    {
        quint16 port = 0;
        {
            QTcpServer listener;
            QVERIFY(listener.listen(QHostAddress::LocalHost));
            port = listener.serverPort();
        }
        ProbeOptions options;
        options.timeoutMs = 2000;
        ProbeSession session({{QStringLiteral("127.0.0.1"), port, SecurityMode::None}}, options);
        const QList<ProbeResult> results = run(session);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().protocol(), Protocol::Smtp);
        QCOMPARE(results.first().connect, ConnectOutcome::Refused);
    }

    void defaultSecurity_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<SecurityMode>("security");
        QTest::newRow("smtp 25") << 25 << Protocol::Smtp << SecurityMode::StartTls;
        QTest::newRow("smtp 465") << 465 << Protocol::Smtp << SecurityMode::ImplicitTls;
        QTest::newRow("smtp 587") << 587 << Protocol::Smtp << SecurityMode::StartTls;
        QTest::newRow("smtp 993") << 993 << Protocol::Smtp << SecurityMode::StartTls;
        QTest::newRow("imap 143") << 143 << Protocol::Imap << SecurityMode::StartTls;
        QTest::newRow("imap 993") << 993 << Protocol::Imap << SecurityMode::ImplicitTls;
        QTest::newRow("pop3 110") << 110 << Protocol::Pop3 << SecurityMode::StartTls;
        QTest::newRow("pop3 995") << 995 << Protocol::Pop3 << SecurityMode::ImplicitTls;
    }

    void defaultSecurity()
    {
        QFETCH(int, port);
        QFETCH(Protocol, protocol);
        QFETCH(SecurityMode, security);
        QCOMPARE(ProbeEndpoint::defaultSecurityFor(quint16(port), protocol), security);
    }

    void endpointsDifferByProtocol()
    {
        const ProbeEndpoint smtp{QStringLiteral("mail.a.test"), 993, SecurityMode::ImplicitTls};
        ProbeEndpoint imap = smtp;
        imap.protocol = Protocol::Imap;
        QCOMPARE(smtp.protocol, Protocol::Smtp); // {host, port, security} is an SMTP endpoint
        QVERIFY(!(smtp == imap));
    }

    void protocolNames()
    {
        for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
            Protocol parsed = Protocol::Smtp;
            QVERIFY(ProbeNames::parseProtocol(ProbeNames::protocol(p).toUpper(), &parsed));
            QCOMPARE(parsed, p);
        }
        QCOMPARE(ProbeNames::protocol(Protocol::Pop3), QStringLiteral("pop3"));
        Protocol parsed = Protocol::Imap;
        QVERIFY(!ProbeNames::parseProtocol(QStringLiteral("nntp"), &parsed));
        QCOMPARE(parsed, Protocol::Imap);
    }
};

QTEST_GUILESS_MAIN(TestProbeSession)
#include "tst_probesession.moc"
