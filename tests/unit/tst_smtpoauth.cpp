#include "FakeSmtpServer.h"
#include "cli/CliApp.h"
#include "core/OAuth2Sasl.h"
#include "smtp/SmtpProbe.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(AuthOutcome)
Q_DECLARE_METATYPE(RelayOutcome)

// OAuth2 sign-in in the SMTP probe (issue 17): the XOAUTH2 and OAUTHBEARER messages as tables, and the
// probe against scripted servers: the initial response after the 334, the server's error challenge
// answered as RFC 7628 3.2.3 requires, the token never in the transcript.
class TestSmtpOAuth : public QObject
{
    Q_OBJECT

    static constexpr const char *kUser = "carol@example.test";
    static constexpr const char *kToken = "ya29.Tok-Marker_0123456789";

    static QByteArray b64(const QByteArray &raw) { return raw.toBase64(); }
    static QString xoauth2Line()
    {
        return QString::fromLatin1(
            b64(QByteArray("user=") + kUser + "\x01" + "auth=Bearer " + kToken + "\x01\x01"));
    }
    static QString bearerLine(quint16 port)
    {
        return QString::fromLatin1(b64(QByteArray("n,a=") + kUser + ",\x01" + "host=127.0.0.1\x01" +
                                       "port=" + QByteArray::number(port) + "\x01" + "auth=Bearer " + kToken +
                                       "\x01\x01"));
    }
    static QString head(const QString &auth)
    {
        return QStringLiteral("S: 220 fake.test ESMTP ready\nC: EHLO *\nS: 250-fake.test\nS: 250-%1\n"
                              "S: 250 8BITMIME\n"
                              "C: MAIL FROM:<carol@example.test>\nS: 250 OK\n"
                              "C: RCPT TO:<bob@elsewhere.test>\nS: 550 relay not permitted\n"
                              "C: DATA\nS: 503 Valid RCPT command must precede DATA\n"
                              "C: RSET\nS: 250 Reset OK\n")
            .arg(auth);
    }
    static QString relayAccepted()
    {
        return QStringLiteral("C: MAIL FROM:<carol@example.test>\nS: 250 OK\n"
                              "C: RCPT TO:<bob@elsewhere.test>\nS: 250 Accepted\n"
                              "C: RSET\nS: 250 Reset OK\n");
    }
    static QString quit() { return QStringLiteral("C: QUIT\nS: 221 bye\n"); }

    struct Run
    {
        ProbeResult result;
        QStringList serverErrors;
        QStringList serverLines;
        quint16 port = 0;
    };

    // The script's "@LINE@" stands for the OAUTHBEARER initial response, which names the server's port:
    // the server takes any line there, and serverLines shows what came.
    static Run runProbe(QString script, bool withTls = true)
    {
        Run run;
        FakeSmtpServer server;
        script.replace(QLatin1String("@LINE@"), QLatin1String("*"));
        if (!server.start(script)) {
            QTest::qFail(qPrintable(QStringLiteral("script: %1").arg(server.errorString())), __FILE__,
                         __LINE__);
            return run;
        }
        const quint16 port = server.port();
        run.port = port;
        ProbeOptions options;
        options.timeoutMs = 2000;
        options.from = QLatin1String(kUser);
        options.to = QStringLiteral("bob@elsewhere.test");
        options.allowPlaintextAuth = withTls; // the scripts speak in plain: "with TLS" stands for it
        options.credentials.username = QLatin1String(kUser);
        options.credentials.oauth2Token = QLatin1String(kToken);
        SmtpProbe probe({QStringLiteral("127.0.0.1"), port, SecurityMode::None}, options);
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.start();
        if (finished.isEmpty())
            finished.wait(options.timeoutMs + 3000);
        if (finished.size() != 1) {
            QTest::qFail("finished() not once", __FILE__, __LINE__);
            return run;
        }
        run.result = finished.first().first().value<ProbeResult>();
        run.serverErrors = server.errors();
        run.serverLines = server.receivedLines();
        return run;
    }

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void xoauth2Response()
    {
        QCOMPARE(OAuth2Sasl::xoauth2Response(QStringLiteral("someuser@example.com"),
                                             QStringLiteral("ya29.vF9dft4")),
                 QByteArray("user=someuser@example.com\x01"
                            "auth=Bearer ya29.vF9dft4\x01\x01"));
        // Google's documented example, base64-encoded
        QCOMPARE(
            OAuth2Sasl::xoauth2Response(QStringLiteral("someuser@example.com"),
                                        QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"))
                .toBase64(),
            QByteArray(
                "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhk"
                "SFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    }

    void oauthBearerResponse_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("expected");
        // RFC 7628 4.1's example
        QTest::newRow("rfc 7628 4.1")
            << QStringLiteral("user@example.com") << QStringLiteral("server.example.com") << 143
            << QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
                          "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
        QTest::newRow("comma and equals escaped (RFC 5801)")
            << QStringLiteral("a,b=c") << QString() << 0
            << QByteArray("n,a=a=2Cb=3Dc,\x01"
                          "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01");
    }
    void oauthBearerResponse()
    {
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, expected);
        QCOMPARE(OAuth2Sasl::oauthBearerResponse(
                     user, QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="), host, port),
                 expected);
    }

    void errorFromChallenge_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QString>("expected");
        QTest::newRow("RFC 7628 3.2.2") << QByteArray("eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=")
                                        << QStringLiteral("{\"status\":\"invalid_token\"}");
        QTest::newRow("google's, trailing space")
            << QByteArray("eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJtYWlsIn0= ")
            << QStringLiteral("{\"schemes\":\"bearer\",\"scope\":\"mail\",\"status\":\"401\"}");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("not base64") << QByteArray("Go ahead!") << QString();
        QTest::newRow("base64, not json") << QByteArray("aGVsbG8=") << QString();
        QTest::newRow("json array") << QByteArray("WzFd") << QString();
    }
    void errorFromChallenge()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(QString, expected);
        QCOMPARE(OAuth2Sasl::errorFromChallenge(challenge), expected);
    }

    void answers()
    {
        QCOMPARE(OAuth2Sasl::errorChallengeAnswer(true), QByteArray("\x01"));
        QCOMPARE(OAuth2Sasl::errorChallengeAnswer(false), QByteArray());
    }

    // mailfix-cli probe --oauth2-token-stdin: what it refuses before any connection (exit code 2)
    void cliOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stdinText");
        QTest::addColumn<QString>("message");
        const QStringList server{QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--ports"), QStringLiteral("1")};
        const QStringList token{QStringLiteral("--oauth2-token-stdin")};
        const QStringList user{QStringLiteral("--user"), QLatin1String(kUser)};
        QTest::newRow("without --user") << server + token << QString::fromLatin1(kToken)
                                        << QStringLiteral("--oauth2-token-stdin needs --user");
        QTest::newRow("with --password-stdin too")
            << server + user + token + QStringList{QStringLiteral("--password-stdin")}
            << QString::fromLatin1(kToken)
            << QStringLiteral("give either --password-stdin or --oauth2-token-stdin");
        QTest::newRow("no token") << server + user + token << QString()
                                  << QStringLiteral("no token on standard input");
    }
    void cliOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stdinText);
        QFETCH(QString, message);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApp cli(outStream, errStream);
        cli.setPasswordReader([stdinText](QString *text) {
            *text = stdinText;
            return !stdinText.isEmpty();
        });
        QCOMPARE(cli.run(QStringList{QStringLiteral("mailfix-cli"), QStringLiteral("probe")} + args), 2);
        errStream.flush();
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!err.contains(QLatin1String(kToken)));
        outStream.flush();
        QVERIFY(!out.contains(QLatin1String(kToken)));
    }

    void probe_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("withTls");
        QTest::addColumn<AuthOutcome>("auth");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<RelayOutcome>("withAuth");
        QTest::addColumn<QString>("finalReply");
        QTest::addColumn<QString>("note");

        using A = AuthOutcome;
        using R = RelayOutcome;
        const QString error = QStringLiteral("eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=");
        const QString errorNote = QStringLiteral("{\"status\":\"invalid_token\"}");
        // the initial response after the 334, never on the AUTH line
        QTest::newRow("OAUTHBEARER preferred, accepted")
            << head(QStringLiteral("AUTH PLAIN XOAUTH2 OAUTHBEARER")) +
                   QStringLiteral("C: AUTH OAUTHBEARER\nS: 334 \nC: @LINE@\nS: 235 2.7.0 Accepted\n") +
                   relayAccepted() + quit()
            << true << A::Succeeded << QStringLiteral("OAUTHBEARER") << R::Accepted
            << QStringLiteral("Accepted") << QString();
        QTest::newRow("XOAUTH2 only (Microsoft), accepted")
            << head(QStringLiteral("AUTH LOGIN XOAUTH2")) +
                   QStringLiteral("C: AUTH XOAUTH2\nS: 334 \nC: %1\nS: 235 2.7.0 Authentication successful\n")
                       .arg(xoauth2Line()) +
                   relayAccepted() + quit()
            << true << A::Succeeded << QStringLiteral("XOAUTH2") << R::Accepted
            << QStringLiteral("Authentication successful") << QString();
        // RFC 7628 3.2.3: the error challenge is answered with %x01, and the server then fails
        QTest::newRow("OAUTHBEARER refused with an error challenge")
            << head(QStringLiteral("AUTH OAUTHBEARER")) +
                   QStringLiteral("C: AUTH OAUTHBEARER\nS: 334 \nC: @LINE@\nS: 334 %1\nC: AQ==\n"
                                  "S: 535 5.7.8 Error: authentication failed\n")
                       .arg(error) +
                   quit()
            << true << A::Rejected << QStringLiteral("OAUTHBEARER") << R::NotTested
            << QStringLiteral("Error: authentication failed") << errorNote;
        // Google's XOAUTH2: an empty line answers the error challenge
        QTest::newRow("XOAUTH2 refused with an error challenge")
            << head(QStringLiteral("AUTH XOAUTH2")) +
                   QStringLiteral(
                       "C: AUTH XOAUTH2\nS: 334 \nC: %1\nS: 334 %2\nC:\n"
                       "S: 535-5.7.8 Username and Password not accepted.\nS: 535 5.7.8 Learn more\n")
                       .arg(xoauth2Line(), error) +
                   quit()
            << true << A::Rejected << QStringLiteral("XOAUTH2") << R::NotTested
            << QStringLiteral("Username and Password not accepted. Learn more") << errorNote;
        // Microsoft's: no error challenge, the failure at once
        QTest::newRow("XOAUTH2 refused at once")
            << head(QStringLiteral("AUTH XOAUTH2")) +
                   QStringLiteral(
                       "C: AUTH XOAUTH2\nS: 334 \nC: %1\nS: 535 5.7.3 Authentication unsuccessful\n")
                       .arg(xoauth2Line()) +
                   quit()
            << true << A::Rejected << QStringLiteral("XOAUTH2") << R::NotTested
            << QStringLiteral("Authentication unsuccessful") << QString();
        QTest::newRow("a third challenge: exchange cancelled")
            << head(QStringLiteral("AUTH OAUTHBEARER")) +
                   QStringLiteral("C: AUTH OAUTHBEARER\nS: 334 \nC: @LINE@\nS: 334 %1\nC: AQ==\nS: 334 more\n"
                                  "C: *\nS: 501 cancelled\n")
                       .arg(error) +
                   quit()
            << true << A::Failed << QStringLiteral("OAUTHBEARER") << R::NotTested
            << QStringLiteral("cancelled") << errorNote;
        QTest::newRow("no OAuth2 mechanism: no AUTH sent")
            << head(QStringLiteral("AUTH PLAIN LOGIN")) + quit() << true << A::NoCommonMechanism << QString()
            << R::NotTested << QString() << QString();
        QTest::newRow("token withheld without encryption")
            << head(QStringLiteral("AUTH XOAUTH2")) + quit() << false << A::WithheldNoTls << QString()
            << R::NotTested << QString() << QString();
    }
    void probe()
    {
        QFETCH(QString, script);
        QFETCH(bool, withTls);
        QFETCH(AuthOutcome, auth);
        QFETCH(QString, mechanism);
        QFETCH(RelayOutcome, withAuth);
        QFETCH(QString, finalReply);
        QFETCH(QString, note);

        const Run run = runProbe(script, withTls);
        QVERIFY2(run.serverErrors.isEmpty(), qPrintable(run.serverErrors.join(QLatin1Char('\n'))));
        QCOMPARE(run.result.outcome, ProbeResult::Outcome::Completed);
        QCOMPARE(run.result.auth.outcome, auth);
        QCOMPARE(run.result.auth.mechanism, mechanism);
        QCOMPARE(run.result.relayWithAuth.outcome, withAuth);
        QCOMPARE(run.result.auth.reply.text(), finalReply);
        if (script.contains(QLatin1String("@LINE@")))
            QVERIFY2(run.serverLines.contains(bearerLine(run.port)),
                     qPrintable(run.serverLines.join(QLatin1Char('\n'))));
        const QString transcript = run.result.transcript.toText();
        if (!note.isEmpty())
            QVERIFY2(transcript.contains(note), qPrintable(transcript));
        // the token, raw or in either mechanism's encoding, is nowhere
        QVERIFY(!transcript.contains(QLatin1String(kToken)));
        QVERIFY(!transcript.contains(xoauth2Line()));
        QVERIFY(!transcript.contains(QLatin1String("dXNlcj1"))); // base64 of "user="
        QVERIFY(!transcript.contains(QLatin1String("bixhPW")));  // base64 of "n,a="
    }
};

QTEST_GUILESS_MAIN(TestSmtpOAuth)
#include "tst_smtpoauth.moc"
