#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real mailfix-cli (MAILFIX_CLI, built, not linked) when standard input is not a terminal, as an RMM
// tool runs it: it never prompts, a missing password is exit code 2 at once, and commands without
// --password-stdin never read standard input (they finish although it stays open and empty). Also the
// deployment settings from MAILFIX_CONFIG, end to end. It runs inside the harness's namespace (detect and
// diagnose ask DNS): there no-such-domain.test does not exist, at once and every time.
class TestCliNonTty : public QObject
{
    Q_OBJECT

    enum class Stdin { Closed, DevNull, Text, OpenAndEmpty };

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
    };

    static Result runCli(const QStringList &args, Stdin stdinMode, const QByteArray &text = {},
                         const QString &config = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // English messages
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("MAILFIX_CONFIG"), config);
        process.setProcessEnvironment(env);
        if (stdinMode == Stdin::DevNull)
            process.setStandardInputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(MAILFIX_CLI), args);
        if (!process.waitForStarted(10000))
            return {};
        if (stdinMode == Stdin::Closed) {
            process.closeWriteChannel();
        } else if (stdinMode == Stdin::Text) {
            process.write(text);
            process.closeWriteChannel();
        } // OpenAndEmpty: the pipe stays open; a read would block until the kill below
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {-2, process.readAllStandardOutput(), process.readAllStandardError(), timer.elapsed()};
        }
        const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
        return {code, process.readAllStandardOutput(), process.readAllStandardError(), timer.elapsed()};
    }

private slots:
    void neverPrompts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("stdinMode");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("errContains");
        QTest::addColumn<int>("withinMs"); // generous for the sanitizer build; a wait for stdin takes 30 s

        const QStringList probe{QStringLiteral("probe"),     QStringLiteral("--server"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                                QStringLiteral("1"),         QStringLiteral("--timeout"),
                                QStringLiteral("1")};
        const QStringList withPassword{QStringLiteral("--user"), QStringLiteral("u"),
                                       QStringLiteral("--password-stdin")};
        // a domain the harness's DNS says does not exist: nothing to find, nothing sent anywhere
        const QStringList diagnose{QStringLiteral("diagnose"),  QStringLiteral("alice@no-such-domain.test"),
                                   QStringLiteral("--timeout"), QStringLiteral("1"),
                                   QStringLiteral("--no-http"), QStringLiteral("--json")};

        // Exit code 2 comes at once, before any network use. The others end within their --timeout of 1 s
        // per phase: 127.0.0.1 port 1 is refused (3, nothing reachable), the domain does not exist (3).
        const QByteArray noPassword("no password on standard input");
        QTest::newRow("probe, password, stdin closed")
            << probe + withPassword << int(Stdin::Closed) << QByteArray() << 2 << noPassword << 3000;
        QTest::newRow("probe, password, stdin /dev/null")
            << probe + withPassword << int(Stdin::DevNull) << QByteArray() << 2 << noPassword << 3000;
        QTest::newRow("probe, password, empty line")
            << probe + withPassword << int(Stdin::Text) << QByteArray("\n") << 2 << noPassword << 3000;
        QTest::newRow("probe, password piped") << probe + withPassword << int(Stdin::Text)
                                               << QByteArray("secret\n") << 3 << QByteArray() << 10000;
        QTest::newRow("probe without password, stdin open")
            << probe << int(Stdin::OpenAndEmpty) << QByteArray() << 3 << QByteArray() << 10000;
        QTest::newRow("diagnose, password, stdin closed")
            << diagnose + QStringList{QStringLiteral("--password-stdin")} << int(Stdin::Closed)
            << QByteArray() << 2 << noPassword << 3000;
        QTest::newRow("diagnose without password, stdin open")
            << diagnose << int(Stdin::OpenAndEmpty) << QByteArray() << 3 << QByteArray() << 10000;
        QTest::newRow("detect, stdin open")
            << QStringList{QStringLiteral("detect"), QStringLiteral("alice@no-such-domain.test"),
                           QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--no-http")}
            << int(Stdin::OpenAndEmpty) << QByteArray() << 3 << QByteArray() << 10000;
        QTest::newRow("explain, stdin open")
            << QStringList{QStringLiteral("explain"),
                           QStringLiteral("503 valid RCPT command must precede DATA")}
            << int(Stdin::OpenAndEmpty) << QByteArray() << 0 << QByteArray() << 3000;
    }

    void neverPrompts()
    {
        QFETCH(QStringList, args);
        QFETCH(int, stdinMode);
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        QFETCH(QByteArray, errContains);
        QFETCH(int, withinMs);
        const Result r = runCli(args, Stdin(stdinMode), text);
        QVERIFY2(r.code != -2, "mailfix-cli did not finish within 30 s: it waits for standard input");
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit code %1, expected %2; stderr: %3")
                                                .arg(r.code)
                                                .arg(code)
                                                .arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.elapsedMs <= withinMs,
                 qPrintable(QStringLiteral("took %1 ms, more than %2 ms").arg(r.elapsedMs).arg(withinMs)));
        QVERIFY2(!r.err.contains("Password"), r.err.constData()); // no prompt
        QVERIFY2(!r.out.contains("Password"), r.out.constData());
        QVERIFY2(r.err.contains(errContains), r.err.constData());
        if (args.contains(QLatin1String("--json")) && r.code != 2)
            QVERIFY2(QJsonDocument::fromJson(r.out).isObject(), r.out.constData());
    }

    // The deployment settings forbid options; a script learns it from exit code 2 and one sentence.
    void deploymentPolicy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("errContains");
        const QStringList probe{QStringLiteral("probe"),     QStringLiteral("--server"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                                QStringLiteral("1"),         QStringLiteral("--timeout"),
                                QStringLiteral("1")};
        QTest::newRow("--send-test") << probe + QStringList{QStringLiteral("--send-test")}
                                     << QByteArray("--send-test is not allowed on this computer");
        QTest::newRow("--allow-plaintext-auth")
            << probe + QStringList{QStringLiteral("--allow-plaintext-auth")}
            << QByteArray("allowPlaintextAuth=false in ");
        QTest::newRow("--accept-certificate") << probe + QStringList{QStringLiteral("--accept-certificate")}
                                              << QByteArray("allowCertificateOverride=false in ");
        QTest::newRow("--ispdb-url") << QStringList{QStringLiteral("detect"),
                                                    QStringLiteral("a@no-such-domain.test"),
                                                    QStringLiteral("--ispdb-url"),
                                                    QStringLiteral("https://ispdb.test/v1.1/")}
                                     << QByteArray("allowOnlineIspdb=false in ");
    }

    void deploymentPolicy()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, errContains);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("mailfix.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[checks]\nallowSendTest=false\nallowPlaintextAuth=false\nallowCertificateOverride=false\n"
                   "[providers]\nallowOnlineIspdb=false\n");
        file.close();
        const Result r = runCli(args, Stdin::Closed, {}, config);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(errContains), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliNonTty)
#include "tst_clinontty.moc"
