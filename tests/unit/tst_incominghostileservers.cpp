#include "FakeSmtpServer.h"
#include "TestCertificates.h"
#include "core/Probe.h"
#include "core/ProbeFactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The certificate a scripted server presents.
enum class Identity { Good, WrongName, SelfSigned };

Q_DECLARE_METATYPE(Identity)
Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(SecurityMode)
Q_DECLARE_METATYPE(ProbeResult::Outcome)
Q_DECLARE_METATYPE(ProbeStage)
Q_DECLARE_METATYPE(GreetingOutcome)
Q_DECLARE_METATYPE(SignInOutcome)

// Hostile and broken IMAP and POP3 servers, the same list as tst_hostileservers has for SMTP: silence,
// a dripping greeting, endless lines, a huge line, garbage, a close in the middle of a reply, a reset, and
// TLS that fails (a reset handshake, garbage instead of a handshake, a certificate for another name, a
// self-signed one). Each must end within its timeout with exactly one finished(), a bounded transcript,
// the right outcome, and the password never sent where it must not go. Certificate expiry is
// ConnectionProbe's, shared with SMTP, and covered there.
class TestIncomingHostileServers : public QObject
{
    Q_OBJECT

    static constexpr const char *kUser = "alice@example.test";
    static constexpr const char *kPassword = "Hostile-Incoming-5c2a";
    static constexpr int kTimeoutMs = 2000;

    QTemporaryDir m_dir;
    QString m_caFile; // trusted: the good identity's self-signed certificate
    QSslCertificate m_goodCert;
    QSslKey m_goodKey;
    QSslCertificate m_otherCert; // mail.other.test, trusted, wrong name for 127.0.0.1
    QSslKey m_otherKey;
    QSslCertificate m_selfCert; // localhost, but nobody trusts it
    QSslKey m_selfKey;

    struct Run
    {
        ProbeResult result;
        int finishedCount = 0;
        qint64 wallMs = 0;
        QStringList serverLines;
    };

    Run run(Protocol protocol, const QString &script, SecurityMode security, Identity identity)
    {
        Run r;
        FakeSmtpServer server;
        switch (identity) {
        case Identity::Good:
            server.setTlsIdentity(m_goodCert, m_goodKey);
            break;
        case Identity::WrongName:
            server.setTlsIdentity(m_otherCert, m_otherKey);
            break;
        case Identity::SelfSigned:
            server.setTlsIdentity(m_selfCert, m_selfKey);
            break;
        }
        if (!server.start(script)) {
            QTest::qFail(qPrintable(server.errorString()), __FILE__, __LINE__);
            return r;
        }
        ProbeOptions o;
        o.timeoutMs = kTimeoutMs;
        o.caFiles = {m_caFile, m_dir.filePath(QStringLiteral("other.crt"))};
        o.credentials = {QLatin1String(kUser), QLatin1String(kPassword)};
        QObject parent;
        Probe *probe = ProbeFactories::standard()(
            {QStringLiteral("127.0.0.1"), server.port(), security, protocol}, o, &parent);
        QSignalSpy finished(probe, &Probe::finished);
        QElapsedTimer clock;
        clock.start();
        probe->start();
        if (finished.isEmpty())
            finished.wait(kTimeoutMs + 5000);
        r.wallMs = clock.elapsed();
        QTest::qWait(20); // a second finished() would show up here
        r.finishedCount = int(finished.size());
        if (!finished.isEmpty())
            r.result = finished.first().first().value<ProbeResult>();
        r.serverLines = server.receivedLines();
        return r;
    }

    bool makeIdentity(const QString &name, QSslCertificate *cert, QSslKey *key)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=%1").arg(name), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:%1").arg(name), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-keyout"), QStringLiteral("other.key"),
                       QStringLiteral("-out"), QStringLiteral("other.crt")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
        QFile c(m_dir.filePath(QStringLiteral("other.crt")));
        QFile k(m_dir.filePath(QStringLiteral("other.key")));
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return false;
        *cert = QSslCertificate(c.readAll(), QSsl::Pem);
        *key = QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        return !cert->isNull() && !key->isNull();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        QVERIFY(m_dir.isValid());
        QString error;
        QTemporaryDir selfDir;
        QVERIFY2(makeSelfSignedIdentity(selfDir.path(), &m_selfCert, &m_selfKey, &error), qPrintable(error));
        QVERIFY2(makeSelfSignedIdentity(m_dir.path(), &m_goodCert, &m_goodKey, &error), qPrintable(error));
        m_caFile = m_dir.filePath(QStringLiteral("localhost-cert.pem"));
        QVERIFY(makeIdentity(QStringLiteral("mail.other.test"), &m_otherCert, &m_otherKey));
    }

    void hostile_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<Identity>("identity");
        QTest::addColumn<QString>("script");
        QTest::addColumn<ProbeResult::Outcome>("outcome");
        QTest::addColumn<ProbeStage>("lastStage");
        QTest::addColumn<GreetingOutcome>("greeting");
        QTest::addColumn<SignInOutcome>("signIn");

        using O = ProbeResult::Outcome;
        using S = ProbeStage;
        using G = GreetingOutcome;
        using I = SignInOutcome;
        const SecurityMode plain = SecurityMode::StartTls;
        const SecurityMode tls = SecurityMode::ImplicitTls;

        struct Protocols
        {
            Protocol protocol;
            const char *name;
            QString greeting; // a good greeting line (S:)
            QString
                capsAndQuit; // after the greeting, on implicit TLS: capabilities with PLAIN, then the goodbye
            QString capsHalf;         // the start of a capabilities answer, not finished
            QString startTlsOk;       // the capabilities before TLS offering it, and the server's yes to it
            QString loginThenEndless; // after the greeting: SASL LOGIN offered, then endless continuations
        };
        const Protocols protocols[] = {
            {Protocol::Imap, "imap", QStringLiteral("S: * OK ready\n"),
             QStringLiteral("C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: a1 OK done\n"
                            "C: a2 LOGOUT\nS: * BYE\nS: a2 OK bye\n"),
             QStringLiteral("C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"),
             QStringLiteral("C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\nS: a1 OK done\n"
                            "C: a2 STARTTLS\nS: a2 OK go ahead\n"),
             QStringLiteral("C: a1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=LOGIN\nS: a1 OK done\n"
                            "C: a2 AUTHENTICATE LOGIN\nX: endless + x\n")},
            {Protocol::Pop3, "pop3", QStringLiteral("S: +OK ready\n"),
             QStringLiteral("C: CAPA\nS: +OK\nS: USER\nS: SASL PLAIN\nS: .\nC: QUIT\nS: +OK bye\n"),
             QStringLiteral("C: CAPA\nS: +OK\nS: USER\n"),
             QStringLiteral("C: CAPA\nS: +OK\nS: STLS\nS: .\nC: STLS\nS: +OK go ahead\n"),
             QStringLiteral("C: CAPA\nS: +OK\nS: SASL LOGIN\nS: .\nC: AUTH LOGIN\nX: endless + x\n")},
        };
        for (const Protocols &p : protocols) {
            const auto row = [&p](const char *what) -> QTestData & {
                return QTest::newRow(
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(p.name), QLatin1String(what))));
            };
            row("silence") << p.protocol << plain << Identity::Good << QStringLiteral("X: silence\n")
                           << O::TimedOut << S::Banner << G::Silent << I::NotTried;
            row("greeting dripping 1 byte per 300 ms")
                << p.protocol << plain << Identity::Good << QStringLiteral("X: drip 300\n") + p.greeting
                << O::TimedOut << S::Banner << G::Silent << I::NotTried;
            row("greeting then silence")
                << p.protocol << plain << Identity::Good << p.greeting + QStringLiteral("X: silence\n")
                << O::TimedOut << S::Capabilities << G::Ready << I::NotTried;
            row("endless lines") << p.protocol << plain << Identity::Good
                                 << p.greeting + (p.protocol == Protocol::Imap
                                                      ? QStringLiteral("X: endless * OK")
                                                      : QStringLiteral("S: +OK\nX: endless X"))
                                 << O::Failed << S::Capabilities << G::Ready << I::NotTried;
            row("huge greeting line")
                << p.protocol << plain << Identity::Good << QStringLiteral("X: bigline 1048576\n")
                << O::Failed << S::Banner << G::Garbled << I::NotTried;
            row("garbage") << p.protocol << plain << Identity::Good << QStringLiteral("X: garbage 65536\n")
                           << O::Failed << S::Banner << G::Garbled << I::NotTried;
            row("an smtp server") << p.protocol << plain << Identity::Good
                                  << QStringLiteral("S: 220 mail.example.test ESMTP\nX: silence\n")
                                  << O::Failed << S::Banner << G::Garbled << I::NotTried;
            row("closed before the greeting")
                << p.protocol << plain << Identity::Good << QStringLiteral("X: close\n") << O::Failed
                << S::Banner << G::Closed << I::NotTried;
            row("closed in the middle of a reply") << p.protocol << plain << Identity::Good
                                                   << p.greeting + p.capsHalf + QStringLiteral("X: close\n")
                                                   << O::Failed << S::Capabilities << G::Ready << I::NotTried;
            row("reset after the greeting") << p.protocol << plain << Identity::Good
                                            << p.greeting + QStringLiteral("X: wait 50\nX: reset\n")
                                            << O::Failed << S::Capabilities << G::Ready << I::NotTried;
            row("implicit tls reset in the handshake")
                << p.protocol << tls << Identity::Good << QStringLiteral("X: wait 100\nX: reset\n")
                << O::Failed << S::TlsHandshake << G::NotReached << I::NotTried;
            row("garbage instead of the tls handshake")
                << p.protocol << plain << Identity::Good
                << p.greeting + p.startTlsOk + QStringLiteral("X: wait 100\nX: garbage 4096\nX: silence\n")
                << O::Failed << S::TlsHandshake << G::Ready << I::NotTried;
            row("certificate for another name: password withheld")
                << p.protocol << tls << Identity::WrongName
                << QStringLiteral("X: starttls\n") + p.greeting + p.capsAndQuit << O::Completed << S::Quit
                << G::Ready << I::WithheldUntrustedCertificate;
            row("endless continuations while signing in")
                << p.protocol << tls << Identity::Good
                << QStringLiteral("X: starttls\n") + p.greeting + p.loginThenEndless << O::Failed << S::Auth
                << G::Ready << I::Failed;
            row("self-signed certificate: password withheld")
                << p.protocol << tls << Identity::SelfSigned
                << QStringLiteral("X: starttls\n") + p.greeting + p.capsAndQuit << O::Completed << S::Quit
                << G::Ready << I::WithheldUntrustedCertificate;
        }
    }

    void hostile()
    {
        QFETCH(Protocol, protocol);
        QFETCH(SecurityMode, security);
        QFETCH(Identity, identity);
        QFETCH(QString, script);
        const Run r = run(protocol, script, security, identity);
        const QByteArray why =
            QStringLiteral("after %1 ms: %2 at %3 (%4)\n%5")
                .arg(r.wallMs)
                .arg(ProbeNames::outcome(r.result.outcome), ProbeNames::stage(r.result.lastStage),
                     r.result.failure, r.result.transcript.toText().left(3000))
                .toUtf8();
        QVERIFY2(r.finishedCount == 1, why.constData());
        QVERIFY2(r.result.elapsedMs <= kTimeoutMs + 1000, why.constData());
        QVERIFY2(r.wallMs <= kTimeoutMs + 2000, why.constData());
        QVERIFY2(r.result.transcript.lines().size() <= Transcript::kMaxLines + 1, why.constData());
        for (const Transcript::Line &line : r.result.transcript.lines())
            QVERIFY2(line.text.size() <= Transcript::kMaxLineLength + 40, why.constData());
        QVERIFY2(r.result.incoming.greetingReply.rawLines.size() <= 256, why.constData());
        QTEST(r.result.outcome, "outcome");
        QTEST(r.result.lastStage, "lastStage");
        QTEST(r.result.incoming.greeting, "greeting");
        QTEST(r.result.incoming.signIn.outcome, "signIn");
        // The password never reached any of these servers, in any form.
        const QByteArray plain = QByteArray(1, '\0') + kUser + '\0' + kPassword;
        for (const QString &line : r.serverLines) {
            QVERIFY2(!line.contains(QLatin1String(kPassword)), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(plain.toBase64())), qPrintable(line));
        }
        QVERIFY(!r.result.transcript.toText().contains(QLatin1String(kPassword)));
    }
};

QTEST_GUILESS_MAIN(TestIncomingHostileServers)
#include "tst_incominghostileservers.moc"
