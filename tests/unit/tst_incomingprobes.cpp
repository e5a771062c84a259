#include "FakeSmtpServer.h"
#include "TestCertificates.h"
#include "core/ProbeFactory.h"
#include "core/ProbeSession.h"
#include "core/SignInGate.h"
#include "imap/ImapProbe.h"
#include "pop3/Pop3Probe.h"
#include "report/ProbeReport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(SecurityMode)
Q_DECLARE_METATYPE(ProbeResult::Outcome)
Q_DECLARE_METATYPE(ProbeStage)
Q_DECLARE_METATYPE(GreetingOutcome)
Q_DECLARE_METATYPE(SignInOutcome)
Q_DECLARE_METATYPE(SignInMethod)
Q_DECLARE_METATYPE(LogoutOutcome)

// The IMAP and POP3 probes' conversations against scripted servers (FakeSmtpServer plays any line
// protocol): STARTTLS/STLS and implicit TLS, every way of signing in (AUTHENTICATE PLAIN with and without
// SASL-IR, AUTHENTICATE LOGIN, the LOGIN command with quoted strings and literals, AUTH PLAIN, AUTH LOGIN,
// USER/PASS), refusals, the password withheld, PREAUTH, and the goodbye. Hostile servers are in
// tst_incominghostileservers.
class TestIncomingProbes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    QString m_certFile;

    static constexpr const char *kUser = "alice@example.test";
    static constexpr const char *kPassword = "Sw0rdfish-Marker";

    struct Run
    {
        ProbeResult result;
        int finishedCount = 0;
        QStringList serverLines;
        QStringList serverErrors;
    };

    Run runProbe(Protocol protocol, const QString &script, SecurityMode security, const ProbeOptions &options)
    {
        Run run;
        FakeSmtpServer server;
        server.setTlsIdentity(m_cert, m_key);
        // Implicit TLS: the handshake comes first.
        if (!server.start(security == SecurityMode::ImplicitTls ? QStringLiteral("X: starttls\n") + script
                                                                : script)) {
            QTest::qFail(qPrintable(server.errorString()), __FILE__, __LINE__);
            return run;
        }
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

    ProbeOptions options(const QString &password) const
    {
        ProbeOptions o;
        o.timeoutMs = 1500;
        o.caFiles = {m_certFile};
        if (!password.isEmpty())
            o.credentials = {QLatin1String(kUser), password};
        return o;
    }

    static void verifyNoSecret(const Run &run, const QString &password)
    {
        if (password.isEmpty())
            return;
        const QString text = run.result.transcript.toText();
        const QByteArray json = QJsonDocument(ProbeReport::toJson(run.result)).toJson();
        const QString report = ProbeReport::toText(run.result, true);
        const QByteArray plain = QByteArray(1, '\0') + kUser + '\0' + password.toUtf8();
        for (const QByteArray &secret : {password.toUtf8(), plain.toBase64(), password.toUtf8().toBase64()}) {
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(text));
            QVERIFY2(!report.contains(QString::fromUtf8(secret)), qPrintable(report));
            QVERIFY(!json.contains(secret));
        }
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
    static QString imapStartTls(int tag)
    {
        return QStringLiteral("C: a%1 STARTTLS\nS: a%1 OK Begin TLS negotiation now.\nX: starttls\n")
            .arg(tag);
    }
    static QString imapLogout(int tag)
    {
        return QStringLiteral("C: a%1 LOGOUT\nS: * BYE Logging out\nS: a%1 OK Logout completed.\n").arg(tag);
    }
    // 143: greeting, CAPABILITY, STARTTLS, CAPABILITY with `caps`; the next tag is a4.
    static QString imapUpToTls(const QString &caps)
    {
        return imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 SASL-IR STARTTLS LOGINDISABLED")) +
               imapStartTls(2) + imapCaps(3, caps);
    }

    static QString popGreeting() { return QStringLiteral("S: +OK Dovecot ready.\n"); }
    static QString popCapa(const QStringList &lines)
    {
        QString s = QStringLiteral("C: CAPA\nS: +OK\n");
        for (const QString &line : lines)
            s += QStringLiteral("S: %1\n").arg(line);
        return s + QStringLiteral("S: .\n");
    }
    static QString popStls()
    {
        return QStringLiteral("C: STLS\nS: +OK Begin TLS negotiation\nX: starttls\n");
    }
    static QString popQuit() { return QStringLiteral("C: QUIT\nS: +OK Logging out.\n"); }
    static QString popUpToTls(const QStringList &caps)
    {
        return popGreeting() +
               popCapa({QStringLiteral("CAPA"), QStringLiteral("STLS"), QStringLiteral("SASL")}) + popStls() +
               popCapa(caps);
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

    void conversations_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("password"); // empty: no credentials
        QTest::addColumn<ProbeResult::Outcome>("outcome");
        QTest::addColumn<ProbeStage>("lastStage");
        QTest::addColumn<GreetingOutcome>("greeting");
        QTest::addColumn<SignInOutcome>("signIn");
        QTest::addColumn<SignInMethod>("method");
        QTest::addColumn<LogoutOutcome>("logout");

        using O = ProbeResult::Outcome;
        using S = ProbeStage;
        using G = GreetingOutcome;
        using I = SignInOutcome;
        using M = SignInMethod;
        using L = LogoutOutcome;
        const QString pw = QLatin1String(kPassword);
        const QString afterTls = QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN AUTH=LOGIN");

        // IMAP (RFC 9051, 3501)
        QTest::newRow("imap 143 starttls, authenticate plain with sasl-ir")
            << Protocol::Imap << SecurityMode::StartTls
            << imapUpToTls(afterTls) + QStringLiteral("C: a4 AUTHENTICATE PLAIN *\nS: a4 OK Logged in\n") +
                   imapLogout(5)
            << pw << O::Completed << S::Quit << G::Ready << I::Succeeded << M::SaslPlain << L::Ok;
        QTest::newRow("imap 143 wrong password")
            << Protocol::Imap << SecurityMode::StartTls
            << imapUpToTls(afterTls) +
                   QStringLiteral("C: a4 AUTHENTICATE PLAIN *\nS: a4 NO [AUTHENTICATIONFAILED] "
                                  "Authentication failed.\n") +
                   imapLogout(5)
            << pw << O::Completed << S::Quit << G::Ready << I::Rejected << M::SaslPlain << L::Ok;
        QTest::newRow("imap 143 unavailable")
            << Protocol::Imap << SecurityMode::StartTls
            << imapUpToTls(afterTls) +
                   QStringLiteral("C: a4 AUTHENTICATE PLAIN *\nS: a4 NO [UNAVAILABLE] Try again later\n") +
                   imapLogout(5)
            << pw << O::Completed << S::Quit << G::Ready << I::TemporaryFailure << M::SaslPlain << L::Ok;
        QTest::newRow("imap 993 authenticate plain without sasl-ir")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 AUTH=PLAIN")) +
                   QStringLiteral("C: a2 AUTHENTICATE PLAIN\nS: + \nC: *\nS: a2 OK Logged in\n") +
                   imapLogout(3)
            << pw << O::Completed << S::Quit << G::Ready << I::Succeeded << M::SaslPlain << L::Ok;
        QTest::newRow("imap 993 authenticate login")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 AUTH=LOGIN")) +
                   QStringLiteral("C: a2 AUTHENTICATE LOGIN\nS: + VXNlcm5hbWU6\nC: YWxpY2VAZXhhbXBsZS50ZXN0\n"
                                  "S: + UGFzc3dvcmQ6\nC: *\nS: a2 OK Logged in\n") +
                   imapLogout(3)
            << pw << O::Completed << S::Quit << G::Ready << I::Succeeded << M::SaslLogin << L::Ok;
        QTest::newRow("imap 993 login command, quoted")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1")) +
                   QStringLiteral("C: a2 LOGIN \"alice@example.test\" \"*\"\nS: a2 OK Logged in\n") +
                   imapLogout(3)
            << pw << O::Completed << S::Quit << G::Ready << I::Succeeded << M::Login << L::Ok;
        QTest::newRow("imap 993 login command, password as a literal")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1")) +
                   QStringLiteral(
                       "C: a2 LOGIN \"alice@example.test\" {17}\nS: + Ready for literal data\nC: *\n"
                       "S: a2 OK Logged in\n") +
                   imapLogout(3)
            << QStringLiteral("Sw0rd-\u00e9\u00e9-Marker") << O::Completed << S::Quit << G::Ready
            << I::Succeeded << M::Login << L::Ok;
        QTest::newRow("imap 993 too many challenges: cancelled")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 AUTH=LOGIN")) +
                   QStringLiteral(
                       "C: a2 AUTHENTICATE LOGIN\nS: + 1\nC: *\nS: + 2\nC: *\nS: + 3\nC: *\nS: + 4\n"
                       "C: *\nS: + 5\nC: *\nS: a2 BAD Authentication exchange cancelled\n") +
                   imapLogout(3)
            << pw << O::Completed << S::Quit << G::Ready << I::Failed << M::SaslLogin << L::Ok;
        QTest::newRow("imap 143 without starttls: password withheld")
            << Protocol::Imap << SecurityMode::StartTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 AUTH=PLAIN")) + imapLogout(2) << pw
            << O::Completed << S::Quit << G::Ready << I::WithheldNoTls << M::None << L::Ok;
        QTest::newRow("imap 143 starttls refused: password withheld")
            << Protocol::Imap << SecurityMode::StartTls
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 STARTTLS AUTH=PLAIN")) +
                   QStringLiteral("C: a2 STARTTLS\nS: a2 NO not now\n") + imapLogout(3)
            << pw << O::Completed << S::Quit << G::Ready << I::WithheldNoTls << M::None << L::Ok;
        QTest::newRow("imap 143 logindisabled, nothing else: not offered")
            << Protocol::Imap << SecurityMode::None
            << imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1 LOGINDISABLED")) + imapLogout(2) << pw
            << O::Completed << S::Quit << G::Ready << I::NotOffered << M::None << L::Ok;
        QTest::newRow("imap 993 oauth only")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() +
                   imapCaps(1, QStringLiteral("IMAP4rev1 LOGINDISABLED AUTH=XOAUTH2 AUTH=OAUTHBEARER")) +
                   imapLogout(2)
            << pw << O::Completed << S::Quit << G::Ready << I::NeedsOAuth2 << M::None << L::Ok;
        QTest::newRow("imap 993 without credentials")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, afterTls) + imapLogout(2) << QString() << O::Completed << S::Quit
            << G::Ready << I::NotTried << M::None << L::Ok;
        QTest::newRow("imap preauth")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << QStringLiteral("S: * PREAUTH welcome back\n") + imapCaps(1, afterTls) + imapLogout(2) << pw
            << O::Completed << S::Quit << G::PreAuthenticated << I::NotTried << M::None << L::Ok;
        QTest::newRow("imap bye greeting")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << QStringLiteral("S: * BYE Too many connections\nX: close\n") << pw << O::Failed << S::Banner
            << G::Rejected << I::NotTried << M::None << L::NotSent;
        QTest::newRow("imap logout unanswered")
            << Protocol::Imap << SecurityMode::ImplicitTls
            << imapGreeting() + imapCaps(1, afterTls) + QStringLiteral("C: a2 LOGOUT\nS: * BYE\nX: close\n")
            << QString() << O::Completed << S::Quit << G::Ready << I::NotTried << M::None << L::NoReply;

        // POP3 (RFC 1939, 2449, 2595, 5034)
        const QStringList popAfterTls{QStringLiteral("CAPA"), QStringLiteral("USER"),
                                      QStringLiteral("SASL PLAIN LOGIN")};
        QTest::newRow("pop3 110 stls, auth plain")
            << Protocol::Pop3 << SecurityMode::StartTls
            << popUpToTls(popAfterTls) + QStringLiteral("C: AUTH PLAIN *\nS: +OK Logged in.\n") + popQuit()
            << pw << O::Completed << S::Quit << G::Ready << I::Succeeded << M::SaslPlain << L::Ok;
        QTest::newRow("pop3 110 wrong password")
            << Protocol::Pop3 << SecurityMode::StartTls
            << popUpToTls(popAfterTls) +
                   QStringLiteral("C: AUTH PLAIN *\nS: -ERR [AUTH] Authentication failed.\n") + popQuit()
            << pw << O::Completed << S::Quit << G::Ready << I::Rejected << M::SaslPlain << L::Ok;
        QTest::newRow("pop3 110 mailbox in use")
            << Protocol::Pop3 << SecurityMode::StartTls
            << popUpToTls(popAfterTls) +
                   QStringLiteral("C: AUTH PLAIN *\nS: -ERR [IN-USE] Mailbox locked\n") + popQuit()
            << pw << O::Completed << S::Quit << G::Ready << I::TemporaryFailure << M::SaslPlain << L::Ok;
        QTest::newRow("pop3 995 auth login")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa({QStringLiteral("SASL LOGIN")}) +
                   QStringLiteral("C: AUTH LOGIN\nS: + VXNlcm5hbWU6\nC: YWxpY2VAZXhhbXBsZS50ZXN0\n"
                                  "S: + UGFzc3dvcmQ6\nC: *\nS: +OK Logged in.\n") +
                   popQuit()
            << pw << O::Completed << S::Quit << G::Ready << I::Succeeded << M::SaslLogin << L::Ok;
        QTest::newRow("pop3 995 user and pass")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa({QStringLiteral("USER")}) +
                   QStringLiteral("C: USER alice@example.test\nS: +OK\nC: PASS *\nS: +OK Logged in.\n") +
                   popQuit()
            << pw << O::Completed << S::Quit << G::Ready << I::Succeeded << M::UserPass << L::Ok;
        QTest::newRow("pop3 995 without capa: user and pass")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + QStringLiteral("C: CAPA\nS: -ERR unknown command\n") +
                   QStringLiteral(
                       "C: USER alice@example.test\nS: +OK\nC: PASS *\nS: -ERR invalid password\n") +
                   popQuit()
            << pw << O::Completed << S::Quit << G::Ready << I::Rejected << M::UserPass << L::Ok;
        QTest::newRow("pop3 995 user and pass, a line break in the password: not sent")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa({QStringLiteral("USER")}) + popQuit()
            << QStringLiteral("Sw0rd\r\nDELE 1") << O::Completed << S::Quit << G::Ready
            << I::NoCommonMechanism << M::None << L::Ok;
        QTest::newRow("pop3 110 without stls: password withheld")
            << Protocol::Pop3 << SecurityMode::StartTls << popGreeting() + popCapa(popAfterTls) + popQuit()
            << pw << O::Completed << S::Quit << G::Ready << I::WithheldNoTls << M::None << L::Ok;
        QTest::newRow("pop3 995 oauth only")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa({QStringLiteral("SASL XOAUTH2")}) + popQuit() << pw << O::Completed
            << S::Quit << G::Ready << I::NeedsOAuth2 << M::None << L::Ok;
        QTest::newRow("pop3 995 without credentials")
            << Protocol::Pop3 << SecurityMode::ImplicitTls << popGreeting() + popCapa(popAfterTls) + popQuit()
            << QString() << O::Completed << S::Quit << G::Ready << I::NotTried << M::None << L::Ok;
        QTest::newRow("pop3 -ERR greeting")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << QStringLiteral("S: -ERR [SYS/TEMP] too many connections\nX: close\n") << pw << O::Failed
            << S::Banner << G::Rejected << I::NotTried << M::None << L::NotSent;
        QTest::newRow("pop3 quit unanswered")
            << Protocol::Pop3 << SecurityMode::ImplicitTls
            << popGreeting() + popCapa(popAfterTls) + QStringLiteral("C: QUIT\nX: silence\n") << QString()
            << O::Completed << S::Quit << G::Ready << I::NotTried << M::None << L::NoReply;
    }

    void conversations()
    {
        QFETCH(Protocol, protocol);
        QFETCH(SecurityMode, security);
        QFETCH(QString, script);
        QFETCH(QString, password);
        const Run run = runProbe(protocol, script, security, options(password));
        const QByteArray why = (run.result.transcript.toText() + QStringLiteral("\nserver: ") +
                                run.serverErrors.join(QLatin1String("; ")))
                                   .toUtf8();
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.serverErrors.isEmpty(), why.constData());
        QCOMPARE(run.result.protocol(), protocol);
        QTEST(run.result.outcome, "outcome");
        QTEST(run.result.lastStage, "lastStage");
        QTEST(run.result.incoming.greeting, "greeting");
        QTEST(run.result.incoming.signIn.outcome, "signIn");
        QTEST(run.result.incoming.signIn.method, "method");
        QTEST(run.result.incoming.logout, "logout");
        QCOMPARE(run.result.reachedServer(),
                 run.result.incoming.greeting == GreetingOutcome::Ready ||
                     run.result.incoming.greeting == GreetingOutcome::PreAuthenticated);
        // SMTP's section stays empty.
        QCOMPARE(run.result.banner, BannerOutcome::NotReached);
        QCOMPARE(run.result.auth.outcome, AuthOutcome::NotTried);
        verifyNoSecret(run, password);
        // Withheld means withheld: no sign-in command reached the server.
        if (run.result.incoming.signIn.method == SignInMethod::None) {
            for (const QString &line : run.serverLines) {
                QVERIFY2(!line.contains(QLatin1String("AUTH"), Qt::CaseInsensitive) &&
                             !line.contains(QLatin1String("LOGIN "), Qt::CaseInsensitive) &&
                             !line.startsWith(QLatin1String("PASS"), Qt::CaseInsensitive) &&
                             !line.startsWith(QLatin1String("USER"), Qt::CaseInsensitive),
                         qPrintable(line));
            }
        }
    }

    void startTlsRecordsCapabilitiesBeforeAndAfter()
    {
        const Run run =
            runProbe(Protocol::Imap,
                     imapUpToTls(QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN")) +
                         QStringLiteral("C: a4 AUTHENTICATE PLAIN *\nS: a4 OK Logged in\n") + imapLogout(5),
                     SecurityMode::StartTls, options(QLatin1String(kPassword)));
        const IncomingResult &in = run.result.incoming;
        QVERIFY(in.capabilitiesBeforeTls.loginDisabled);
        QVERIFY(in.capabilitiesBeforeTls.startTls);
        QVERIFY(in.capabilitiesBeforeTls.authMechanisms.isEmpty());
        QCOMPARE(in.capabilities.authMechanisms, QStringList{QStringLiteral("PLAIN")});
        QVERIFY(run.result.tls.offered);
        QVERIFY(run.result.tls.established);
        QVERIFY(run.result.tls.certificateTrusted);
        QCOMPARE(in.signIn.reply.status, IncomingReply::Status::Ok);
        QCOMPARE(in.signIn.reply.text, QStringLiteral("Logged in"));
        QCOMPARE(in.greetingReply.code, QStringLiteral("CAPABILITY"));
        QStringList stages;
        for (const StageRecord &stage : run.result.stages)
            stages << ProbeNames::stage(stage.stage);
        QCOMPARE(stages,
                 (QStringList{QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("banner"),
                              QStringLiteral("capabilities"), QStringLiteral("starttls"),
                              QStringLiteral("tls-handshake"), QStringLiteral("capabilities-after-tls"),
                              QStringLiteral("auth"), QStringLiteral("quit")}));
        // The transcript shows the command, never its payload.
        QVERIFY(
            run.result.transcript.toText().contains(QLatin1String("C: a4 AUTHENTICATE PLAIN <redacted>")));
    }

    void loginAndPassAreRedacted()
    {
        const Run imap = runProbe(Protocol::Imap,
                                  imapGreeting() + imapCaps(1, QStringLiteral("IMAP4rev1")) +
                                      QStringLiteral("C: a2 LOGIN *\nS: a2 OK Logged in\n") + imapLogout(3),
                                  SecurityMode::ImplicitTls, options(QLatin1String(kPassword)));
        QVERIFY(imap.result.transcript.toText().contains(QLatin1String("C: a2 LOGIN <redacted>")));
        const Run pop = runProbe(Protocol::Pop3,
                                 popGreeting() + popCapa({QStringLiteral("USER")}) +
                                     QStringLiteral("C: USER *\nS: +OK\nC: PASS *\nS: +OK\n") + popQuit(),
                                 SecurityMode::ImplicitTls, options(QLatin1String(kPassword)));
        QVERIFY(pop.result.transcript.toText().contains(QLatin1String("C: PASS <redacted>")));
        QVERIFY(pop.result.transcript.toText().contains(QLatin1String("C: USER alice@example.test")));
    }

    void reportShowsTheIncomingSection()
    {
        const Run run = runProbe(
            Protocol::Pop3,
            popGreeting() + popCapa({QStringLiteral("USER"), QStringLiteral("SASL PLAIN")}) +
                QStringLiteral("C: AUTH PLAIN *\nS: -ERR [AUTH] Authentication failed.\n") + popQuit(),
            SecurityMode::ImplicitTls, options(QLatin1String(kPassword)));
        const QJsonObject json = ProbeReport::toJson(run.result);
        QCOMPARE(json.value(QLatin1String("protocol")).toString(), QStringLiteral("pop3"));
        QVERIFY(!json.contains(QLatin1String("banner")));
        QVERIFY(!json.contains(QLatin1String("relayWithoutAuth")));
        QCOMPARE(json.value(QLatin1String("verifiedSignIn")).toBool(), false);
        const QJsonObject incoming = json.value(QLatin1String("incoming")).toObject();
        QCOMPARE(
            incoming.value(QLatin1String("greeting")).toObject().value(QLatin1String("outcome")).toString(),
            QStringLiteral("ready"));
        const QJsonObject signIn = incoming.value(QLatin1String("signIn")).toObject();
        QCOMPARE(signIn.value(QLatin1String("outcome")).toString(), QStringLiteral("rejected"));
        QCOMPARE(signIn.value(QLatin1String("method")).toString(), QStringLiteral("sasl-plain"));
        const QJsonObject reply = signIn.value(QLatin1String("reply")).toObject();
        QCOMPARE(reply.value(QLatin1String("status")).toString(), QStringLiteral("err"));
        QCOMPARE(reply.value(QLatin1String("code")).toString(), QStringLiteral("AUTH"));
        QCOMPARE(
            incoming.value(QLatin1String("capabilities")).toObject().value(QLatin1String("auth")).toArray(),
            QJsonArray{QStringLiteral("PLAIN")});
        QCOMPARE(
            incoming.value(QLatin1String("logout")).toObject().value(QLatin1String("outcome")).toString(),
            QStringLiteral("ok"));
        const QString text = ProbeReport::toText(run.result, false);
        QVERIFY2(text.startsWith(QLatin1String("POP3 127.0.0.1:")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("sign-in")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("rejected (sasl-plain): -ERR [AUTH] Authentication failed.")),
                 qPrintable(text));
    }

    // With a closed SignInGate the probe talks up to the sign-in and waits there until the gate opens; then
    // it signs in. (The diagnosis holds the sign-in until the SMTP relay tests without signing in are done,
    // so that a POP-before-SMTP server does not open its relay before them.)
    void signInWaitsForTheGate_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("signInCommand");
        QTest::newRow("imap") << Protocol::Imap
                              << imapUpToTls(QStringLiteral("IMAP4rev1 SASL-IR AUTH=PLAIN")) +
                                     QStringLiteral("C: a4 AUTHENTICATE PLAIN *\nS: a4 OK Logged in\n") +
                                     imapLogout(5)
                              << QStringLiteral("a4 AUTHENTICATE PLAIN");
        QTest::newRow("pop3") << Protocol::Pop3
                              << popUpToTls({QStringLiteral("SASL PLAIN")}) +
                                     QStringLiteral("C: AUTH PLAIN *\nS: +OK Logged in.\n") + popQuit()
                              << QStringLiteral("AUTH PLAIN");
    }

    void signInWaitsForTheGate()
    {
        QFETCH(Protocol, protocol);
        QFETCH(QString, script);
        QFETCH(QString, signInCommand);
        FakeSmtpServer server;
        server.setTlsIdentity(m_cert, m_key);
        QVERIFY2(server.start(script), qPrintable(server.errorString()));
        SignInGate gate;
        ProbeOptions o = options(QLatin1String(kPassword));
        o.timeoutMs = 5000;
        o.signInGate = &gate;
        constexpr int kHoldMs = 1000;
        QStringList linesWhenAsked;
        int requests = 0;
        connect(&gate, &SignInGate::requested, this, [&] {
            ++requests;
            linesWhenAsked = server.receivedLines();
            QTimer::singleShot(kHoldMs, &gate, &SignInGate::open);
        });
        QObject parent;
        Probe *probe = ProbeFactories::standard()(
            {QStringLiteral("127.0.0.1"), server.port(), SecurityMode::StartTls, protocol}, o, &parent);
        QSignalSpy finished(probe, &Probe::finished);
        probe->start();
        QVERIFY(finished.wait(o.timeoutMs + 3000));
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(requests, 1);
        const auto sent = [&signInCommand](const QStringList &lines) {
            return std::any_of(lines.cbegin(), lines.cend(),
                               [&signInCommand](const QString &l) { return l.startsWith(signInCommand); });
        };
        QVERIFY2(!sent(linesWhenAsked), qPrintable(linesWhenAsked.join(u'|')));
        QVERIFY2(sent(server.receivedLines()), qPrintable(server.receivedLines().join(u'|')));
        const ProbeResult r = finished.first().first().value<ProbeResult>();
        QCOMPARE(r.incoming.signIn.outcome, SignInOutcome::Succeeded);
        QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
    }

    void aSessionRunsBothProtocols()
    {
        FakeSmtpServer imap;
        imap.setTlsIdentity(m_cert, m_key);
        QVERIFY(imap.start(QStringLiteral("X: starttls\n") + imapGreeting() +
                           imapCaps(1, QStringLiteral("IMAP4rev1")) + imapLogout(2)));
        FakeSmtpServer pop;
        pop.setTlsIdentity(m_cert, m_key);
        QVERIFY(pop.start(QStringLiteral("X: starttls\n") + popGreeting() +
                          popCapa({QStringLiteral("USER")}) + popQuit()));
        ProbeSession session(
            {{QStringLiteral("127.0.0.1"), imap.port(), SecurityMode::ImplicitTls, Protocol::Imap},
             {QStringLiteral("127.0.0.1"), pop.port(), SecurityMode::ImplicitTls, Protocol::Pop3}},
            options(QString()));
        QSignalSpy finished(&session, &ProbeSession::finished);
        session.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(session.results().size(), 2);
        for (const ProbeResult &r : session.results()) {
            QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
            QVERIFY(r.reachedServer());
        }
    }
};

QTEST_GUILESS_MAIN(TestIncomingProbes)
#include "tst_incomingprobes.moc"
