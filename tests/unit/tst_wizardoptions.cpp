#include "CliTestRun.h"
#include "options/WizardOptions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The wizard's command line (mailfix --timeout ... --ca-file ... --ispdb-url ... --overrides ...): read by
// the same code as mailfix-cli's, so a bad value is refused with the very message mailfix-cli gives (the
// wizard's main shows it in a message box and on stderr, and exits with code 2). Needs no display.
class TestWizardOptions : public QObject
{
    Q_OBJECT

    // What mailfix-cli detect says about the same options: its stderr, without "mailfix-cli detect: ".
    static QString cliMessage(const QStringList &options)
    {
        const CliTestRun cli = CliTestRun::run(
            QStringList{QStringLiteral("detect"), QStringLiteral("alice@example.test")} + options, {},
            DeploymentConfig());
        if (cli.code != 2)
            return QStringLiteral("exit code %1").arg(cli.code);
        return cli.err.section(QLatin1Char('\n'), 0, 0).mid(QStringLiteral("mailfix-cli detect: ").size());
    }

    QTemporaryDir m_dir;
    QString m_textFile; // a file that is neither a certificate nor a folder

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_textFile = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(m_textFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QString timeout = QStringLiteral("--timeout");
        QTest::newRow("timeout text")
            << QStringList{timeout, QStringLiteral("abc")}
            << QStringLiteral("--timeout must be a number of seconds between 0 and 300");
        QTest::newRow("timeout 0") << QStringList{timeout, QStringLiteral("0")}
                                   << QStringLiteral(
                                          "--timeout must be a number of seconds between 0 and 300");
        QTest::newRow("timeout huge")
            << QStringList{timeout, QStringLiteral("301")}
            << QStringLiteral("--timeout must be a number of seconds between 0 and 300");
        QTest::newRow("missing CA file")
            << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/no/ca.pem")}
            << QStringLiteral("cannot read the CA file \"/no/ca.pem\"");
        QTest::newRow("CA file without a certificate")
            << QStringList{QStringLiteral("--ca-file"), m_textFile}
            << QStringLiteral("\"%1\" holds no PEM certificate").arg(m_textFile);
        QTest::newRow("ISPDB URL not http")
            << QStringList{QStringLiteral("--ispdb-url"), QStringLiteral("ftp://ispdb.test/")}
            << QStringLiteral("\"ftp://ispdb.test/\" is not an http or https URL");
        QTest::newRow("overrides not a folder") << QStringList{QStringLiteral("--overrides"), m_textFile}
                                                << QStringLiteral("\"%1\" is not a folder").arg(m_textFile);
        QTest::newRow("no value") << QStringList{timeout}
                                  << QStringLiteral("Missing value after '--timeout'.");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("Unknown option 'frobnicate'.");
    }

    void badOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QString error;
        const std::optional<WizardOptions> parsed = WizardOptions::parse(
            QStringList{QStringLiteral("mailfix")} + options, DeploymentConfig(), &error);
        QVERIFY(!parsed);
        QCOMPARE(error, message);
        QCOMPARE(cliMessage(options), message); // word for word what mailfix-cli says
    }

    void strayArgument()
    {
        QString error;
        QVERIFY(!WizardOptions::parse({QStringLiteral("mailfix"), QStringLiteral("extra")},
                                      DeploymentConfig(), &error));
        QCOMPARE(error, QStringLiteral("unexpected argument \"extra\""));
    }

    void goodOptions()
    {
        QString error;
        const std::optional<WizardOptions> defaults =
            WizardOptions::parse({QStringLiteral("mailfix")}, DeploymentConfig(), &error);
        QVERIFY2(defaults, qPrintable(error));
        QCOMPARE(defaults->timeoutMs, 10000);
        QVERIFY(defaults->ispdbBaseUrl.isEmpty());
        QVERIFY(defaults->overridesDir.isEmpty());
        QVERIFY(!defaults->measureStartup);

        const std::optional<WizardOptions> given = WizardOptions::parse(
            {QStringLiteral("mailfix"), QStringLiteral("--timeout"), QStringLiteral("2.5"),
             QStringLiteral("--ispdb-url"), QStringLiteral("https://ispdb.test/v1.1"),
             QStringLiteral("--overrides"), m_dir.path(), QStringLiteral("--measure-startup")},
            DeploymentConfig(), &error);
        QVERIFY2(given, qPrintable(error));
        QCOMPARE(given->timeoutMs, 2500);
        QCOMPARE(given->ispdbBaseUrl, QStringLiteral("https://ispdb.test/v1.1/"));
        QCOMPARE(given->overridesDir, m_dir.path());
        QVERIFY(given->measureStartup);
        QVERIFY(given->warnings.isEmpty());
    }

    // The deployment settings forbid the online ISPDB: the wizard goes on without --ispdb-url, with a
    // warning (mailfix-cli refuses it).
    void ispdbForbidden()
    {
        DeploymentConfig config;
        config.allowOnlineIspdb = false;
        QString error;
        const std::optional<WizardOptions> parsed = WizardOptions::parse(
            {QStringLiteral("mailfix"), QStringLiteral("--ispdb-url"), QStringLiteral("ftp://anything")},
            config, &error);
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(parsed->ispdbBaseUrl.isEmpty());
        QCOMPARE(parsed->warnings.size(), 1);
        QVERIFY2(parsed->warnings.first().startsWith(QLatin1String("mailfix: --ispdb-url is ignored (")),
                 qPrintable(parsed->warnings.first()));
    }
};

QTEST_GUILESS_MAIN(TestWizardOptions)
#include "tst_wizardoptions.moc"
