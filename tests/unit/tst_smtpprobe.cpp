#include "FakeSmtpServer.h"
#include "TestCertificates.h"
#include "smtp/SmtpProbe.h"

#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SecurityMode)
Q_DECLARE_METATYPE(ProbeResult::Outcome)
Q_DECLARE_METATYPE(ProbeStage)
Q_DECLARE_METATYPE(BannerOutcome)
Q_DECLARE_METATYPE(AuthOutcome)
Q_DECLARE_METATYPE(RelayOutcome)

// The probe's state machine against scripted servers: every stage's failure, malformed replies,
// disconnects and cancels at each stage, every AUTH mechanism, STARTTLS and the relay test.
class TestSmtpProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    QString m_certFile;

    static constexpr const char *kUser = "alice@example.test";
    static constexpr const char *kPassword = "Sw0rdfish-Marker";

    // Lines common to many scripts.
    static QString banner() { return QStringLiteral("S: 220 fake.test ESMTP ready\n"); }
    static QString ehlo(const QString &extra = QString())
    {
        QString s = QStringLiteral("C: EHLO *\nS: 250-fake.test greets you\n");
        for (const QString &line : extra.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            s += QStringLiteral("S: 250-%1\n").arg(line);
        return s + QStringLiteral("S: 250 8BITMIME\n");
    }
    static QString relayRefused()
    {
        return QStringLiteral("C: MAIL FROM:<alice@example.test>\nS: 250 OK\n"
                              "C: RCPT TO:<bob@elsewhere.test>\nS: 550 relay not permitted\n"
                              "C: DATA\nS: 503 Valid RCPT command must precede DATA\n"
                              "C: RSET\nS: 250 Reset OK\n");
    }
    static QString relayAccepted()
    {
        return QStringLiteral("C: MAIL FROM:<alice@example.test>\nS: 250 OK\n"
                              "C: RCPT TO:<bob@elsewhere.test>\nS: 250 Accepted\n"
                              "C: RSET\nS: 250 Reset OK\n");
    }
    static QString quit() { return QStringLiteral("C: QUIT\nS: 221 bye\n"); }
    static QString startTls() { return QStringLiteral("C: STARTTLS\nS: 220 go ahead\nX: starttls\n"); }
    // With PIPELINING (RFC 2920) the commands of a group come before any of their replies: a client that
    // waited for each reply would never get one, and time out.
    static QString pipelinedRelayRefused()
    {
        return QStringLiteral("C: MAIL FROM:<alice@example.test>\nC: RCPT TO:<bob@elsewhere.test>\n"
                              "S: 250 OK\nS: 550 relay not permitted\n"
                              "C: DATA\nS: 503 Valid RCPT command must precede DATA\n");
    }
    static QString pipelinedAuth(const QString &answer)
    {
        return QStringLiteral("C: RSET\nC: AUTH PLAIN *\nS: 250 Reset OK\nS: %1\n").arg(answer);
    }

    // The client's commands in the groups it sent them in: one entry per run of client lines in the
    // transcript (each one round trip), the first word of each command.
    static QStringList commandGroups(const ProbeResult &result)
    {
        QStringList groups;
        bool inGroup = false;
        for (const Transcript::Line &line : result.transcript.lines()) {
            if (line.direction == Transcript::Direction::Note)
                continue;
            if (line.direction == Transcript::Direction::Server) {
                inGroup = false;
                continue;
            }
            const QString verb = line.text.section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0);
            if (inGroup)
                groups.last() += QLatin1Char(' ') + verb;
            else
                groups.append(verb);
            inGroup = true;
        }
        return groups;
    }

    struct Run
    {
        ProbeResult result;
        int finishedCount = 0;
        QStringList serverLines;
        QStringList serverErrors;
    };

    Run runProbe(const QString &script, SecurityMode security, const ProbeOptions &options)
    {
        Run run;
        FakeSmtpServer server;
        server.setTlsIdentity(m_cert, m_key);
        if (!server.start(script)) {
            QTest::qFail(qPrintable(QStringLiteral("script: %1").arg(server.errorString())), __FILE__,
                         __LINE__);
            return run;
        }
        SmtpProbe probe({QStringLiteral("127.0.0.1"), server.port(), security}, options);
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.start();
        if (finished.isEmpty())
            finished.wait(options.timeoutMs + 3000);
        QTest::qWait(20); // a second finished() would show up here
        run.finishedCount = int(finished.size());
        if (run.finishedCount != 1)
            QTest::qFail(
                qPrintable(QStringLiteral("finished() came %1 times, not once").arg(run.finishedCount)),
                __FILE__, __LINE__);
        if (!finished.isEmpty())
            run.result = finished.first().first().value<ProbeResult>();
        run.serverLines = server.receivedLines();
        run.serverErrors = server.errors();
        return run;
    }

    ProbeOptions options(bool withPassword = false) const
    {
        ProbeOptions o;
        o.timeoutMs = 1500;
        o.from = QLatin1String(kUser);
        o.to = QStringLiteral("bob@elsewhere.test");
        o.caFiles = {m_certFile};
        if (withPassword)
            o.credentials = {QLatin1String(kUser), QLatin1String(kPassword)};
        return o;
    }

    void verifyNoSecret(const ProbeResult &result)
    {
        const QString text = result.transcript.toText();
        const QByteArray plain = QByteArray(1, '\0') + kUser + '\0' + kPassword;
        QVERIFY(!text.contains(QLatin1String(kPassword)));
        QVERIFY(!text.contains(QString::fromLatin1(plain.toBase64())));
        QVERIFY(!text.contains(QString::fromLatin1(QByteArray(kPassword).toBase64())));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(makeSelfSignedIdentity(m_dir.path(), &m_cert, &m_key, &error), qPrintable(error));
        m_certFile = m_dir.filePath(QStringLiteral("localhost-cert.pem"));
    }

    void stages_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<ProbeResult::Outcome>("outcome");
        QTest::addColumn<ProbeStage>("lastStage");
        QTest::addColumn<BannerOutcome>("banner");
        QTest::addColumn<AuthOutcome>("auth");
        QTest::addColumn<RelayOutcome>("withoutAuth");
        QTest::addColumn<RelayOutcome>("withAuth");

        using O = ProbeResult::Outcome;
        using S = ProbeStage;
        using B = BannerOutcome;
        using A = AuthOutcome;
        using R = RelayOutcome;
        const SecurityMode none = SecurityMode::None;
        const SecurityMode starttls = SecurityMode::StartTls;

        QTest::newRow("plain, relay refused without sign-in")
            << banner() + ehlo() + relayRefused() + quit() << none << false << O::Completed << S::Quit
            << B::Ready << A::NotTried << R::RecipientRejected << R::NotTested;
        QTest::newRow("no banner") << QStringLiteral("X: silence\n") << none << false << O::TimedOut
                                   << S::Banner << B::Silent << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("banner 554") << QStringLiteral("S: 554 go away, you are blocklisted\n") << none
                                    << false << O::Failed << S::Banner << B::Rejected << A::NotTried
                                    << R::NotTested << R::NotTested;
        QTest::newRow("banner 421") << QStringLiteral("S: 421 too busy\nX: close\n") << none << false
                                    << O::Failed << S::Banner << B::Unavailable << A::NotTried << R::NotTested
                                    << R::NotTested;
        QTest::newRow("banner 500") << QStringLiteral("S: 500 what\n") << none << false << O::Failed
                                    << S::Banner << B::Unexpected << A::NotTried << R::NotTested
                                    << R::NotTested;
        QTest::newRow("closed before banner")
            << QStringLiteral("X: close\n") << none << false << O::Failed << S::Banner << B::Closed
            << A::NotTried << R::NotTested << R::NotTested;
        // (a short wait first: with client and server in one thread, Qt 6.4 would otherwise retry the
        // connect)
        QTest::newRow("reset before banner")
            << QStringLiteral("X: wait 50\nX: reset\n") << none << false << O::Failed << S::Banner
            << B::Closed << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("garbage banner")
            << QStringLiteral("X: garbage 300\nX: silence\n") << none << false << O::Failed << S::Banner
            << B::Garbled << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("1 MB banner line")
            << QStringLiteral("X: bigline 1048576\nX: silence\n") << none << false << O::Failed << S::Banner
            << B::Garbled << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("banner dripping slower than the timeout")
            << QStringLiteral("X: drip 100\nS: 220 this banner takes far too long to arrive\n") << none
            << false << O::TimedOut << S::Banner << B::Silent << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("banner then silence")
            << banner() + QStringLiteral("X: silence\n") << none << false << O::TimedOut << S::Ehlo
            << B::Ready << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("endless EHLO reply")
            << banner() + QStringLiteral("C: EHLO *\nX: endless 250\n") << none << false << O::Failed
            << S::Ehlo << B::Ready << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("EHLO refused, HELO works")
            << banner() + QStringLiteral("C: EHLO *\nS: 502 no EHLO here\nC: HELO *\nS: 250 hello\n") +
                   relayRefused() + quit()
            << none << false << O::Completed << S::Quit << B::Ready << A::NotTried << R::RecipientRejected
            << R::NotTested;
        QTest::newRow("EHLO 421") << banner() + QStringLiteral("C: EHLO *\nS: 421 shutting down\nX: close\n")
                                  << none << false << O::Failed << S::Ehlo << B::Ready << A::NotTried
                                  << R::NotTested << R::NotTested;
        QTest::newRow("mixed codes in EHLO")
            << banner() + QStringLiteral("C: EHLO *\nS: 250-fake.test\nS: 550 oops\n") << none << false
            << O::Failed << S::Ehlo << B::Ready << A::NotTried << R::NotTested << R::NotTested;
        QTest::newRow("421 in the middle of the session")
            << banner() + ehlo() + QStringLiteral("C: MAIL FROM:*\nS: 421 4.3.2 going down\nX: close\n")
            << none << false << O::Failed << S::RelayWithoutAuth << B::Ready << A::NotTried
            << R::SenderRejected << R::NotTested;
        QTest::newRow("sender refused")
            << banner() + ehlo() +
                   QStringLiteral("C: MAIL FROM:*\nS: 553 5.7.1 Sender address rejected: not owned by user\n"
                                  "C: RSET\nS: 250 ok\n") +
                   quit()
            << none << false << O::Completed << S::Quit << B::Ready << A::NotTried << R::SenderRejected
            << R::NotTested;
        QTest::newRow("password withheld without TLS")
            << banner() + ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() + quit() << none << true
            << O::Completed << S::Quit << B::Ready << A::WithheldNoTls << R::RecipientRejected
            << R::NotTested;
        QTest::newRow("STARTTLS not offered: password withheld")
            << banner() + ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() + quit() << starttls << true
            << O::Completed << S::Quit << B::Ready << A::WithheldNoTls << R::RecipientRejected
            << R::NotTested;
        QTest::newRow("STARTTLS refused: goes on unencrypted")
            << banner() + ehlo(QStringLiteral("STARTTLS|AUTH PLAIN")) +
                   QStringLiteral("C: STARTTLS\nS: 454 4.7.0 TLS not available\n") + relayRefused() + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::WithheldNoTls
            << R::RecipientRejected << R::NotTested;
        QTest::newRow("STARTTLS then reset during the handshake")
            << banner() + ehlo(QStringLiteral("STARTTLS")) +
                   QStringLiteral("C: STARTTLS\nS: 220 go\nX: reset\n")
            << starttls << true << O::Failed << S::TlsHandshake << B::Ready << A::NotTried << R::NotTested
            << R::NotTested;
        QTest::newRow("STARTTLS, AUTH PLAIN, relay accepted")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                   ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() +
                   QStringLiteral("C: AUTH PLAIN *\nS: 235 2.7.0 Authentication successful\n") +
                   relayAccepted() + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::Succeeded << R::RecipientRejected
            << R::Accepted;
        QTest::newRow("AUTH PLAIN with an empty 334 first")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH PLAIN")) +
                   relayRefused() + QStringLiteral("C: AUTH PLAIN *\nS: 334 \nC: *\nS: 235 ok\n") +
                   relayAccepted() + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::Succeeded << R::RecipientRejected
            << R::Accepted;
        QTest::newRow("AUTH LOGIN")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH LOGIN")) +
                   relayRefused() +
                   QStringLiteral("C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: YWxpY2VAZXhhbXBsZS50ZXN0\n"
                                  "S: 334 UGFzc3dvcmQ6\nC: U3cwcmRmaXNoLU1hcmtlcg==\nS: 235 ok\n") +
                   relayAccepted() + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::Succeeded << R::RecipientRejected
            << R::Accepted;
        QTest::newRow("wrong password: 535")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH PLAIN")) +
                   relayRefused() +
                   QStringLiteral("C: AUTH PLAIN *\nS: 535 5.7.8 Authentication credentials invalid\n") +
                   quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::Rejected << R::RecipientRejected
            << R::NotTested;
        QTest::newRow("app password required: 534")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH PLAIN")) +
                   relayRefused() +
                   QStringLiteral("C: AUTH PLAIN *\nS: 534-5.7.9 Application-specific password required.\n"
                                  "S: 534 5.7.9 Learn more\n") +
                   quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::Failed << R::RecipientRejected
            << R::NotTested;
        QTest::newRow("AUTH 454 temporary")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH PLAIN")) +
                   relayRefused() +
                   QStringLiteral("C: AUTH PLAIN *\nS: 454 4.7.0 Temporary authentication failure\n") + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::TemporaryFailure
            << R::RecipientRejected << R::NotTested;
        QTest::newRow("only OAuth2 offered")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                   ehlo(QStringLiteral("AUTH XOAUTH2 OAUTHBEARER")) + relayRefused() + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::NeedsOAuth2
            << R::RecipientRejected << R::NotTested;
        QTest::newRow("no AUTH after TLS")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo() + relayRefused() + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::NotOffered
            << R::RecipientRejected << R::NotTested;
        QTest::newRow("only unknown mechanisms")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                   ehlo(QStringLiteral("AUTH NTLM GSSAPI")) + relayRefused() + quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::NoCommonMechanism
            << R::RecipientRejected << R::NotTested;
        QTest::newRow("endless AUTH challenges are cancelled")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH LOGIN")) +
                   relayRefused() +
                   QStringLiteral(
                       "C: AUTH LOGIN\nS: 334 a\nC: *\nS: 334 b\nC: *\nS: 334 c\nC: *\nS: 334 d\nC: *\n"
                       "S: 334 e\nC: *\nS: 501 cancelled\n") +
                   quit()
            << starttls << true << O::Completed << S::Quit << B::Ready << A::Failed << R::RecipientRejected
            << R::NotTested;
        QTest::newRow("disconnect during AUTH")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH PLAIN")) +
                   relayRefused() + QStringLiteral("C: AUTH PLAIN *\nX: close\n")
            << starttls << true << O::Failed << S::Auth << B::Ready << A::NotTried << R::RecipientRejected
            << R::NotTested;
        QTest::newRow("no answer to QUIT is fine")
            << banner() + ehlo() + relayRefused() + QStringLiteral("C: QUIT\nX: silence\n") << none << false
            << O::Completed << S::Quit << B::Ready << A::NotTried << R::RecipientRejected << R::NotTested;
    }

    void stages()
    {
        QFETCH(QString, script);
        QFETCH(SecurityMode, security);
        QFETCH(bool, withPassword);
        QFETCH(ProbeResult::Outcome, outcome);
        QFETCH(ProbeStage, lastStage);
        QFETCH(BannerOutcome, banner);
        QFETCH(AuthOutcome, auth);
        QFETCH(RelayOutcome, withoutAuth);
        QFETCH(RelayOutcome, withAuth);

        const Run run = runProbe(script, security, options(withPassword));
        QCOMPARE(run.finishedCount, 1);
        const ProbeResult &r = run.result;
        const QByteArray transcript = r.transcript.toText().toUtf8();
        QVERIFY2(r.outcome == outcome, transcript.constData());
        QVERIFY2(r.lastStage == lastStage, qPrintable(ProbeNames::stage(r.lastStage) + QLatin1Char('\n') +
                                                      QString::fromUtf8(transcript)));
        QCOMPARE(r.banner, banner);
        QVERIFY2(r.auth.outcome == auth, qPrintable(ProbeNames::auth(r.auth.outcome)));
        QCOMPARE(r.relayWithoutAuth.outcome, withoutAuth);
        QCOMPARE(r.relayWithAuth.outcome, withAuth);
        QVERIFY(r.elapsedMs <= options().timeoutMs + 1000);
        QVERIFY(!r.stages.isEmpty());
        QCOMPARE(r.stages.last().stage, lastStage);
        if (outcome != ProbeResult::Outcome::Completed)
            QVERIFY(!r.failure.isEmpty());
        verifyNoSecret(r);
    }

    void relayTestReproducesTheServersDataReply()
    {
        const Run run = runProbe(banner() + ehlo() + relayRefused() + quit(), SecurityMode::None, options());
        QCOMPARE(run.result.relayWithoutAuth.rcptReply.code, 550);
        QCOMPARE(run.result.relayWithoutAuth.dataReply.code, 503);
        QCOMPARE(run.result.relayWithoutAuth.dataReply.text(),
                 QStringLiteral("Valid RCPT command must precede DATA"));
        QVERIFY2(run.serverErrors.isEmpty(), qPrintable(run.serverErrors.join(QLatin1Char('\n'))));
    }

    // PIPELINING: MAIL and RCPT go together; DATA only after the RCPT's refusal is known, and alone;
    // RSET with what follows the round (AUTH, or QUIT); the signed-in round with its RSET and QUIT. What the
    // probe finds is what it finds one command at a time (the rows without PIPELINING).
    void pipelining_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<bool>("withPassword");
        QTest::addColumn<bool>("sendTest");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<AuthOutcome>("auth");
        QTest::addColumn<RelayOutcome>("withoutAuth");
        QTest::addColumn<RelayOutcome>("withAuth");
        using A = AuthOutcome;
        using R = RelayOutcome;
        const SecurityMode starttls = SecurityMode::StartTls;
        const SecurityMode implicit = SecurityMode::ImplicitTls;
        const SecurityMode none = SecurityMode::None;
        const QString tls = QStringLiteral("X: starttls\n") + banner() +
                            ehlo(QStringLiteral("PIPELINING|AUTH PLAIN LOGIN")) + pipelinedRelayRefused();
        const QString signedInAccepted =
            QStringLiteral("C: MAIL FROM:<alice@example.test>\nC: RCPT TO:<bob@elsewhere.test>\n"
                           "C: RSET\nC: QUIT\nS: 250 OK\nS: 250 Accepted\nS: 250 Reset OK\nS: 221 bye\n");

        QTest::newRow("port 587: STARTTLS, relay refused, AUTH PLAIN, relay accepted")
            << banner() + ehlo(QStringLiteral("STARTTLS|PIPELINING")) + startTls() +
                   ehlo(QStringLiteral("PIPELINING|AUTH PLAIN LOGIN")) + pipelinedRelayRefused() +
                   pipelinedAuth(QStringLiteral("235 2.7.0 Authentication successful")) + signedInAccepted
            << starttls << true << false
            << QStringList{QStringLiteral("EHLO"),
                           QStringLiteral("STARTTLS"),
                           QStringLiteral("EHLO"),
                           QStringLiteral("MAIL RCPT"),
                           QStringLiteral("DATA"),
                           QStringLiteral("RSET AUTH"),
                           QStringLiteral("MAIL RCPT RSET QUIT")}
            << A::Succeeded << R::RecipientRejected << R::Accepted;
        QTest::newRow("the same without PIPELINING: one command per round trip")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                   ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() +
                   QStringLiteral("C: AUTH PLAIN *\nS: 235 2.7.0 Authentication successful\n") +
                   relayAccepted() + quit()
            << starttls << true << false
            << QStringList{QStringLiteral("EHLO"), QStringLiteral("STARTTLS"), QStringLiteral("EHLO"),
                           QStringLiteral("MAIL"), QStringLiteral("RCPT"),     QStringLiteral("DATA"),
                           QStringLiteral("RSET"), QStringLiteral("AUTH"),     QStringLiteral("MAIL"),
                           QStringLiteral("RCPT"), QStringLiteral("RSET"),     QStringLiteral("QUIT")}
            << A::Succeeded << R::RecipientRejected << R::Accepted;
        QTest::newRow("wrong password: QUIT after the refusal")
            << tls + pipelinedAuth(QStringLiteral("535 5.7.8 Authentication credentials invalid")) + quit()
            << implicit << true << false
            << QStringList{QStringLiteral("EHLO"), QStringLiteral("MAIL RCPT"), QStringLiteral("DATA"),
                           QStringLiteral("RSET AUTH"), QStringLiteral("QUIT")}
            << A::Rejected << R::RecipientRejected << R::NotTested;
        // The RCPT sent with a refused MAIL is answered 503; that answer is not the RCPT's verdict.
        QTest::newRow("sender refused: the RCPT's answer is passed over")
            << banner() + ehlo(QStringLiteral("PIPELINING")) +
                   QStringLiteral("C: MAIL FROM:*\nC: RCPT TO:*\nS: 553 5.7.1 Sender address rejected\n"
                                  "S: 503 5.5.1 Error: need MAIL command\nC: RSET\nC: QUIT\nS: 250 ok\n"
                                  "S: 221 bye\n")
            << none << false << false
            << QStringList{QStringLiteral("EHLO"), QStringLiteral("MAIL RCPT"), QStringLiteral("RSET QUIT")}
            << A::NotTried << R::SenderRejected << R::NotTested;
        QTest::newRow("signed in, sender refused")
            << tls + pipelinedAuth(QStringLiteral("235 ok")) +
                   QStringLiteral("C: MAIL FROM:*\nC: RCPT TO:*\nC: RSET\nC: QUIT\nS: 553 5.7.1 not yours\n"
                                  "S: 503 5.5.1 need MAIL\nS: 250 ok\nS: 221 bye\n")
            << implicit << true << false
            << QStringList{QStringLiteral("EHLO"), QStringLiteral("MAIL RCPT"), QStringLiteral("DATA"),
                           QStringLiteral("RSET AUTH"), QStringLiteral("MAIL RCPT RSET QUIT")}
            << A::Succeeded << R::RecipientRejected << R::SenderRejected;
        // An open relay: RCPT accepted without signing in. No DATA follows an accepted RCPT.
        QTest::newRow("relay accepted without sign-in: no DATA")
            << banner() + ehlo(QStringLiteral("PIPELINING")) +
                   QStringLiteral("C: MAIL FROM:*\nC: RCPT TO:*\nS: 250 OK\nS: 250 Accepted\n"
                                  "C: RSET\nC: QUIT\nS: 250 ok\nS: 221 bye\n")
            << none << false << false
            << QStringList{QStringLiteral("EHLO"), QStringLiteral("MAIL RCPT"), QStringLiteral("RSET QUIT")}
            << A::NotTried << R::Accepted << R::NotTested;
        // The test message: its round starts with the RSET; DATA waits for the RCPT's answer.
        QString withTest = tls + pipelinedAuth(QStringLiteral("235 ok")) +
                           QStringLiteral("C: MAIL FROM:*\nC: RCPT TO:<bob@elsewhere.test>\nS: 250 OK\n"
                                          "S: 250 Accepted\nC: RSET\nC: MAIL FROM:<alice@example.test>\n"
                                          "C: RCPT TO:<alice@example.test>\nS: 250 ok\nS: 250 OK\n"
                                          "S: 250 OK\nC: DATA\nS: 354 go\n");
        for (int i = 0; i < 9; ++i)
            withTest += QStringLiteral("C: *\n");
        QTest::newRow("test message")
            << withTest + QStringLiteral("C: .\nS: 250 queued as 12345\n") + quit() << implicit << true
            << true
            << QStringList{QStringLiteral("EHLO"),
                           QStringLiteral("MAIL RCPT"),
                           QStringLiteral("DATA"),
                           QStringLiteral("RSET AUTH"),
                           QStringLiteral("MAIL RCPT"),
                           QStringLiteral("RSET MAIL RCPT"),
                           QStringLiteral("DATA"),
                           QStringLiteral(
                               "From To Subject Date Message-ID MIME-Version Content-Type  MailFix ."),
                           QStringLiteral("QUIT")}
            << A::Succeeded << R::RecipientRejected << R::Accepted;
    }

    void pipelining()
    {
        QFETCH(QString, script);
        QFETCH(SecurityMode, security);
        QFETCH(bool, withPassword);
        QFETCH(bool, sendTest);
        QFETCH(QStringList, groups);
        QFETCH(AuthOutcome, auth);
        QFETCH(RelayOutcome, withoutAuth);
        QFETCH(RelayOutcome, withAuth);
        ProbeOptions o = options(withPassword);
        o.sendTestMessage = sendTest;
        const Run run = runProbe(script, security, o);
        const ProbeResult &r = run.result;
        QVERIFY2(run.serverErrors.isEmpty(), qPrintable(run.serverErrors.join(QLatin1Char('\n')) +
                                                        QLatin1Char('\n') + r.transcript.toText()));
        QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
        QCOMPARE(r.lastStage, ProbeStage::Quit);
        QCOMPARE(commandGroups(r), groups);
        QCOMPARE(r.auth.outcome, auth);
        QCOMPARE(r.relayWithoutAuth.outcome, withoutAuth);
        QCOMPARE(r.relayWithAuth.outcome, withAuth);
        // A reply is the answer to its own command, never to one sent with it.
        for (const RelayResult *round : {&r.relayWithoutAuth, &r.relayWithAuth}) {
            if (round->outcome == RelayOutcome::SenderRejected)
                QCOMPARE(round->rcptReply.code, 0);
            if (round->outcome == RelayOutcome::RecipientRejected) {
                QCOMPARE(round->mailReply.code, 250);
                QCOMPARE(round->rcptReply.code, 550);
                QCOMPARE(round->dataReply.code, 503);
            }
            if (round->outcome == RelayOutcome::Accepted)
                QCOMPARE(round->dataReply.code, 0);
        }
        QCOMPARE(r.sendTest, sendTest ? SendTestOutcome::Sent : SendTestOutcome::NotRequested);
        QVERIFY(r.transcript.toText().contains(QLatin1String("221 bye")));
        verifyNoSecret(r);
    }

    // A server that would take DATA without any recipient gets nothing: the probe drops the connection.
    void dataWithoutRecipientsSendsNothing()
    {
        const QString script = banner() + ehlo() +
                               QStringLiteral("C: MAIL FROM:*\nS: 250 OK\nC: RCPT TO:*\nS: 550 no\n"
                                              "C: DATA\nS: 354 go ahead\nX: wait 300\n");
        const Run run = runProbe(script, SecurityMode::None, options());
        QCOMPARE(run.result.relayWithoutAuth.dataReply.code, 354);
        QCOMPARE(run.serverLines.last(), QStringLiteral("DATA"));

        // With PIPELINING too: DATA goes out alone, so nothing (no RSET) can be read as the message.
        const QString pipelined = banner() + ehlo(QStringLiteral("PIPELINING")) +
                                  QStringLiteral("C: MAIL FROM:*\nC: RCPT TO:*\nS: 250 OK\nS: 550 no\n"
                                                 "C: DATA\nS: 354 go ahead\nX: wait 300\n");
        const Run second = runProbe(pipelined, SecurityMode::None, options());
        QCOMPARE(second.result.relayWithoutAuth.dataReply.code, 354);
        QCOMPARE(second.serverLines.last(), QStringLiteral("DATA"));
        QCOMPARE(second.result.outcome, ProbeResult::Outcome::Completed);
    }

    // The goodbye is not waited for long: a silent server is left after a short grace, and the transcript
    // says so.
    void quitIsNotWaitedForLong()
    {
        const Run run = runProbe(banner() + ehlo() + relayRefused() + QStringLiteral("C: QUIT\nX: silence\n"),
                                 SecurityMode::None, options());
        QCOMPARE(run.result.outcome, ProbeResult::Outcome::Completed);
        QCOMPARE(run.serverLines.last(), QStringLiteral("QUIT"));
        const Transcript::Line &last = run.result.transcript.lines().last();
        QCOMPARE(last.direction, Transcript::Direction::Note);
        QCOMPARE(last.text, QStringLiteral("no reply to QUIT within 250 ms; the check did not wait for it"));
    }

    void tlsDetailsAreKept()
    {
        const QString script =
            banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo() + relayRefused() + quit();
        const Run run = runProbe(script, SecurityMode::StartTls, options());
        const TlsInfo &tls = run.result.tls;
        QVERIFY(tls.offered);
        QVERIFY(tls.established);
        QVERIFY(tls.certificateTrusted);
        QVERIFY(tls.protocol.startsWith(QLatin1String("TLSv1.")));
        QVERIFY(!tls.cipher.isEmpty());
        QCOMPARE(tls.subject, QStringLiteral("localhost"));
        QVERIFY(tls.subjectAltNames.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(tls.notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(run.result.capabilitiesBeforeTls.startTls);
        QVERIFY(!run.result.capabilities.startTls);
    }

    void untrustedCertificateWithholdsThePassword()
    {
        ProbeOptions o = options(true);
        o.caFiles.clear();
        const QString script = banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                               ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() + quit();
        const Run run = runProbe(script, SecurityMode::StartTls, o);
        QVERIFY(run.result.tls.established);
        QVERIFY(!run.result.tls.certificateTrusted);
        QVERIFY(run.result.tls.errors.contains(QSslError::SelfSignedCertificate));
        QCOMPARE(run.result.auth.outcome, AuthOutcome::WithheldUntrustedCertificate);
        for (const QString &line : run.serverLines)
            QVERIFY(!line.startsWith(QLatin1String("AUTH")));
    }

    void implicitTls()
    {
        const QString script = QStringLiteral("X: starttls\n") + banner() +
                               ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() +
                               QStringLiteral("C: AUTH PLAIN *\nS: 235 ok\n") + relayAccepted() + quit();
        const Run run = runProbe(script, SecurityMode::ImplicitTls, options(true));
        QVERIFY2(run.result.verifiedSending(), qPrintable(run.result.transcript.toText()));
        QVERIFY(run.result.tls.established);
        QCOMPARE(run.result.stages.at(2).stage, ProbeStage::TlsHandshake);
        QCOMPARE(run.result.stages.at(3).stage, ProbeStage::Banner);
    }

    void cramMd5WithoutTlsWhenPlaintextIsAllowed()
    {
        const QByteArray challenge = "<1896.697170952@postoffice.example.net>";
        const QByteArray digest =
            QMessageAuthenticationCode::hash(challenge, kPassword, QCryptographicHash::Md5).toHex();
        const QByteArray expected = (QByteArray(kUser) + ' ' + digest).toBase64();
        const QString script =
            banner() + ehlo(QStringLiteral("AUTH PLAIN CRAM-MD5")) + relayRefused() +
            QStringLiteral("C: AUTH CRAM-MD5\nS: 334 %1\nC: %2\nS: 235 ok\n")
                .arg(QString::fromLatin1(challenge.toBase64()), QString::fromLatin1(expected)) +
            relayAccepted() + quit();
        ProbeOptions o = options(true);
        o.allowPlaintextAuth = true;
        const Run run = runProbe(script, SecurityMode::None, o);
        QCOMPARE(run.result.auth.mechanism, QStringLiteral("CRAM-MD5"));
        QCOMPARE(run.result.auth.outcome, AuthOutcome::Succeeded);
        QVERIFY2(run.serverErrors.isEmpty(), qPrintable(run.serverErrors.join(QLatin1Char('\n'))));
        verifyNoSecret(run.result);
    }

    void sendTestMessageOnlyWhenAsked()
    {
        QString script = banner() + ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() +
                         QStringLiteral("C: AUTH PLAIN *\nS: 235 ok\n") + relayAccepted() +
                         QStringLiteral("C: MAIL FROM:<alice@example.test>\nS: 250 OK\n"
                                        "C: RCPT TO:<alice@example.test>\nS: 250 OK\nC: DATA\nS: 354 go\n");
        for (int i = 0; i < 9; ++i)
            script += QStringLiteral("C: *\n");
        script += QStringLiteral("C: .\nS: 250 queued as 12345\n") + quit();
        ProbeOptions o = options(true);
        o.allowPlaintextAuth = true;
        o.sendTestMessage = true;
        const Run run = runProbe(script, SecurityMode::None, o);
        QCOMPARE(run.result.sendTest, SendTestOutcome::Sent);
        QCOMPARE(run.result.sendTestReply.code, 250);
        QVERIFY(run.serverLines.contains(QStringLiteral("Subject: MailFix test message")));
        QVERIFY2(run.serverErrors.isEmpty(), qPrintable(run.serverErrors.join(QLatin1Char('\n'))));

        o.sendTestMessage = false;
        const QString withoutTest = banner() + ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() +
                                    QStringLiteral("C: AUTH PLAIN *\nS: 235 ok\n") + relayAccepted() + quit();
        const Run plain = runProbe(withoutTest, SecurityMode::None, o);
        QCOMPARE(plain.result.sendTest, SendTestOutcome::NotRequested);
        QCOMPARE(plain.serverLines.count(QStringLiteral("DATA")), 1); // only the relay test's, refused
        QVERIFY(!plain.serverLines.contains(QStringLiteral("Subject: MailFix test message")));
    }

    void cancelAtEachStage_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<ProbeStage>("stage");
        QTest::addColumn<int>("cancelAfterMs");
        QTest::newRow("banner") << QStringLiteral("X: silence\n") << SecurityMode::None << ProbeStage::Banner
                                << 100;
        QTest::newRow("ehlo") << banner() + QStringLiteral("X: silence\n") << SecurityMode::None
                              << ProbeStage::Ehlo << 100;
        QTest::newRow("starttls") << banner() + ehlo(QStringLiteral("STARTTLS")) +
                                         QStringLiteral("X: silence\n")
                                  << SecurityMode::StartTls << ProbeStage::StartTls << 100;
        QTest::newRow("tls handshake")
            << QStringLiteral("X: silence\n") << SecurityMode::ImplicitTls << ProbeStage::TlsHandshake << 100;
        QTest::newRow("relay") << banner() + ehlo() + QStringLiteral("X: silence\n") << SecurityMode::None
                               << ProbeStage::RelayWithoutAuth << 100;
        QTest::newRow("auth") << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                                     ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() +
                                     QStringLiteral("X: silence\n")
                              << SecurityMode::StartTls << ProbeStage::Auth << 100;
        // QUIT's answer is waited for only briefly (quitIsNotWaitedForLong): cancel at once
        QTest::newRow("quit") << banner() + ehlo() + relayRefused() + QStringLiteral("X: silence\n")
                              << SecurityMode::None << ProbeStage::Quit << 0;
    }

    void cancelAtEachStage()
    {
        QFETCH(QString, script);
        QFETCH(SecurityMode, security);
        QFETCH(ProbeStage, stage);
        QFETCH(int, cancelAfterMs);
        FakeSmtpServer server;
        server.setTlsIdentity(m_cert, m_key);
        QVERIFY(server.start(script));
        ProbeOptions o = options(true);
        o.timeoutMs = 10000;
        SmtpProbe probe({QStringLiteral("127.0.0.1"), server.port(), security}, o);
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        bool cancelled = false;
        connect(&probe, &SmtpProbe::stageStarted, this, [&](ProbeStage started) {
            if (started == stage && !cancelled) {
                cancelled = true;
                // cancel once the stage is under way, from the event loop, as a user would
                QTimer::singleShot(cancelAfterMs, &probe, &SmtpProbe::cancel);
            }
        });
        probe.start();
        QVERIFY(finished.wait(5000));
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        const ProbeResult r = finished.first().first().value<ProbeResult>();
        QCOMPARE(r.outcome, ProbeResult::Outcome::Cancelled);
        QCOMPARE(r.lastStage, stage);
        QCOMPARE(r.stages.last().outcome, StageOutcome::Cancelled);
        probe.cancel(); // a second cancel changes nothing
        QCOMPARE(finished.size(), 1);
    }

    void disconnectAtEachStage_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<ProbeStage>("stage");
        const QString close = QStringLiteral("X: close\n");
        QTest::newRow("before the banner")
            << QStringLiteral("X: wait 50\n") + close << SecurityMode::None << ProbeStage::Banner;
        QTest::newRow("at EHLO") << banner() + QStringLiteral("C: EHLO *\n") + close << SecurityMode::None
                                 << ProbeStage::Ehlo;
        QTest::newRow("at STARTTLS") << banner() + ehlo(QStringLiteral("STARTTLS")) +
                                            QStringLiteral("C: STARTTLS\n") + close
                                     << SecurityMode::StartTls << ProbeStage::StartTls;
        QTest::newRow("in the TLS handshake") << banner() + ehlo(QStringLiteral("STARTTLS")) +
                                                     QStringLiteral("C: STARTTLS\nS: 220 go\n") + close
                                              << SecurityMode::StartTls << ProbeStage::TlsHandshake;
        QTest::newRow("at EHLO after TLS") << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                                                  QStringLiteral("C: EHLO *\n") + close
                                           << SecurityMode::StartTls << ProbeStage::EhloAfterTls;
        QTest::newRow("at MAIL") << banner() + ehlo() + QStringLiteral("C: MAIL FROM:*\n") + close
                                 << SecurityMode::None << ProbeStage::RelayWithoutAuth;
        QTest::newRow("at RCPT") << banner() + ehlo() +
                                        QStringLiteral("C: MAIL FROM:*\nS: 250 OK\nC: RCPT TO:*\n") + close
                                 << SecurityMode::None << ProbeStage::RelayWithoutAuth;
        QTest::newRow("at DATA") << banner() + ehlo() +
                                        QStringLiteral(
                                            "C: MAIL FROM:*\nS: 250 OK\nC: RCPT TO:*\nS: 550 no\nC: DATA\n") +
                                        close
                                 << SecurityMode::None << ProbeStage::RelayWithoutAuth;
        QTest::newRow("at AUTH") << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                                        ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() +
                                        QStringLiteral("C: AUTH PLAIN *\n") + close
                                 << SecurityMode::StartTls << ProbeStage::Auth;
        QTest::newRow("at RCPT after AUTH")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() + ehlo(QStringLiteral("AUTH PLAIN")) +
                   relayRefused() +
                   QStringLiteral("C: AUTH PLAIN *\nS: 235 ok\nC: MAIL FROM:*\nS: 250 OK\nC: RCPT TO:*\n") +
                   close
            << SecurityMode::StartTls << ProbeStage::RelayWithAuth;
    }

    void disconnectAtEachStage()
    {
        QFETCH(QString, script);
        QFETCH(SecurityMode, security);
        QFETCH(ProbeStage, stage);
        const Run run = runProbe(script, security, options(true));
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.result.lastStage == stage,
                 qPrintable(ProbeNames::stage(run.result.lastStage) + QLatin1Char('\n') +
                            run.result.transcript.toText()));
        QCOMPARE(run.result.outcome, ProbeResult::Outcome::Failed);
        QVERIFY(!run.result.failure.isEmpty());
        QCOMPARE(run.result.stages.last().outcome, StageOutcome::Failed);
    }

    void cancelBeforeStartStillFinishesOnce()
    {
        SmtpProbe probe({QStringLiteral("127.0.0.1"), 25, SecurityMode::None}, options());
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.cancel();
        probe.start();
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
    }

    void badEndpointFinishesFromTheEventLoop()
    {
        SmtpProbe probe({QString(), 0, SecurityMode::None}, options());
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.start();
        QCOMPARE(finished.size(), 0); // never from inside start()
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().value<ProbeResult>().outcome, ProbeResult::Outcome::Failed);
    }

    void refusedPort()
    {
        // a port that was just free: listen, note the port, stop listening
        quint16 port = 0;
        {
            QTcpServer probeServer;
            QVERIFY(probeServer.listen(QHostAddress::LocalHost));
            port = probeServer.serverPort();
        }
        SmtpProbe probe({QStringLiteral("127.0.0.1"), port, SecurityMode::None}, options());
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.start();
        QVERIFY(finished.wait(3000));
        const ProbeResult r = finished.first().first().value<ProbeResult>();
        QCOMPARE(r.connect, ConnectOutcome::Refused);
        QCOMPARE(r.lastStage, ProbeStage::Connect);
    }
};

QTEST_GUILESS_MAIN(TestSmtpProbe)
#include "tst_smtpprobe.moc"
