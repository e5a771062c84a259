#include "Version.h"
#include "cli/CliApp.h"

#include <QTest>

// CliApp: the console program's argument handling and exit codes.
class TestCliApp : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args, const QString &password = QString())
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApp cli(outStream, errStream);
        cli.setPasswordReader([password](QString *p) {
            *p = password;
            return !password.isEmpty();
        });
        const int code = cli.run(QStringList{QStringLiteral("mailfix-cli")} + args);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

private slots:
    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("outContains");
        QTest::addColumn<QString>("errContains");

        const QString version = QLatin1String(MailFix::kVersion);
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << version << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("version")} << 0 << version << QString();
        QTest::newRow("--help lists commands")
            << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("self-test") << QString();
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << QStringLiteral("Commands:")
                            << QString();
        QTest::newRow("no arguments") << QStringList{} << 2 << QString() << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("self-test") << QStringList{QStringLiteral("self-test")} << 0
                                   << QStringLiteral("OpenSSL") << QString();
    }

    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, outContains);
        QFETCH(QString, errContains);
        const Run result = run(args);
        QCOMPARE(result.code, code);
        QVERIFY2(result.out.contains(outContains), qPrintable(result.out));
        QVERIFY2(result.err.contains(errContains), qPrintable(result.err));
        if (errContains.isEmpty())
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

private slots:
    // Every bad argument of "probe" is refused with exit code 2 and a message, before any network use.
    void probeBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString s = QStringLiteral("--server");
        const QString h = QStringLiteral("smtp.example.test");
        auto row = [](const char *name, const QStringList &args, const char *message) {
            QTest::newRow(name) << args << QString::fromUtf8(message);
        };
        row("no server", {}, "--server is required");
        row("empty server", {s, QStringLiteral(" ")}, "--server is required");
        row("server with a space", {s, QStringLiteral("smtp example")}, "is not a server name");
        row("address as server", {s, QStringLiteral("alice@example.test")}, "is not a server name");
        row("port 0", {s, h, QStringLiteral("--ports"), QStringLiteral("0")}, "is not a port");
        row("port too big", {s, h, QStringLiteral("--ports"), QStringLiteral("70000")}, "is not a port");
        row("port not a number", {s, h, QStringLiteral("--ports"), QStringLiteral("smtp")}, "is not a port");
        row("no port", {s, h, QStringLiteral("--ports"), QStringLiteral(",")}, "names no port");
        row("unknown security", {s, h, QStringLiteral("--ports"), QStringLiteral("587:ssl3")}, "unknown security");
        row("timeout 0", {s, h, QStringLiteral("--timeout"), QStringLiteral("0")}, "--timeout must be");
        row("timeout text", {s, h, QStringLiteral("--timeout"), QStringLiteral("soon")}, "--timeout must be");
        row("timeout huge", {s, h, QStringLiteral("--timeout"), QStringLiteral("100000")}, "--timeout must be");
        row("user without password-stdin", {s, h, QStringLiteral("--user"), QStringLiteral("alice")},
            "never taken from an argument");
        row("password-stdin without user", {s, h, QStringLiteral("--password-stdin")}, "--password-stdin needs --user");
        row("missing CA file", {s, h, QStringLiteral("--ca-file"), QStringLiteral("/no/such/ca.pem")},
            "cannot read the CA file");
        row("CA file without a certificate", {s, h, QStringLiteral("--ca-file"), QStringLiteral(__FILE__)},
            "holds no PEM certificate");
        row("unknown option", {s, h, QStringLiteral("--frobnicate")}, "Unknown option");
        row("stray argument", {s, h, QStringLiteral("extra")}, "unexpected argument");
        row("bad sender", {s, h, QStringLiteral("--from"), QStringLiteral("alice")}, "is not an email address");
        row("recipient with a line break", {s, h, QStringLiteral("--to"), QStringLiteral("a@b.test\r\nRSET")},
            "is not an email address");
        row("send-test without password", {s, h, QStringLiteral("--send-test"), QStringLiteral("--from"),
                                           QStringLiteral("alice@example.test")},
            "--send-test needs");
    }

    void probeBadUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run result = run(QStringList{QStringLiteral("probe")} + args);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void probeWithoutPasswordOnStdin()
    {
        const Run result = run({QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("h.test"),
                                QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QLatin1String("no password on standard input")));
    }
};

QTEST_GUILESS_MAIN(TestCliApp)
#include "tst_cliapp.moc"
