#include "FakeSmtpServer.h"
#include "TestCertificates.h"
#include "diagnose/Diagnoser.h"
#include "diagnose/Findings.h"
#include "smtp/SmtpProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SecurityMode)
Q_DECLARE_METATYPE(AuthOutcome)
Q_DECLARE_METATYPE(ProbeResult::Outcome)
Q_DECLARE_METATYPE(ProbeStage)
Q_DECLARE_METATYPE(RelayOutcome)

// Hostile and broken servers, end to end as the user meets them: a scripted FakeSmtpServer, the real
// SmtpProbe against it, then Diagnoser::diagnose on the probe's result, checked by the finding the user
// would see. Every case must end within its timeout, with one finished(), no crash and bounded memory
// (the reply parser, the transcript and every reply keep to their caps).
//
// Covered in tests/unit/tst_smtpprobe.cpp already (probe level): no banner, banner then silence, a banner
// dripping 1 byte per 100 ms, a 1 MB line, an endless multi-line reply, a reset during the TLS handshake,
// STARTTLS refused, 421 in the middle of the session. Here: certificates that fail validation (expired,
// wrong name, self-signed), AUTH that accepts anything, the connection limit reached (421 banner), 50 000
// lines of EHLO continuation, NUL bytes in replies, and a 1 byte/s drip during the reply to STARTTLS. A real
// misconfigured server (the harness's Exim with a certificate from a CA MailFix does not trust) is covered by
// tests/integration/tst_probe_servers.cpp (certificateValidatesOnlyWithTheTestCa),
// tst_diagnose_servers.cpp (certificateNotTrusted) and tst_secrets.cpp (the CLI never sends it the password).
class TestHostileServers : public QObject
{
    Q_OBJECT

    static constexpr const char *kUser = "alice@example.test";
    static constexpr const char *kPassword = "Hostile-Marker-7d1e";
    static constexpr int kTimeoutMs = 2000;

    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    QTemporaryDir m_dir;
    QString m_caFile;      // the test CA: trusted by the probes below unless a case says otherwise
    Identity m_good;       // localhost / 127.0.0.1, signed by the test CA, valid now
    Identity m_expired;    // the same names, signed by the test CA, valid 2020-01-01 to 2020-01-02 only
    Identity m_wrongName;  // mail.other.test, signed by the test CA, valid now
    Identity m_selfSigned; // localhost / 127.0.0.1, signed by itself

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
    // STARTTLS, then AUTH offered; a password-withholding client goes on with the relay test and QUIT (an
    // AUTH line instead would not match the script: the server records an error).
    QString tlsThenAuthOfferedButNeverUsed() const
    {
        return banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
               ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() + quit();
    }

    struct Run
    {
        ProbeResult result;
        Diagnosis diagnosis;
        int finishedCount = 0;
        qint64 wallMs = 0;
        QStringList serverLines;
        QStringList serverErrors;
    };

    ProbeOptions options(bool withPassword, const QString &password = QLatin1String(kPassword)) const
    {
        ProbeOptions o;
        o.timeoutMs = kTimeoutMs;
        o.from = QLatin1String(kUser);
        o.to = QStringLiteral("bob@elsewhere.test");
        o.caFiles = {m_caFile};
        if (withPassword)
            o.credentials = {QLatin1String(kUser), password};
        return o;
    }

    // Plays script to the real probe, then diagnoses what it found as the wizard and the CLI do.
    // asCurrent: the user's program uses this very endpoint (--current).
    Run run(const QString &script, SecurityMode security, const ProbeOptions &options,
            const Identity &identity, bool asCurrent = false)
    {
        Run r;
        FakeSmtpServer server;
        server.setTlsIdentity(identity.certificate, identity.key);
        if (!server.start(script)) {
            QTest::qFail(qPrintable(QStringLiteral("script: %1").arg(server.errorString())), __FILE__,
                         __LINE__);
            return r;
        }
        SmtpProbe probe({QStringLiteral("127.0.0.1"), server.port(), security}, options);
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        QElapsedTimer clock;
        clock.start();
        probe.start();
        if (finished.isEmpty())
            finished.wait(options.timeoutMs + 5000);
        r.wallMs = clock.elapsed();
        QTest::qWait(20); // a second finished() would show up here
        r.finishedCount = int(finished.size());
        if (!finished.isEmpty())
            r.result = finished.first().first().value<ProbeResult>();
        r.serverLines = server.receivedLines();
        r.serverErrors = server.errors();

        DiagnosisInput input;
        input.address = EmailAddress::parse(QLatin1String(kUser));
        input.username = QLatin1String(kUser);
        input.probes = {r.result};
        if (asCurrent)
            input.current = MailSettings{QStringLiteral("127.0.0.1"), server.port(), security,
                                         MailSettings::Auth::NormalPassword, QLatin1String(kUser)};
        input.credentialsGiven = !options.credentials.isEmpty();
        r.diagnosis = Diagnoser::diagnose(input);
        return r;
    }

    static QByteArray describe(const Run &r)
    {
        QString text = QStringLiteral("probe: %1 at %2 (%3) after %4 ms; auth %5\nfindings:\n")
                           .arg(ProbeNames::outcome(r.result.outcome), ProbeNames::stage(r.result.lastStage),
                                r.result.failure)
                           .arg(r.wallMs)
                           .arg(ProbeNames::auth(r.result.auth.outcome));
        for (const Finding &f : r.diagnosis.findings)
            text += QStringLiteral("  %1 %2: %3 | %4 | evidence: %5\n")
                        .arg(Findings::severityName(f.severity), QString(f.id()), f.title, f.detail,
                             f.evidence.join(QLatin1String(" / ")));
        text += QStringLiteral("server errors: %1\ntranscript:\n%2")
                    .arg(r.serverErrors.join(QLatin1String("; ")), r.result.transcript.toText().left(4000));
        return text.toUtf8();
    }

    // What every case must satisfy: one finished(), within the timeout (plus scheduling slack), transcript
    // and replies within their caps, and nothing secret in the transcript.
    void verifyBounded(const Run &r)
    {
        const QByteArray why = describe(r);
        QVERIFY2(r.finishedCount == 1, why.constData());
        QVERIFY2(r.result.elapsedMs <= kTimeoutMs + 1000, why.constData());
        QVERIFY2(r.wallMs <= kTimeoutMs + 2000, why.constData());
        QVERIFY2(r.result.transcript.lines().size() <= Transcript::kMaxLines + 1, why.constData());
        for (const Transcript::Line &line : r.result.transcript.lines())
            QVERIFY2(line.text.size() <= Transcript::kMaxLineLength + 40, why.constData());
        for (const SmtpReply *reply : {&r.result.bannerReply, &r.result.ehloReply, &r.result.auth.reply})
            QVERIFY2(reply->rawLines.size() <= SmtpReplyParser::kMaxLines, why.constData());
        const QString transcript = r.result.transcript.toText();
        const QByteArray plain = QByteArray(1, '\0') + kUser + '\0' + kPassword;
        QVERIFY2(!transcript.contains(QLatin1String(kPassword)), why.constData());
        QVERIFY2(!transcript.contains(QString::fromLatin1(plain.toBase64())), why.constData());
        QVERIFY2(!transcript.contains(QString::fromLatin1(QByteArray(kPassword).toBase64())),
                 why.constData());
    }

    static bool serverGotAuth(const Run &r)
    {
        return std::any_of(r.serverLines.cbegin(), r.serverLines.cend(), [](const QString &line) {
            return line.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive);
        });
    }

    static QString firstId(const Run &r)
    {
        return r.diagnosis.findings.isEmpty() ? QString() : QString(r.diagnosis.findings.first().id());
    }

    // "severity id", e.g. "cause port-unresponsive": what the user sees, in order.
    static QString entry(FindingSeverity severity, FindingCode code)
    {
        return Findings::severityName(severity) + QLatin1Char(' ') + Findings::id(code);
    }

    static QStringList findingsOf(const Diagnosis &d)
    {
        QStringList list;
        for (const Finding &f : d.findings)
            list << Findings::severityName(f.severity) + QLatin1Char(' ') + f.id();
        return list;
    }

    // Runs openssl in the temporary folder; false (with the tool's output in *error) when it fails.
    bool openssl(const QStringList &arguments, QString *error)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            process.kill();
            *error = QStringLiteral("openssl %1: %2")
                         .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    }

    bool writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    bool loadIdentity(const QString &base, Identity *identity)
    {
        QFile cert(m_dir.filePath(base + QStringLiteral(".crt")));
        QFile key(m_dir.filePath(base + QStringLiteral(".key")));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        identity->certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
        identity->key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        return !identity->certificate.isNull() && !identity->key.isNull();
    }

    // A key and certificate request for `name`.
    QStringList request(const QString &base, const QString &name)
    {
        return {QStringLiteral("req"),      QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-subj"),    QStringLiteral("/CN=%1").arg(name),
                QStringLiteral("-keyout"),  base + QStringLiteral(".key"),
                QStringLiteral("-out"),     base + QStringLiteral(".csr")};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "the openssl tool is missing");
        QString error;
        QVERIFY2(makeSelfSignedIdentity(m_dir.path(), &m_selfSigned.certificate, &m_selfSigned.key, &error),
                 qPrintable(error));

        // A CA, and `openssl ca` for the leaf certificates: OpenSSL 3.0's `x509 -req` cannot set a validity
        // in the past (-not_before/-not_after came in 3.4), but `ca -startdate/-enddate` can.
        QVERIFY2(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                          QStringLiteral("2"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=MailFix Hostile Test CA"), QStringLiteral("-addext"),
                          QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                          QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                          QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt")},
                         &error),
                 qPrintable(error));
        m_caFile = m_dir.filePath(QStringLiteral("ca.crt"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("issued")));
        QVERIFY(writeFile(QStringLiteral("index.txt"), QByteArray()));
        QVERIFY(writeFile(QStringLiteral("serial"), "1000\n"));
        QVERIFY(writeFile(QStringLiteral("ca.cnf"), "[ ca ]\n"
                                                    "default_ca = test_ca\n"
                                                    "[ test_ca ]\n"
                                                    "database = index.txt\n"
                                                    "new_certs_dir = issued\n"
                                                    "certificate = ca.crt\n"
                                                    "private_key = ca.key\n"
                                                    "serial = serial\n"
                                                    "default_md = sha256\n"
                                                    "default_days = 2\n"
                                                    "policy = any_name\n"
                                                    "unique_subject = no\n"
                                                    "[ any_name ]\n"
                                                    "commonName = supplied\n"
                                                    "[ localhost ]\n"
                                                    "basicConstraints = CA:FALSE\n"
                                                    "extendedKeyUsage = serverAuth\n"
                                                    "subjectAltName = DNS:localhost,IP:127.0.0.1\n"
                                                    "[ other_name ]\n"
                                                    "basicConstraints = CA:FALSE\n"
                                                    "extendedKeyUsage = serverAuth\n"
                                                    "subjectAltName = DNS:mail.other.test\n"));
        struct Leaf
        {
            QString base;
            QString name;
            QString extensions;
            QStringList validity;
            Identity *identity;
        };
        const Leaf leaves[] = {
            {QStringLiteral("good"), QStringLiteral("localhost"), QStringLiteral("localhost"), {}, &m_good},
            {QStringLiteral("expired"),
             QStringLiteral("localhost"),
             QStringLiteral("localhost"),
             {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
              QStringLiteral("20200102000000Z")},
             &m_expired},
            {QStringLiteral("wrongname"),
             QStringLiteral("mail.other.test"),
             QStringLiteral("other_name"),
             {},
             &m_wrongName},
        };
        for (const Leaf &leaf : leaves) {
            QVERIFY2(openssl(request(leaf.base, leaf.name), &error), qPrintable(error));
            QVERIFY2(
                openssl(QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                                    QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                                    QStringLiteral("-extensions"), leaf.extensions, QStringLiteral("-in"),
                                    leaf.base + QStringLiteral(".csr"), QStringLiteral("-out"),
                                    leaf.base + QStringLiteral(".crt")} +
                            leaf.validity,
                        &error),
                qPrintable(error));
            QVERIFY2(loadIdentity(leaf.base, leaf.identity), qPrintable(leaf.base));
        }
        QCOMPARE(m_expired.certificate.expiryDate(), QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC));
        QVERIFY(m_good.certificate.expiryDate() > QDateTime::currentDateTimeUtc());
    }

    // The control: with a certificate that validates, the password is sent and sending is verified.
    void trustedCertificateIsUsed()
    {
        const QString script = banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                               ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() +
                               QStringLiteral("C: AUTH PLAIN *\nS: 235 2.7.0 Authentication successful\n") +
                               relayAccepted() + quit();
        const Run r = run(script, SecurityMode::StartTls, options(true), m_good);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QVERIFY2(r.result.tls.certificateTrusted, why.constData());
        QVERIFY2(r.result.verifiedSending(), why.constData());
        QVERIFY2(r.diagnosis.recommended && r.diagnosis.recommended->verified, why.constData());
        QVERIFY2(r.diagnosis.find(FindingCode::SettingsOk), why.constData());
    }

    // Expired, wrong name, self-signed: the handshake works, the password is withheld, and the user is told
    // the certificate cannot be trusted, with Qt's reason as evidence.
    void certificateProblems_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<QSslError::SslError>("error");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("expired, STARTTLS")
            << 0 << SecurityMode::StartTls << QSslError::CertificateExpired << QStringLiteral("expired");
        QTest::newRow("expired, implicit TLS")
            << 0 << SecurityMode::ImplicitTls << QSslError::CertificateExpired << QStringLiteral("expired");
        QTest::newRow("wrong name, STARTTLS") << 1 << SecurityMode::StartTls << QSslError::HostNameMismatch
                                              << QStringLiteral("mail.other.test");
        QTest::newRow("wrong name, implicit TLS")
            << 1 << SecurityMode::ImplicitTls << QSslError::HostNameMismatch
            << QStringLiteral("mail.other.test");
        QTest::newRow("self-signed, STARTTLS")
            << 2 << SecurityMode::StartTls << QSslError::SelfSignedCertificate
            << QStringLiteral("self-signed");
        QTest::newRow("self-signed, implicit TLS")
            << 2 << SecurityMode::ImplicitTls << QSslError::SelfSignedCertificate
            << QStringLiteral("self-signed");
    }

    void certificateProblems()
    {
        QFETCH(int, which);
        QFETCH(SecurityMode, security);
        QFETCH(QSslError::SslError, error);
        QFETCH(QString, evidence);
        const Identity &identity = which == 0 ? m_expired : which == 1 ? m_wrongName : m_selfSigned;
        const QString script = security == SecurityMode::ImplicitTls
                                   ? QStringLiteral("X: starttls\n") + banner() +
                                         ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() + quit()
                                   : tlsThenAuthOfferedButNeverUsed();
        const Run r = run(script, security, options(true), identity, true);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QVERIFY2(r.result.outcome == ProbeResult::Outcome::Completed, why.constData());
        QVERIFY2(r.result.tls.established && !r.result.tls.certificateTrusted, why.constData());
        QVERIFY2(r.result.tls.errors.contains(error), why.constData());
        QCOMPARE(r.result.auth.outcome, AuthOutcome::WithheldUntrustedCertificate);
        QVERIFY2(!serverGotAuth(r), why.constData());
        QVERIFY2(r.serverErrors.isEmpty(), why.constData());

        QCOMPARE(firstId(r), QString(Findings::id(FindingCode::TlsCertificateInvalid)));
        const Finding &f = r.diagnosis.findings.first();
        QCOMPARE(f.severity, Finding::Severity::Cause);
        QVERIFY2(f.evidence.join(QLatin1Char(' ')).contains(evidence, Qt::CaseInsensitive), why.constData());
        QVERIFY2(f.detail.contains(QLatin1String("did not send your password")), why.constData());
        // a host whose certificate failed is never recommended (issue 14)
        QVERIFY(!r.diagnosis.recommended);
    }

    // A server that says 235 to any password. MailFix cannot tell it from a server that checked the
    // password: "verified" means verified from the probe's point of view (the server said yes and then took
    // a recipient). What MailFix can guarantee is where the password goes: only over TLS with a certificate
    // that validates (or one the user approved), so such a server gets nothing when it is not who it claims.
    void authAcceptingAnything_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<int>("which"); // 0 the valid certificate, 1 self-signed
        QTest::addColumn<AuthOutcome>("auth");
        QTest::addColumn<QStringList>("findings");

        // Without --current nothing says the program does not sign in: the server's need is information, and
        // the 503 MailFix's own relay test provoked is its evidence, not a finding of its own (issue 14).
        const QStringList authRequired{entry(FindingSeverity::Info, FindingCode::AuthRequired)};
        const QString anything = QStringLiteral("C: AUTH PLAIN *\nS: 235 2.7.0 Sure, any password will do\n");
        QTest::newRow("trusted TLS: sent, and 'verified' from the probe's view")
            << banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                   ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() + anything + relayAccepted() +
                   quit()
            << SecurityMode::StartTls << 0 << AuthOutcome::Succeeded
            << QStringList{entry(FindingSeverity::Info, FindingCode::SettingsOk)} +
                   authRequired; // the headline
        QTest::newRow("no TLS: withheld")
            << banner() + ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() + quit()
            << SecurityMode::None << 0 << AuthOutcome::WithheldNoTls << authRequired;
        QTest::newRow("STARTTLS offered but only AUTH before it: withheld")
            << banner() + ehlo(QStringLiteral("AUTH PLAIN LOGIN")) + relayRefused() + quit()
            << SecurityMode::StartTls << 0 << AuthOutcome::WithheldNoTls << authRequired;
        QTest::newRow("self-signed TLS: withheld")
            << tlsThenAuthOfferedButNeverUsed() << SecurityMode::StartTls << 1
            << AuthOutcome::WithheldUntrustedCertificate
            << QStringList{entry(FindingSeverity::Cause, FindingCode::TlsCertificateInvalid)} + authRequired;
    }

    void authAcceptingAnything()
    {
        QFETCH(QString, script);
        QFETCH(SecurityMode, security);
        QFETCH(int, which);
        QFETCH(AuthOutcome, auth);
        QFETCH(QStringList, findings);
        // the right password and a wrong one alike
        for (const QString &password :
             {QString::fromLatin1(kPassword), QStringLiteral("Wrong-%1").arg(QLatin1String(kPassword))}) {
            const Run r = run(script, security, options(true, password), which == 0 ? m_good : m_selfSigned);
            verifyBounded(r);
            const QByteArray why = describe(r);
            QVERIFY2(r.result.auth.outcome == auth, why.constData());
            QVERIFY2(r.serverErrors.isEmpty(), why.constData());
            QVERIFY2(findingsOf(r.diagnosis) == findings, why.constData());
            QVERIFY2(!r.result.transcript.toText().contains(password), why.constData());
            if (auth == AuthOutcome::Succeeded) {
                QVERIFY(r.result.tls.certificateTrusted);
                QVERIFY2(r.result.verifiedSending(), why.constData());
            } else {
                QVERIFY2(!serverGotAuth(r), why.constData());
                QVERIFY2(!r.result.verifiedSending(), why.constData());
                QVERIFY(!r.diagnosis.recommended || !r.diagnosis.recommended->verified);
            }
        }
    }

    // The server's connection limit: "421 4.7.0 Too many connections" as the banner, then it hangs up.
    void connectionLimitReached_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("421 then close") << QStringLiteral("S: 421 4.7.0 Too many connections\nX: close\n");
        QTest::newRow("421 then silence")
            << QStringLiteral("S: 421 4.7.0 mx.fake.test Too many concurrent SMTP connections\nX: silence\n");
        QTest::newRow("multi-line 421 then reset") << QStringLiteral(
            "S: 421-4.7.0 Too many connections from your address\nS: 421 4.7.0 Try again later\n"
            "X: reset\n");
    }

    void connectionLimitReached()
    {
        QFETCH(QString, script);
        const Run r = run(script, SecurityMode::StartTls, options(true), m_good);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QCOMPARE(r.result.banner, BannerOutcome::Unavailable);
        QCOMPARE(r.result.outcome, ProbeResult::Outcome::Failed);
        QCOMPARE(r.result.lastStage, ProbeStage::Banner);
        QCOMPARE(r.result.bannerReply.code, 421);
        QVERIFY2(r.wallMs < 1000, why.constData()); // a refusal is not a timeout

        // The only port: the server counts as unreachable, and the server's own words are the evidence.
        QVERIFY2(findingsOf(r.diagnosis) ==
                     QStringList{entry(FindingSeverity::Cause, FindingCode::ServerUnreachable)},
                 why.constData());
        const Finding &f = r.diagnosis.findings.first();
        QVERIFY2(f.evidence.join(QLatin1Char(' ')).contains(QLatin1String("421")), why.constData());
        QVERIFY2(f.evidence.join(QLatin1Char(' ')).contains(QLatin1String("Too many"), Qt::CaseInsensitive),
                 why.constData());
        // The title says the server is busy (try again later), not that it could not be reached.
        QVERIFY2(f.title.contains(QLatin1String("too busy")), why.constData());
    }

    // Servers that offer PIPELINING (RFC 2920) and then break off inside a group of pipelined commands: the
    // probe ends once, at the stage the group belongs to, and takes no reply for another command's.
    void brokenPipelining_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<ProbeResult::Outcome>("outcome");
        QTest::addColumn<ProbeStage>("lastStage");
        QTest::addColumn<RelayOutcome>("withoutAuth");
        QTest::addColumn<int>("mailCode");
        QTest::addColumn<int>("rcptCode");
        using O = ProbeResult::Outcome;
        using S = ProbeStage;
        using R = RelayOutcome;
        const QString start =
            QStringLiteral("X: starttls\n") + banner() + ehlo(QStringLiteral("PIPELINING|AUTH PLAIN"));
        const QString group = QStringLiteral("C: MAIL FROM:*\nC: RCPT TO:*\n");
        QTest::newRow("answers MAIL, then silence")
            << start + group + QStringLiteral("S: 250 OK\nX: silence\n") << O::TimedOut << S::RelayWithoutAuth
            << R::NotTested << 250 << 0;
        QTest::newRow("closes after reading the group")
            << start + group + QStringLiteral("X: close\n") << O::Failed << S::RelayWithoutAuth
            << R::NotTested << 0 << 0;
        QTest::newRow("421 to MAIL, then close")
            << start + group + QStringLiteral("S: 421 4.3.2 going down\nX: close\n") << O::Failed
            << S::RelayWithoutAuth << R::SenderRejected << 421 << 0;
        QTest::newRow("answers RSET but not the AUTH sent with it")
            << start + group +
                   QStringLiteral("S: 250 OK\nS: 550 relay not permitted\nC: DATA\nS: 503 no valid RCPT\n"
                                  "C: RSET\nC: AUTH PLAIN *\nS: 250 ok\nX: silence\n")
            << O::TimedOut << S::Auth << R::RecipientRejected << 250 << 550;
    }

    void brokenPipelining()
    {
        QFETCH(QString, script);
        QFETCH(ProbeResult::Outcome, outcome);
        QFETCH(ProbeStage, lastStage);
        QFETCH(RelayOutcome, withoutAuth);
        QFETCH(int, mailCode);
        QFETCH(int, rcptCode);
        const Run r = run(script, SecurityMode::ImplicitTls, options(true), m_good);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QVERIFY2(r.result.outcome == outcome, why.constData());
        QVERIFY2(r.result.lastStage == lastStage, why.constData());
        QCOMPARE(r.result.relayWithoutAuth.outcome, withoutAuth);
        QCOMPARE(r.result.relayWithoutAuth.mailReply.code, mailCode);
        QCOMPARE(r.result.relayWithoutAuth.rcptReply.code, rcptCode);
        QCOMPARE(r.result.auth.outcome, AuthOutcome::NotTried); // no answer to AUTH came
        QVERIFY2(!r.serverLines.contains(QStringLiteral("DATA")) || rcptCode == 550, why.constData());
    }

    // The same, on the port the user's program uses, while another port of the server works.
    void connectionLimitOnTheCurrentPort()
    {
        FakeSmtpServer busy;
        QVERIFY(busy.start(QStringLiteral("S: 421 4.7.0 Too many connections\nX: close\n")));
        const Run working = run(banner() + ehlo(QStringLiteral("STARTTLS")) + startTls() +
                                    ehlo(QStringLiteral("AUTH PLAIN")) + relayRefused() +
                                    QStringLiteral("C: AUTH PLAIN *\nS: 235 ok\n") + relayAccepted() + quit(),
                                SecurityMode::StartTls, options(true), m_good);
        QVERIFY(working.result.verifiedSending());
        SmtpProbe probe({QStringLiteral("127.0.0.1"), busy.port(), SecurityMode::StartTls}, options(true));
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.start();
        QVERIFY(finished.wait(kTimeoutMs + 3000));
        const ProbeResult refused = finished.first().first().value<ProbeResult>();
        QCOMPARE(refused.banner, BannerOutcome::Unavailable);

        DiagnosisInput input;
        input.address = EmailAddress::parse(QLatin1String(kUser));
        input.username = QLatin1String(kUser);
        input.probes = {refused, working.result};
        input.current = MailSettings{QStringLiteral("127.0.0.1"), busy.port(), SecurityMode::StartTls,
                                     MailSettings::Auth::NormalPassword, QLatin1String(kUser)};
        input.credentialsGiven = true;
        const Diagnosis d = Diagnoser::diagnose(input);
        QString all;
        for (const Finding &f : d.findings)
            all += QStringLiteral("%1 %2: %3 | %4\n")
                       .arg(Findings::severityName(f.severity), QString(f.id()), f.title, f.detail);
        const QByteArray why = all.toUtf8();
        QVERIFY2(d.recommended && d.recommended->verified,
                 why.constData()); // the working port is recommended
        QCOMPARE(d.recommended->settings.port, working.result.endpoint.port);
        // The program's port does not take mail (another one does), and the finding says why: the server is
        // busy, in its own words. The other comes from the working probe's relay test without signing in (its
        // 503 is evidence, not a finding: the program signs in).
        QVERIFY2(findingsOf(d) == (QStringList{entry(FindingSeverity::Cause, FindingCode::PortUnresponsive),
                                               entry(FindingSeverity::Info, FindingCode::AuthRequired)}),
                 why.constData());
        QVERIFY2(d.findings.first().detail.contains(QLatin1String("too busy")), why.constData());
        QVERIFY2(d.findings.first()
                     .evidence.join(QLatin1Char(' '))
                     .contains(QLatin1String("Too many connections")),
                 why.constData());
    }

    // 50 000 lines of EHLO continuation, then a proper last line: the parser stops at its line cap, long
    // before the server has sent them all; the transcript stays within its cap.
    void fiftyThousandEhloLines()
    {
        QString script = banner() + QStringLiteral("C: EHLO *\n");
        script.reserve(script.size() + 50000 * 32);
        for (int i = 1; i < 50000; ++i)
            script += QStringLiteral("S: 250-X-FILLER-%1\n").arg(i);
        script += QStringLiteral("S: 250 8BITMIME\n");
        const Run r = run(script, SecurityMode::StartTls, options(true), m_good);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QCOMPARE(r.result.outcome, ProbeResult::Outcome::Failed);
        QCOMPARE(r.result.lastStage, ProbeStage::Ehlo);
        QCOMPARE(r.result.banner, BannerOutcome::Ready);
        QVERIFY2(r.result.failure.contains(QString::number(SmtpReplyParser::kMaxLines)), why.constData());
        QVERIFY2(r.result.ehloReply.rawLines.isEmpty(), why.constData()); // no partial reply is kept
        QVERIFY2(r.wallMs < kTimeoutMs, why.constData());                 // it did not wait for the rest
        QVERIFY(!serverGotAuth(r));
        // The user is told the server answered but broke off; with only this port, nothing else is known.
        QVERIFY2(!r.diagnosis.recommended || !r.diagnosis.recommended->verified, why.constData());
        QVERIFY2(findingsOf(r.diagnosis) ==
                     QStringList{entry(FindingSeverity::Cause, FindingCode::PortUnresponsive)},
                 why.constData());
        QVERIFY2(r.diagnosis.findings.first()
                     .evidence.join(QLatin1Char(' '))
                     .contains(QStringLiteral("more than %1 lines").arg(SmtpReplyParser::kMaxLines)),
                 why.constData());
    }

    // NUL bytes inside replies: shown as U+FFFD, never passed on, and the conversation goes on.
    void nulBytesInReplies()
    {
        const QChar nul(u'\0');
        const QString script = QStringLiteral("S: 220 fake") + nul + QStringLiteral("test ESMTP\n") +
                               QStringLiteral("C: EHLO *\nS: 250-fake.test\nS: 250-X-NUL") + nul +
                               QStringLiteral("HERE\nS: 250 8BITMIME\n") +
                               QStringLiteral("C: MAIL FROM:<alice@example.test>\nS: 250 OK\n"
                                              "C: RCPT TO:<bob@elsewhere.test>\nS: 550 relay") +
                               nul + QStringLiteral(" not permitted\n") +
                               QStringLiteral("C: DATA\nS: 503 Valid RCPT command must precede DATA\n"
                                              "C: RSET\nS: 250 Reset OK\n") +
                               quit();
        const Run r = run(script, SecurityMode::StartTls, options(true), m_good);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QVERIFY2(r.result.outcome == ProbeResult::Outcome::Completed, why.constData());
        QCOMPARE(r.result.banner, BannerOutcome::Ready);
        QCOMPARE(r.result.relayWithoutAuth.outcome, RelayOutcome::RecipientRejected);
        QCOMPARE(r.result.auth.outcome, AuthOutcome::NotOffered);
        for (const Transcript::Line &line : r.result.transcript.lines())
            QVERIFY2(!line.text.contains(nul), why.constData());
        QVERIFY(r.result.bannerReply.rawLines.first().contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY2(firstId(r) == QString(Findings::id(FindingCode::AuthRequired)), why.constData());
        for (const Finding &f : r.diagnosis.findings) {
            for (const QString &line : f.evidence)
                QVERIFY2(!line.contains(nul), why.constData());
        }
    }

    // NUL where the reply code should be: not an SMTP reply. The probe stops at once and says so.
    void nulInsteadOfAReplyCode()
    {
        const QString script =
            QStringLiteral("S: 2") + QChar(u'\0') + QStringLiteral("0 hello\nX: silence\n");
        const Run r = run(script, SecurityMode::StartTls, options(true), m_good);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QCOMPARE(r.result.banner, BannerOutcome::Garbled);
        QCOMPARE(r.result.outcome, ProbeResult::Outcome::Failed);
        QVERIFY2(r.wallMs < kTimeoutMs, why.constData());
        QVERIFY2(firstId(r) == QString(Findings::id(FindingCode::ServerUnreachable)), why.constData());
        QVERIFY2(r.diagnosis.findings.first()
                     .evidence.join(QLatin1Char(' '))
                     .contains(QLatin1String("not an SMTP reply")),
                 why.constData());
    }

    // The reply to STARTTLS arrives at 1 byte per second: the step times out; no TLS, no password.
    void dripDuringStartTlsReply()
    {
        const QString script = banner() + ehlo(QStringLiteral("STARTTLS|AUTH PLAIN")) +
                               QStringLiteral("C: STARTTLS\nX: drip 1000\nS: 220 2.0.0 Ready to start TLS\n"
                                              "X: drip 0\nX: starttls\nX: silence\n");
        const Run r = run(script, SecurityMode::StartTls, options(true), m_good, true);
        verifyBounded(r);
        const QByteArray why = describe(r);
        QCOMPARE(r.result.outcome, ProbeResult::Outcome::TimedOut);
        QCOMPARE(r.result.lastStage, ProbeStage::StartTls);
        QVERIFY(!r.result.tls.established);
        QVERIFY(!serverGotAuth(r));
        QVERIFY2(r.wallMs >= kTimeoutMs - 100, why.constData());
        QVERIFY2(!r.diagnosis.recommended || !r.diagnosis.recommended->verified, why.constData());
        // The program's own port greeted, then stopped answering while setting up TLS.
        QVERIFY2(findingsOf(r.diagnosis) ==
                     QStringList{entry(FindingSeverity::Cause, FindingCode::PortUnresponsive)},
                 why.constData());
        QVERIFY2(
            r.diagnosis.findings.first().evidence.join(QLatin1Char(' ')).contains(QLatin1String("no answer")),
            why.constData());
    }

    // Cancelled while the name is still being resolved (a DNS server that does not answer, a user who
    // gives up): one finished(), nothing left behind. Under the sanitizers this is the leak check for the
    // aborted lookup (Qt 6.4 leaks the slot object of a lookupHost() to a functor or member pointer when it
    // is aborted, so SmtpProbe connects it by name).
    void cancelWhileResolving()
    {
        for (int i = 0; i < 20; ++i) {
            SmtpProbe probe({QStringLiteral("localhost"), 25, SecurityMode::StartTls}, options(true));
            QSignalSpy finished(&probe, &SmtpProbe::finished);
            probe.start();
            QCoreApplication::processEvents(); // the lookup starts from the event loop
            probe.cancel();
            QTest::qWait(20);
            QCOMPARE(finished.size(), 1);
            const ProbeResult r = finished.first().first().value<ProbeResult>();
            QCOMPARE(r.outcome, ProbeResult::Outcome::Cancelled);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
