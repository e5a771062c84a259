#include "clients/AppleMailAccounts.h"
#include "clients/ProgramAccounts.h"
#include "clients/PropertyList.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Apple Mail's accounts from Accounts.plist: the property list reader (XML and binary, damaged and hostile
// files), the accounts and the outgoing server each sends through, and where the file is looked for. The
// fixtures (tests/unit/fixtures/applemail/, written by make_fixtures.py there) follow the layout public
// readers of the file describe; none comes from a Mac.
class TestAppleMailAccounts : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(FIXTURES_DIR "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }

    // "NAME|EMAIL|HOST:PORT:SECURITY:AUTH|USERNAME" for each account, in order.
    static void compareAccounts(const QList<ProgramAccount> &actual, const QStringList &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList parts = expected.at(i).split(QLatin1Char('|'));
            QCOMPARE(parts.size(), 4);
            QString error;
            const std::optional<MailSettings> settings = MailSettings::parse(parts.at(2), &error);
            QVERIFY2(settings, qPrintable(error));
            const ProgramAccount &a = actual.at(i);
            QCOMPARE(a.name, parts.at(0));
            QCOMPARE(a.email, parts.at(1));
            QCOMPARE(a.outgoing.host, settings->host);
            QCOMPARE(a.outgoing.port, settings->port);
            QCOMPARE(a.outgoing.security, settings->security);
            QCOMPARE(a.outgoing.auth, settings->auth);
            QCOMPARE(a.outgoing.username, parts.at(3));
        }
    }

    // "HOST:PORT:SECURITY:PROTOCOL|AUTH|USERNAME" for each account's incoming server, in order.
    static void compareIncoming(const QList<AppleMailAccounts::Account> &actual, const QStringList &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList parts = expected.at(i).split(QLatin1Char('|'));
            QCOMPARE(parts.size(), 3);
            QString error;
            const std::optional<IncomingSettings> in = IncomingSettings::parse(parts.at(0), &error);
            QVERIFY2(in, qPrintable(error));
            const AppleMailAccounts::Account &a = actual.at(i);
            QCOMPARE(a.incoming.protocol, in->protocol);
            QCOMPARE(a.incoming.settings.host, in->settings.host);
            QCOMPARE(a.incoming.settings.port, in->settings.port);
            QCOMPARE(a.incoming.settings.security, in->settings.security);
            QCOMPARE(MailSettings::authName(a.incoming.settings.auth), parts.at(1));
            QCOMPARE(a.incoming.settings.username, parts.at(2));
        }
    }

    static QStringList mainAccounts()
    {
        return {
            QStringLiteral("Büro ✉ Work|alice@example.test|smtp.example.test:587:starttls:normal-password|"
                           "alice@example.test"),
            QStringLiteral(
                "Büro ✉ Work|a.example@example.test|smtp.example.test:587:starttls:normal-password|"
                "alice@example.test"),
            QStringLiteral("Home|bob@home.test|mail.home.test:25:none:none|")};
    }

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("accounts"); // ProgramAccounts::fromAppleMail
        QTest::addColumn<QStringList>("incoming"); // every POP/IMAP account, with or without outgoing server

        const QStringList incoming = {
            QStringLiteral("imap.example.test:993:tls:imap|normal-password|alice@example.test"),
            QStringLiteral("pop.home.test:110:none:pop3|normal-password|bob")};
        QTest::newRow("XML") << QStringLiteral("Accounts.plist") << mainAccounts() << incoming;
        QTest::newRow("binary") << QStringLiteral("Accounts.bplist") << mainAccounts() << incoming;
        QTest::newRow("legacy YES strings, SSL on 465, CRAM-MD5")
            << QStringLiteral("legacy-strings.plist")
            << QStringList{QStringLiteral(
                   "Legacy|carol@legacy.test|mail.legacy.test:465:tls:encrypted-password|carol")}
            << QStringList{QStringLiteral("mail.legacy.test:993:tls:imap|normal-password|carol")};
        // Dave: port 99999 is out of range, so SSL gives STARTTLS on 587; NTLM is an encrypted password.
        // Erin: her delivery account has no host, so she has no outgoing server.
        QTest::newRow("wrong types and missing keys")
            << QStringLiteral("wrong-types.bplist")
            << QStringList{QStringLiteral("Dave||smtp.wrong.test:587:starttls:encrypted-password|dave")}
            << QStringList{QStringLiteral("imap.wrong.test:993:tls:imap|normal-password|dave"),
                           QStringLiteral("pop.wrong.test:110:none:pop3|normal-password|")};
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, accounts);
        QFETCH(QStringList, incoming);
        QString error;
        const std::optional<AppleMailAccounts::List> list = AppleMailAccounts::parse(fixture(file), &error);
        QVERIFY2(list, qPrintable(error));
        QVERIFY(error.isEmpty());
        compareIncoming(list->accounts, incoming);
        compareAccounts(ProgramAccounts::fromAppleMail(list->accounts), accounts);
    }

    void emailsOfWrongTypesAreLeftOut()
    {
        QString error;
        const auto list = AppleMailAccounts::parse(fixture(QStringLiteral("wrong-types.bplist")), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->accounts.size(), 2);
        QCOMPARE(list->accounts.at(0).emails, QStringList()); // a string, not an array
        QCOMPARE(list->accounts.at(1).emails, QStringList{QStringLiteral("erin@wrong.test")});
        QVERIFY(!list->accounts.at(1).outgoing);
        QCOMPARE(list->deliveries.size(), 1);
        QCOMPARE(list->deliveries.at(0).identifier, QStringLiteral("smtp.wrong.test:dave"));
    }

    void xmlAndBinaryAreTheSame()
    {
        QString error;
        const std::optional<QVariant> xml =
            PropertyList::parse(fixture(QStringLiteral("Accounts.plist")), &error);
        QVERIFY2(xml, qPrintable(error));
        const std::optional<QVariant> binary =
            PropertyList::parse(fixture(QStringLiteral("Accounts.bplist")), &error);
        QVERIFY2(binary, qPrintable(error));
        QCOMPARE(*binary, *xml);
        const QVariantMap first = xml->toMap().value(QStringLiteral("MailAccounts")).toList().at(1).toMap();
        QCOMPARE(first.value(QStringLiteral("AccountName")).toString(), QStringLiteral("Büro ✉ Work"));
        QCOMPARE(first.value(QStringLiteral("PortNumber")), QVariant(qint64(993)));
        QCOMPARE(first.value(QStringLiteral("SSLEnabled")), QVariant(true));
    }

    void damaged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("why"); // part of the error
        QTest::newRow("truncated") << QStringLiteral("truncated.bplist") << QStringLiteral("trailer");
        QTest::newRow("offset out of range")
            << QStringLiteral("offset-out-of-range.bplist") << QStringLiteral("object 0 has no valid offset");
        QTest::newRow("cyclic") << QStringLiteral("cyclic.bplist")
                                << QStringLiteral("object 2 contains itself");
        QTest::newRow("object count beyond the file")
            << QStringLiteral("huge-count.bplist") << QStringLiteral("object count is out of range");
        QTest::newRow("shared objects, 2^40 values")
            << QStringLiteral("shared-bomb.bplist") << QStringLiteral("more than 200000 values");
        QTest::newRow("XML entity declarations")
            << QStringLiteral("entities.plist") << QStringLiteral("entity declarations are not allowed");
        QTest::newRow("XML nested 100 deep")
            << QStringLiteral("deep.plist") << QStringLiteral("nested deeper than 64");
        QTest::newRow("no MailAccounts")
            << QStringLiteral("no-mail-accounts.plist") << QStringLiteral("MailAccounts");
        QTest::newRow("root is an array")
            << QStringLiteral("root-is-array.bplist") << QStringLiteral("MailAccounts");
    }

    void damaged()
    {
        QFETCH(QString, file);
        QFETCH(QString, why);
        QString error;
        const std::optional<AppleMailAccounts::List> list = AppleMailAccounts::parse(fixture(file), &error);
        QVERIFY(!list);
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    // Every prefix of the binary file, and every single-byte change, is refused or read; none crashes.
    void everyPrefixAndByteFlip()
    {
        const QByteArray good = fixture(QStringLiteral("Accounts.bplist"));
        QString error;
        for (qsizetype n = 0; n < good.size(); ++n) {
            error.clear();
            QVERIFY(!PropertyList::parseBinary(good.first(n), &error));
            QVERIFY(!error.isEmpty());
        }
        int read = 0;
        for (qsizetype i = 0; i < good.size(); ++i) {
            for (const char x : {char(0x01), char(0x80), char(0xFF)}) {
                QByteArray bad = good;
                bad[i] = char(bad[i] ^ x);
                if (PropertyList::parseBinary(bad, &error))
                    ++read;
            }
        }
        QVERIFY(read > 0); // many flips only change a letter of a string
    }

    void plistScalars_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QVariant>("expected");
        const auto doc = [](const char *value) {
            return QByteArray("<?xml version=\"1.0\"?><plist version=\"1.0\">") + value + "</plist>";
        };
        QTest::newRow("integer") << doc("<integer> -42 </integer>") << QVariant(qint64(-42));
        QTest::newRow("real") << doc("<real>2.5</real>") << QVariant(2.5);
        QTest::newRow("false") << doc("<false/>") << QVariant(false);
        QTest::newRow("escaped string")
            << doc("<string>a &amp; b</string>") << QVariant(QStringLiteral("a & b"));
        QTest::newRow("data") << doc("<data>\n  aGk=\n</data>") << QVariant(QByteArray("hi"));
        QTest::newRow("empty dict") << doc("<dict/>") << QVariant(QVariantMap());
    }

    void plistScalars()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QVariant, expected);
        QString error;
        const std::optional<QVariant> v = PropertyList::parse(xml, &error);
        QVERIFY2(v, qPrintable(error));
        QCOMPARE(*v, expected);
    }

    void plistRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("bad integer") << QByteArray("<plist><integer>4x</integer></plist>");
        QTest::newRow("text in true") << QByteArray("<plist><true>no</true></plist>");
        QTest::newRow("key without value") << QByteArray("<plist><dict><key>a</key></dict></plist>");
        QTest::newRow("value without key") << QByteArray("<plist><dict><string>a</string></dict></plist>");
        QTest::newRow("unknown element") << QByteArray("<plist><foo/></plist>");
        QTest::newRow("two values") << QByteArray("<plist><true/><false/></plist>");
        QTest::newRow("other root") << QByteArray("<html/>");
        QTest::newRow("unclosed") << QByteArray("<plist><array><string>a</string>");
        QTest::newRow("bad base64") << QByteArray("<plist><data>!!!</data></plist>");
        QTest::newRow("empty") << QByteArray();
    }

    void plistRefused()
    {
        QFETCH(QByteArray, xml);
        QString error;
        QVERIFY(!PropertyList::parse(xml, &error));
        QVERIFY(!error.isEmpty());
    }

    // One delivery account's dict: HOST:PORT:SECURITY:AUTH and the user name, or "" when it is left out.
    void delivery_data()
    {
        QTest::addColumn<QVariantMap>("dict");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("identifier");

        const QVariantMap base = {{QStringLiteral("Hostname"), QStringLiteral("SMTP.Example.test")},
                                  {QStringLiteral("Username"), QStringLiteral("u@example.test")},
                                  {QStringLiteral("ShouldUseAuthentication"), true},
                                  {QStringLiteral("SSLEnabled"), true},
                                  {QStringLiteral("PortNumber"), qint64(587)}};
        const QString id = QStringLiteral("SMTP.Example.test:u@example.test");
        QTest::newRow("587 SSL: STARTTLS")
            << base << QStringLiteral("smtp.example.test:587:starttls:normal-password")
            << QStringLiteral("u@example.test") << id;
        QVariantMap d = base;
        d.insert(QStringLiteral("PortNumber"), qint64(465));
        QTest::newRow("465 SSL: TLS") << d << QStringLiteral("smtp.example.test:465:tls:normal-password")
                                      << QStringLiteral("u@example.test") << id;
        d = base;
        d.remove(QStringLiteral("PortNumber"));
        QTest::newRow("no port, SSL: 587 STARTTLS")
            << d << QStringLiteral("smtp.example.test:587:starttls:normal-password")
            << QStringLiteral("u@example.test") << id;
        d.insert(QStringLiteral("SecurityLayerType"), qint64(3));
        QTest::newRow("no port, layer 3: 465 TLS")
            << d << QStringLiteral("smtp.example.test:465:tls:normal-password")
            << QStringLiteral("u@example.test") << id;
        d = base;
        d.insert(QStringLiteral("PortNumber"), qint64(465));
        d.insert(QStringLiteral("SecurityLayerType"), qint64(2));
        QTest::newRow("465, layer 2: STARTTLS")
            << d << QStringLiteral("smtp.example.test:465:starttls:normal-password")
            << QStringLiteral("u@example.test") << id;
        d = base;
        d.insert(QStringLiteral("SSLEnabled"), false);
        d.remove(QStringLiteral("PortNumber"));
        QTest::newRow("no SSL, no port: 25")
            << d << QStringLiteral("smtp.example.test:25:none:normal-password")
            << QStringLiteral("u@example.test") << id;
        d = base;
        d.insert(QStringLiteral("SSLEnabled"), QStringLiteral("NO"));
        d.insert(QStringLiteral("PortNumber"), QStringLiteral(" 2525 "));
        QTest::newRow("strings NO and 2525")
            << d << QStringLiteral("smtp.example.test:2525:none:normal-password")
            << QStringLiteral("u@example.test") << id;
        d = base;
        d.remove(QStringLiteral("ShouldUseAuthentication"));
        QTest::newRow("no ShouldUseAuthentication: no sign-in")
            << d << QStringLiteral("smtp.example.test:587:starttls:none") << QString() << id;
        d = base;
        d.remove(QStringLiteral("Username"));
        QTest::newRow("sign-in without user name: none, identifier is the host")
            << d << QStringLiteral("smtp.example.test:587:starttls:none") << QString()
            << QStringLiteral("SMTP.Example.test");
        for (const char *scheme : {"CRAM-MD5", "ntlm", "DIGEST-MD5"}) {
            d = base;
            d.insert(QStringLiteral("AuthenticationScheme"), QString::fromLatin1(scheme));
            QTest::addRow("scheme %s", scheme)
                << d << QStringLiteral("smtp.example.test:587:starttls:encrypted-password")
                << QStringLiteral("u@example.test") << id;
        }
        for (const char *scheme : {"PASSWORD", "", "GSSAPI"}) {
            d = base;
            d.insert(QStringLiteral("AuthenticationScheme"), QString::fromLatin1(scheme));
            QTest::addRow("scheme '%s'", scheme)
                << d << QStringLiteral("smtp.example.test:587:starttls:normal-password")
                << QStringLiteral("u@example.test") << id;
        }
        d = base;
        d.insert(QStringLiteral("AuthenticationScheme"), QStringLiteral("XOAUTH2"));
        QTest::newRow("scheme XOAUTH2") << d << QStringLiteral("smtp.example.test:587:starttls:oauth2")
                                        << QStringLiteral("u@example.test") << id;
        d = base;
        d.insert(QStringLiteral("AuthenticationScheme"), QStringLiteral("NONE"));
        QTest::newRow("scheme NONE") << d << QStringLiteral("smtp.example.test:587:starttls:none")
                                     << QStringLiteral("u@example.test") << id;
    }

    void delivery()
    {
        QFETCH(QVariantMap, dict);
        QFETCH(QString, settings);
        QFETCH(QString, username);
        QFETCH(QString, identifier);
        const std::optional<AppleMailAccounts::Delivery> d = AppleMailAccounts::deliveryFromDict(dict);
        QVERIFY(d);
        QString error;
        const std::optional<MailSettings> expected = MailSettings::parse(settings, &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(d->settings.host, expected->host);
        QCOMPARE(d->settings.port, expected->port);
        QCOMPARE(d->settings.security, expected->security);
        QCOMPARE(d->settings.auth, expected->auth);
        QCOMPARE(d->settings.username, username);
        QCOMPARE(d->identifier, identifier);
    }

    void notADeliveryAccount()
    {
        QVERIFY(!AppleMailAccounts::deliveryFromDict({}));
        QVERIFY(!AppleMailAccounts::deliveryFromDict({{QStringLiteral("Hostname"), QStringLiteral("  ")}}));
        QVERIFY(!AppleMailAccounts::deliveryFromDict(
            {{QStringLiteral("Hostname"), QStringLiteral("h.test")},
             {QStringLiteral("AccountType"), QStringLiteral("EWSAccount")}}));
    }

    void incomingAccount_data()
    {
        QTest::addColumn<QVariantMap>("dict");
        QTest::addColumn<QString>("settings"); // HOST:PORT:SECURITY:PROTOCOL, or "" when it is left out

        const auto account = [](const char *type, QVariant ssl, QVariant port) {
            QVariantMap m = {{QStringLiteral("AccountType"), QString::fromLatin1(type)},
                             {QStringLiteral("Hostname"), QStringLiteral("in.example.test")}};
            if (ssl.isValid())
                m.insert(QStringLiteral("SSLEnabled"), ssl);
            if (port.isValid())
                m.insert(QStringLiteral("PortNumber"), port);
            return m;
        };
        QTest::newRow("IMAP SSL, no port")
            << account("IMAPAccount", true, {}) << QStringLiteral("in.example.test:993:tls:imap");
        QTest::newRow("IMAP SSL on 143: STARTTLS") << account("IMAPAccount", true, qint64(143))
                                                   << QStringLiteral("in.example.test:143:starttls:imap");
        QTest::newRow("IMAP plain") << account("IMAPAccount", false, {})
                                    << QStringLiteral("in.example.test:143:none:imap");
        QTest::newRow("Gmail is IMAP")
            << account("GmailAccount", true, qint64(993)) << QStringLiteral("in.example.test:993:tls:imap");
        QTest::newRow("POP SSL") << account("POPAccount", QStringLiteral("YES"), {})
                                 << QStringLiteral("in.example.test:995:tls:pop3");
        QTest::newRow("POP plain") << account("POPAccount", {}, {})
                                   << QStringLiteral("in.example.test:110:none:pop3");
        QTest::newRow("On My Mac") << account("LocalAccount", {}, {}) << QString();
        QTest::newRow("Exchange") << account("EWSAccount", true, {}) << QString();
        QTest::newRow("no type") << account("", true, {}) << QString();
    }

    void incomingAccount()
    {
        QFETCH(QVariantMap, dict);
        QFETCH(QString, settings);
        const std::optional<AppleMailAccounts::Account> a = AppleMailAccounts::accountFromDict(dict);
        QCOMPARE(a.has_value(), !settings.isEmpty());
        if (settings.isEmpty())
            return;
        QString error;
        const std::optional<IncomingSettings> expected = IncomingSettings::parse(settings, &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(a->incoming.protocol, expected->protocol);
        QCOMPARE(a->incoming.settings.host, expected->settings.host);
        QCOMPARE(a->incoming.settings.port, expected->settings.port);
        QCOMPARE(a->incoming.settings.security, expected->settings.security);
        QVERIFY(!a->outgoing);
    }

    // The highest V<N> folder with an Accounts.plist, between V2 and V10.
    void accountsFile()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QCOMPARE(AppleMailAccounts::accountsFile(home.path()), QString());
        const auto put = [&](int version) {
            const QString dir = home.filePath(QStringLiteral("Library/Mail/V%1/MailData").arg(version));
            QVERIFY(QDir().mkpath(dir));
            QFile f(dir + QStringLiteral("/Accounts.plist"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fixture(QStringLiteral("Accounts.bplist")));
        };
        put(11);
        QCOMPARE(AppleMailAccounts::accountsFile(home.path()), QString());
        put(3);
        put(8);
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("Library/Mail/V9/MailData")))); // no file in it
        QCOMPARE(AppleMailAccounts::accountsFile(home.path()),
                 home.filePath(QStringLiteral("Library/Mail/V8/MailData/Accounts.plist")));

        QString error;
        const std::optional<AppleMailAccounts::List> list = AppleMailAccounts::read(home.path(), &error);
        QVERIFY2(list, qPrintable(error));
        compareAccounts(ProgramAccounts::fromAppleMail(list->accounts), mainAccounts());
    }

    void readWithoutFile()
    {
        QTemporaryDir home;
        QString error;
        QVERIFY(!AppleMailAccounts::read(home.path(), &error));
        QVERIFY2(error.contains(QLatin1String("Accounts4.sqlite")), qPrintable(error));
    }

    void onlyOnAMac()
    {
#ifdef Q_OS_MACOS
        QSKIP("reads the real user's Apple Mail settings on a Mac");
#else
        QString error;
        QVERIFY(ProgramAccounts::read(MailClients::Program::AppleMail, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("Apple Mail's settings can only be read on a Mac"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestAppleMailAccounts)
#include "tst_applemailaccounts.moc"
