#include "HarnessEnv.h"
#include "RawSmtpClient.h"

#include <QTest>

// Proves the harness's real Exim and Postfix behave as the issues describe, with a raw SMTP client.
class TestHarnessSmtp : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;

    static QByteArray plainAuth(const QString &user, const QString &password)
    {
        // RFC 4616: authzid NUL authcid NUL passwd
        return "AUTH PLAIN " + (QByteArray(1, '\0') + user.toUtf8() + '\0' + password.toUtf8()).toBase64();
    }

    static bool offers(const RawSmtpClient::Reply &ehlo, const QString &keyword)
    {
        for (const QString &line : ehlo.lines) {
            if (line.mid(4).split(QLatin1Char(' ')).contains(keyword, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { MAILFIX_REQUIRE_HARNESS(m_env); }

    // The classic: a client that does not sign in and pipelines DATA (as Outlook does) gets Exim's 503.
    void eximUnauthenticatedPipelinedDataGets503()
    {
        RawSmtpClient smtp(m_env.caFile);
        QVERIFY(smtp.connectPlain(m_env.eximHost, 25));
        QCOMPARE(smtp.readReply().code, 220);
        const RawSmtpClient::Reply ehlo = smtp.command("EHLO client.example.test");
        QCOMPARE(ehlo.code, 250);
        QVERIFY(offers(ehlo, QStringLiteral("PIPELINING")));
        QVERIFY(offers(ehlo, QStringLiteral("STARTTLS")));
        QVERIFY2(!offers(ehlo, QStringLiteral("AUTH")), "Exim must offer AUTH only after TLS");

        smtp.send("MAIL FROM:<" + m_env.user.toUtf8() + ">\r\nRCPT TO:<someone@elsewhere.test>\r\nDATA");
        QCOMPARE(smtp.readReply().code, 250);
        const RawSmtpClient::Reply rcpt = smtp.readReply();
        QCOMPARE(rcpt.code, 550);
        QCOMPARE(rcpt.lastLine(), QStringLiteral("550 relay not permitted"));
        const RawSmtpClient::Reply data = smtp.readReply();
        QCOMPARE(data.code, 503);
        QCOMPARE(data.lines.first(), QStringLiteral("503-All RCPT commands were rejected with this error:"));
        QCOMPARE(data.lastLine(), QStringLiteral("503 Valid RCPT command must precede DATA"));
        QCOMPARE(smtp.command("QUIT").code, 221);
    }

    void eximSignedInAcceptsTheSameRecipient_data()
    {
        QTest::addColumn<quint16>("port");
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("587 STARTTLS") << quint16(587) << false;
        QTest::newRow("25 STARTTLS") << quint16(25) << false;
        QTest::newRow("26 STARTTLS") << quint16(26) << false;
        QTest::newRow("465 implicit TLS") << quint16(465) << true;
    }

    void eximSignedInAcceptsTheSameRecipient()
    {
        QFETCH(quint16, port);
        QFETCH(bool, implicitTls);
        RawSmtpClient smtp(m_env.caFile);
        const QString peer = QStringLiteral("smtp.example.test");
        if (implicitTls) {
            QVERIFY(smtp.connectImplicitTls(m_env.eximHost, port, peer));
            QCOMPARE(smtp.readReply().code, 220);
        } else {
            QVERIFY(smtp.connectPlain(m_env.eximHost, port));
            QCOMPARE(smtp.readReply().code, 220);
            QVERIFY(offers(smtp.command("EHLO client.example.test"), QStringLiteral("STARTTLS")));
            QCOMPARE(smtp.command("STARTTLS").code, 220);
            QVERIFY(smtp.startTls(peer));
        }
        QVERIFY(smtp.sslErrors().isEmpty());
        QVERIFY(smtp.socket().isEncrypted());
        const RawSmtpClient::Reply ehlo = smtp.command("EHLO client.example.test");
        QCOMPARE(ehlo.code, 250);
        QVERIFY(offers(ehlo, QStringLiteral("PLAIN")));
        QVERIFY(offers(ehlo, QStringLiteral("LOGIN")));
        QVERIFY(offers(ehlo, QStringLiteral("CRAM-MD5")));

        const RawSmtpClient::Reply auth = smtp.command(plainAuth(m_env.user, m_env.password));
        QCOMPARE(auth.code, 235);
        QCOMPARE(smtp.command("MAIL FROM:<" + m_env.user.toUtf8() + ">").code, 250);
        const RawSmtpClient::Reply rcpt = smtp.command("RCPT TO:<someone@elsewhere.test>");
        QCOMPARE(rcpt.code, 250);
        QCOMPARE(smtp.command("RSET").code, 250);
        QCOMPARE(smtp.command("QUIT").code, 221);
    }

    void eximWrongPasswordGets535()
    {
        RawSmtpClient smtp(m_env.caFile);
        QVERIFY(smtp.connectImplicitTls(m_env.eximHost, 465, QStringLiteral("smtp.example.test")));
        QCOMPARE(smtp.readReply().code, 220);
        QCOMPARE(smtp.command("EHLO client.example.test").code, 250);
        const RawSmtpClient::Reply auth =
            smtp.command(plainAuth(m_env.user, QStringLiteral("wrong-password")));
        QCOMPARE(auth.code, 535);
        QCOMPARE(auth.lastLine(), QStringLiteral("535 Incorrect authentication data"));
    }

    void untrustedCaFailsValidation()
    {
        RawSmtpClient smtp(m_env.otherCaFile, 3000); // trusts some other CA, not the harness's
        QVERIFY(!smtp.connectImplicitTls(m_env.eximHost, 465, QStringLiteral("smtp.example.test")));
        QVERIFY(!smtp.sslErrors().isEmpty());
        bool untrusted = false;
        for (const QSslError &error : smtp.sslErrors()) {
            untrusted |= error.error() == QSslError::UnableToGetLocalIssuerCertificate ||
                         error.error() == QSslError::CertificateUntrusted ||
                         error.error() == QSslError::SelfSignedCertificateInChain;
        }
        QVERIFY2(untrusted, qPrintable(smtp.sslErrors().first().errorString()));
    }

    void postfixRefusesRelayWithoutSigningIn()
    {
        RawSmtpClient smtp(m_env.caFile);
        QVERIFY(smtp.connectPlain(m_env.postfixHost, 25));
        const RawSmtpClient::Reply banner = smtp.readReply();
        QCOMPARE(banner.code, 220);
        QVERIFY(banner.lastLine().contains(QLatin1String("Postfix")));
        const RawSmtpClient::Reply ehlo = smtp.command("EHLO client.example.test");
        QVERIFY2(!offers(ehlo, QStringLiteral("AUTH")), "smtpd_tls_auth_only hides AUTH before TLS");
        QCOMPARE(smtp.command("MAIL FROM:<alice@postfix.test>").code, 250);
        const RawSmtpClient::Reply rcpt = smtp.command("RCPT TO:<someone@elsewhere.test>");
        QCOMPARE(rcpt.code, 554);
        QCOMPARE(rcpt.lastLine(), QStringLiteral("554 5.7.1 <someone@elsewhere.test>: Relay access denied"));
        const RawSmtpClient::Reply data = smtp.command("DATA");
        QCOMPARE(data.code, 554);
        QCOMPARE(data.lastLine(), QStringLiteral("554 5.5.1 Error: no valid recipients"));
    }

    void postfixSubmissionNeedsStartTlsFirst()
    {
        RawSmtpClient smtp(m_env.caFile);
        QVERIFY(smtp.connectPlain(m_env.postfixHost, 587));
        QCOMPARE(smtp.readReply().code, 220);
        const RawSmtpClient::Reply ehlo = smtp.command("EHLO client.example.test");
        QVERIFY(offers(ehlo, QStringLiteral("STARTTLS")));
        QVERIFY(!offers(ehlo, QStringLiteral("AUTH")));
        const RawSmtpClient::Reply mail = smtp.command("MAIL FROM:<alice@postfix.test>");
        QCOMPARE(mail.lastLine(), QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
    }

    void postfixSignedInAfterStartTlsAcceptsRecipient()
    {
        RawSmtpClient smtp(m_env.caFile);
        QVERIFY(smtp.connectPlain(m_env.postfixHost, 587));
        QCOMPARE(smtp.readReply().code, 220);
        QCOMPARE(smtp.command("EHLO client.example.test").code, 250);
        QCOMPARE(smtp.command("STARTTLS").code, 220);
        QVERIFY(smtp.startTls(QStringLiteral("smtp.postfix.test")));
        const RawSmtpClient::Reply ehlo = smtp.command("EHLO client.example.test");
        QVERIFY(offers(ehlo, QStringLiteral("PLAIN")));
        QVERIFY(offers(ehlo, QStringLiteral("LOGIN")));
        const RawSmtpClient::Reply auth = smtp.command(plainAuth(m_env.postfixUser, m_env.password));
        QCOMPARE(auth.lastLine(), QStringLiteral("235 2.7.0 Authentication successful"));
        QCOMPARE(smtp.command("MAIL FROM:<alice@postfix.test>").code, 250);
        const RawSmtpClient::Reply rcpt = smtp.command("RCPT TO:<someone@elsewhere.test>");
        QCOMPARE(rcpt.lastLine(), QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(smtp.command("QUIT").code, 221);
    }
};

QTEST_GUILESS_MAIN(TestHarnessSmtp)
#include "tst_harness_smtp.moc"
