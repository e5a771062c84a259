#include "HarnessEnv.h"
#include "cli/CliApp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

// The JSON of `mailfix-cli probe`, `detect`, `diagnose` and `explain` for the harness's scenarios,
// compared with the expected files in tests/golden/json/ (GOLDEN_JSON_DIR): scripts depend on it, so
// it may only grow. Every run is in-process through CliApp, with the harness's CA, ISPDB and account.
//
// What changes from run to run is normalised away before the comparison (normalise()); then every
// key and value of the expected file must be in the output, unchanged, and every array must have the
// same length and order. Keys the expected file does not have are additions, and allowed.
// MAILFIX_UPDATE_GOLDEN=1 rewrites the expected files from the output instead of comparing.
class TestJsonGolden : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;

    enum class Password { None, Right, Wrong };
    enum class Ca { Harness, None };

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run runCli(const QStringList &args, Password password)
    {
        const QString secret =
            password == Password::Wrong ? QStringLiteral("Wrong-%1").arg(m_env.password) : m_env.password;
        Run run;
        QTextStream outStream(&run.out);
        QTextStream errStream(&run.err);
        CliApp cli(outStream, errStream);
        cli.setDeploymentConfig(DeploymentConfig{}); // none of this machine's deployment settings
        cli.setPasswordReader([password, secret](QString *p) {
            *p = secret;
            return password != Password::None;
        });
        // a sanity bound: a run that never ends would otherwise hang until ctest's timeout
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, [&args] {
            qFatal("mailfix-cli did not finish within 60 s: %s", qPrintable(args.join(QLatin1Char(' '))));
        });
        watchdog.start(60000);
        run.code = cli.run(QStringList{QStringLiteral("mailfix-cli")} + args);
        watchdog.stop();
        outStream.flush();
        errStream.flush();
        return run;
    }

    // What varies between two runs against the same servers, replaced by a fixed value.
    static QJsonValue normalise(const QJsonValue &value, const QString &key = QString())
    {
        static const QStringList times{QStringLiteral("elapsedMs"), QStringLiteral("startedMs"),
                                       QStringLiteral("ms")};
        // the harness makes new certificates at each start
        static const QStringList validity{QStringLiteral("notBefore"), QStringLiteral("notAfter")};
        if (times.contains(key) && value.isDouble())
            return 0;
        if (validity.contains(key) && value.isString())
            return QStringLiteral("<date>");
        if (key == QLatin1String("sha256") && value.isString())
            return QStringLiteral("<fingerprint>");
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = normalise(it.value(), it.key());
            return object;
        }
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                array[i] = normalise(array.at(i), key);
            return array;
        }
        if (value.isString())
            return normaliseText(value.toString());
        return value;
    }

    // Exim's banner carries the date and time ("... ESMTP Exim 4.96 Tue, 03 Mar 2026 12:00:00 +0000"),
    // the transcript's TLS note the certificate's expiry ("valid until 2027-01-05T07:15:49Z").
    static QString normaliseText(QString text)
    {
        static const QRegularExpression rfc5322(QStringLiteral(
            R"(\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}\b)"));
        static const QRegularExpression iso8601(
            QStringLiteral(R"(\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)"));
        text.replace(rfc5322, QStringLiteral("<date>"));
        text.replace(iso8601, QStringLiteral("<date>"));
        return text;
    }

    // Everything in `expected` must be in `actual`, unchanged; `actual` may have more object keys.
    static void compare(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
                        QStringList *differences)
    {
        if (expected.type() != actual.type()) {
            differences->append(QStringLiteral("%1: expected %2, got %3")
                                    .arg(path, show(expected),
                                         actual.isUndefined() ? QStringLiteral("nothing") : show(actual)));
            return;
        }
        if (expected.isObject()) {
            const QJsonObject e = expected.toObject();
            const QJsonObject a = actual.toObject();
            for (auto it = e.begin(); it != e.end(); ++it)
                compare(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), differences);
        } else if (expected.isArray()) {
            const QJsonArray e = expected.toArray();
            const QJsonArray a = actual.toArray();
            if (e.size() != a.size())
                differences->append(QStringLiteral("%1: expected %2 elements, got %3: %4")
                                        .arg(path)
                                        .arg(e.size())
                                        .arg(a.size())
                                        .arg(show(actual)));
            for (qsizetype i = 0; i < std::min(e.size(), a.size()); ++i)
                compare(e.at(i), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), differences);
        } else if (expected != actual) {
            differences->append(
                QStringLiteral("%1: expected %2, got %3").arg(path, show(expected), show(actual)));
        }
    }

    static QString show(const QJsonValue &value)
    {
        QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        text = text.mid(1, text.size() - 2);
        return text.size() > 300 ? text.left(300) + QStringLiteral("...") : text;
    }

    // Runs one scenario and compares (or, with MAILFIX_UPDATE_GOLDEN=1, writes) its expected file.
    void check(const QString &name, const QStringList &args, Password password)
    {
        const Run run = runCli(args, password);
        QVERIFY2(!run.out.contains(m_env.password) && !run.err.contains(m_env.password),
                 "the password is in the output");
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                 qPrintable(run.out + run.err));
        const QJsonObject actual = normalise(document.object()).toObject();
        QCOMPARE(actual.value(QLatin1String("exitCode")).toInt(-1), run.code);

        const QString path = QDir(QStringLiteral(GOLDEN_JSON_DIR)).filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (qEnvironmentVariableIntValue("MAILFIX_UPDATE_GOLDEN") == 1) {
            QVERIFY(QDir().mkpath(QStringLiteral(GOLDEN_JSON_DIR)));
            QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
            file.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
            qInfo("wrote %s", qPrintable(path));
            return;
        }
        QVERIFY2(
            file.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("%1 is missing: run the test with MAILFIX_UPDATE_GOLDEN=1").arg(path)));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(path + QLatin1String(": ") + error.errorString()));
        QStringList differences;
        compare(expected, actual, QStringLiteral("$"), &differences);
        QVERIFY2(differences.isEmpty(),
                 qPrintable(QStringLiteral(
                                "the JSON differs from %1 (additions are allowed, changes are not):\n  %2")
                                .arg(path, differences.join(QStringLiteral("\n  ")))));
    }

private slots:
    void initTestCase() { MAILFIX_REQUIRE_HARNESS(m_env); }

    // The end-to-end situations of tst_diagnose_servers, with the same options.
    void diagnose_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("password");
        QTest::addColumn<int>("ca");
        const auto row = [](const char *name, const QStringList &args, Password password = Password::Right,
                            Ca ca = Ca::Harness) { QTest::newRow(name) << args << int(password) << int(ca); };
        row("auth-required",
            {QStringLiteral("alice@example.test"), QStringLiteral("--current"),
             QStringLiteral("smtp.example.test:587:starttls:none"), QStringLiteral("--error"),
             QStringLiteral("503 valid RCPT command must precede DATA")});
        row("wrong-password",
            {QStringLiteral("alice@example.test"), QStringLiteral("--current"),
             QStringLiteral("smtp.example.test:465:tls:normal-password")},
            Password::Wrong);
        row("auth-only-after-starttls", {QStringLiteral("alice@postfix.test"), QStringLiteral("--user"),
                                         QStringLiteral("alice@postfix.test"), QStringLiteral("--current"),
                                         QStringLiteral("smtp.postfix.test:587:none:normal-password")});
        row("only-port-465", {QStringLiteral("alice@only465.test"), QStringLiteral("--current"),
                              QStringLiteral("smtp.only465.test:587:starttls:normal-password")});
        row("port-25-dropped", {QStringLiteral("alice@blocked25.test"), QStringLiteral("--current"),
                                QStringLiteral("smtp.blocked25.test:25:starttls:normal-password")});
        row("certificate-not-trusted", {QStringLiteral("alice@example.test")}, Password::Right, Ca::None);
        row("sender-not-owned", {QStringLiteral("alice@example.test"), QStringLiteral("--from"),
                                 QStringLiteral("bob@example.test")});
        row("everything-fine", {QStringLiteral("alice@example.test"), QStringLiteral("--current"),
                                QStringLiteral("smtp.example.test:465:tls:normal-password")});
        // shared hosting: the certificate names the hosting machine (issue 14); with and without approval
        row("shared-hosting", {QStringLiteral("alice@shopfront.test"), QStringLiteral("--current"),
                               QStringLiteral("mail.shopfront.test:587:starttls:normal-password"),
                               QStringLiteral("--approve-host"), QStringLiteral("server17.sharedhost.test")});
        row("shared-hosting-not-approved",
            {QStringLiteral("alice@shopfront.test"), QStringLiteral("--current"),
             QStringLiteral("mail.shopfront.test:587:starttls:normal-password")});
        // issue 15: the incoming server (Dovecot's IMAP) accepts the password that the outgoing one refuses
        row("incoming-accepts-smtp-refuses",
            {QStringLiteral("alice@example.test"), QStringLiteral("--user"),
             QStringLiteral("alice@postfix.test"), QStringLiteral("--current"),
             QStringLiteral("smtp.example.test:465:tls:normal-password"),
             QStringLiteral("--current-incoming"), QStringLiteral("smtp.postfix.test:993:tls:imap")});
        row("no-password",
            {QStringLiteral("alice@example.test"), QStringLiteral("--current"),
             QStringLiteral("smtp.example.test:587:starttls:normal-password")},
            Password::None);
    }

    void diagnose()
    {
        QFETCH(QStringList, args);
        QFETCH(int, password);
        QFETCH(int, ca);
        args.prepend(QStringLiteral("diagnose"));
        args << QStringLiteral("--json") << QStringLiteral("--ispdb-url")
             << QStringLiteral("https://ispdb.test/v1.1/") << QStringLiteral("--timeout")
             << QStringLiteral("3");
        if (Password(password) != Password::None) {
            args << QStringLiteral("--password-stdin");
            if (!args.contains(QLatin1String("--user")))
                args << QStringLiteral("--user") << m_env.user;
        }
        if (Ca(ca) == Ca::Harness)
            args << QStringLiteral("--ca-file") << m_env.caFile;
        check(QStringLiteral("diagnose-") + QString::fromLatin1(QTest::currentDataTag()), args,
              Password(password));
    }

    // Exim's four ports (25, 26, 465 with TLS, 587), signing in and not.
    void probe_data()
    {
        QTest::addColumn<int>("password");
        QTest::newRow("exim-auth") << int(Password::Right);
        QTest::newRow("exim-wrong-password") << int(Password::Wrong);
        QTest::newRow("exim-no-auth") << int(Password::None);
    }

    void probe()
    {
        QFETCH(int, password);
        QStringList args{QStringLiteral("probe"),
                         QStringLiteral("--server"),
                         QStringLiteral("smtp.example.test"),
                         QStringLiteral("--ports"),
                         QStringLiteral("25,26,465,587"),
                         QStringLiteral("--ca-file"),
                         m_env.caFile,
                         QStringLiteral("--to"),
                         QStringLiteral("someone@elsewhere.test"),
                         QStringLiteral("--timeout"),
                         QStringLiteral("5"),
                         QStringLiteral("--json")};
        if (Password(password) != Password::None)
            args << QStringLiteral("--user") << m_env.user << QStringLiteral("--password-stdin");
        check(QStringLiteral("probe-") + QString::fromLatin1(QTest::currentDataTag()), args,
              Password(password));
    }

    // The addresses tst_detect_servers uses: every source, precedence, refusals, guesses, hostile answers.
    void detect_data()
    {
        QTest::addColumn<QString>("address");
        for (const char *address :
             {"alice@example.test", "bob@workspace.test", "carol@customer.test", "dave@postfix.test",
              "erin@plainhttp.test", "frank@srv-outside.test", "gina@srv-inside.test", "hank@nomx.test",
              "ivy@no-such-domain.test", "jo@huge.test", "jo@deep.test", "alice@only465.test",
              "alice@blocked25.test"})
            QTest::newRow(address) << QString::fromLatin1(address);
    }

    void detect()
    {
        QFETCH(QString, address);
        check(QStringLiteral("detect-") + address.section(QLatin1Char('@'), 1),
              {QStringLiteral("detect"), address, QStringLiteral("--json"), QStringLiteral("--ca-file"),
               m_env.caFile, QStringLiteral("--ispdb-url"), QStringLiteral("https://ispdb.test/v1.1/"),
               QStringLiteral("--timeout"), QStringLiteral("5")},
              Password::None);
    }

    // Errors people paste: recognised replies from each server and client, and one that is not a mail error.
    void explain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("exim-503") << QStringLiteral("503 valid RCPT command must precede DATA");
        QTest::newRow("outlook-postfix-relay") << QStringLiteral(
            "The message could not be sent because one of the recipients was rejected by the "
            "server. The rejected e-mail address was 'bob@example.com'. Subject 'Hi', Account: "
            "'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Server Response: "
            "'554 5.7.1 <bob@example.com>: Relay access denied', Port: 587, Secure(SSL): No, "
            "Server Error: 554, Error Number: 0x800CCC79");
        QTest::newRow("postfix-535") << QStringLiteral(
            "535 5.7.8 Error: authentication failed: authentication failure");
        QTest::newRow("gmail-app-password")
            << QStringLiteral("534-5.7.9 Application-specific password required. Learn more at\n"
                              "534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor");
        QTest::newRow("m365-smtp-auth-disabled") << QStringLiteral(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
            "the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.");
        QTest::newRow("thunderbird-sender") << QStringLiteral(
            "Sending of the message failed.\nThe message could not be sent because the connection "
            "to Outgoing server (SMTP) smtp.example.com was lost in the middle of the transaction.");
        QTest::newRow("not-a-mail-error") << QStringLiteral("The printer is out of paper");
    }

    void explain()
    {
        QFETCH(QString, text);
        check(QStringLiteral("explain-") + QString::fromLatin1(QTest::currentDataTag()),
              {QStringLiteral("explain"), QStringLiteral("--json"), text}, Password::None);
    }
};

QTEST_GUILESS_MAIN(TestJsonGolden)
#include "tst_json_golden.moc"
