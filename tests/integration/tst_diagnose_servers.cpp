#include "HarnessEnv.h"
#ifdef Q_OS_UNIX
#include "PopBeforeSmtpRecord.h"
#endif
#include "cli/CliApp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// `mailfix-cli diagnose` end to end against the harness's real servers, in-process through CliApp:
// detection, probing and diagnosis for the situations people meet, each checked by its first cause,
// the recommended settings, whether they were verified, and the exit code.
class TestDiagnoseServers : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;

    struct Outcome
    {
        int code = -1;
        QJsonObject root;
        qint64 elapsedMs = 0;
    };

    enum class Password { Right, Wrong };
    enum class Ca { Harness, None };

    // Runs `mailfix-cli diagnose ARGS --json ...` with the harness's settings and checks what every run
    // must satisfy: valid JSON with the top-level fields, the exit code in it, and no password anywhere.
    Outcome diagnose(const QStringList &args, Password password = Password::Right, Ca ca = Ca::Harness)
    {
        const QString secret =
            password == Password::Right ? m_env.password : QStringLiteral("Wrong-%1").arg(m_env.password);
        QStringList all = QStringList{QStringLiteral("mailfix-cli"), QStringLiteral("diagnose")} + args;
        all << QStringLiteral("--json") << QStringLiteral("--ispdb-url")
            << QStringLiteral("https://ispdb.test/v1.1/") << QStringLiteral("--timeout")
            << QStringLiteral("3") << QStringLiteral("--password-stdin");
        if (!all.contains(QLatin1String("--user")))
            all << QStringLiteral("--user") << m_env.user;
        if (ca == Ca::Harness)
            all << QStringLiteral("--ca-file") << m_env.caFile;

        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApp cli(outStream, errStream);
        cli.setPasswordReader([secret](QString *p) {
            *p = secret;
            return true;
        });
        // A sanity bound, not a timing test: a run that never ends would otherwise hang until ctest's
        // timeout.
        QTimer watchdog;
        watchdog.setSingleShot(true);
        QObject::connect(&watchdog, &QTimer::timeout, [&all] {
            qFatal("diagnose did not finish within 60 s: %s", qPrintable(all.join(QLatin1Char(' '))));
        });
        watchdog.start(60000);
        QElapsedTimer timer;
        timer.start();
        Outcome outcome;
        outcome.code = cli.run(all);
        outcome.elapsedMs = timer.elapsed();
        watchdog.stop();
        outStream.flush();
        errStream.flush();

        [&] {
            QVERIFY2(!out.contains(secret) && !err.contains(secret), "the password is in the output");
            QVERIFY2(!out.contains(m_env.password) && !err.contains(m_env.password),
                     "the password is in the output");
            QJsonParseError error;
            outcome.root = QJsonDocument::fromJson(out.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(out + err));
            QCOMPARE(outcome.root.value(QLatin1String("command")).toString(), QStringLiteral("diagnose"));
            QVERIFY(!outcome.root.value(QLatin1String("mailfixVersion")).toString().isEmpty());
            QCOMPARE(outcome.root.value(QLatin1String("exitCode")).toInt(-1), outcome.code);
            for (const char *key :
                 {"findings", "recommended", "provider", "nextSteps", "probes", "detection"})
                QVERIFY2(outcome.root.contains(QLatin1String(key)), key);
        }();
        return outcome;
    }

    static QJsonArray findings(const Outcome &o) { return o.root.value(QLatin1String("findings")).toArray(); }

    // The id of the first finding of severity "cause"; empty when there is none.
    static QString firstCause(const Outcome &o)
    {
        for (const QJsonValue &f : findings(o)) {
            if (f.toObject().value(QLatin1String("severity")).toString() == QLatin1String("cause"))
                return f.toObject().value(QLatin1String("id")).toString();
        }
        return {};
    }

    static bool hasFinding(const Outcome &o, const QString &id)
    {
        for (const QJsonValue &f : findings(o)) {
            if (f.toObject().value(QLatin1String("id")).toString() == id)
                return true;
        }
        return false;
    }

    static QJsonObject recommended(const Outcome &o)
    {
        return o.root.value(QLatin1String("recommended")).toObject();
    }

    // What came out, for the failure message: exit code, findings, recommendation.
    static QByteArray describe(const Outcome &o)
    {
        QString text = QStringLiteral("exit %1 after %2 ms\nfindings:\n").arg(o.code).arg(o.elapsedMs);
        for (const QJsonValue &v : findings(o)) {
            const QJsonObject f = v.toObject();
            text +=
                QStringLiteral("  %1 %2: %3\n")
                    .arg(f.value(QLatin1String("severity")).toString(),
                         f.value(QLatin1String("id")).toString(), f.value(QLatin1String("title")).toString());
        }
        const QJsonValue r = o.root.value(QLatin1String("recommended"));
        text += QStringLiteral("recommended: %1\n")
                    .arg(r.isNull()
                             ? QStringLiteral("null")
                             : QString::fromUtf8(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact)));
        for (const QJsonValue &v : o.root.value(QLatin1String("probes")).toArray()) { // what each probe saw
            const QJsonObject p = v.toObject();
            text += QStringLiteral("  probe %1:%2 %3 relay without sign-in %4, %5 ms\n")
                        .arg(p.value(QLatin1String("host")).toString())
                        .arg(p.value(QLatin1String("port")).toInt())
                        .arg(p.value(QLatin1String("outcome")).toString(),
                             p.value(QLatin1String("relayWithoutAuth"))
                                 .toObject()
                                 .value(QLatin1String("outcome"))
                                 .toString())
                        .arg(p.value(QLatin1String("elapsedMs")).toInteger());
        }
        if (o.root.contains(QLatin1String("popBeforeSmtp")))
            text += QStringLiteral("popBeforeSmtp: %1\n")
                        .arg(QString::fromUtf8(
                            QJsonDocument(o.root.value(QLatin1String("popBeforeSmtp")).toObject())
                                .toJson(QJsonDocument::Compact)));
        if (r.isNull()) { // what detection found, to tell a detection that gave nothing from a plan that
                          // dropped it
            const QJsonObject d = o.root.value(QLatin1String("detection")).toObject();
            text += QStringLiteral("detection: domainExists %1, %2 candidates, %3 incoming\n")
                        .arg(d.value(QLatin1String("domainExists")).toBool())
                        .arg(d.value(QLatin1String("candidates")).toArray().size())
                        .arg(d.value(QLatin1String("incomingCandidates")).toArray().size());
            for (const QJsonValue &v : d.value(QLatin1String("sources")).toArray())
                text +=
                    QStringLiteral("  source %1\n")
                        .arg(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
            text +=
                QStringLiteral("probes: %1\n").arg(o.root.value(QLatin1String("probes")).toArray().size());
        }
        return text.toUtf8();
    }

    // Checks the first cause (empty: none) and the exit code; then, when given, the recommended host,
    // port and security, and whether they were verified (1 yes, 0 no, -1 not checked).
    static void expect(const Outcome &o, const QString &cause, int code, const QString &host = QString(),
                       int port = 0, const QString &security = QString(), int verified = -1)
    {
        const QByteArray why = describe(o);
        QVERIFY2(firstCause(o) == cause, why.constData());
        QVERIFY2(o.code == code, why.constData());
        const QJsonObject r = recommended(o);
        if (!host.isEmpty())
            QVERIFY2(r.value(QLatin1String("host")).toString() == host, why.constData());
        if (port > 0) {
            QVERIFY2(r.value(QLatin1String("port")).toInt() == port, why.constData());
            QVERIFY2(r.value(QLatin1String("security")).toString() == security, why.constData());
        }
        if (verified >= 0)
            QVERIFY2(r.value(QLatin1String("verified")).toBool() == (verified == 1), why.constData());
    }

    // popfirst.test forgets MailFix's last sign-in (its address towards 127.0.0.11 is 127.0.0.1).
    void forgetPopfirstSignIn() const
    {
#ifdef Q_OS_UNIX
        QVERIFY(PopBeforeSmtpRecord::forget(m_env.popfirstRecord, QStringLiteral("127.0.0.1")));
#else
        QSKIP("the POP-before-SMTP server runs only in the Linux harness");
#endif
    }

private slots:
    void initTestCase()
    {
        MAILFIX_REQUIRE_HARNESS(m_env);
    }

    // The classic: the program does not sign in, Exim refuses the recipient and answers DATA with 503.
    void authenticationRequired()
    {
        const Outcome o =
            diagnose({QStringLiteral("alice@example.test"), QStringLiteral("--current"),
                      QStringLiteral("smtp.example.test:587:starttls:none"), QStringLiteral("--error"),
                      QStringLiteral("503 valid RCPT command must precede DATA")});
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("auth-required"), 1, QStringLiteral("smtp.example.test"), 465,
               QStringLiteral("tls"), 1);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(recommended(o).value(QLatin1String("auth")).toString(), QStringLiteral("normal-password"));
    }

    void wrongPassword()
    {
        const Outcome o = diagnose({QStringLiteral("alice@example.test"), QStringLiteral("--current"),
                                    QStringLiteral("smtp.example.test:465:tls:normal-password")},
                                   Password::Wrong);
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("auth-failed"), 1, QString(), 0, QString(), 0);
    }

    // Postfix offers AUTH only after STARTTLS (smtpd_tls_auth_only).
    void authOnlyAfterStartTls()
    {
        const Outcome o = diagnose({QStringLiteral("alice@postfix.test"), QStringLiteral("--user"),
                                    m_env.postfixUser, QStringLiteral("--current"),
                                    QStringLiteral("smtp.postfix.test:587:none:normal-password")});
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("auth-needs-tls"), 1, QStringLiteral("smtp.postfix.test"), 465,
               QStringLiteral("tls"), 1);
    }

    // only465.test: nothing but implicit TLS on 465; the program uses 587.
    void onlyPort465Open()
    {
        const Outcome o = diagnose({QStringLiteral("alice@only465.test"), QStringLiteral("--current"),
                                    QStringLiteral("smtp.only465.test:587:starttls:normal-password")});
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("port-unresponsive"), 1, QStringLiteral("smtp.only465.test"), 465,
               QStringLiteral("tls"), 1);
    }

    // The internet provider drops port 25: the run still ends, and recommends 465.
    void port25Dropped()
    {
        const Outcome o = diagnose({QStringLiteral("alice@blocked25.test"), QStringLiteral("--current"),
                                    QStringLiteral("smtp.blocked25.test:25:starttls:normal-password")});
        if (QTest::currentTestFailed())
            return;
        // the guesses keep their order: smtp.blocked25.test before blocked25.test (the same server)
        expect(o, QStringLiteral("port-blocked"), 1, QStringLiteral("smtp.blocked25.test"), 465,
               QStringLiteral("tls"), 1);
        QVERIFY2(o.elapsedMs < 20000, describe(o).constData());
    }

    // Without the harness CA the server's certificate is not trusted: no password may be sent.
    void certificateNotTrusted()
    {
        const Outcome o = diagnose({QStringLiteral("alice@example.test")}, Password::Right, Ca::None);
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("tls-certificate-invalid"), 1, QString(), 0, QString(), 0);
        for (const QJsonValue &p : o.root.value(QLatin1String("probes")).toArray()) {
            const QJsonObject probe = p.toObject();
            QVERIFY2(!probe.value(QLatin1String("verifiedSignIn")).toBool(),
                     qPrintable(probe.value(QLatin1String("host")).toString())); // IMAP, POP3
            QVERIFY2(
                probe.value(QLatin1String("auth")).toObject().value(QLatin1String("outcome")).toString() !=
                    QLatin1String("succeeded"),
                qPrintable(QStringLiteral("the password was sent to %1:%2")
                               .arg(probe.value(QLatin1String("host")).toString())
                               .arg(probe.value(QLatin1String("port")).toInt())));
        }
    }

    // Exim lets alice send only as alice@example.test.
    void senderNotOwned()
    {
        const Outcome o = diagnose({QStringLiteral("alice@example.test"), QStringLiteral("--from"),
                                    QStringLiteral("bob@example.test")});
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("sender-rejected"), 1);
    }

    // The program's own accounts, read from a Thunderbird profile (--read-settings): two accounts send as
    // alice@example.test, one through port 25 without signing in, one right. The diagnosis judges each
    // and points at the wrong one.
    void accountsReadFromThunderbird()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString root = home.filePath(QStringLiteral(".thunderbird"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/p.default")));
        QFile ini(root + QStringLiteral("/profiles.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[Profile0]\nName=default\nIsRelative=1\nPath=p.default\nDefault=1\n");
        ini.close();
        QFile prefs(root + QStringLiteral("/p.default/prefs.js"));
        QVERIFY(prefs.open(QIODevice::WriteOnly));
        prefs.write(R"(user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account2.identities", "id2");
user_pref("mail.identity.id1.useremail", "alice@example.test");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id2.useremail", "alice@example.test");
user_pref("mail.identity.id2.smtpServer", "smtp2");
user_pref("mail.smtpservers", "smtp1,smtp2");
user_pref("mail.smtpserver.smtp1.description", "Old laptop settings");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp1.port", 25);
user_pref("mail.smtpserver.smtp1.try_ssl", 0);
user_pref("mail.smtpserver.smtp1.authMethod", 1);
user_pref("mail.smtpserver.smtp2.description", "Work");
user_pref("mail.smtpserver.smtp2.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp2.port", 587);
user_pref("mail.smtpserver.smtp2.try_ssl", 2);
user_pref("mail.smtpserver.smtp2.authMethod", 3);
user_pref("mail.smtpserver.smtp2.username", "alice@example.test");
)");
        prefs.close();
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const Outcome o = diagnose({QStringLiteral("alice@example.test"), QStringLiteral("--read-settings"),
                                    QStringLiteral("thunderbird")});
        qputenv("HOME", oldHome);
        if (QTest::currentTestFailed())
            return;
        // the failing account is taken as the current settings
        expect(o, QStringLiteral("auth-required"), 1, QStringLiteral("smtp.example.test"), 465,
               QStringLiteral("tls"), 1);
        const QJsonArray accounts = o.root.value(QLatin1String("accounts")).toArray();
        const QByteArray why = describe(o);
        QVERIFY2(accounts.size() == 2, why.constData());
        const QJsonObject old = accounts.at(0).toObject();
        const QJsonObject work = accounts.at(1).toObject();
        QCOMPARE(old.value(QLatin1String("name")).toString(), QStringLiteral("Old laptop settings"));
        QCOMPARE(old.value(QLatin1String("current")).toObject().value(QLatin1String("port")).toInt(), 25);
        QCOMPARE(old.value(QLatin1String("works")).toBool(), false);
        QCOMPARE(old.value(QLatin1String("findings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 QStringLiteral("auth-required"));
        QCOMPARE(work.value(QLatin1String("name")).toString(), QStringLiteral("Work"));
        QCOMPARE(work.value(QLatin1String("works")).toBool(), true);
        QStringList workIds;
        for (const QJsonValue &f : work.value(QLatin1String("findings")).toArray())
            workIds << f.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(workIds.contains(QStringLiteral("settings-ok")), qPrintable(workIds.join(QLatin1Char(','))));
    }

    // The probes of a host: their auth outcomes ("succeeded", "withheld-untrusted-certificate", ...).
    static QStringList authOutcomes(const Outcome &o, const QString &host)
    {
        QStringList out;
        for (const QJsonValue &p : o.root.value(QLatin1String("probes")).toArray()) {
            const QJsonObject probe = p.toObject();
            if (probe.value(QLatin1String("host")).toString() == host)
                out << probe.value(QLatin1String("auth"))
                           .toObject()
                           .value(QLatin1String("outcome"))
                           .toString();
        }
        return out;
    }

    // Shared hosting and its kin (issue 14): what every such run must satisfy. The names whose certificate
    // failed are never recommended nor listed as alternatives, never got the password, and the first
    // finding is `first`.
    void expectRealName(const Outcome &o, const QString &first, const QString &real,
                        const QStringList &failing, int code, int verified)
    {
        const QByteArray why = describe(o);
        QVERIFY2(!findings(o).isEmpty(), why.constData());
        QVERIFY2(findings(o).first().toObject().value(QLatin1String("id")).toString() == first,
                 why.constData());
        expect(o, first == QLatin1String("settings-ok") ? QString() : first, code, real, 465,
               QStringLiteral("tls"), verified);
        for (const QJsonValue &a : recommended(o).value(QLatin1String("alternatives")).toArray()) {
            QVERIFY2(a.toObject().value(QLatin1String("host")).toString() == real, why.constData());
            QVERIFY2(a.toObject().value(QLatin1String("verified")).toBool() == (verified == 1),
                     why.constData());
        }
        for (const QString &host : failing) {
            const QStringList outcomes = authOutcomes(o, host);
            QVERIFY2(!outcomes.isEmpty(), qPrintable(host));
            for (const QString &outcome : outcomes)
                QVERIFY2(outcome != QLatin1String("succeeded"),
                         qPrintable(host + QLatin1Char(' ') + outcome));
        }
        QVERIFY2(!hasFinding(o, QStringLiteral("tls-certificate-invalid")), why.constData());
    }

    // The finding's words: the real name, to use it, and that the provider's own certificate is for it.
    static void expectTheSentence(const Outcome &o, const QString &real)
    {
        for (const QJsonValue &v : findings(o)) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("id")).toString() != QLatin1String("certificate-names-hosting-server"))
                continue;
            const QString words = f.value(QLatin1String("title")).toString() + QLatin1Char(' ') +
                                  f.value(QLatin1String("fix")).toString();
            QVERIFY2(words.contains(QStringLiteral("real name is %1").arg(real)), qPrintable(words));
            QVERIFY2(words.contains(QStringLiteral("Use %1 as the outgoing server").arg(real)),
                     qPrintable(words));
            QVERIFY2(words.contains(QStringLiteral("own certificate is for %1").arg(real)),
                     qPrintable(words));
            QCOMPARE(f.value(QLatin1String("fixSettings")).toObject().value(QLatin1String("host")).toString(),
                     real);
            return;
        }
        QFAIL(describe(o).constData());
    }

    // shopfront.test on shared hosting: mail.shopfront.test leads to server17.sharedhost.test, whose
    // certificate names only that machine. With the user's approval, the real name is checked and
    // recommended; without it, it is recommended unchecked, and no password went there.
    void sharedHosting_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::newRow("approved") << true;
        QTest::newRow("not approved") << false;
    }

    void sharedHosting()
    {
        QFETCH(bool, approve);
        QStringList args{QStringLiteral("alice@shopfront.test"), QStringLiteral("--current"),
                         QStringLiteral("mail.shopfront.test:587:starttls:normal-password")};
        if (approve)
            args << QStringLiteral("--approve-host") << QStringLiteral("server17.sharedhost.test");
        const Outcome o = diagnose(args);
        if (QTest::currentTestFailed())
            return;
        const QString real = QStringLiteral("server17.sharedhost.test");
        expectRealName(o, QStringLiteral("certificate-names-hosting-server"), real,
                       {QStringLiteral("mail.shopfront.test"), QStringLiteral("shopfront.test")}, 1,
                       approve ? 1 : 0);
        if (QTest::currentTestFailed())
            return;
        expectTheSentence(o, real);
        // the name came from the certificate, and needs approval like any host outside the domain
        bool candidate = false;
        for (const QJsonValue &c : o.root.value(QLatin1String("detection"))
                                       .toObject()
                                       .value(QLatin1String("candidates"))
                                       .toArray()) {
            const QJsonObject cand = c.toObject();
            if (cand.value(QLatin1String("host")).toString() != real)
                continue;
            candidate = true;
            QCOMPARE(cand.value(QLatin1String("source")).toString(), QStringLiteral("certificate"));
            QCOMPARE(cand.value(QLatin1String("origin")).toString(), QStringLiteral("mail.shopfront.test"));
            QVERIFY(cand.value(QLatin1String("needsApproval")).toBool());
        }
        QVERIFY2(candidate, describe(o).constData());
        const QStringList outcomes = authOutcomes(o, real);
        QVERIFY2(outcomes.contains(approve ? QStringLiteral("succeeded") : QStringLiteral("not-tried")),
                 qPrintable(outcomes.join(QLatin1Char(','))));
        if (!approve)
            QVERIFY2(outcomes.count(QStringLiteral("not-tried")) == outcomes.size(),
                     qPrintable(outcomes.join(QLatin1Char(','))));
    }

    // bakery.test: a hoster's wildcard certificate (*.wildhost.test); the server greets as
    // mx3.wildhost.test, which the wildcard covers and which leads to the same server.
    void wildcardCertificate()
    {
        const Outcome o = diagnose({QStringLiteral("alice@bakery.test"), QStringLiteral("--current"),
                                    QStringLiteral("mail.bakery.test:465:tls:normal-password"),
                                    QStringLiteral("--approve-host"), QStringLiteral("mx3.wildhost.test")});
        if (QTest::currentTestFailed())
            return;
        expectRealName(o, QStringLiteral("certificate-names-hosting-server"),
                       QStringLiteral("mx3.wildhost.test"),
                       {QStringLiteral("mail.bakery.test"), QStringLiteral("bakery.test")}, 1, 1);
        if (QTest::currentTestFailed())
            return;
        expectTheSentence(o, QStringLiteral("mx3.wildhost.test"));
    }

    // The user's program already uses the real name: it works, and nothing else is said about names.
    void sharedHostingWorkingSettings()
    {
        const Outcome o = diagnose({QStringLiteral("alice@shopfront.test"), QStringLiteral("--current"),
                                    QStringLiteral("server17.sharedhost.test:465:tls:normal-password")});
        if (QTest::currentTestFailed())
            return;
        expectRealName(o, QStringLiteral("settings-ok"), QStringLiteral("server17.sharedhost.test"),
                       {QStringLiteral("mail.shopfront.test")}, 0, 1);
        QVERIFY2(!hasFinding(o, QStringLiteral("certificate-names-hosting-server")), describe(o).constData());
    }

    // The wrong encryption for the port as well as the wrong name: the connection problem comes first, and
    // the settings fix both.
    void sharedHostingWrongEncryption_data()
    {
        QTest::addColumn<QString>("current");
        QTest::newRow("587 with SSL/TLS") << QStringLiteral("mail.shopfront.test:587:tls:normal-password");
        QTest::newRow("465 with STARTTLS")
            << QStringLiteral("mail.shopfront.test:465:starttls:normal-password");
    }

    void sharedHostingWrongEncryption()
    {
        QFETCH(QString, current);
        const Outcome o =
            diagnose({QStringLiteral("alice@shopfront.test"), QStringLiteral("--current"), current,
                      QStringLiteral("--approve-host"), QStringLiteral("server17.sharedhost.test")});
        if (QTest::currentTestFailed())
            return;
        expectRealName(o, QStringLiteral("tls-mode-mismatch"), QStringLiteral("server17.sharedhost.test"),
                       {QStringLiteral("mail.shopfront.test")}, 1, 1);
        if (QTest::currentTestFailed())
            return;
        expectTheSentence(o, QStringLiteral("server17.sharedhost.test"));
    }

    // swapped.test: the certificate is for smtp.swapped.test, the program uses mail.swapped.test (the same
    // server, inside the user's domain: no approval needed).
    void smtpInsteadOfMail()
    {
        const Outcome o = diagnose({QStringLiteral("alice@swapped.test"), QStringLiteral("--current"),
                                    QStringLiteral("mail.swapped.test:587:starttls:normal-password")});
        if (QTest::currentTestFailed())
            return;
        expectRealName(o, QStringLiteral("certificate-names-hosting-server"),
                       QStringLiteral("smtp.swapped.test"), {QStringLiteral("mail.swapped.test")}, 1, 1);
        if (QTest::currentTestFailed())
            return;
        expectTheSentence(o, QStringLiteral("smtp.swapped.test"));
    }

    // cnonly.test: the certificate's common name is smtp.cnonly.test, its alternative names are not. Qt 6.4
    // alone would accept it; mail programs do not (RFC 6125), and neither does MailFix: no password goes
    // there and nothing is recommended.
    void commonNameOnlyIsNotEnough()
    {
        const Outcome o = diagnose({QStringLiteral("alice@cnonly.test"), QStringLiteral("--current"),
                                    QStringLiteral("smtp.cnonly.test:465:tls:normal-password")});
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("tls-certificate-invalid"), 1);
        QVERIFY2(o.root.value(QLatin1String("recommended")).isNull(), describe(o).constData());
        for (const QJsonValue &p : o.root.value(QLatin1String("probes")).toArray()) {
            const QJsonObject tls = p.toObject().value(QLatin1String("tls")).toObject();
            if (!tls.value(QLatin1String("established")).toBool())
                continue;
            QCOMPARE(tls.value(QLatin1String("subject")).toString(), QStringLiteral("smtp.cnonly.test"));
            QVERIFY(!tls.value(QLatin1String("certificateTrusted")).toBool());
            QCOMPARE(tls.value(QLatin1String("errors"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QLatin1String("error"))
                         .toString(),
                     QStringLiteral("HostNameMismatch"));
            QCOMPARE(p.toObject()
                         .value(QLatin1String("auth"))
                         .toObject()
                         .value(QLatin1String("outcome"))
                         .toString(),
                     QStringLiteral("withheld-untrusted-certificate"));
        }
    }

    static QJsonObject incoming(const Outcome &o)
    {
        return o.root.value(QLatin1String("incoming")).toObject();
    }

    // The incoming probes' sign-in outcomes, "imap 993 succeeded" each.
    static QStringList incomingSignIns(const Outcome &o)
    {
        QStringList out;
        for (const QJsonValue &v : o.root.value(QLatin1String("probes")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QLatin1String("protocol")).toString() == QLatin1String("smtp"))
                continue;
            out << QStringLiteral("%1 %2 %3")
                       .arg(p.value(QLatin1String("protocol")).toString())
                       .arg(p.value(QLatin1String("port")).toInt())
                       .arg(p.value(QLatin1String("incoming"))
                                .toObject()
                                .value(QLatin1String("signIn"))
                                .toObject()
                                .value(QLatin1String("outcome"))
                                .toString());
        }
        return out;
    }

    // The user's mailbox is on Dovecot (IMAP on smtp.postfix.test, the program's incoming server), which
    // knows alice@postfix.test; Exim, the outgoing server, refuses that account's sign-in (SMTP AUTH is not
    // allowed for it there). The password is right: not auth-failed.
    QStringList incomingArgs(const QString &incomingSettings) const
    {
        return {QStringLiteral("alice@example.test"),
                QStringLiteral("--user"),
                m_env.postfixUser,
                QStringLiteral("--current"),
                QStringLiteral("smtp.example.test:465:tls:normal-password"),
                QStringLiteral("--current-incoming"),
                incomingSettings};
    }

    void incomingAcceptsWhatSmtpRefuses()
    {
        const Outcome o = diagnose(incomingArgs(QStringLiteral("smtp.postfix.test:993:tls:imap")));
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("smtp-password-refused-incoming-ok"), 1, QStringLiteral("smtp.example.test"),
               465, QStringLiteral("tls"), 0);
        if (QTest::currentTestFailed())
            return;
        const QByteArray why = describe(o) + incomingSignIns(o).join(QLatin1String(", ")).toUtf8();
        QVERIFY2(!hasFinding(o, QStringLiteral("auth-failed")), why.constData());
        QVERIFY2(incomingSignIns(o).contains(QStringLiteral("imap 993 succeeded")), why.constData());
        const QJsonObject in = incoming(o);
        QCOMPARE(in.value(QLatin1String("host")).toString(), QStringLiteral("smtp.postfix.test"));
        QCOMPARE(in.value(QLatin1String("port")).toInt(), 993);
        QCOMPARE(in.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(in.value(QLatin1String("protocol")).toString(), QStringLiteral("imap"));
        QVERIFY(in.value(QLatin1String("verified")).toBool());
        const QString summary = o.root.value(QLatin1String("summaryLine")).toString();
        QVERIFY2(
            summary.startsWith(QLatin1String("Receiving works (IMAP, port 993). Sending does not work: ")),
            qPrintable(summary));
    }

    // A wrong password: Exim and Dovecot (POP3 here) both refuse it; auth-failed says so.
    void incomingRefusesToo()
    {
        const Outcome o =
            diagnose(incomingArgs(QStringLiteral("smtp.postfix.test:995:tls:pop3")), Password::Wrong);
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("auth-failed"), 1, QStringLiteral("smtp.example.test"), 465,
               QStringLiteral("tls"), 0);
        if (QTest::currentTestFailed())
            return;
        const QByteArray why = describe(o) + incomingSignIns(o).join(QLatin1String(", ")).toUtf8();
        QVERIFY2(!hasFinding(o, QStringLiteral("smtp-password-refused-incoming-ok")), why.constData());
        QVERIFY2(incomingSignIns(o).contains(QStringLiteral("pop3 995 rejected")), why.constData());
        for (const QJsonValue &v : findings(o)) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("id")).toString() == QLatin1String("auth-failed"))
                QVERIFY2(
                    f.value(QLatin1String("detail")).toString().contains(QLatin1String("POP3, port 995")),
                    qPrintable(f.value(QLatin1String("detail")).toString()));
        }
        const QJsonObject in = incoming(o);
        QCOMPARE(in.value(QLatin1String("protocol")).toString(), QStringLiteral("pop3"));
        QVERIFY(!in.value(QLatin1String("verified")).toBool());
        QVERIFY2(o.root.value(QLatin1String("summaryLine"))
                     .toString()
                     .startsWith(QLatin1String("Receiving does not work")),
                 describe(o).constData());
    }

    // The program's incoming server on the wrong security (993 is TLS from the start, not STARTTLS): the
    // incoming check does not get in the way of the outgoing verdict, and --no-incoming skips it.
    void incomingWrongSecurity()
    {
        const Outcome o = diagnose(incomingArgs(QStringLiteral("smtp.postfix.test:993:starttls:imap")));
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("auth-failed"), 1);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!incomingSignIns(o).contains(QStringLiteral("imap 993 succeeded")), describe(o).constData());
        QVERIFY2(o.root.value(QLatin1String("incoming")).isNull(), describe(o).constData());
        // nothing else answered for example.test's incoming mail, so there is nothing better to point to
        QVERIFY2(!hasFinding(o, QStringLiteral("incoming-settings-wrong")), describe(o).constData());

        // alice@postfix.test: the provider's IMAP with SSL/TLS on 993 (ISPDB) works, so the program's
        // STARTTLS on 993 is the wrong security: incoming-settings-wrong, a warning beside working sending
        const Outcome own = diagnose(
            {QStringLiteral("alice@postfix.test"), QStringLiteral("--user"), m_env.postfixUser,
             QStringLiteral("--current"), QStringLiteral("smtp.postfix.test:465:tls:normal-password"),
             QStringLiteral("--current-incoming"), QStringLiteral("postfix.test:993:starttls:imap")});
        if (QTest::currentTestFailed())
            return;
        const QByteArray why = describe(own) + incomingSignIns(own).join(QLatin1String(", ")).toUtf8();
        QJsonObject wrong;
        for (const QJsonValue &v : findings(own)) {
            if (v.toObject().value(QLatin1String("id")).toString() ==
                QLatin1String("incoming-settings-wrong"))
                wrong = v.toObject();
        }
        QVERIFY2(!wrong.isEmpty(), why.constData());
        QCOMPARE(wrong.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(wrong.value(QLatin1String("fix")).toString(),
                 QStringLiteral(
                     "Set the incoming server in your program to postfix.test, port 993, SSL/TLS (IMAP)."));
        QVERIFY2(
            wrong.value(QLatin1String("detail"))
                .toString()
                .startsWith(QLatin1String("Your program receives mail from postfix.test (IMAP, port 993, "
                                          "STARTTLS).")),
            qPrintable(wrong.value(QLatin1String("detail")).toString()));
        QVERIFY2(incomingSignIns(own).contains(QStringLiteral("imap 993 succeeded")), why.constData());
        QVERIFY2(firstCause(own).isEmpty(), why.constData()); // sending works
        const QJsonObject in = incoming(own);
        QCOMPARE(in.value(QLatin1String("port")).toInt(), 993);
        QCOMPARE(in.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(in.value(QLatin1String("protocol")).toString(), QStringLiteral("imap"));
        QVERIFY(in.value(QLatin1String("verified")).toBool());

        const Outcome skipped = diagnose(incomingArgs(QStringLiteral("smtp.postfix.test:993:tls:imap")) +
                                         QStringList{QStringLiteral("--no-incoming")});
        if (QTest::currentTestFailed())
            return;
        expect(skipped, QStringLiteral("auth-failed"), 1);
        QVERIFY(incomingSignIns(skipped).isEmpty());
        QVERIFY(skipped.root.value(QLatin1String("incoming")).isNull());
    }

    // The program receives as alice@postfix.test (Dovecot's IMAP on smtp.postfix.test accepts it) but sends
    // to Postfix as "alice", which Postfix's Dovecot SASL refuses: use the same user name.
    void usernameDiffersFromIncoming()
    {
        const Outcome o = diagnose(
            {m_env.postfixUser, QStringLiteral("--user"), QStringLiteral("alice"),
             QStringLiteral("--current"), QStringLiteral("smtp.postfix.test:587:starttls:normal-password"),
             QStringLiteral("--current-incoming"), QStringLiteral("smtp.postfix.test:993:tls:imap"),
             QStringLiteral("--incoming-user"), m_env.postfixUser, QStringLiteral("--program"),
             QStringLiteral("outlook")});
        if (QTest::currentTestFailed())
            return;
        const QByteArray why = describe(o) + incomingSignIns(o).join(QLatin1String(", ")).toUtf8();
        QVERIFY2(firstCause(o) == QLatin1String("smtp-username-differs"), why.constData());
        QVERIFY2(incomingSignIns(o).contains(QStringLiteral("imap 993 succeeded")), why.constData());
        QVERIFY2(!hasFinding(o, QStringLiteral("auth-failed")), why.constData());
        const QJsonObject cause = findings(o).first().toObject();
        QCOMPARE(
            cause.value(QLatin1String("fix")).toString(),
            QStringLiteral("In Outlook, open the account's settings, choose \"More Settings\", and on the "
                           "\"Outgoing Server\" tab choose \"Use same settings as my incoming mail "
                           "server\"."));
        QCOMPARE(
            cause.value(QLatin1String("fixSettings")).toObject().value(QLatin1String("username")).toString(),
            m_env.postfixUser);
    }

    // POP before SMTP (popfirst.test: Exim relays only for an address that signed in to Dovecot's POP3 or
    // IMAP within two minutes, and offers no SMTP AUTH). The relay test without signing in is refused;
    // MailFix signs in to receive and repeats it: accepted. Before the fix for the race, the incoming probes
    // sometimes signed in before the first relay test, which then passed and hid the cause.
    void popBeforeSmtpVerified_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("fixStart");
        QTest::newRow("outlook") << QStringLiteral("outlook")
                                 << QStringLiteral("In Outlook, open the account's settings, choose \"More "
                                                   "Settings\", and on the \"Outgoing Server\" tab choose "
                                                   "\"Log on to incoming mail server before sending mail\".");
        QTest::newRow("thunderbird") << QStringLiteral("thunderbird")
                                     << QStringLiteral("Thunderbird has no setting for this: click \"Get "
                                                       "Messages\" before you send");
    }

    void popBeforeSmtpVerified()
    {
        QFETCH(QString, program);
        QFETCH(QString, fixStart);
        forgetPopfirstSignIn();
        if (QTest::currentTestFailed())
            return;
        const Outcome o = diagnose({m_env.popfirstUser, QStringLiteral("--user"), m_env.popfirstUser,
                                    QStringLiteral("--program"), program});
        if (QTest::currentTestFailed())
            return;
        expect(o, QStringLiteral("pop-before-smtp"), 1, m_env.popfirstName, 587, QStringLiteral("starttls"),
               1);
        if (QTest::currentTestFailed())
            return;
        const QByteArray why = describe(o);
        QCOMPARE(recommended(o).value(QLatin1String("auth")).toString(), QStringLiteral("none"));
        QVERIFY2(!hasFinding(o, QStringLiteral("auth-required")), why.constData());
        const QJsonObject cause = findings(o).first().toObject();
        QVERIFY2(cause.value(QLatin1String("fix")).toString().startsWith(fixStart), why.constData());
        const QStringList evidence = cause.value(QLatin1String("evidence")).toVariant().toStringList();
        QCOMPARE(evidence,
                 QStringList({QStringLiteral("550 5.7.1 Relaying denied, please check your mail first (POP "
                                             "before SMTP)"),
                              QStringLiteral("250 Accepted")}));
        const QJsonObject check = o.root.value(QLatin1String("popBeforeSmtp")).toObject();
        QVERIFY(check.value(QLatin1String("signedIn")).toBool());
        QVERIFY(check.value(QLatin1String("relayAccepted")).toBool());
        // every first relay test (no sign-in offered) was refused: none ran after the incoming sign-in
        for (const QJsonValue &v : o.root.value(QLatin1String("probes")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QLatin1String("protocol")).toString() != QLatin1String("smtp") ||
                !p.value(QLatin1String("relayWithoutAuth")).isObject())
                continue;
            const QString outcome = p.value(QLatin1String("relayWithoutAuth"))
                                        .toObject()
                                        .value(QLatin1String("outcome"))
                                        .toString();
            QVERIFY2(outcome == QLatin1String("recipient-rejected") || outcome == QLatin1String("not-tested"),
                     qPrintable(outcome));
        }
        QVERIFY2(
            o.root.value(QLatin1String("summaryLine"))
                .toString()
                .startsWith(QLatin1String("Receiving works (IMAP, port 993). Sending does not work: Your "
                                          "mail server sends mail only after your program has checked")),
            why.constData());
    }

    // A wrong password: the incoming server refuses it too, so there is nothing to sign in with and no check;
    // and with --no-incoming there is no check either.
    void popBeforeSmtpNeedsTheIncomingSignIn()
    {
        forgetPopfirstSignIn();
        if (QTest::currentTestFailed())
            return;
        const QStringList args{m_env.popfirstUser, QStringLiteral("--user"), m_env.popfirstUser};
        const Outcome wrong = diagnose(args, Password::Wrong);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!hasFinding(wrong, QStringLiteral("pop-before-smtp")), describe(wrong).constData());
        QVERIFY(!wrong.root.contains(QLatin1String("popBeforeSmtp")));
        const Outcome skipped = diagnose(args + QStringList{QStringLiteral("--no-incoming")});
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!hasFinding(skipped, QStringLiteral("pop-before-smtp")), describe(skipped).constData());
        QVERIFY(!skipped.root.contains(QLatin1String("popBeforeSmtp")));
        QVERIFY2(hasFinding(skipped, QStringLiteral("auth-required")), describe(skipped).constData());
    }

    void everythingFine()
    {
        const Outcome o = diagnose({QStringLiteral("alice@example.test"), QStringLiteral("--current"),
                                    QStringLiteral("smtp.example.test:465:tls:normal-password")});
        if (QTest::currentTestFailed())
            return;
        expect(o, QString(), 0, QStringLiteral("smtp.example.test"), 465, QStringLiteral("tls"), 1);
        QVERIFY2(hasFinding(o, QStringLiteral("settings-ok")), describe(o).constData());
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseServers)
#include "tst_diagnose_servers.moc"
