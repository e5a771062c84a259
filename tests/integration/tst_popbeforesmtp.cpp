#include "HarnessEnv.h"
#include "PopBeforeSmtpRecord.h"
#include "RawSmtpClient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

// The harness's POP-before-SMTP server (popfirst.test, 127.0.0.11; tests/harness/exim-popfirst.conf.in)
// with real servers: Exim refuses to relay for a client address until it signs in to Dovecot's POP3 or
// IMAP there, then relays for it for MAILFIX_TEST_POPFIRST_MINUTES. Every test function but one binds its
// sockets to a client address of its own (127.0.1.N) and resets only that address's line of the sign-in
// record, so the functions can run in any order, and beside other tests that sign in from 127.0.0.1.
class TestPopBeforeSmtp : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;
    static constexpr int kTimeoutMs = 10000; // a wrong password is answered after 2 s

    static const QByteArray &refusal()
    {
        static const QByteArray text =
            "550 5.7.1 Relaying denied, please check your mail first (POP before SMTP)";
        return text;
    }

    static bool offers(const RawSmtpClient::Reply &ehlo, const QString &keyword)
    {
        for (const QString &line : ehlo.lines) {
            if (line.mid(4).split(QLatin1Char(' ')).contains(keyword, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    struct Relay
    {
        RawSmtpClient::Reply ehlo;
        RawSmtpClient::Reply rcpt;
    };

    // MAIL FROM and RCPT TO an outside address over plain SMTP on `port`, from `client` (any address when
    // empty); no message is sent.
    Relay tryRelay(const QString &client, quint16 port = 25) const
    {
        Relay relay;
        RawSmtpClient smtp(m_env.caFile);
        if (!client.isEmpty() && !smtp.socket().bind(QHostAddress(client)))
            return relay;
        if (!smtp.connectPlain(m_env.popfirstHost, port) || smtp.readReply().code != 220)
            return relay;
        relay.ehlo = smtp.command("EHLO client.example.test");
        if (smtp.command("MAIL FROM:<" + m_env.popfirstUser.toUtf8() + ">").code != 250)
            return relay;
        relay.rcpt = smtp.command("RCPT TO:<someone@elsewhere.test>");
        (void)smtp.command("RSET");
        (void)smtp.command("QUIT");
        return relay;
    }

    static QByteArray readLine(QSslSocket &socket)
    {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(kTimeoutMs))
                return {};
        }
        return socket.readLine().trimmed();
    }

    // A raw sign-in over implicit TLS from `client`: POP3 (USER, PASS) on 995 or IMAP (LOGIN) on 993.
    // Returns the server's answer to the password: "+OK ..." or "-ERR ..." for POP3, "a1 OK ..." or
    // "a1 NO ..." for IMAP; empty when the conversation broke off before it.
    QByteArray signIn(const QString &protocol, const QString &host, const QString &peerName,
                      const QString &user, const QString &password, const QString &client) const
    {
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(m_env.caFile);
        socket.setSslConfiguration(config);
        if (!client.isEmpty() && !socket.bind(QHostAddress(client)))
            return {};
        const bool pop3 = protocol == QLatin1String("pop3");
        socket.connectToHostEncrypted(host, pop3 ? 995 : 993, peerName);
        if (!socket.waitForEncrypted(kTimeoutMs))
            return {};
        const QByteArray greeting = readLine(socket);
        QByteArray answer;
        if (pop3) {
            if (!greeting.startsWith("+OK"))
                return {};
            socket.write("USER " + user.toUtf8() + "\r\n");
            if (!readLine(socket).startsWith("+OK"))
                return {};
            socket.write("PASS " + password.toUtf8() + "\r\n");
            answer = readLine(socket);
            socket.write("QUIT\r\n");
        } else {
            if (!greeting.startsWith("* OK"))
                return {};
            socket.write("a1 LOGIN \"" + user.toUtf8() + "\" \"" + password.toUtf8() + "\"\r\n");
            do {
                answer = readLine(socket);
            } while (answer.startsWith("* "));
            socket.write("a2 LOGOUT\r\n");
        }
        socket.waitForBytesWritten(kTimeoutMs);
        socket.disconnectFromHost();
        return answer;
    }

    QByteArray signInToPopfirst(const QString &protocol, const QString &password, const QString &client) const
    {
        const QString peer = protocol == QLatin1String("pop3") ? QStringLiteral("pop.popfirst.test")
                                                               : QStringLiteral("imap.popfirst.test");
        return signIn(protocol, m_env.popfirstHost, peer, m_env.popfirstUser, password, client);
    }

    static bool accepted(const QByteArray &answer)
    {
        return answer.startsWith("+OK") || answer.startsWith("a1 OK");
    }

    void forget(const QString &client) const
    {
        QVERIFY2(PopBeforeSmtpRecord::forget(m_env.popfirstRecord, client), qPrintable(m_env.popfirstRecord));
    }

private slots:
    void initTestCase() { MAILFIX_REQUIRE_HARNESS(m_env); }

    // Before any sign-in: no AUTH offered (a pure POP-before-SMTP server), relay refused on 25 and 587; mail
    // for popfirst.test itself is taken.
    void refusesRelayBeforeSignIn_data()
    {
        QTest::addColumn<quint16>("port");
        QTest::newRow("25") << quint16(25);
        QTest::newRow("587") << quint16(587);
    }

    void refusesRelayBeforeSignIn()
    {
        QFETCH(quint16, port);
        const QString client = QStringLiteral("127.0.1.1");
        forget(client);
        const Relay relay = tryRelay(client, port);
        QCOMPARE(relay.ehlo.code, 250);
        QVERIFY2(relay.ehlo.lines.first().contains(QLatin1String("[127.0.1.1]")),
                 qPrintable(relay.ehlo.lines.first()));
        QVERIFY(offers(relay.ehlo, QStringLiteral("STARTTLS")));
        QVERIFY2(!offers(relay.ehlo, QStringLiteral("AUTH")), "a POP-before-SMTP server offers no AUTH");
        QCOMPARE(relay.rcpt.code, 550);
        QCOMPARE(relay.rcpt.lastLine(), QString::fromLatin1(refusal()));

        RawSmtpClient smtp(m_env.caFile);
        QVERIFY(smtp.socket().bind(QHostAddress(client)));
        QVERIFY(smtp.connectPlain(m_env.popfirstHost, port));
        QCOMPARE(smtp.readReply().code, 220);
        QCOMPARE(smtp.command("EHLO client.example.test").code, 250);
        QCOMPARE(smtp.command("MAIL FROM:<someone@elsewhere.test>").code, 250);
        QCOMPARE(smtp.command("RCPT TO:<alice@popfirst.test>").code, 250);
        QCOMPARE(smtp.command("QUIT").code, 221);
    }

    // A successful POP3 or IMAP sign-in opens relay for the address it came from, and only for it.
    void signInOpensRelay_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("client");
        QTest::newRow("pop3") << QStringLiteral("pop3") << QStringLiteral("127.0.1.2");
        QTest::newRow("imap") << QStringLiteral("imap") << QStringLiteral("127.0.1.3");
    }

    void signInOpensRelay()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, client);
        const QString other = QStringLiteral("127.0.1.4");
        forget(client);
        forget(other);
        QCOMPARE(tryRelay(client).rcpt.code, 550);

        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QByteArray answer = signInToPopfirst(protocol, m_env.password, client);
        QVERIFY2(accepted(answer), answer.constData());
        const QHash<QString, qint64> record = PopBeforeSmtpRecord::read(m_env.popfirstRecord);
        QVERIFY2(record.contains(client), qPrintable(m_env.popfirstRecord));
        QVERIFY(record.value(client) >= before && record.value(client) <= QDateTime::currentSecsSinceEpoch());

        const Relay relay = tryRelay(client);
        QCOMPARE(relay.rcpt.code, 250);
        QVERIFY2(!offers(relay.ehlo, QStringLiteral("AUTH")), "still no AUTH");
        QCOMPARE(tryRelay(client, 587).rcpt.code, 250);
        QCOMPARE(tryRelay(other).rcpt.code, 550); // another address did not sign in
        forget(client);
    }

    // A wrong password records nothing: relay stays closed.
    void failedSignInKeepsRelayClosed_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("client");
        QTest::newRow("pop3") << QStringLiteral("pop3") << QStringLiteral("127.0.1.5");
        QTest::newRow("imap") << QStringLiteral("imap") << QStringLiteral("127.0.1.6");
    }

    void failedSignInKeepsRelayClosed()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, client);
        forget(client);
        const QByteArray answer = signInToPopfirst(protocol, QStringLiteral("wrong-password"), client);
        QVERIFY2(answer.startsWith("-ERR") || answer.startsWith("a1 NO"), answer.constData());
        QVERIFY(!PopBeforeSmtpRecord::read(m_env.popfirstRecord).contains(client));
        const Relay relay = tryRelay(client);
        QCOMPARE(relay.rcpt.code, 550);
        QCOMPARE(relay.rcpt.lastLine(), QString::fromLatin1(refusal()));
    }

    // A sign-in to another server of the same Dovecot (postfix.test, 127.0.0.3) does not count.
    void signInElsewhereDoesNotCount()
    {
        const QString client = QStringLiteral("127.0.1.7");
        forget(client);
        const QByteArray answer =
            signIn(QStringLiteral("pop3"), m_env.postfixHost, QStringLiteral("postfix.test"),
                   m_env.postfixUser, m_env.password, client);
        QVERIFY2(accepted(answer), answer.constData());
        QVERIFY(!PopBeforeSmtpRecord::read(m_env.popfirstRecord).contains(client));
        QCOMPARE(tryRelay(client).rcpt.code, 550);
    }

    // The sign-in counts for MAILFIX_TEST_POPFIRST_MINUTES: a record just inside the window relays, one
    // just outside it does not, also right after a real sign-in whose time is then set back.
    void signInExpires()
    {
        const QString client = QStringLiteral("127.0.1.8");
        const qint64 window = qint64(m_env.popfirstMinutes) * 60;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(PopBeforeSmtpRecord::set(m_env.popfirstRecord, client, now - window + 30));
        QCOMPARE(tryRelay(client).rcpt.code, 250);
        QVERIFY(PopBeforeSmtpRecord::set(m_env.popfirstRecord, client, now - window - 5));
        const Relay expired = tryRelay(client);
        QCOMPARE(expired.rcpt.code, 550);
        QCOMPARE(expired.rcpt.lastLine(), QString::fromLatin1(refusal()));

        QVERIFY(accepted(signInToPopfirst(QStringLiteral("pop3"), m_env.password, client)));
        QCOMPARE(tryRelay(client).rcpt.code, 250);
        QVERIFY(PopBeforeSmtpRecord::set(m_env.popfirstRecord, client,
                                         PopBeforeSmtpRecord::read(m_env.popfirstRecord).value(client) -
                                             window - 1));
        QCOMPARE(tryRelay(client).rcpt.code, 550);
        forget(client);
    }

    // Without binding, as MailFix's probes connect: Dovecot records the address Exim sees for the same
    // client (127.0.0.1 in the namespace), so a mail program that checks mail, then sends, is let through.
    void unboundClientAddressMatches()
    {
        const QByteArray answer = signInToPopfirst(QStringLiteral("pop3"), m_env.password, QString());
        QVERIFY2(accepted(answer), answer.constData());
        const QHash<QString, qint64> record = PopBeforeSmtpRecord::read(m_env.popfirstRecord);
        QVERIFY2(record.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(record.keys().join(QLatin1Char(','))));
        const Relay relay = tryRelay(QString());
        QVERIFY2(relay.ehlo.lines.value(0).contains(QLatin1String("[127.0.0.1]")),
                 qPrintable(relay.ehlo.lines.value(0)));
        QCOMPARE(relay.rcpt.code, 250);
        forget(QStringLiteral("127.0.0.1")); // leave relay closed for 127.0.0.1, as the harness starts
    }
};

QTEST_GUILESS_MAIN(TestPopBeforeSmtp)
#include "tst_popbeforesmtp.moc"
