#include "HarnessEnv.h"
#include "diagnose/DiagnosisRun.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

// DiagnosisRun probes while detection still runs (EarlyProbes) against the harness's real servers: whatever
// was probed early and taken over, the signals are those of a run that probed after detection (every planned
// index finishes exactly once, after the plan, with its own endpoint; progress only for planned indexes),
// finished() comes exactly once, and cancel() ends the run at any moment.
class TestDiagnosisEarly : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;

    // What a run signalled, checked as it comes.
    struct Record
    {
        QList<ProbeEndpoint> planned;
        QList<ProbeEndpoint> incomingPlanned;
        QList<int> finishedSmtp;     // probe indexes, in order
        QList<int> finishedIncoming; // incoming probe indexes, in order
        QStringList problems;
        int finishedRuns = 0;
    };

    DiagnosisRun::Options options(const QString &address) const
    {
        DiagnosisRun::Options o;
        o.address = address;
        o.credentials = {address, m_env.password};
        o.caFiles = {m_env.caFile};
        o.detection.ispdbBaseUrl = QStringLiteral("https://ispdb.test/v1.1/");
        o.timeoutMs = 3000;
        return o;
    }

    static void watch(DiagnosisRun *run, Record *r)
    {
        const auto problem = [r](const QString &text) { r->problems << text; };
        QObject::connect(run, &DiagnosisRun::probesPlanned, run, [r, problem](const QList<ProbeEndpoint> &e) {
            if (r->finishedRuns > 0 || !r->planned.isEmpty())
                problem(QStringLiteral("probesPlanned twice or after finished"));
            r->planned = e;
        });
        QObject::connect(run, &DiagnosisRun::incomingProbesPlanned, run,
                         [r](const QList<ProbeEndpoint> &e) { r->incomingPlanned = e; });
        QObject::connect(run, &DiagnosisRun::probeStageStarted, run, [r, problem](int i, ProbeStage) {
            if (r->finishedRuns > 0 || i < 0 || i >= r->planned.size() || r->finishedSmtp.contains(i))
                problem(QStringLiteral("stage of probe %1 out of place").arg(i));
        });
        QObject::connect(run, &DiagnosisRun::probeFinished, run,
                         [r, problem](int i, const ProbeResult &result) {
                             if (r->finishedRuns > 0 || i < 0 || i >= r->planned.size() ||
                                 r->finishedSmtp.contains(i) || !(result.endpoint == r->planned.at(i)))
                                 problem(QStringLiteral("probe %1 finished out of place").arg(i));
                             r->finishedSmtp << i;
                         });
        QObject::connect(
            run, &DiagnosisRun::incomingProbeFinished, run, [r, problem](int i, const ProbeResult &result) {
                if (r->finishedRuns > 0 || i < 0 || i >= r->incomingPlanned.size() ||
                    r->finishedIncoming.contains(i) || !(result.endpoint == r->incomingPlanned.at(i)))
                    problem(QStringLiteral("incoming probe %1 finished out of place").arg(i));
                r->finishedIncoming << i;
            });
        QObject::connect(run, &DiagnosisRun::finished, run, [r](const Diagnosis &) { ++r->finishedRuns; });
    }

    // Runs until finished (a sanity bound, not a timing test), then a little longer to catch late signals.
    static void waitForEnd(const Record &r)
    {
        QTRY_VERIFY_WITH_TIMEOUT(r.finishedRuns > 0, 30000);
        QTest::qWait(200);
    }

private slots:
    void initTestCase() { MAILFIX_REQUIRE_HARNESS(m_env); }

    void signalsAsAfterDetection_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("SRV, autoconfig (Exim)") << m_env.user;
        QTest::newRow("MX, ISPDB (Postfix, Dovecot)") << m_env.postfixUser;
        QTest::newRow("POP before SMTP") << m_env.popfirstUser;
    }

    void signalsAsAfterDetection()
    {
        QFETCH(QString, address);
        DiagnosisRun run(options(address));
        Record r;
        watch(&run, &r);
        run.start();
        waitForEnd(r);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.finishedRuns, 1);
        QVERIFY(!r.planned.isEmpty());
        QCOMPARE(r.planned, run.endpoints().mid(0, r.planned.size()));
        QCOMPARE(r.finishedSmtp.size(), run.endpoints().size()); // the plan's and any a certificate added
        QCOMPARE(r.incomingPlanned, run.incomingEndpoints());
        QCOMPARE(r.finishedIncoming.size(), r.incomingPlanned.size());
        for (qsizetype i = 0; i < run.probeResults().size(); ++i)
            QVERIFY(run.probeResults().at(i).endpoint == run.endpoints().at(i));
        for (qsizetype i = 0; i < run.incomingProbeResults().size(); ++i)
            QVERIFY(run.incomingProbeResults().at(i).endpoint == run.incomingEndpoints().at(i));
    }

    void cancelAnyTime_data()
    {
        QTest::addColumn<int>("afterMs");
        for (const int ms : {0, 1, 5, 20, 50, 100, 200})
            QTest::addRow("%d ms", ms) << ms;
    }

    // At every moment, detection with early probes running included: finished once, nothing after it.
    void cancelAnyTime()
    {
        QFETCH(int, afterMs);
        DiagnosisRun run(options(m_env.user));
        Record r;
        watch(&run, &r);
        run.start();
        QTimer::singleShot(afterMs, &run, [&run] { run.cancel(); });
        waitForEnd(r);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.finishedRuns, 1);
        QCOMPARE(run.phase(), DiagnosisRun::Phase::Done);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisEarly)
#include "tst_diagnosis_early.moc"
