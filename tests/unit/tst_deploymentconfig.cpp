#include "config/DeploymentConfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// DeploymentConfig: every key, bad values, the precedence of the locations, missing files, reports.
class TestDeploymentConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int m_files = 0;

    // Writes an INI file into a new folder inside the temporary one and returns its path (a new path
    // each time: QSettings caches files by path, size and time).
    QString writeIni(const QString &name, const QByteArray &text)
    {
        const QString folder = QStringLiteral("f%1").arg(++m_files);
        if (!QDir(m_dir.path()).mkpath(folder))
            qFatal("cannot create %s", qPrintable(folder));
        const QString path = m_dir.filePath(folder + QLatin1Char('/') + name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

    void writeAsset(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
    }

    // Reads an INI file in a folder of its own inside the temporary one (so "../logo.png" is the logo);
    // *path gets the file's name.
    DeploymentConfig fromIni(const QByteArray &text, QString *path = nullptr)
    {
        const QString file = writeIni(QStringLiteral("one.conf"), text);
        if (path)
            *path = QDir::toNativeSeparators(file);
        QSettings settings(file, QSettings::IniFormat);
        return DeploymentConfig::fromSettings(settings);
    }

    // A field of the config by key, as text, for the table-driven tests.
    static QString valueOf(const DeploymentConfig &c, const QString &key)
    {
        const auto flag = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
        if (key == QLatin1String("branding/productName"))
            return c.branding.productName;
        if (key == QLatin1String("branding/logo"))
            return c.branding.logoPath;
        if (key == QLatin1String("branding/supportContact"))
            return c.branding.supportContact;
        if (key == QLatin1String("branding/supportPhone"))
            return c.branding.supportPhone;
        if (key == QLatin1String("providers/overridesDir"))
            return c.overridesDir;
        if (key == QLatin1String("providers/allowOnlineIspdb"))
            return flag(c.allowOnlineIspdb);
        if (key == QLatin1String("wizard/defaultProgram"))
            return c.defaultProgram ? MailClients::programName(*c.defaultProgram) : QStringLiteral("(none)");
        if (key == QLatin1String("checks/allowSendTest"))
            return flag(c.allowSendTest);
        if (key == QLatin1String("checks/allowPlaintextAuth"))
            return flag(c.allowPlaintextAuth);
        if (key == QLatin1String("checks/allowCertificateOverride"))
            return flag(c.allowCertificateOverride);
        if (key == QLatin1String("reports/folder"))
            return c.reportsDir;
        if (key == QLatin1String("reports/autoSave"))
            return flag(c.autoSaveReports);
        const QHash<QString, QString> oauth2{
            {QStringLiteral("oauth2/microsoftClientId"), c.oauth2.microsoftClientId},
            {QStringLiteral("oauth2/microsoftTenant"), c.oauth2.microsoftTenant},
            {QStringLiteral("oauth2/googleClientId"), c.oauth2.googleClientId},
            {QStringLiteral("oauth2/customIssuer"), c.oauth2.customIssuer},
            {QStringLiteral("oauth2/customAuthorizeUrl"), c.oauth2.customAuthorizeUrl},
            {QStringLiteral("oauth2/customTokenUrl"), c.oauth2.customTokenUrl},
            {QStringLiteral("oauth2/customClientId"), c.oauth2.customClientId},
            {QStringLiteral("oauth2/customScopes"), c.oauth2.customScopes},
            {QStringLiteral("oauth2/customSmtpScope"), c.oauth2.customSmtpScope},
            {QStringLiteral("oauth2/customDomains"), c.oauth2.customDomains}};
        if (oauth2.contains(key))
            return oauth2.value(key);
        qFatal("no such key %s", qPrintable(key));
    }

    static QByteArray ini(const QString &key, const QString &value)
    {
        return QStringLiteral("[%1]\n%2=%3\n")
            .arg(key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1), value)
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("presets")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("existing-reports")));
        writeAsset(QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
        writeAsset(QStringLiteral("logo.txt"), "not an image");
        qputenv("MAILFIX_TEST_FOLDER", m_dir.path().toUtf8());
        qunsetenv("MAILFIX_TEST_UNSET");
    }

    void defaults()
    {
        const DeploymentConfig c;
        QCOMPARE(c.branding.productName, QStringLiteral("MailFix"));
        QVERIFY(!c.branding.isCustom());
        QVERIFY(c.branding.supportLine().isEmpty());
        QVERIFY(c.allowSendTest && c.allowOnlineIspdb && c.allowPlaintextAuth && c.allowCertificateOverride);
        QVERIFY(!c.autoSaveReports);
        QVERIFY(c.overridesDir.isEmpty() && c.reportsDir.isEmpty() && !c.defaultProgram);
        QCOMPARE(DeploymentConfig::knownKeys().size(), 22);
    }

    // Every key with a good value: the field gets it, the origin names the file, no warning.
    void everyKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // "{dir}" stands for the temporary folder

        const auto row = [](const char *key, const char *value, const char *expected) {
            QTest::newRow((QByteArray(key) + '=' + value).constData())
                << QString::fromLatin1(key) << QString::fromUtf8(value) << QString::fromUtf8(expected);
        };
        row("branding/productName", "Contoso Mail Help", "Contoso Mail Help");
        row("branding/productName", "\"Contoso, Inc. Mail\"", "Contoso, Inc. Mail");
        row("branding/productName", "Contoso, Inc. Mail", "Contoso, Inc. Mail"); // unquoted comma
        row("branding/productName", "Hilfe für Äöü", "Hilfe für Äöü");
        row("branding/logo", "../logo.png", "{dir}/logo.png");    // relative to the file
        row("branding/logo", "{dir}/logo.png", "{dir}/logo.png"); // absolute
        row("branding/logo", "${MAILFIX_TEST_FOLDER}/logo.png", "{dir}/logo.png");
        row("branding/logo", "%MAILFIX_TEST_FOLDER%/logo.png", "{dir}/logo.png");
        row("branding/supportContact", "Contoso IT help desk", "Contoso IT help desk");
        row("branding/supportPhone", "+1 (555) 0100", "+1 (555) 0100");
        row("branding/supportPhone", "0800-MAILFIX-1", "0800-MAILFIX-1");
        row("providers/overridesDir", "../presets", "{dir}/presets");
        row("providers/overridesDir", "./../presets/", "{dir}/presets");
        row("providers/allowOnlineIspdb", "false", "false");
        row("providers/allowOnlineIspdb", "true", "true");
        row("wizard/defaultProgram", "outlook", "outlook");
        row("wizard/defaultProgram", "Thunderbird", "thunderbird");
        row("wizard/defaultProgram", "apple-mail", "apple-mail");
        row("wizard/defaultProgram", "other", "other");
        row("wizard/defaultProgram", "Apple Mail", "apple-mail"); // the table's accepted spellings
        row("wizard/defaultProgram", "applemail", "apple-mail");
        row("wizard/defaultProgram", "ms-outlook", "outlook");
        row("checks/allowSendTest", "false", "false");
        row("checks/allowSendTest", "no", "false");
        row("checks/allowSendTest", "0", "false");
        row("checks/allowSendTest", "OFF", "false");
        row("checks/allowSendTest", "yes", "true");
        row("checks/allowPlaintextAuth", "false", "false");
        row("checks/allowCertificateOverride", "false", "false");
        row("checks/allowCertificateOverride", "On", "true");
        row("reports/folder", "../existing-reports", "{dir}/existing-reports");
        row("reports/folder", "../not-yet/reports", "{dir}/not-yet/reports"); // created when saving
        row("reports/autoSave", "true", "true");
        row("reports/autoSave", "1", "true");
        row("oauth2/microsoftClientId", "0b3e1c2a-1111-2222-3333-444455556666",
            "0b3e1c2a-1111-2222-3333-444455556666");
        row("oauth2/microsoftTenant", "contoso.onmicrosoft.com", "contoso.onmicrosoft.com");
        row("oauth2/googleClientId", "1234-abc.apps.googleusercontent.com",
            "1234-abc.apps.googleusercontent.com");
        row("oauth2/customIssuer", "https://id.contoso.example", "https://id.contoso.example");
        row("oauth2/customAuthorizeUrl", "https://id.contoso.example/authorize",
            "https://id.contoso.example/authorize");
        row("oauth2/customTokenUrl", "https://id.contoso.example/token", "https://id.contoso.example/token");
        row("oauth2/customClientId", "mailfix", "mailfix");
        row("oauth2/customScopes", "mail.send offline_access", "mail.send offline_access");
        row("oauth2/customSmtpScope", "mail.send", "mail.send");
        row("oauth2/customDomains", "contoso.example fabrikam.example", "contoso.example fabrikam.example");
    }

    void everyKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        value.replace(QLatin1String("{dir}"), m_dir.path());
        expected.replace(QLatin1String("{dir}"), m_dir.path());
        QString path;
        const DeploymentConfig c = fromIni(ini(key, value), &path);
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(valueOf(c, key), expected);
        QCOMPARE(c.origins.value(key), path);
        QCOMPARE(c.sources.size(), 1);
    }

    // Bad values: a warning naming the key and the file; the key keeps its default, except that an
    // unreadable allow* value counts as false.
    void badValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("warning");

        const auto row = [](const char *name, const char *key, const char *value, const char *expected,
                            const char *warning) {
            QTest::newRow(name) << QString::fromLatin1(key) << QString::fromUtf8(value)
                                << QString::fromUtf8(expected) << QString::fromUtf8(warning);
        };
        row("name too long", "branding/productName", QByteArray(101, 'x').constData(), "MailFix",
            "longer than 100");
        row("name with a tab", "branding/productName", "\"A\\tB\"", "MailFix", "control characters");
        row("logo missing", "branding/logo", "missing.png", "", "no readable file");
        row("logo not an image", "branding/logo", "../logo.txt", "", "not an image");
        row("logo is a folder", "branding/logo", "../presets", "", "no readable file");
        row("logo variable unset", "branding/logo", "${MAILFIX_TEST_UNSET}/logo.png", "",
            "MAILFIX_TEST_UNSET is not set");
        row("phone with letters only", "branding/supportPhone", "call us", "", "not a telephone number");
        row("token endpoint over http", "oauth2/customTokenUrl", "http://id.contoso.example/token", "",
            "not an https:// address");
        row("issuer not a URL", "oauth2/customIssuer", "id.contoso.example", "", "not an https:// address");
        row("phone with a semicolon", "branding/supportPhone", "\"555;0100\"", "", "not a telephone number");
        row("phone too long", "branding/supportPhone", "1234567890123456789012345678901234567890123", "",
            "not a telephone number");
        row("overrides missing", "providers/overridesDir", "no-such-folder", "", "no folder");
        row("overrides is a file", "providers/overridesDir", "../logo.png", "", "no folder");
        row("reports is a file", "reports/folder", "../logo.png", "", "no folder");
        row("program unknown", "wizard/defaultProgram", "eudora", "(none)",
            "use outlook, thunderbird, apple-mail or other");
        row("ispdb maybe", "providers/allowOnlineIspdb", "maybe", "false", "counted as false");
        row("send test maybe", "checks/allowSendTest", "maybe", "false", "counted as false");
        row("plaintext 2", "checks/allowPlaintextAuth", "2", "false", "counted as false");
        row("certificate typo", "checks/allowCertificateOverride", "ture", "false", "counted as false");
        row("auto save maybe", "reports/autoSave", "maybe", "false", "ignored");
    }

    void badValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(QString, warning);
        const DeploymentConfig c = fromIni(ini(key, value));
        QCOMPARE(valueOf(c, key), expected);
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY2(c.warnings.first().contains(warning), qPrintable(c.warnings.first()));
        QVERIFY2(c.warnings.first().contains(key), qPrintable(c.warnings.first()));
        QVERIFY2(c.warnings.first().contains(QLatin1String("one.conf")),
                 qPrintable(c.warnings.first())); // the file
        // an allow* key that was unreadable still counts as set here (false), so it is not left to a
        // location with less precedence
        QCOMPARE(c.origins.contains(key), key.contains(QLatin1String("/allow")));
    }

    void emptyValueAndUnknownKeys()
    {
        const DeploymentConfig c = fromIni("[branding]\nproductName=\n[checks]\nallowSendTest=\n"
                                           "allowSendTests=false\n[General]\nproductName=X\n");
        QCOMPARE(c.branding.productName, QStringLiteral("MailFix"));
        QVERIFY(c.allowSendTest);
        QVERIFY(c.origins.isEmpty());
        QCOMPARE(c.warnings.size(), 2);
        QVERIFY(c.warnings.join(QLatin1Char('\n'))
                    .contains(QLatin1String("unknown setting \"checks/allowSendTests\"")));
        QVERIFY(
            c.warnings.join(QLatin1Char('\n')).contains(QLatin1String("unknown setting \"productName\"")));
    }

    void keysIgnoreCase()
    {
        const DeploymentConfig c = fromIni("[Checks]\nAllowSendTest=false\n");
        QVERIFY(c.warnings.isEmpty());
        QVERIFY(!c.allowSendTest);
        QVERIFY(c.origins.contains(QStringLiteral("checks/allowSendTest")));
    }

    void homeIsExpanded()
    {
        const DeploymentConfig c = fromIni("[reports]\nfolder=~/MailFix reports\n");
        QVERIFY(c.warnings.isEmpty());
        QCOMPARE(c.reportsDir, QDir::homePath() + QStringLiteral("/MailFix reports"));
    }

    // load(): the first location that sets a key wins; the explicit file only fills gaps.
    void precedence_data()
    {
        QTest::addColumn<QByteArray>("beside");     // the INI beside the executable
        QTest::addColumn<QByteArray>("system");     // the system policy location
        QTest::addColumn<QByteArray>("explicitly"); // MAILFIX_CONFIG
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("origin"); // beside, system, explicit or empty (default)

        const QByteArray besideName = "[branding]\nproductName=Beside\n";
        const QByteArray systemName = "[branding]\nproductName=System\n";
        const QByteArray explicitName = "[branding]\nproductName=Explicit\n";
        const QByteArray none = "[branding]\nsupportContact=Someone\n";
        QTest::newRow("beside wins over system")
            << besideName << systemName << explicitName << "branding/productName"
            << "Beside"
            << "beside";
        QTest::newRow("system when beside does not set it")
            << none << systemName << explicitName << "branding/productName"
            << "System"
            << "system";
        QTest::newRow("explicit only fills a gap") << none << none << explicitName << "branding/productName"
                                                   << "Explicit"
                                                   << "explicit";
        QTest::newRow("explicit never overrides policy")
            << none << QByteArray("[checks]\nallowSendTest=false\n")
            << QByteArray("[checks]\nallowSendTest=true\n") << "checks/allowSendTest"
            << "false"
            << "system";
        QTest::newRow("beside may allow what system forbids")
            << QByteArray("[checks]\nallowSendTest=true\n") << QByteArray("[checks]\nallowSendTest=false\n")
            << QByteArray() << "checks/allowSendTest"
            << "true"
            << "beside";
        QTest::newRow("bad allow value beside is false, not system's true")
            << QByteArray("[checks]\nallowSendTest=perhaps\n") << QByteArray("[checks]\nallowSendTest=true\n")
            << QByteArray() << "checks/allowSendTest"
            << "false"
            << "beside";
        QTest::newRow("bad folder beside falls back to system's")
            << QByteArray("[providers]\noverridesDir=nowhere\n")
            << QByteArray("[providers]\noverridesDir=../presets\n") << QByteArray()
            << "providers/overridesDir"
            << "{dir}/presets"
            << "system";
        QTest::newRow("nobody sets it") << none << none << none << "checks/allowPlaintextAuth"
                                        << "true"
                                        << "";
    }

    void precedence()
    {
        QFETCH(QByteArray, beside);
        QFETCH(QByteArray, system);
        QFETCH(QByteArray, explicitly);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFETCH(QString, origin);
        expected.replace(QLatin1String("{dir}"), m_dir.path());
        const QString besidePath = writeIni(QStringLiteral("beside.conf"), beside);
        const QString systemPath = writeIni(QStringLiteral("system.conf"), system);
        const QString explicitPath =
            explicitly.isEmpty() ? QString() : writeIni(QStringLiteral("explicit.conf"), explicitly);
        const DeploymentConfig c = DeploymentConfig::load({besidePath, systemPath}, explicitPath);
        QCOMPARE(valueOf(c, key), expected);
        const QString expectedOrigin = origin.isEmpty()                    ? QString()
                                       : origin == QLatin1String("beside") ? besidePath
                                       : origin == QLatin1String("system") ? systemPath
                                                                           : explicitPath;
        QCOMPARE(c.origins.value(key), QDir::toNativeSeparators(expectedOrigin));
        QCOMPARE(c.sources.first(), QDir::toNativeSeparators(besidePath));
    }

    void missingFiles()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.conf"));
        DeploymentConfig c = DeploymentConfig::load({missing});
        QVERIFY(c.warnings.isEmpty()); // a candidate that is not there is normal
        QVERIFY(c.sources.isEmpty());
        QCOMPARE(c.branding.productName, QStringLiteral("MailFix"));

        c = DeploymentConfig::load({}, missing); // an explicit file that is not there is a mistake
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY2(c.warnings.first().contains(QLatin1String("does not exist")),
                 qPrintable(c.warnings.first()));

        c = DeploymentConfig::load({m_dir.filePath(QStringLiteral("presets"))}); // a folder
        QCOMPARE(c.warnings.size(), 1);
        QVERIFY2(c.warnings.first().contains(QLatin1String("cannot be read")),
                 qPrintable(c.warnings.first()));

        c = DeploymentConfig::load({});
        QVERIFY(c.warnings.isEmpty());
        QVERIFY(c.origins.isEmpty());
    }

    void sameFileIsReadOnce()
    {
        const QString path = writeIni(QStringLiteral("twice.conf"), "[branding]\nbogus=1\n");
        const DeploymentConfig c = DeploymentConfig::load({path, path}, path);
        QCOMPARE(c.sources.size(), 1);
        QCOMPARE(c.warnings.size(), 1);
    }

    void environmentVariableNamesTheExplicitFile()
    {
        const QString path = writeIni(QStringLiteral("env.conf"), "[wizard]\ndefaultProgram=thunderbird\n");
        qputenv("MAILFIX_CONFIG", path.toUtf8());
        const DeploymentConfig c = DeploymentConfig::load();
        qunsetenv("MAILFIX_CONFIG");
        QVERIFY(c.sources.contains(QDir::toNativeSeparators(path)));
        if (c.origins.value(QStringLiteral("wizard/defaultProgram")) == QDir::toNativeSeparators(path))
            QCOMPARE(c.defaultProgram, std::optional(MailClients::Program::Thunderbird));
        else // this machine's own policy sets it
            QVERIFY(c.origins.contains(QStringLiteral("wizard/defaultProgram")));
    }

    void defaultCandidates()
    {
        const QStringList candidates = DeploymentConfig::defaultCandidates();
        QCOMPARE(candidates.size(), 3);
        QCOMPARE(candidates.at(0),
                 QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mailfix.conf")));
        QCOMPARE(candidates.at(1), DeploymentConfig::systemPolicyMarker());
        QCOMPARE(candidates.at(2), DeploymentConfig::systemIniMarker());
    }

    // The shipped example (also in the README) sets every key MailFix knows, and no other.
    void exampleIsComplete()
    {
        const QString example = QStringLiteral(SOURCE_DIR "/resources/deployment/mailfix.conf.example");
        QSettings settings(example, QSettings::IniFormat);
        QStringList keys = settings.allKeys();
        QStringList known = DeploymentConfig::knownKeys();
        keys.sort();
        known.sort();
        QCOMPARE(keys, known);
        const DeploymentConfig c = DeploymentConfig::fromSettings(settings);
        // only the two files it names are missing here, one warning each
        QVERIFY2(c.warnings.size() == 2, qPrintable(c.warnings.join(QLatin1Char('\n'))));
        QVERIFY2(c.warnings.at(0).contains(QLatin1String("branding/logo")), qPrintable(c.warnings.at(0)));
        QVERIFY2(c.warnings.at(1).contains(QLatin1String("providers/overridesDir")),
                 qPrintable(c.warnings.at(1)));
        QVERIFY(!c.allowSendTest && !c.allowPlaintextAuth && !c.allowCertificateOverride &&
                c.autoSaveReports);

        QFile readme(QStringLiteral(SOURCE_DIR "/README.md"));
        QFile file(example);
        QVERIFY(readme.open(QIODevice::ReadOnly) && file.open(QIODevice::ReadOnly));
        QVERIFY2(readme.readAll().contains("```ini\n" + file.readAll() + "```\n"),
                 "the README's example differs from resources/deployment/mailfix.conf.example");
    }

    void supportLine_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("line");
        QTest::newRow("both") << "Contoso IT"
                              << "+1 555 0100"
                              << "Need help? Call Contoso IT at +1 555 0100.";
        QTest::newRow("phone") << ""
                               << "+1 555 0100"
                               << "Need help? Call +1 555 0100.";
        QTest::newRow("contact") << "helpdesk@contoso.example"
                                 << ""
                                 << "Need help? Contact helpdesk@contoso.example.";
        QTest::newRow("neither") << ""
                                 << ""
                                 << "";
    }

    void supportLine()
    {
        QFETCH(QString, contact);
        QFETCH(QString, phone);
        QFETCH(QString, line);
        DeploymentConfig::Branding b;
        b.supportContact = contact;
        b.supportPhone = phone;
        QCOMPARE(b.supportLine(), line);
        QCOMPARE(b.isCustom(), !line.isEmpty());
        QCOMPARE(b.toJson().value(QLatin1String("supportPhone")).toString(), phone);
    }

    void describe()
    {
        QString path;
        const DeploymentConfig c = fromIni("[checks]\nallowSendTest=false\n", &path);
        QCOMPARE(c.describe(QStringLiteral("checks/allowSendTest")),
                 QStringLiteral("allowSendTest=false in %1").arg(path));
        QCOMPARE(c.describe(QStringLiteral("checks/allowPlaintextAuth")),
                 QStringLiteral("allowPlaintextAuth=true"));
    }

    void reports()
    {
        const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7));
        QCOMPARE(DeploymentConfig::reportFileName(QStringLiteral("alice@example.test"), when),
                 QStringLiteral("mailfix-report-20260304-050607-alice@example.test.json"));
        QCOMPARE(DeploymentConfig::reportFileName(QStringLiteral("../x y/z"), when),
                 QStringLiteral("mailfix-report-20260304-050607-.._x_y_z.json"));
        QCOMPARE(DeploymentConfig::reportFileName(QString(), when),
                 QStringLiteral("mailfix-report-20260304-050607.json"));

        DeploymentConfig c;
        QString path;
        QString error;
        QVERIFY(!c.saveReport(QStringLiteral("a@b.test"), "{}", when, &path, &error));
        QVERIFY(error.contains(QLatin1String("reports/folder")));

        c.reportsDir = m_dir.filePath(QStringLiteral("auto/reports")); // created
        QVERIFY2(c.saveReport(QStringLiteral("a@b.test"), "{\"n\":1}", when, &path, &error),
                 qPrintable(error));
        QCOMPARE(path,
                 m_dir.filePath(QStringLiteral("auto/reports/mailfix-report-20260304-050607-a@b.test.json")));
        QString second;
        QVERIFY2(c.saveReport(QStringLiteral("a@b.test"), "{\"n\":2}", when, &second, &error),
                 qPrintable(error));
        QCOMPARE(second, m_dir.filePath(
                             QStringLiteral("auto/reports/mailfix-report-20260304-050607-a@b.test-2.json")));
        QFile first(path);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), QByteArray("{\"n\":1}"));

        c.reportsDir = m_dir.filePath(QStringLiteral("logo.png")); // a file, not a folder
        QVERIFY(!c.saveReport(QStringLiteral("a@b.test"), "{}", when, &path, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeploymentConfig)
#include "tst_deploymentconfig.moc"
