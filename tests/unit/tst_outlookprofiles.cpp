#include "clients/OutlookProfiles.h"

#include <QTest>

// Classic Outlook's accounts from registry values: the outgoing settings each uses (server, port,
// encryption, sign-in, user name, "use same settings as my incoming mail server").
class TestOutlookProfiles : public QObject
{
    Q_OBJECT

    // REG_BINARY text as Outlook writes it: UTF-16LE with a terminating NUL.
    static QVariant binary(const QString &text)
    {
        QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        bytes.append('\0').append('\0');
        return bytes;
    }

    static OutlookProfiles::Values imapAccount()
    {
        return {{QStringLiteral("Account Name"), binary(QStringLiteral("alice@example.test"))},
                {QStringLiteral("Email"), binary(QStringLiteral("alice@example.test"))},
                {QStringLiteral("IMAP Server"), binary(QStringLiteral("imap.example.test"))},
                {QStringLiteral("IMAP User"), binary(QStringLiteral("alice@example.test"))},
                {QStringLiteral("SMTP Server"), binary(QStringLiteral("SMTP.example.test"))},
                {QStringLiteral("SMTP Port"), 587u},
                {QStringLiteral("SMTP Secure Connection"), 2u},
                {QStringLiteral("SMTP Use Auth"), 1u}};
    }

private slots:
    void text_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("UTF-16LE binary")
            << binary(QStringLiteral("smtp.example.test")) << QStringLiteral("smtp.example.test");
        QTest::newRow("non-ASCII") << binary(QStringLiteral("Jörg Müller")) << QStringLiteral("Jörg Müller");
        QTest::newRow("string with NUL (QSettings' view of REG_BINARY)")
            << QVariant(QStringLiteral("mail.example.test") + QChar(u'\0'))
            << QStringLiteral("mail.example.test");
        QTest::newRow("plain string") << QVariant(QStringLiteral("  x ")) << QStringLiteral("x");
        QTest::newRow("odd byte count") << QVariant(QByteArray("a\0b", 3)) << QStringLiteral("a");
        QTest::newRow("missing") << QVariant() << QString();
    }

    void text()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QCOMPARE(OutlookProfiles::text(value), expected);
    }

    void account_data()
    {
        QTest::addColumn<OutlookProfiles::Values>("values");
        QTest::addColumn<QString>("settings"); // HOST:PORT:SECURITY:AUTH as --current
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("sameAsIncoming");
        QTest::addColumn<bool>("logOnFirst");

        const OutlookProfiles::Values base = imapAccount();
        QTest::newRow("587 STARTTLS, same as incoming")
            << base << QStringLiteral("smtp.example.test:587:starttls:normal-password")
            << QStringLiteral("alice@example.test") << true << false;
        OutlookProfiles::Values v = base;
        v.remove(QStringLiteral("SMTP Use Auth"));
        v.insert(QStringLiteral("SMTP Port"), 25u);
        v.insert(QStringLiteral("SMTP Secure Connection"), 0u);
        QTest::newRow("25 plain, no sign-in")
            << v << QStringLiteral("smtp.example.test:25:none:none") << QString() << false << false;
        v = base;
        v.insert(QStringLiteral("SMTP Secure Connection"), 1u);
        v.remove(QStringLiteral("SMTP Port"));
        QTest::newRow("SSL/TLS, no port: 465")
            << v << QStringLiteral("smtp.example.test:465:tls:normal-password")
            << QStringLiteral("alice@example.test") << true << false;
        v = base;
        v.insert(QStringLiteral("SMTP Auth Method"), 1u);
        v.insert(QStringLiteral("SMTP User"), binary(QStringLiteral("sender@example.test")));
        v.insert(QStringLiteral("SMTP Use SPA"), 1u);
        QTest::newRow("own user name, SPA")
            << v << QStringLiteral("smtp.example.test:587:starttls:encrypted-password")
            << QStringLiteral("sender@example.test") << false << false;
        v = base;
        v.insert(QStringLiteral("SMTP Auth Method"), 2u);
        QTest::newRow("log on to incoming first")
            << v << QStringLiteral("smtp.example.test:587:starttls:normal-password")
            << QStringLiteral("alice@example.test") << false << true;
        v = base;
        v.insert(QStringLiteral("SMTP Secure Connection"), 3u);
        QTest::newRow("automatic: STARTTLS")
            << v << QStringLiteral("smtp.example.test:587:starttls:normal-password")
            << QStringLiteral("alice@example.test") << true << false;
    }

    void account()
    {
        QFETCH(OutlookProfiles::Values, values);
        QFETCH(QString, settings);
        QFETCH(QString, username);
        QFETCH(bool, sameAsIncoming);
        QFETCH(bool, logOnFirst);
        const std::optional<OutlookProfiles::Account> a = OutlookProfiles::accountFromValues(values);
        QVERIFY(a);
        QString error;
        const std::optional<MailSettings> expected = MailSettings::parse(settings, &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(a->outgoing.host, expected->host);
        QCOMPARE(a->outgoing.port, expected->port);
        QCOMPARE(a->outgoing.security, expected->security);
        QCOMPARE(a->outgoing.auth, expected->auth);
        QCOMPARE(a->outgoing.username, username);
        QCOMPARE(a->sameAsIncoming, sameAsIncoming);
        QCOMPARE(a->logOnToIncomingFirst, logOnFirst);
        QCOMPARE(a->name, QStringLiteral("alice@example.test"));
        QCOMPARE(a->incomingServer, QStringLiteral("imap.example.test"));
        QVERIFY(a->imap);
    }

    void notAnInternetAccount()
    {
        OutlookProfiles::Values exchange = imapAccount();
        exchange.remove(QStringLiteral("IMAP Server"));
        QVERIFY(!OutlookProfiles::accountFromValues(exchange)); // no POP3 or IMAP server
        OutlookProfiles::Values noSmtp = imapAccount();
        noSmtp.remove(QStringLiteral("SMTP Server"));
        QVERIFY(!OutlookProfiles::accountFromValues(noSmtp));
        OutlookProfiles::Values pop = imapAccount();
        pop.remove(QStringLiteral("IMAP Server"));
        pop.insert(QStringLiteral("POP3 Server"), binary(QStringLiteral("pop.example.test")));
        pop.insert(QStringLiteral("POP3 User"), binary(QStringLiteral("alice")));
        const std::optional<OutlookProfiles::Account> a = OutlookProfiles::accountFromValues(pop);
        QVERIFY(a);
        QVERIFY(!a->imap);
        QCOMPARE(a->incomingServer, QStringLiteral("pop.example.test"));
        QCOMPARE(a->outgoing.username, QStringLiteral("alice")); // same as incoming
    }
};

QTEST_GUILESS_MAIN(TestOutlookProfiles)
#include "tst_outlookprofiles.moc"
