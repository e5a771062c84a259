#include "cli/CliApp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// CliApp with the MSP's deployment settings: forbidden options are exit code 2 with one sentence, the
// override folder and the online ISPDB follow the settings (flags win where allowed), branding reaches
// the diagnose report, and reports are saved automatically. It runs inside the harness's namespace
// (detection asks DNS and the ISPDB there): the .test domains used here do not exist, so nothing is
// found and nothing is sent anywhere, the same way every time.
class TestCliDeployment : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run run(const DeploymentConfig &config, const QStringList &args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApp cli(outStream, errStream);
        cli.setDeploymentConfig(config);
        cli.setPasswordReader([](QString *p) {
            *p = QStringLiteral("secret");
            return true;
        });
        const int code = cli.run(QStringList{QStringLiteral("mailfix-cli")} + args);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

    static QStringList sourcesOf(const QString &json)
    {
        QStringList sources;
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        for (const QJsonValue &s : root.value(QLatin1String("sources")).toArray())
            sources << s.toObject().value(QLatin1String("source")).toString();
        return sources;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("presets")));
        QFile file(m_dir.filePath(QStringLiteral("presets/msp.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"msp\">"
            "<domain>msp-customer.test</domain><displayName>MSP preset</displayName>"
            "<outgoingServer type=\"smtp\"><hostname>relay.msp-customer.test</hostname><port>2525</port>"
            "<socketType>STARTTLS</socketType><authentication>password-cleartext</authentication>"
            "<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>");
    }

    void forbiddenOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("errContains");

        const QStringList probe{QStringLiteral("probe"),
                                QStringLiteral("--server"),
                                QStringLiteral("127.0.0.1"),
                                QStringLiteral("--ports"),
                                QStringLiteral("1"),
                                QStringLiteral("--timeout"),
                                QStringLiteral("1"),
                                QStringLiteral("--user"),
                                QStringLiteral("a@no-such-domain.test"),
                                QStringLiteral("--password-stdin")};
        const QStringList diagnose{QStringLiteral("diagnose"), QStringLiteral("a@no-such-domain.test"),
                                   QStringLiteral("--timeout"), QStringLiteral("1"),
                                   QStringLiteral("--password-stdin")};
        const QStringList detect{QStringLiteral("detect"), QStringLiteral("a@no-such-domain.test"),
                                 QStringLiteral("--timeout"), QStringLiteral("1")};
        const QString sendTest = QStringLiteral("--send-test");
        const QString plaintext = QStringLiteral("--allow-plaintext-auth");
        const QString certificate = QStringLiteral("--accept-certificate");
        const QStringList ispdb{QStringLiteral("--ispdb-url"), QStringLiteral("https://ispdb.test/v1.1/")};

        QTest::newRow("probe --send-test") << probe + QStringList{sendTest} << "checks/allowSendTest"
                                           << "--send-test is not allowed on this computer";
        QTest::newRow("probe --allow-plaintext-auth")
            << probe + QStringList{plaintext} << "checks/allowPlaintextAuth"
            << "--allow-plaintext-auth is not allowed";
        QTest::newRow("probe --accept-certificate")
            << probe + QStringList{certificate} << "checks/allowCertificateOverride"
            << "--accept-certificate is not allowed";
        QTest::newRow("diagnose --send-test") << diagnose + QStringList{sendTest} << "checks/allowSendTest"
                                              << "--send-test is not allowed";
        QTest::newRow("diagnose --allow-plaintext-auth")
            << diagnose + QStringList{plaintext} << "checks/allowPlaintextAuth"
            << "--allow-plaintext-auth is not allowed";
        QTest::newRow("diagnose --accept-certificate")
            << diagnose + QStringList{certificate} << "checks/allowCertificateOverride"
            << "--accept-certificate is not allowed";
        QTest::newRow("diagnose --ispdb-url") << diagnose + ispdb << "providers/allowOnlineIspdb"
                                              << "--ispdb-url is not allowed";
        QTest::newRow("detect --ispdb-url") << detect + ispdb << "providers/allowOnlineIspdb"
                                            << "--ispdb-url is not allowed";
    }

    void forbiddenOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, key);
        QFETCH(QString, errContains);
        DeploymentConfig config;
        config.origins.insert(key, QStringLiteral("/etc/xdg/MailFix/MailFix.conf"));
        if (key == QLatin1String("checks/allowSendTest"))
            config.allowSendTest = false;
        else if (key == QLatin1String("checks/allowPlaintextAuth"))
            config.allowPlaintextAuth = false;
        else if (key == QLatin1String("checks/allowCertificateOverride"))
            config.allowCertificateOverride = false;
        else
            config.allowOnlineIspdb = false;
        const Run r = run(config, args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(errContains), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("=false in /etc/xdg/MailFix/MailFix.conf")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        // Allowed (the default), the same option is no policy error.
        const Run allowed = run(DeploymentConfig(), args);
        QVERIFY2(!allowed.err.contains(QLatin1String("not allowed")), qPrintable(allowed.err));
    }

    void overridesFolderIsTheDefault()
    {
        DeploymentConfig config;
        config.overridesDir = m_dir.filePath(QStringLiteral("presets"));
        const QStringList detect{QStringLiteral("detect"),    QStringLiteral("alice@msp-customer.test"),
                                 QStringLiteral("--timeout"), QStringLiteral("1"),
                                 QStringLiteral("--no-http"), QStringLiteral("--json")};
        Run r = run(config, detect);
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject first = root.value(QLatin1String("candidates")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("override"));
        QCOMPARE(first.value(QLatin1String("host")).toString(), QStringLiteral("relay.msp-customer.test"));

        // --overrides wins over the settings
        QTemporaryDir empty;
        r = run(config, detect + QStringList{QStringLiteral("--overrides"), empty.path()});
        QCOMPARE(r.code, 3);
        QVERIFY2(!r.out.contains(QLatin1String("relay.msp-customer.test")), qPrintable(r.out));
    }

    void onlineIspdbCanBeTurnedOff()
    {
        const QStringList detect{QStringLiteral("detect"),    QStringLiteral("alice@no-such-domain.test"),
                                 QStringLiteral("--timeout"), QStringLiteral("1"),
                                 QStringLiteral("--no-http"), QStringLiteral("--json")};
        QVERIFY(sourcesOf(run(DeploymentConfig(), detect).out).contains(QLatin1String("ispdb")));
        DeploymentConfig config;
        config.allowOnlineIspdb = false;
        const QStringList sources = sourcesOf(run(config, detect).out);
        QVERIFY(!sources.isEmpty());
        QVERIFY2(!sources.contains(QLatin1String("ispdb")), qPrintable(sources.join(QLatin1Char(' '))));
    }

    void diagnoseReportCarriesTheBrandingAndIsSaved()
    {
        DeploymentConfig config;
        config.branding.productName = QStringLiteral("Contoso Mail Help");
        config.branding.supportContact = QStringLiteral("Contoso IT");
        config.branding.supportPhone = QStringLiteral("+1 555 0100");
        config.reportsDir = m_dir.filePath(QStringLiteral("reports/new")); // does not exist yet
        config.autoSaveReports = true;
        const QStringList diagnose{QStringLiteral("diagnose"), QStringLiteral("alice@no-such-domain.test"),
                                   QStringLiteral("--timeout"), QStringLiteral("1"),
                                   QStringLiteral("--no-http")};

        Run r = run(config, diagnose + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.code == 3, qPrintable(r.err)); // the domain does not exist: nothing reachable
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject branding = root.value(QLatin1String("branding")).toObject();
        QCOMPARE(branding.value(QLatin1String("productName")).toString(),
                 QStringLiteral("Contoso Mail Help"));
        QCOMPARE(branding.value(QLatin1String("supportPhone")).toString(), QStringLiteral("+1 555 0100"));
        QVERIFY2(r.err.contains(QLatin1String("Report saved to")), qPrintable(r.err));
        const QStringList saved =
            QDir(config.reportsDir)
                .entryList({QStringLiteral("mailfix-report-*-alice@no-such-domain.test.json")});
        QCOMPARE(saved.size(), 1);
        QFile file(QDir(config.reportsDir).filePath(saved.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), r.out); // the same JSON as on the console

        r = run(config, diagnose); // text: the support line at the end, the report saved as JSON
        QVERIFY2(r.out.contains(QLatin1String("Need help? Call Contoso IT at +1 555 0100.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Report saved to")), qPrintable(r.out));

        // Without branding, the JSON has no branding object; without autoSave nothing is saved.
        const QString before = QDir(config.reportsDir).entryList(QDir::Files).join(QLatin1Char(','));
        config.branding = {};
        config.autoSaveReports = false;
        r = run(config, diagnose + QStringList{QStringLiteral("--json")});
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QLatin1String("branding")));
        QCOMPARE(QDir(config.reportsDir).entryList(QDir::Files).join(QLatin1Char(',')), before);
    }

    void reportThatCannotBeSavedIsAWarningOnly()
    {
        DeploymentConfig config;
        config.reportsDir = m_dir.filePath(QStringLiteral("presets/msp.xml")); // a file
        config.autoSaveReports = true;
        const Run r = run(config, {QStringLiteral("diagnose"), QStringLiteral("alice@no-such-domain.test"),
                                   QStringLiteral("--timeout"), QStringLiteral("1"),
                                   QStringLiteral("--no-http"), QStringLiteral("--json")});
        QVERIFY2(r.code == 3, qPrintable(r.err)); // the domain does not exist: nothing reachable
        QVERIFY2(r.err.contains(QLatin1String("the report was not saved")), qPrintable(r.err));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
    }
};

QTEST_GUILESS_MAIN(TestCliDeployment)
#include "tst_clideployment.moc"
