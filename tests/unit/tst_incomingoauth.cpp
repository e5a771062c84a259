#include "FakeSmtpServer.h"
#include "TestCertificates.h"
#include "core/Probe.h"
#include "core/ProbeFactory.h"
#include "report/ProbeReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(SecurityMode)
Q_DECLARE_METATYPE(SignInOutcome)
Q_DECLARE_METATYPE(SignInMethod)

// OAuth2 sign-in in the IMAP and POP3 probes (issue 17) against scripted servers (tst_incomingprobes'
// pattern): AUTHENTICATE / AUTH XOAUTH2 and OAUTHBEARER with the message after the server's "+", the
// server's error challenge answered (RFC 7628 3.2.3) and its words in the result, a password as before,
// and the token in no transcript and no report.
class TestIncomingOAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    QString m_certFile;

    static constexpr const char *kUser = "carol@example.test";
    static constexpr const char *kToken = "ya29.Imap-Tok-Marker_0123456789";
    static constexpr const char *kPassword = "Sw0rdfish-Marker";

    static QString xoauth2Line()
    {
        return QString::fromLatin1(
            (QByteArray("user=") + kUser + "\x01" + "auth=Bearer " + kToken + "\x01\x01").toBase64());
    }
    static QString bearerLine(quint16 port)
    {
        return QString::fromLatin1((QByteArray("n,a=") + kUser + ",\x01" + "host=127.0.0.1\x01" + "port=" +
                                    QByteArray::number(port) + "\x01" + "auth=Bearer " + kToken + "\x01\x01")
                                       .toBase64());
    }

    struct Run
    {
        ProbeResult result;
        int finishedCount = 0;
        QStringList serverLines;
        QStringList serverErrors;
        quint16 port = 0;
    };

    Run runProbe(Protocol protocol, QString script, SecurityMode security, const Credentials &credentials)
    {
        Run run;
        FakeSmtpServer server;
        server.setTlsIdentity(m_cert, m_key);
        // "@LINE@": the OAUTHBEARER message, which names the server's port; any line there, checked after
        script.replace(QLatin1String("@LINE@"), QLatin1String("*"));
        if (!server.start(security == SecurityMode::ImplicitTls ? QStringLiteral("X: starttls\n") + script
                                                                : script)) {
            QTest::qFail(qPrintable(server.errorString()), __FILE__, __LINE__);
            return run;
        }
        run.port = server.port();
        ProbeOptions options;
        options.timeoutMs = 1500;
        options.caFiles = {m_certFile};
        options.credentials = credentials;
        QObject parent;
        Probe *probe = ProbeFactories::standard()(
            {QStringLiteral("127.0.0.1"), server.port(), security, protocol}, options, &parent);
        QSignalSpy finished(probe, &Probe::finished);
        probe->start();
        if (finished.isEmpty())
            finished.wait(options.timeoutMs + 3000);
        QTest::qWait(20); // a second finished() would show up here
        run.finishedCount = int(finished.size());
        if (!finished.isEmpty())
            run.result = finished.first().first().value<ProbeResult>();
        run.serverLines = server.receivedLines();
        run.serverErrors = server.errors();
        return run;
    }

    // IMAP script pieces; tags are a1, a2, ... in the order the probe sends its commands.
    static QString imapGreeting()
    {
        return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n");
    }
    static QString imapCaps(int tag, const QString &caps)
    {
        return QStringLiteral("C: a%1 CAPABILITY\nS: * CAPABILITY %2\nS: a%1 OK done\n").arg(tag).arg(caps);
    }
    static QString imapLogout(int tag)
    {
        return QStringLiteral("C: a%1 LOGOUT\nS: * BYE Logging out\nS: a%1 OK Logout completed.\n").arg(tag);
    }
    // 143: greeting, CAPABILITY, STARTTLS, CAPABILITY with `caps`; the next tag is a4.
    static QString imapUpToTls(const QString &caps)
    {
        return imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 SASL-IR STARTTLS LOGINDISABLED")) +
               QStringLiteral("C: a2 STARTTLS\nS: a2 OK Begin TLS negotiation now.\nX: starttls\n") +
               imapCaps(3, caps);
    }
    static QString popGreeting() { return QStringLiteral("S: +OK Dovecot ready.\n"); }
    static QString popCapa(const QStringList &lines)
    {
        QString s = QStringLiteral("C: CAPA\nS: +OK\n");
        for (const QString &line : lines)
            s += QStringLiteral("S: %1\n").arg(line);
        return s + QStringLiteral("S: .\n");
    }
    static QString popQuit() { return QStringLiteral("C: QUIT\nS: +OK Logging out.\n"); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(makeSelfSignedIdentity(m_dir.path(), &m_cert, &m_key, &error), qPrintable(error));
        m_certFile = m_dir.filePath(QStringLiteral("localhost-cert.pem"));
    }

    void conversations_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("withToken"); // else a password
        QTest::addColumn<SignInOutcome>("signIn");
        QTest::addColumn<SignInMethod>("method");
        QTest::addColumn<QString>("serverError");

        using I = SignInOutcome;
        using M = SignInMethod;
        // RFC 7628 3.2.2's example, and Google's XOAUTH2 error
        const QString bearerError = QStringLiteral("eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=");
        const QString bearerErrorJson = QStringLiteral("{\"status\":\"invalid_token\"}");
        const QString googleError =
            QStringLiteral("eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJtYWlsIn0=");
        const QString googleErrorJson =
            QStringLiteral("{\"schemes\":\"bearer\",\"scope\":\"mail\",\"status\":\"401\"}");
        const QString bothOAuth =
            QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2 AUTH=OAUTHBEARER");

        // IMAP: the message after the "+", never on the AUTHENTICATE line (SASL-IR offered or not)
        QTest::newRow("imap 993 xoauth2 accepted")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=XOAUTH2")) +
                   QStringLiteral("C: a2 AUTHENTICATE XOAUTH2\nS: + \nC: %1\nS: a2 OK Logged in\n")
                       .arg(xoauth2Line()) +
                   imapLogout(3)
            << true << I::Succeeded << M::SaslXOAuth2 << QString();
        QTest::newRow("imap 143 starttls, oauthbearer preferred, accepted")
            << Protocol::Imap << SecurityMode::StartTls
            << imapUpToTls(bothOAuth) +
                   QStringLiteral("C: a4 AUTHENTICATE OAUTHBEARER\nS: + \nC: @LINE@\nS: a4 OK Logged in\n") +
                   imapLogout(5)
            << true << I::Succeeded << M::SaslOAuthBearer << QString();
        QTest::newRow("imap 993 oauthbearer error challenge answered, NO")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, bothOAuth) +
                   QStringLiteral("C: a2 AUTHENTICATE OAUTHBEARER\nS: + \nC: @LINE@\nS: + %1\nC: AQ==\n"
                                  "S: a2 NO [AUTHENTICATIONFAILED] Authentication failed.\n")
                       .arg(bearerError) +
                   imapLogout(3)
            << true << I::Rejected << M::SaslOAuthBearer << bearerErrorJson;
        QTest::newRow("imap 993 xoauth2 error challenge answered with an empty line, NO")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 AUTH=XOAUTH2")) +
                   QStringLiteral("C: a2 AUTHENTICATE XOAUTH2\nS: + \nC: %1\nS: + %2\nC:\n"
                                  "S: a2 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\n")
                       .arg(xoauth2Line(), googleError) +
                   imapLogout(3)
            << true << I::Rejected << M::SaslXOAuth2 << googleErrorJson;
        QTest::newRow("imap 993 a third challenge: cancelled")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 AUTH=OAUTHBEARER")) +
                   QStringLiteral("C: a2 AUTHENTICATE OAUTHBEARER\nS: + \nC: @LINE@\nS: + %1\nC: AQ==\n"
                                  "S: + more\nC: *\nS: a2 BAD Authentication exchange cancelled\n")
                       .arg(bearerError) +
                   imapLogout(3)
            << true << I::Failed << M::SaslOAuthBearer << bearerErrorJson;
        QTest::newRow("imap 993 token, no oauth2 mechanism: nothing sent")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN")) + imapLogout(2)
            << true << I::NoCommonMechanism << M::None << QString();
        QTest::newRow("imap 143 without starttls: token withheld")
            << Protocol::Imap << SecurityMode::StartTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 AUTH=OAUTHBEARER")) + imapLogout(2)
            << true << I::WithheldNoTls << M::None << QString();
        QTest::newRow("imap 993 no token: a password as before")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, bothOAuth) +
                   QStringLiteral("C: a2 AUTHENTICATE PLAIN *\nS: a2 OK Logged in\n") + imapLogout(3)
            << false << I::Succeeded << M::SaslPlain << QString();
        QTest::newRow("imap 993 no token, oauth2 only: needs oauth2 as before")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 LOGINDISABLED AUTH=OAUTHBEARER")) +
                   imapLogout(2)
            << false << I::NeedsOAuth2 << M::None << QString();

        // POP3 (RFC 5034): the same after "+ "
        QTest::newRow("pop3 995 oauthbearer preferred, accepted")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() +
                   popCapa({QStringLiteral("USER"), QStringLiteral("SASL PLAIN XOAUTH2 OAUTHBEARER")}) +
                   QStringLiteral("C: AUTH OAUTHBEARER\nS: + \nC: @LINE@\nS: +OK Logged in.\n") + popQuit()
            << true << I::Succeeded << M::SaslOAuthBearer << QString();
        QTest::newRow("pop3 995 xoauth2 accepted")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa({QStringLiteral("SASL XOAUTH2")}) +
                   QStringLiteral("C: AUTH XOAUTH2\nS: + \nC: %1\nS: +OK Logged in.\n").arg(xoauth2Line()) +
                   popQuit()
            << true << I::Succeeded << M::SaslXOAuth2 << QString();
        QTest::newRow("pop3 995 oauthbearer error challenge answered, -ERR")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa({QStringLiteral("SASL OAUTHBEARER")}) +
                   QStringLiteral("C: AUTH OAUTHBEARER\nS: + \nC: @LINE@\nS: + %1\nC: AQ==\n"
                                  "S: -ERR [AUTH] Authentication failed.\n")
                       .arg(bearerError) +
                   popQuit()
            << true << I::Rejected << M::SaslOAuthBearer << bearerErrorJson;
        QTest::newRow("pop3 995 no token: user and pass as before")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa({QStringLiteral("USER"), QStringLiteral("SASL XOAUTH2")}) +
                   QStringLiteral("C: USER carol@example.test\nS: +OK\nC: PASS *\nS: +OK Logged in.\n") +
                   popQuit()
            << false << I::Succeeded << M::UserPass << QString();
    }

    void conversations()
    {
        QFETCH(Protocol, protocol);
        QFETCH(SecurityMode, security);
        QFETCH(QString, script);
        QFETCH(bool, withToken);
        QFETCH(QString, serverError);
        Credentials credentials{QLatin1String(kUser), QString()};
        if (withToken)
            credentials.oauth2Token = QLatin1String(kToken);
        else
            credentials.password = QLatin1String(kPassword);
        const Run run = runProbe(protocol, script, security, credentials);
        const QString transcript = run.result.transcript.toText();
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.serverErrors.isEmpty(),
                 qPrintable(transcript + QStringLiteral("\nserver: ") + run.serverErrors.join(u'\n')));
        QCOMPARE(run.result.outcome, ProbeResult::Outcome::Completed);
        QTEST(run.result.incoming.signIn.outcome, "signIn");
        QTEST(run.result.incoming.signIn.method, "method");
        QCOMPARE(run.result.incoming.signIn.serverError, serverError);
        if (script.contains(QLatin1String("@LINE@")))
            QVERIFY2(run.serverLines.contains(bearerLine(run.port)), qPrintable(run.serverLines.join(u'\n')));
        // a password never goes with a token, nor the token without a mechanism for it
        if (withToken) {
            for (const QString &line : run.serverLines)
                QVERIFY2(!line.contains(QLatin1String("PLAIN")) && !line.startsWith(QLatin1String("PASS")) &&
                             !line.startsWith(QLatin1String("USER")),
                         qPrintable(line));
        }
        if (run.result.incoming.signIn.method == SignInMethod::None) {
            for (const QString &line : run.serverLines)
                QVERIFY2(!line.contains(QLatin1String("AUTH")), qPrintable(line));
        }

        // the server's words: in the transcript, the JSON report and the text report
        const QJsonObject json = ProbeReport::toJson(run.result);
        const QString report = ProbeReport::toText(run.result, true);
        const QString jsonError = json.value(QLatin1String("incoming"))
                                      .toObject()
                                      .value(QLatin1String("signIn"))
                                      .toObject()
                                      .value(QLatin1String("serverError"))
                                      .toString();
        QCOMPARE(jsonError, serverError);
        if (!serverError.isEmpty()) {
            QVERIFY2(transcript.contains(serverError), qPrintable(transcript));
            QVERIFY2(report.contains(serverError), qPrintable(report));
        }

        // the token and the password, raw or in either mechanism's encoding, are nowhere
        const QString jsonText = QString::fromUtf8(QJsonDocument(json).toJson());
        const QStringList secrets{QLatin1String(kToken),     QLatin1String(kPassword), xoauth2Line(),
                                  bearerLine(run.port),
                                  QStringLiteral("dXNlcj1"), // base64 of "user="
                                  QStringLiteral("bixhPW")}; // base64 of "n,a="
        for (const QString &secret : secrets) {
            QVERIFY2(!transcript.contains(secret), qPrintable(transcript));
            QVERIFY2(!report.contains(secret), qPrintable(report));
            QVERIFY2(!jsonText.contains(secret), qPrintable(jsonText));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncomingOAuth)
#include "tst_incomingoauth.moc"
