#include "CliTestRun.h"
#include "Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// CliApp: the console program's argument handling and exit codes.
class TestCliApp : public QObject
{
    Q_OBJECT

    using Run = CliTestRun;

    static Run run(const QStringList &args, const QString &password = QString())
    {
        return CliTestRun::run(args, password);
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
        QTest::newRow("--help lists diagnose")
            << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("diagnose ADDRESS") << QString();
        QTest::newRow("--help lists explain")
            << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("explain TEXT") << QString();
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
        row("unknown security", {s, h, QStringLiteral("--ports"), QStringLiteral("587:ssl3")},
            "unknown security");
        row("timeout 0", {s, h, QStringLiteral("--timeout"), QStringLiteral("0")}, "--timeout must be");
        row("timeout text", {s, h, QStringLiteral("--timeout"), QStringLiteral("soon")}, "--timeout must be");
        row("timeout huge", {s, h, QStringLiteral("--timeout"), QStringLiteral("100000")},
            "--timeout must be");
        row("user without password-stdin", {s, h, QStringLiteral("--user"), QStringLiteral("alice")},
            "never taken from an argument");
        row("password-stdin without user", {s, h, QStringLiteral("--password-stdin")},
            "--password-stdin needs --user");
        row("missing CA file", {s, h, QStringLiteral("--ca-file"), QStringLiteral("/no/such/ca.pem")},
            "cannot read the CA file");
        row("CA file without a certificate",
            {s, h, QStringLiteral("--ca-file"), QStringLiteral(THIS_SOURCE_FILE)},
            "holds no PEM certificate");
        row("unknown option", {s, h, QStringLiteral("--frobnicate")}, "Unknown option");
        row("stray argument", {s, h, QStringLiteral("extra")}, "unexpected argument");
        row("bad sender", {s, h, QStringLiteral("--from"), QStringLiteral("alice")},
            "is not an email address");
        row("recipient with a line break", {s, h, QStringLiteral("--to"), QStringLiteral("a@b.test\r\nRSET")},
            "is not an email address");
        row("send-test without password",
            {s, h, QStringLiteral("--send-test"), QStringLiteral("--from"),
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
        const Run result =
            run({QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("h.test"),
                 QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin")});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QLatin1String("no password on standard input")));
    }

    // Every bad argument of "diagnose" is refused with exit code 2 and a message, before any network use.
    void diagnoseBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString a = QStringLiteral("alice@example.test");
        auto row = [](const char *name, const QStringList &args, const char *message) {
            QTest::newRow(name) << args << QString::fromUtf8(message);
        };
        row("no address", {}, "give one email address");
        row("two addresses", {a, QStringLiteral("bob@example.test")}, "give only one email address");
        row("not an address", {QStringLiteral("alice.example.test")}, "has no @ sign");
        row("address with a line break", {QStringLiteral("alice@example.test\r\nRSET")}, "line break");
        row("current too short", {a, QStringLiteral("--current"), QStringLiteral("smtp.example.test:587")},
            "is not HOST:PORT:SECURITY:AUTH");
        row("current bad port",
            {a, QStringLiteral("--current"), QStringLiteral("smtp.example.test:0:tls:none")},
            "is not a port");
        row("current bad security",
            {a, QStringLiteral("--current"), QStringLiteral("smtp.example.test:587:ssl3:normal-password")},
            "unknown security");
        row("current bad auth",
            {a, QStringLiteral("--current"), QStringLiteral("smtp.example.test:587:tls:kerberos")},
            "unknown authentication");
        row("timeout 0", {a, QStringLiteral("--timeout"), QStringLiteral("0")}, "--timeout must be");
        row("timeout text", {a, QStringLiteral("--timeout"), QStringLiteral("soon")}, "--timeout must be");
        row("missing CA file", {a, QStringLiteral("--ca-file"), QStringLiteral("/no/such/ca.pem")},
            "cannot read the CA file");
        row("CA file without a certificate",
            {a, QStringLiteral("--ca-file"), QStringLiteral(THIS_SOURCE_FILE)}, "holds no PEM certificate");
        row("ISPDB URL not http", {a, QStringLiteral("--ispdb-url"), QStringLiteral("ftp://ispdb.test/")},
            "is not an http or https URL");
        row("overrides not a folder", {a, QStringLiteral("--overrides"), QStringLiteral(THIS_SOURCE_FILE)},
            "is not a folder");
        row("bad sender", {a, QStringLiteral("--from"), QStringLiteral("bob")}, "is not an email address");
        row("recipient with a line break", {a, QStringLiteral("--to"), QStringLiteral("a@b.test\r\nRSET")},
            "is not an email address");
        row("approve-host with a space",
            {a, QStringLiteral("--approve-host"), QStringLiteral("smtp example")}, "is not a server name");
        row("approve-host empty", {a, QStringLiteral("--approve-host"), QStringLiteral(" ")},
            "--approve-host needs a server name");
        row("program unknown", {a, QStringLiteral("--program"), QStringLiteral("eudora")},
            "--program takes outlook, thunderbird, apple-mail or other, not \"eudora\"");
        row("read-settings of another program",
            {a, QStringLiteral("--read-settings"), QStringLiteral("other")},
            "--read-settings takes outlook, thunderbird or apple-mail, not \"other\"");
#ifndef Q_OS_MACOS
        row("read-settings of apple mail off a Mac",
            {a, QStringLiteral("--read-settings"), QStringLiteral("apple-mail")},
            "--read-settings: Apple Mail's settings can only be read on a Mac");
#endif
        row("user without password-stdin", {a, QStringLiteral("--user"), QStringLiteral("alice")},
            "never taken from an argument");
        row("send-test without password", {a, QStringLiteral("--send-test")}, "--send-test needs a password");
        row("password as an option", {a, QStringLiteral("--password"), QStringLiteral("secret")},
            "Unknown option");
        row("unknown option", {a, QStringLiteral("--frobnicate")}, "Unknown option");
    }

    void diagnoseBadUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run result = run(QStringList{QStringLiteral("diagnose")} + args);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.startsWith(QLatin1String("mailfix-cli diagnose: ")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void diagnoseWithoutPasswordOnStdin()
    {
        // --password-stdin alone is fine for diagnose (the user name comes from detection), but it
        // needs a password.
        const Run result = run({QStringLiteral("diagnose"), QStringLiteral("alice@example.test"),
                                QStringLiteral("--password-stdin")});
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(QLatin1String("no password on standard input")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void explainBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no text") << QStringList{} << QStringLiteral("give the error message");
        QTest::newRow("only spaces") << QStringList{QStringLiteral("  ")}
                                     << QStringLiteral("give the error message");
        QTest::newRow("only --json") << QStringList{QStringLiteral("--json")}
                                     << QStringLiteral("give the error message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("503")}
                                        << QStringLiteral("Unknown option");
    }

    void explainBadUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run result = run(QStringList{QStringLiteral("explain")} + args);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.startsWith(QLatin1String("mailfix-cli explain: ")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // explain --json: the recognised reply, who said it and the finding ids; exit 1 when unknown.
    void explainJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("replyCode");
        QTest::addColumn<QString>("enhancedCode");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("firstFinding");

        QTest::newRow("Exim 503") << QStringLiteral("503 valid RCPT command must precede DATA") << 0 << 503
                                  << QString() << QStringLiteral("exim") << QStringLiteral("unknown")
                                  << QStringLiteral("auth-required");
        QTest::newRow("Outlook wrapping Postfix relay denied")
            << QStringLiteral(
                   "The message could not be sent because one of the recipients was rejected by the "
                   "server. The rejected e-mail address was 'bob@example.com'. Subject 'Hi', Account: "
                   "'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Server Response: "
                   "'554 5.7.1 <bob@example.com>: Relay access denied', Port: 587, Secure(SSL): No, "
                   "Server Error: 554, Error Number: 0x800CCC79")
            << 0 << 554 << QStringLiteral("5.7.1") << QStringLiteral("postfix") << QStringLiteral("outlook")
            << QStringLiteral("auth-required");
        QTest::newRow("wrong password")
            << QStringLiteral("535 5.7.8 Error: authentication failed: authentication failure") << 0 << 535
            << QStringLiteral("5.7.8") << QStringLiteral("postfix") << QStringLiteral("unknown")
            << QStringLiteral("auth-failed");
        QTest::newRow("not a mail error")
            << QStringLiteral("The printer is out of paper") << 1 << 0 << QString()
            << QStringLiteral("unknown") << QStringLiteral("unknown") << QString();
    }

    void explainJson()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(int, replyCode);
        QFETCH(QString, enhancedCode);
        QFETCH(QString, server);
        QFETCH(QString, client);
        QFETCH(QString, firstFinding);
        const Run result = run({QStringLiteral("explain"), QStringLiteral("--json"), text});
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("command")).toString(), QStringLiteral("explain"));
        QCOMPARE(root.value(QLatin1String("exitCode")).toInt(), code);
        QCOMPARE(root.value(QLatin1String("recognized")).toBool(), code == 0);
        QCOMPARE(root.value(QLatin1String("replyCode")).toInt(), replyCode);
        QCOMPARE(root.value(QLatin1String("replyCode")).isNull(), replyCode == 0);
        QCOMPARE(root.value(QLatin1String("enhancedCode")).toString(), enhancedCode);
        QCOMPARE(root.value(QLatin1String("server")).toString(), server);
        QCOMPARE(root.value(QLatin1String("client")).toString(), client);
        const QJsonArray ids = root.value(QLatin1String("findingIds")).toArray();
        QCOMPARE(ids.isEmpty() ? QString() : ids.first().toString(), firstFinding);
        QCOMPARE(root.value(QLatin1String("summary")).toString().isEmpty(), code != 0);
        for (const QString &key : {QStringLiteral("serverText"), QStringLiteral("mailfixVersion")})
            QVERIFY2(root.contains(key), qPrintable(key));
    }

    void explainText()
    {
        // The words of an unquoted message are put back together.
        const Run known = run({QStringLiteral("explain"), QStringLiteral("503"), QStringLiteral("valid"),
                               QStringLiteral("RCPT"), QStringLiteral("command"), QStringLiteral("must"),
                               QStringLiteral("precede"), QStringLiteral("DATA")});
        QCOMPARE(known.code, 0);
        QVERIFY2(known.out.contains(QLatin1String("503")), qPrintable(known.out));
        QVERIFY2(known.out.contains(QLatin1String("auth-required")), qPrintable(known.out));
        const Run unknown = run({QStringLiteral("explain"), QStringLiteral("The printer is out of paper")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.out.contains(QLatin1String(
                     "MailFix does not recognise this message; run diagnose to find out more.")),
                 qPrintable(unknown.out));
    }
};

QTEST_GUILESS_MAIN(TestCliApp)
#include "tst_cliapp.moc"
