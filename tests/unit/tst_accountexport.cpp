#include "export/MobileConfig.h"
#include "export/OutlookPrf.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ExportAccount)

// The setup files MailFix writes from checked settings: the Apple Mail profile (.mobileconfig), checked by
// Python's plistlib against the keys Apple documents (check_mobileconfig.py), and the classic Outlook PRF
// file, checked against the sections and keys of the format the Office Customization Tool writes. Neither
// ever holds a password.
class TestAccountExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static ExportAccount account(const QString &incoming, const QString &protocol, const QString &outgoing,
                                 const QString &user, const QString &name = {},
                                 const QString &address = QStringLiteral("alice@example.test"))
    {
        ExportAccount a;
        a.address = address;
        a.displayName = name;
        QString error;
        const std::optional<MailSettings> out = MailSettings::parse(outgoing, &error);
        const std::optional<MailSettings> in = MailSettings::parse(incoming, &error);
        if (!out || !in)
            qFatal("bad test row: %s", qPrintable(error));
        a.outgoing = *out;
        a.outgoing.username = user;
        a.incoming.settings = *in;
        a.incoming.settings.username = user;
        if (!ProbeNames::parseProtocol(protocol, &a.incoming.protocol))
            qFatal("bad protocol %s", qPrintable(protocol));
        return a;
    }

    // The profile as Python's plistlib reads it, after check_mobileconfig.py found it valid.
    QJsonObject checkedProfile(const QString &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("profile-%1.mobileconfig").arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        file.close();
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral(CHECK_MOBILECONFIG), path});
        if (!python.waitForFinished(30000)) {
            qWarning("python3 did not run: %s", qPrintable(python.errorString()));
            return {};
        }
        const QByteArray err = python.readAllStandardError();
        if (python.exitCode() != 0) {
            qWarning("check_mobileconfig.py:\n%s", err.constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    // "[Section]" -> its key=value lines, in file order; the section names in order.
    struct Ini
    {
        QStringList sections;
        QHash<QString, QList<QPair<QString, QString>>> entries;
        QString value(const QString &section, const QString &key) const
        {
            for (const auto &[k, v] : entries.value(section)) {
                if (k == key)
                    return v;
            }
            return QStringLiteral("<missing>");
        }
        QStringList keys(const QString &section) const
        {
            QStringList out;
            for (const auto &entry : entries.value(section))
                out << entry.first;
            return out;
        }
    };
    static Ini parseIni(const QString &text)
    {
        Ini ini;
        QString current;
        for (const QString &line : text.split(QStringLiteral("\r\n"))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
                continue;
            if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
                current = line.mid(1, line.size() - 2);
                ini.sections << current;
                ini.entries[current];
                continue;
            }
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            ini.entries[current].append({line.left(eq), line.mid(eq + 1)});
        }
        return ini;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is needed to check the profiles with plistlib");
    }

    void mobileConfig_data()
    {
        QTest::addColumn<ExportAccount>("account");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("inSsl");
        QTest::addColumn<bool>("outSsl");
        QTest::addColumn<QString>("inAuth");
        QTest::addColumn<QString>("outAuth");
        QTest::addColumn<bool>("samePassword");
        const QString user = QStringLiteral("alice@example.test");
        QTest::newRow("imap tls, smtp starttls")
            << account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                       QStringLiteral("smtp.example.test:587:starttls:normal"), user,
                       QStringLiteral("Alice Example"))
            << QStringLiteral("EmailTypeIMAP") << true << true << QStringLiteral("EmailAuthPassword")
            << QStringLiteral("EmailAuthPassword") << true;
        QTest::newRow("pop3, smtp tls, cram-md5")
            << account(QStringLiteral("pop.example.test:995:tls:encrypted-password"), QStringLiteral("pop3"),
                       QStringLiteral("smtp.example.test:465:tls:encrypted-password"), user)
            << QStringLiteral("EmailTypePOP") << true << true << QStringLiteral("EmailAuthCRAMMD5")
            << QStringLiteral("EmailAuthCRAMMD5") << true;
        QTest::newRow("plain, smtp without sign-in")
            << account(QStringLiteral("mail.example.test:143:none:normal"), QStringLiteral("imap"),
                       QStringLiteral("mail.example.test:25:none:none"), user)
            << QStringLiteral("EmailTypeIMAP") << false << false << QStringLiteral("EmailAuthPassword")
            << QStringLiteral("EmailAuthNone") << false;
        QTest::newRow("markup and line breaks in the name")
            << account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                       QStringLiteral("smtp.example.test:587:starttls:normal"), user,
                       QStringLiteral("Müller & <Söhne>\n</string><key>IncomingPassword</key>"))
            << QStringLiteral("EmailTypeIMAP") << true << true << QStringLiteral("EmailAuthPassword")
            << QStringLiteral("EmailAuthPassword") << true;
    }
    void mobileConfig()
    {
        QFETCH(ExportAccount, account);
        QString error;
        const QString text = MobileConfig::build(account, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        const QJsonObject checked = checkedProfile(text);
        QVERIFY2(!checked.isEmpty(), qPrintable(text));
        const QJsonObject a = checked.value(QLatin1String("account")).toObject();
        QCOMPARE(a.value(QLatin1String("PayloadType")).toString(), QStringLiteral("com.apple.mail.managed"));
        QFETCH(QString, type);
        QCOMPARE(a.value(QLatin1String("EmailAccountType")).toString(), type);
        QCOMPARE(a.value(QLatin1String("EmailAddress")).toString(), account.address);
        QCOMPARE(a.value(QLatin1String("EmailAccountName")).toString(),
                 ExportAccount::oneLine(account.displayName));
        QCOMPARE(a.contains(QLatin1String("EmailAccountName")), !account.displayName.isEmpty());
        QCOMPARE(a.value(QLatin1String("IncomingMailServerHostName")).toString(),
                 account.incoming.settings.host);
        QCOMPARE(a.value(QLatin1String("IncomingMailServerPortNumber")).toInt(),
                 account.incoming.settings.port);
        QFETCH(bool, inSsl);
        QFETCH(bool, outSsl);
        QCOMPARE(a.value(QLatin1String("IncomingMailServerUseSSL")).toBool(), inSsl);
        QCOMPARE(a.value(QLatin1String("OutgoingMailServerUseSSL")).toBool(), outSsl);
        QFETCH(QString, inAuth);
        QFETCH(QString, outAuth);
        QCOMPARE(a.value(QLatin1String("IncomingMailServerAuthentication")).toString(), inAuth);
        QCOMPARE(a.value(QLatin1String("OutgoingMailServerAuthentication")).toString(), outAuth);
        QCOMPARE(a.value(QLatin1String("OutgoingMailServerHostName")).toString(), account.outgoing.host);
        QCOMPARE(a.value(QLatin1String("OutgoingMailServerPortNumber")).toInt(), account.outgoing.port);
        QCOMPARE(a.value(QLatin1String("IncomingMailServerUsername")).toString(),
                 account.incoming.settings.username);
        // no user name where there is no sign-in
        QCOMPARE(a.contains(QLatin1String("OutgoingMailServerUsername")),
                 account.outgoing.auth != MailSettings::Auth::None);
        QFETCH(bool, samePassword);
        QCOMPARE(a.value(QLatin1String("OutgoingPasswordSameAsIncomingPassword")).toBool(), samePassword);
    }

    // A second export for the same address replaces the first: same identifier and UUIDs, whatever the
    // settings or the address's case; another address gets others.
    void stableIdentifiers()
    {
        QString error;
        const auto ids = [&](const ExportAccount &a) {
            const QJsonObject checked = checkedProfile(MobileConfig::build(a, &error));
            const QJsonObject top = checked.value(QLatin1String("profile")).toObject();
            const QJsonObject payload = checked.value(QLatin1String("account")).toObject();
            return QStringList{top.value(QLatin1String("PayloadIdentifier")).toString(),
                               top.value(QLatin1String("PayloadUUID")).toString(),
                               payload.value(QLatin1String("PayloadIdentifier")).toString(),
                               payload.value(QLatin1String("PayloadUUID")).toString()};
        };
        const QStringList first =
            ids(account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                        QStringLiteral("smtp.example.test:25:none:none"), QStringLiteral("a")));
        const QStringList second =
            ids(account(QStringLiteral("pop.example.test:995:tls:normal"), QStringLiteral("pop3"),
                        QStringLiteral("smtp.example.test:465:tls:normal"), QStringLiteral("b"),
                        QStringLiteral("Alice"), QStringLiteral("Alice@Example.TEST")));
        const QStringList other =
            ids(account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                        QStringLiteral("smtp.example.test:25:none:none"), QStringLiteral("a"), {},
                        QStringLiteral("bob@example.test")));
        QCOMPARE(first.size(), 4);
        QVERIFY(!first.contains(QString()));
        QCOMPARE(second, first);
        for (int i = 0; i < first.size(); ++i)
            QVERIFY2(other.at(i) != first.at(i), qPrintable(first.at(i)));
    }

    void refused_data()
    {
        QTest::addColumn<ExportAccount>("account");
        QTest::addColumn<QString>("message");
        ExportAccount oauthOut =
            account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                    QStringLiteral("smtp.example.test:587:starttls:oauth2"), QStringLiteral("a"));
        ExportAccount oauthIn =
            account(QStringLiteral("imap.example.test:993:tls:oauth2"), QStringLiteral("imap"),
                    QStringLiteral("smtp.example.test:587:starttls:normal"), QStringLiteral("a"));
        ExportAccount badAddress =
            account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                    QStringLiteral("smtp.example.test:587:starttls:normal"), QStringLiteral("a"), {},
                    QStringLiteral("alice.example.test"));
        ExportAccount noIncoming = oauthIn;
        noIncoming.incoming = IncomingSettings();
        noIncoming.outgoing.auth = MailSettings::Auth::NormalPassword;
        QTest::newRow("oauth2 outgoing") << oauthOut << QStringLiteral("OAuth2");
        QTest::newRow("oauth2 incoming") << oauthIn << QStringLiteral("OAuth2");
        QTest::newRow("not an address") << badAddress << QStringLiteral("is not an email address");
        QTest::newRow("no incoming server")
            << noIncoming << QStringLiteral("incoming and the outgoing server");
    }
    void refused()
    {
        QFETCH(ExportAccount, account);
        QFETCH(QString, message);
        for (const bool prf : {false, true}) {
            QString error;
            const QString text =
                prf ? OutlookPrf::build(account, &error) : MobileConfig::build(account, &error);
            QVERIFY2(text.isEmpty(), qPrintable(text));
            QVERIFY2(error.contains(message), qPrintable(error));
        }
    }

    void prf_data()
    {
        QTest::addColumn<ExportAccount>("account");
        QTest::addColumn<QString>("inSsl");      // POP3UseSSL / IMAPUseSSL
        QTest::addColumn<QString>("outSecure");  // SMTPSecureConnection: 0 none, 1 SSL, 2 TLS (STARTTLS)
        QTest::addColumn<QString>("useAuth");    // SMTPUseAuth
        QTest::addColumn<QString>("authMethod"); // SMTPAuthMethod: 0 as incoming, 1 own name
        QTest::addColumn<QString>("useSpa");     // SMTPUseSPA
        const QString user = QStringLiteral("alice@example.test");
        QTest::newRow("imap tls, smtp starttls")
            << account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                       QStringLiteral("smtp.example.test:587:starttls:normal"), user, QStringLiteral("Alice"))
            << QStringLiteral("1") << QStringLiteral("2") << QStringLiteral("1") << QStringLiteral("0")
            << QStringLiteral("0");
        QTest::newRow("pop3 tls, smtp tls, SPA")
            << account(QStringLiteral("pop.example.test:995:tls:normal"), QStringLiteral("pop3"),
                       QStringLiteral("smtp.example.test:465:tls:encrypted-password"), user)
            << QStringLiteral("1") << QStringLiteral("1") << QStringLiteral("1") << QStringLiteral("0")
            << QStringLiteral("1");
        QTest::newRow("no sign-in, no encryption")
            << account(QStringLiteral("mail.example.test:110:none:normal"), QStringLiteral("pop3"),
                       QStringLiteral("mail.example.test:25:none:none"), user)
            << QStringLiteral("0") << QStringLiteral("0") << QStringLiteral("0")
            << QStringLiteral("<missing>") << QStringLiteral("<missing>");
        ExportAccount ownName =
            account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                    QStringLiteral("smtp.example.test:587:starttls:normal"), user);
        ownName.outgoing.username = QStringLiteral("relay-user");
        QTest::newRow("smtp signs in with its own name")
            << ownName << QStringLiteral("1") << QStringLiteral("2") << QStringLiteral("1")
            << QStringLiteral("1") << QStringLiteral("0");
    }
    void prf()
    {
        QFETCH(ExportAccount, account);
        QString error;
        const QString text = OutlookPrf::build(account, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))),
                 "a line not ending in CRLF");
        const Ini ini = parseIni(text);
        const bool pop = account.incoming.protocol == Protocol::Pop3;
        const QString mapping = pop ? QStringLiteral("I_Mail") : QStringLiteral("IMAP_I_Mail");
        QCOMPARE(ini.sections,
                 (QStringList{QStringLiteral("General"), QStringLiteral("Service List"),
                              QStringLiteral("Internet Account List"), QStringLiteral("Account1"), mapping}));
        // Section 1: add to the existing (default) profile, without a "Backup Of" copy.
        QCOMPARE(ini.value(QStringLiteral("General"), QStringLiteral("Custom")), QStringLiteral("1"));
        QCOMPARE(ini.value(QStringLiteral("General"), QStringLiteral("OverwriteProfile")),
                 QStringLiteral("Append"));
        QCOMPARE(ini.value(QStringLiteral("General"), QStringLiteral("ModifyDefaultProfileIfPresent")),
                 QStringLiteral("TRUE"));
        QCOMPARE(ini.value(QStringLiteral("Internet Account List"), QStringLiteral("Account1")), mapping);
        // Section 7, as the Office Customization Tool writes it (an independent copy of its lists).
        const QString in = pop ? QStringLiteral("POP3") : QStringLiteral("IMAP");
        QStringList expectedMapping{
            QStringLiteral("AccountType"),       QStringLiteral("AccountName"),
            QStringLiteral("DisplayName"),       QStringLiteral("EmailAddress"),
            in + QStringLiteral("Server"),       in + QStringLiteral("UserName"),
            in + QStringLiteral("UseSPA"),       QStringLiteral("Organization"),
            QStringLiteral("ReplyEmailAddress"), in + QStringLiteral("Port"),
            in + QStringLiteral("UseSSL"),       QStringLiteral("SMTPServer"),
            QStringLiteral("SMTPUseAuth"),       QStringLiteral("SMTPAuthMethod"),
            QStringLiteral("SMTPUserName"),      QStringLiteral("SMTPUseSPA"),
            QStringLiteral("ConnectionType"),    QStringLiteral("ConnectionOID"),
            QStringLiteral("SMTPPort"),          QStringLiteral("SMTPSecureConnection"),
            QStringLiteral("ServerTimeOut")};
        expectedMapping << (pop ? QStringList{QStringLiteral("LeaveOnServer")}
                                : QStringList{QStringLiteral("CheckNewImap"), QStringLiteral("RootFolder")});
        QCOMPARE(ini.keys(mapping), expectedMapping);
        QCOMPARE(ini.value(mapping, QStringLiteral("AccountType")), in);
        QCOMPARE(ini.value(mapping, QStringLiteral("SMTPSecureConnection")),
                 QStringLiteral("PT_LONG,0x020A"));
        QCOMPARE(ini.value(mapping, QStringLiteral("SMTPAuthMethod")), QStringLiteral("PT_LONG,0x0208"));
        // Section 5: every value has a mapping (UniqueService is the section's own), and no password.
        for (const QString &key : ini.keys(QStringLiteral("Account1"))) {
            QVERIFY2(key == QLatin1String("UniqueService") || expectedMapping.contains(key), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("Password"), Qt::CaseInsensitive), qPrintable(key));
        }
        const QString a = QStringLiteral("Account1");
        QCOMPARE(ini.value(a, QStringLiteral("EmailAddress")), account.address);
        QCOMPARE(ini.value(a, in + QStringLiteral("Server")), account.incoming.settings.host);
        QCOMPARE(ini.value(a, in + QStringLiteral("Port")), QString::number(account.incoming.settings.port));
        QCOMPARE(ini.value(a, in + QStringLiteral("UserName")), account.incoming.settings.username);
        QFETCH(QString, inSsl);
        QCOMPARE(ini.value(a, in + QStringLiteral("UseSSL")), inSsl);
        QCOMPARE(ini.value(a, QStringLiteral("SMTPServer")), account.outgoing.host);
        QCOMPARE(ini.value(a, QStringLiteral("SMTPPort")), QString::number(account.outgoing.port));
        QFETCH(QString, outSecure);
        QCOMPARE(ini.value(a, QStringLiteral("SMTPSecureConnection")), outSecure);
        QFETCH(QString, useAuth);
        QCOMPARE(ini.value(a, QStringLiteral("SMTPUseAuth")), useAuth);
        QFETCH(QString, authMethod);
        QCOMPARE(ini.value(a, QStringLiteral("SMTPAuthMethod")), authMethod);
        QCOMPARE(ini.value(a, QStringLiteral("SMTPUserName")),
                 authMethod == QLatin1String("1") ? account.outgoing.username : QStringLiteral("<missing>"));
        QFETCH(QString, useSpa);
        QCOMPARE(ini.value(a, QStringLiteral("SMTPUseSPA")), useSpa);
        QVERIFY(text.contains(QLatin1String("The new Outlook does not accept PRF files")));
    }

    void prfEncoding()
    {
        ExportAccount a =
            account(QStringLiteral("imap.example.test:993:tls:normal"), QStringLiteral("imap"),
                    QStringLiteral("smtp.example.test:587:starttls:normal"), QStringLiteral("a"));
        QString error;
        const QString ascii = OutlookPrf::build(a, &error);
        QCOMPARE(OutlookPrf::encode(ascii), ascii.toLatin1());
        a.displayName = QStringLiteral("Zoë Müller\r\nSMTPServer=evil.test");
        const QString unicode = OutlookPrf::build(a, &error);
        QCOMPARE(parseIni(unicode).value(QStringLiteral("Account1"), QStringLiteral("DisplayName")),
                 QStringLiteral("Zoë Müller  SMTPServer=evil.test")); // one line: no injected key
        QCOMPARE(parseIni(unicode).value(QStringLiteral("Account1"), QStringLiteral("SMTPServer")),
                 QStringLiteral("smtp.example.test"));
        const QByteArray bytes = OutlookPrf::encode(unicode);
        QVERIFY(bytes.startsWith("\xFF\xFE"));
        QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2),
                                    (bytes.size() - 2) / 2),
                 unicode);
    }
};

QTEST_GUILESS_MAIN(TestAccountExport)
#include "tst_accountexport.moc"
