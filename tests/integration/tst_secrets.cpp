#include "FakeSmtpServer.h"
#include "HarnessEnv.h"
#include "MailFixWizard.h"
#include "ReportExporter.h"
#include "cli/CliApp.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

// The password must never leave MailFix's memory except inside an AUTH exchange with a server it may go to.
// Full diagnoses with a marker password (the harness's MAILFIX_TEST_PASSWORD, new at each harness start, and
// a wrong one built from it) through every way MailFix puts things out: the CLI in-process (diagnose and
// probe, text and --json, with --transcript), the real mailfix-cli binary (stdout, stderr, and every file
// under the fresh TMPDIR and HOME it was given), the wizard (its reports as HTML, PDF, JSON and text, and
// its settings files), the probes' transcripts, export's setup files (Apple Mail profile, Outlook PRF,
// settings cards), and every file this test's own process left in its TMPDIR. Every byte is scanned for the
// password in the forms it could take: as is, UTF-16 (LE and BE), hex, percent encoding, base64 at any
// alignment (LOGIN sends base64(password)), and the PLAIN payload base64("\0user\0password") for every user
// name used.
//
// Also checked at the CLI's level: the password is withheld without TLS unless --allow-plaintext-auth, from
// a certificate that does not validate unless --accept-certificate, and from a host outside the user's domain
// and provider unless --approve-host names it.
class TestSecrets : public QObject
{
    Q_OBJECT

    // The forms a secret can take in an output; each is looked for byte by byte.
    class Scanner
    {
    public:
        void add(const QString &label, const QString &secret, const QStringList &users)
        {
            const QByteArray utf8 = secret.toUtf8();
            QByteArray le;
            QByteArray be;
            for (const QChar c : secret) {
                le += char(c.unicode() & 0xff);
                le += char(c.unicode() >> 8);
                be += char(c.unicode() >> 8);
                be += char(c.unicode() & 0xff);
            }
            addForm(label + QStringLiteral(" as is"), utf8);
            addForm(label + QStringLiteral(" UTF-16LE"), le);
            addForm(label + QStringLiteral(" UTF-16BE"), be);
            addForm(label + QStringLiteral(" percent-encoded"), QUrl::toPercentEncoding(secret));
            for (const auto &[name, bytes] :
                 {std::pair{QStringLiteral("UTF-8"), utf8}, std::pair{QStringLiteral("UTF-16LE"), le},
                  std::pair{QStringLiteral("UTF-16BE"), be}}) {
                addForm(label + QStringLiteral(" hex of ") + name, bytes.toHex());
                addForm(label + QStringLiteral(" HEX of ") + name, bytes.toHex().toUpper());
            }
            // LOGIN: base64(password) on a line of its own
            addForm(label + QStringLiteral(" base64 (AUTH LOGIN)"), utf8.toBase64());
            // anywhere inside a longer base64 text: the characters that depend on the secret's bytes alone,
            // for each of the three alignments
            for (int align = 0; align < 3; ++align) {
                const QByteArray encoded = (QByteArray(align, 'x') + utf8).toBase64();
                const qsizetype firstGroup = (align + 2) / 3;
                const qsizetype endGroup = (align + utf8.size()) / 3;
                addForm(label + QStringLiteral(" inside base64 (alignment %1)").arg(align),
                        encoded.mid(firstGroup * 4, (endGroup - firstGroup) * 4));
            }
            for (const QString &user : users) {
                const QByteArray plain = QByteArray(1, '\0') + user.toUtf8() + '\0' + utf8;
                addForm(label + QStringLiteral(" AUTH PLAIN payload for %1").arg(user), plain.toBase64());
            }
        }

        // The names of the forms found in data; empty when it is clean.
        [[nodiscard]] QStringList find(const QByteArray &data) const
        {
            QStringList found;
            for (const Form &form : m_forms) {
                if (data.contains(form.bytes))
                    found << form.name;
            }
            return found;
        }

        [[nodiscard]] qsizetype formCount() const { return m_forms.size(); }

    private:
        struct Form
        {
            QString name;
            QByteArray bytes;
        };
        void addForm(const QString &name, const QByteArray &bytes)
        {
            if (bytes.size() >= 8) // shorter would match by chance
                m_forms.append({name, bytes});
        }
        QList<Form> m_forms;
    };

    HarnessEnv m_env;
    QString m_wrongPassword;
    // OAuth2 access tokens from the harness's identity provider (oauth.test): one that signs in, one expired
    QString m_token;
    QString m_expiredToken;
    QString m_imapToken; // with the IMAP scope, for oauth.test's IMAP
    Scanner m_scanner;
    std::unique_ptr<QTemporaryDir> m_tmp; // this process's TMPDIR, HOME and XDG folders, scanned at the end
    QByteArray m_originalTmp;
    QStringList m_leaks; // "where: form, form" for every output that held a secret
    qint64 m_scannedBytes = 0;
    int m_scannedOutputs = 0;

    void scan(const QByteArray &data, const QString &where)
    {
        ++m_scannedOutputs;
        m_scannedBytes += data.size();
        const QStringList found = m_scanner.find(data);
        if (!found.isEmpty())
            m_leaks << QStringLiteral("%1: %2").arg(where, found.join(QLatin1String(", ")));
    }
    void scan(const QString &text, const QString &where) { scan(text.toUtf8(), where); }

    // An access token from the identity provider's test endpoint (tests/harness/idp-server.py).
    QString mintToken(int expiresIn,
                      const QString &scope = qEnvironmentVariable("MAILFIX_TEST_OAUTH_SMTP_SCOPE")) const
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(qEnvironmentVariable("MAILFIX_TEST_IDP_URL") + QStringLiteral("/test/token")));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_env.caFile));
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        const QUrlQuery form{{QStringLiteral("user"), qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER")},
                             {QStringLiteral("scope"), scope},
                             {QStringLiteral("expires_in"), QString::number(expiresIn)}};
        QNetworkReply *reply = nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return answer.value(QLatin1String("access_token")).toString();
    }

    // Every file below dir (hidden ones included), and every file name. Returns the number of files.
    int scanTree(const QString &dir, const QString &where)
    {
        int files = 0;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            scan(path.toUtf8(), where + QStringLiteral(" (file name %1)").arg(path));
            QFile file(path);
            ++files;
            if (file.open(QIODevice::ReadOnly))
                scan(file.read(256 * 1024 * 1024), QStringLiteral("%1: %2").arg(where, path));
            else
                m_leaks << QStringLiteral("%1: cannot read %2 to scan it").arg(where, path);
        }
        return files;
    }

#define VERIFY_NO_LEAKS()                                                                                    \
    do {                                                                                                     \
        QVERIFY2(m_leaks.isEmpty(), qPrintable(QStringLiteral("the password was found in:\n  ") +            \
                                               m_leaks.join(QLatin1String("\n  "))));                        \
    } while (false)

    struct CliRun
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json; // when --json was given
    };

    // The arguments every diagnose run takes here.
    QStringList diagnoseArgs(const QString &address) const
    {
        return {QStringLiteral("diagnose"),    address,
                QStringLiteral("--ispdb-url"), QStringLiteral("https://ispdb.test/v1.1/"),
                QStringLiteral("--timeout"),   QStringLiteral("3"),
                QStringLiteral("--ca-file"),   m_env.caFile,
                QStringLiteral("--transcript")};
    }

    // `mailfix-cli ARGS` in this process, the password given on "standard input".
    CliRun cli(const QStringList &args, const QString &password)
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        CliApp app(out, err);
        app.setPasswordReader([password](QString *p) {
            *p = password;
            return !password.isEmpty();
        });
        r.code = app.run(QStringList{QStringLiteral("mailfix-cli")} + args);
        out.flush();
        err.flush();
        if (args.contains(QLatin1String("--json")))
            r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString where = QStringLiteral("mailfix-cli %1 (in-process)").arg(args.join(QLatin1Char(' ')));
        scan(r.out, where + QStringLiteral(", stdout"));
        scan(r.err, where + QStringLiteral(", stderr"));
        return r;
    }

    static QJsonArray probesOf(const CliRun &r)
    {
        return r.json.value(QLatin1String("probes")).toArray();
    }
    // SMTP's auth outcome; IMAP's and POP3's sign-in outcome (diagnose probes the incoming server too).
    static QString authOutcome(const QJsonValue &probe)
    {
        const QJsonObject p = probe.toObject();
        const QJsonObject auth =
            p.contains(QLatin1String("incoming"))
                ? p.value(QLatin1String("incoming")).toObject().value(QLatin1String("signIn")).toObject()
                : p.value(QLatin1String("auth")).toObject();
        return auth.value(QLatin1String("outcome")).toString();
    }
    // Client lines of a probe's JSON transcript.
    static QStringList clientLines(const QJsonValue &probe)
    {
        QStringList lines;
        for (const QJsonValue &line : probe.toObject().value(QLatin1String("transcript")).toArray()) {
            if (line.toObject().value(QLatin1String("dir")).toString() == QLatin1String("C"))
                lines << line.toObject().value(QLatin1String("text")).toString();
        }
        return lines;
    }
    static bool sentAuth(const QJsonValue &probe)
    {
        const QStringList lines = clientLines(probe);
        // SMTP and POP3 AUTH, POP3 USER/PASS; IMAP "tag LOGIN" and "tag AUTHENTICATE"
        static const QRegularExpression imap(QStringLiteral("^\\S+ (LOGIN|AUTHENTICATE)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
        return std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive) ||
                   l.startsWith(QLatin1String("USER "), Qt::CaseInsensitive) ||
                   l.startsWith(QLatin1String("PASS "), Qt::CaseInsensitive) || imap.match(l).hasMatch();
        });
    }
    static QByteArray describe(const CliRun &r)
    {
        QString text = QStringLiteral("exit %1\n").arg(r.code);
        for (const QJsonValue &p : probesOf(r))
            text += QStringLiteral("  %1:%2 %3 auth %4\n")
                        .arg(p.toObject().value(QLatin1String("host")).toString())
                        .arg(p.toObject().value(QLatin1String("port")).toInt())
                        .arg(p.toObject().value(QLatin1String("outcome")).toString(), authOutcome(p));
        return (text + r.err).toUtf8();
    }

    WizardContext::Environment wizardEnvironment() const
    {
        WizardContext::Environment e;
        e.caFiles = {m_env.caFile};
        e.ispdbBaseUrl = QStringLiteral("https://ispdb.test/v1.1/");
        e.timeoutMs = 3000;
        e.approveHosts = [](const QStringList &, const DetectionResult &) { return QStringList(); };
        return e;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Diagnosis>();
        MAILFIX_REQUIRE_HARNESS(m_env);
        QVERIFY2(m_env.password.size() >= 8, "the harness's marker password is too short to look for");
        m_wrongPassword = QStringLiteral("Wrong-%1").arg(m_env.password);
        const QStringList users{m_env.user,
                                m_env.postfixUser,
                                QStringLiteral("carol@customer.test"),
                                QStringLiteral("alice@shopfront.test"),
                                QStringLiteral("alice@bakery.test"),
                                QStringLiteral("alice@swapped.test")};
        m_scanner.add(QStringLiteral("the password"), m_env.password, users);
        m_scanner.add(QStringLiteral("the wrong password"), m_wrongPassword, users);
        m_token = mintToken(3600);
        m_expiredToken = mintToken(-60);
        m_imapToken = mintToken(3600, qEnvironmentVariable("MAILFIX_TEST_OAUTH_IMAP_SCOPE"));
        QVERIFY2(m_token.size() >= 8 && m_expiredToken.size() >= 8 && m_imapToken.size() >= 8,
                 "no OAuth2 token from the identity provider");
        m_scanner.add(QStringLiteral("the OAuth2 token"), m_token, users);
        m_scanner.add(QStringLiteral("the expired OAuth2 token"), m_expiredToken, users);
        m_scanner.add(QStringLiteral("the OAuth2 IMAP token"), m_imapToken, users);

        // The scanner finds what it is meant to find (so a clean result means something).
        for (const QByteArray &sample :
             {QByteArray("xx") + m_env.password.toUtf8(),
              (QByteArray("a") + m_env.password.toUtf8() + "b").toBase64(),
              (QByteArray("ab") + m_wrongPassword.toUtf8()).toBase64(),
              (QByteArray(1, '\0') + m_env.user.toUtf8() + '\0' + m_env.password.toUtf8()).toBase64(),
              QByteArray(reinterpret_cast<const char *>(m_env.password.utf16()), m_env.password.size() * 2),
              m_env.password.toUtf8().toHex(),
              ("user=carol@oauth.test\x01"
               "auth=Bearer " +
               m_token.toUtf8() + "\x01\x01")
                  .toBase64(),
              ("n,a=carol@oauth.test,\x01"
               "auth=Bearer " +
               m_expiredToken.toUtf8() + "\x01\x01")
                  .toBase64()})
            QVERIFY2(!m_scanner.find(sample).isEmpty(), sample.constData());
        QVERIFY(m_scanner.find("nothing secret in here, just text and dGV4dA==").isEmpty());

        // A TMPDIR, HOME and XDG folders of this run's own, to look through at the end.
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_originalTmp = qgetenv("TMPDIR");
        for (const char *name : {"tmp", "home", "config", "cache", "data", "settings"})
            QVERIFY(QDir(m_tmp->path()).mkpath(QLatin1String(name)));
        qputenv("TMPDIR", m_tmp->filePath(QStringLiteral("tmp")).toLocal8Bit());
        qputenv("HOME", m_tmp->filePath(QStringLiteral("home")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_tmp->filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_tmp->filePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_tmp->filePath(QStringLiteral("data")).toLocal8Bit());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_tmp->filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_tmp->filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("MailFixSecretsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("MailFixSecretsTest"));
    }

    // Each test's outputs are checked after it, even when it failed for another reason first.
    void init()
    {
        m_leaks.clear();
    }
    void cleanup()
    {
        VERIFY_NO_LEAKS();
    }

    void cleanupTestCase()
    {
        if (!m_tmp)
            return;
        m_leaks.clear();
        // Whatever this process left in its TMPDIR, HOME, XDG and settings folders.
        scanTree(m_tmp->path(), QStringLiteral("this test's own folders"));
        qInfo("scanned %d outputs, %lld bytes, for %lld forms of the two passwords and two tokens",
              m_scannedOutputs, m_scannedBytes, qlonglong(m_scanner.formCount()));
        if (m_originalTmp.isEmpty())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_originalTmp);
        VERIFY_NO_LEAKS();
    }

    // The CLI in-process: diagnose and probe, text and JSON, with transcripts, right and wrong password.
    void cliInProcess()
    {
        for (const QString &password : {m_env.password, m_wrongPassword}) {
            const bool right = password == m_env.password;
            for (const bool json : {false, true}) {
                QStringList args = diagnoseArgs(m_env.user) + QStringList{QStringLiteral("--password-stdin")};
                if (json)
                    args << QStringLiteral("--json");
                const CliRun d = cli(args, password);
                QVERIFY2(d.code == (right ? 0 : 1), describe(d).constData());
                if (json) {
                    const QJsonArray probes = probesOf(d);
                    QVERIFY(!probes.isEmpty());
                    const bool anyTried =
                        std::any_of(probes.cbegin(), probes.cend(), [right](const QJsonValue &p) {
                            return authOutcome(p) ==
                                   (right ? QLatin1String("succeeded") : QLatin1String("rejected"));
                        });
                    QVERIFY2(anyTried, describe(d).constData()); // the password was really used
                } else {
                    QVERIFY2(d.out.contains(QLatin1String("AUTH PLAIN <redacted>")), qPrintable(d.out));
                }

                QStringList probeArgs{QStringLiteral("probe"),
                                      QStringLiteral("--server"),
                                      QStringLiteral("smtp.example.test"),
                                      QStringLiteral("--ca-file"),
                                      m_env.caFile,
                                      QStringLiteral("--user"),
                                      m_env.user,
                                      QStringLiteral("--password-stdin"),
                                      QStringLiteral("--transcript"),
                                      QStringLiteral("--timeout"),
                                      QStringLiteral("3")};
                if (json)
                    probeArgs << QStringLiteral("--json");
                const CliRun p = cli(probeArgs, password);
                QVERIFY2(p.code == (right ? 0 : 1), describe(p).constData());
                if (!json)
                    QVERIFY2(p.out.contains(QLatin1String("<redacted>")), qPrintable(p.out));
            }
        }
        // Postfix, where the password goes over STARTTLS only (LOGIN and PLAIN offered)
        const CliRun postfix =
            cli(diagnoseArgs(m_env.postfixUser) + QStringList{QStringLiteral("--user"), m_env.postfixUser,
                                                              QStringLiteral("--password-stdin"),
                                                              QStringLiteral("--json")},
                m_env.password);
        QVERIFY2(postfix.code == 0, describe(postfix).constData());
    }

    // The real mailfix-cli binary: stdout, stderr, and every file under the fresh TMPDIR and HOME it got.
    void cliBinary()
    {
        const QString program = QStringLiteral(MAILFIX_CLI_PATH);
        QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
        struct Case
        {
            QStringList args;
            QString password;
            int code;         // the exit code
            QByteArray shows; // proof that the run got as far as it should: on stdout (stderr for code 2)
        };
        const QList<Case> cases = {
            {diagnoseArgs(m_env.user) + QStringList{QStringLiteral("--password-stdin")}, m_env.password, 0,
             "AUTH PLAIN <redacted>"},
            {diagnoseArgs(m_env.user) +
                 QStringList{QStringLiteral("--password-stdin"), QStringLiteral("--json")},
             m_env.password, 0, "\"succeeded\""},
            {diagnoseArgs(m_env.user) + QStringList{QStringLiteral("--password-stdin")}, m_wrongPassword, 1,
             "535 Incorrect authentication data"},
            {{QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("smtp.example.test"),
              QStringLiteral("--ca-file"), m_env.caFile, QStringLiteral("--user"), m_env.user,
              QStringLiteral("--password-stdin"), QStringLiteral("--transcript"), QStringLiteral("--timeout"),
              QStringLiteral("3"), QStringLiteral("--json")},
             m_wrongPassword,
             1,
             "\"rejected\""},
            // OAuth2 (oauth.test): a token that signs in, and an expired one that Postfix refuses
            {{QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("smtp.oauth.test"),
              QStringLiteral("--ports"), QStringLiteral("587,465"), QStringLiteral("--ca-file"), m_env.caFile,
              QStringLiteral("--user"), qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER"),
              QStringLiteral("--oauth2-token-stdin"), QStringLiteral("--to"),
              QStringLiteral("bob@postfix.test"), QStringLiteral("--transcript")},
             m_token,
             0,
             "C: AUTH OAUTHBEARER"},
            {{QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("smtp.oauth.test"),
              QStringLiteral("--ports"), QStringLiteral("587"), QStringLiteral("--ca-file"), m_env.caFile,
              QStringLiteral("--user"), qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER"),
              QStringLiteral("--oauth2-token-stdin"), QStringLiteral("--json")},
             m_expiredToken,
             1,
             "invalid_token"},
            // ... and oauth.test's IMAP (the OAuth2 Dovecot): a token that signs in, the expired one refused
            {{QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("imap.oauth.test"),
              QStringLiteral("--protocol"), QStringLiteral("imap"), QStringLiteral("--ports"),
              QStringLiteral("993,143"), QStringLiteral("--ca-file"), m_env.caFile, QStringLiteral("--user"),
              qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER"), QStringLiteral("--oauth2-token-stdin"),
              QStringLiteral("--transcript")},
             m_imapToken,
             0,
             "AUTHENTICATE OAUTHBEARER"},
            {{QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("imap.oauth.test"),
              QStringLiteral("--protocol"), QStringLiteral("imap"), QStringLiteral("--ports"),
              QStringLiteral("993"), QStringLiteral("--ca-file"), m_env.caFile, QStringLiteral("--user"),
              qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER"), QStringLiteral("--oauth2-token-stdin"),
              QStringLiteral("--json")},
             m_expiredToken,
             1,
             "invalid_token"},
            // bad usage after the password was read must not echo it either
            {{QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("smtp.example.test"),
              QStringLiteral("--user"), m_env.user, QStringLiteral("--password-stdin"),
              QStringLiteral("--to"), QStringLiteral("not an address")},
             m_env.password,
             2,
             "is not an email address"},
        };
        for (const Case &c : cases) {
            QTemporaryDir fresh(
                QDir(QString::fromLocal8Bit(m_originalTmp.isEmpty() ? QByteArray("/tmp") : m_originalTmp))
                    .filePath(QStringLiteral("mailfix-secrets-XXXXXX")));
            QVERIFY(fresh.isValid());
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name :
                 {"TMPDIR", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"}) {
                const QString dir = fresh.filePath(QLatin1String(name));
                QVERIFY(QDir().mkpath(dir));
                environment.insert(QLatin1String(name), dir);
            }
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(program, c.args);
            QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
            process.write(c.password.toUtf8() + '\n');
            process.closeWriteChannel();
            const bool done = process.waitForFinished(60000);
            if (!done)
                process.kill();
            const QByteArray out = process.readAllStandardOutput();
            const QByteArray err = process.readAllStandardError();
            const QString where = QStringLiteral("mailfix-cli %1").arg(c.args.join(QLatin1Char(' ')));
            scan(out, where + QStringLiteral(", stdout"));
            scan(err, where + QStringLiteral(", stderr"));
            scanTree(fresh.path(), where + QStringLiteral(", its TMPDIR/HOME"));
            QVERIFY2(done, qPrintable(where));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit,
                     qPrintable(where + QLatin1Char('\n') + QString::fromLocal8Bit(err)));
            QVERIFY2(process.exitCode() == c.code,
                     qPrintable(
                         where +
                         QStringLiteral(": exit code %1, expected %2\n").arg(process.exitCode()).arg(c.code) +
                         QString::fromLocal8Bit(err)));
            QVERIFY2((c.code == 2 ? err : out).contains(c.shows),
                     qPrintable(where +
                                QStringLiteral(": no \"%1\" on %2 in\n")
                                    .arg(QLatin1String(c.shows),
                                         c.code == 2 ? QStringLiteral("stderr") : QStringLiteral("stdout")) +
                                QString::fromLocal8Bit(out + err)));
        }
    }

    // export: the Apple Mail profile, the PRF file and the settings cards (PDF and HTML), written by the real
    // mailfix-cli with the password on its standard input (export never reads it) and in-process with a
    // password reader that would give it; also the refusal of --password-stdin. Every file is scanned.
    void exportedFiles()
    {
        const QString program = QStringLiteral(MAILFIX_CLI_PATH);
        QTemporaryDir fresh(
            QDir(QString::fromLocal8Bit(m_originalTmp.isEmpty() ? QByteArray("/tmp") : m_originalTmp))
                .filePath(QStringLiteral("mailfix-secrets-export-XXXXXX")));
        QVERIFY(fresh.isValid());
        const QStringList account{
            QStringLiteral("--address"),  m_env.user,
            QStringLiteral("--name"),     QStringLiteral("Secrets Test"),
            QStringLiteral("--settings"), QStringLiteral("smtp.example.test:587:starttls:normal-password"),
            QStringLiteral("--incoming"), QStringLiteral("imap.example.test:993:tls:imap"),
            QStringLiteral("--user"),     m_env.user};
        const auto outputs = [&](const QString &prefix) {
            return QStringList{
                QStringLiteral("--mobileconfig"),  fresh.filePath(prefix + QStringLiteral(".mobileconfig")),
                QStringLiteral("--prf"),           fresh.filePath(prefix + QStringLiteral(".prf")),
                QStringLiteral("--settings-card"), fresh.filePath(prefix + QStringLiteral(".pdf")),
                QStringLiteral("--program"),       QStringLiteral("thunderbird")};
        };
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), fresh.path());
        environment.insert(QStringLiteral("HOME"), fresh.path());
        struct Case
        {
            QStringList args;
            int code;
        };
        const QList<Case> cases{
            {QStringList{QStringLiteral("export")} + account + outputs(QStringLiteral("binary")), 0},
            {QStringList{QStringLiteral("export")} + account +
                 QStringList{QStringLiteral("--settings-card"), fresh.filePath(QStringLiteral("binary.html")),
                             QStringLiteral("--program"), QStringLiteral("outlook")},
             0},
            {QStringList{QStringLiteral("export")} + account + outputs(QStringLiteral("refused")) +
                 QStringList{QStringLiteral("--password-stdin")},
             2},
        };
        for (const Case &c : cases) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(program, c.args);
            QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
            process.write(m_env.password.toUtf8() + '\n');
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(60000));
            const QString where = QStringLiteral("mailfix-cli %1").arg(c.args.join(QLatin1Char(' ')));
            scan(process.readAllStandardOutput(), where + QStringLiteral(", stdout"));
            scan(process.readAllStandardError(), where + QStringLiteral(", stderr"));
            QCOMPARE(process.exitCode(), c.code);
        }
        const CliRun inProcess =
            cli(QStringList{QStringLiteral("export")} + account + outputs(QStringLiteral("in-process")),
                m_env.password);
        QVERIFY2(inProcess.code == 0, qPrintable(inProcess.err));
        // proof that the files were written, with the settings in them
        for (const QString &name : {QStringLiteral("binary.mobileconfig"), QStringLiteral("binary.prf"),
                                    QStringLiteral("binary.pdf"), QStringLiteral("binary.html"),
                                    QStringLiteral("in-process.mobileconfig"),
                                    QStringLiteral("in-process.prf"), QStringLiteral("in-process.pdf")})
            QVERIFY2(QFileInfo(fresh.filePath(name)).size() > 0, qPrintable(name));
        QFile prf(fresh.filePath(QStringLiteral("binary.prf")));
        QVERIFY(prf.open(QIODevice::ReadOnly));
        QVERIFY(prf.readAll().contains("SMTPServer=smtp.example.test"));
        QVERIFY(!QFile::exists(fresh.filePath(QStringLiteral("refused.prf"))));
        QVERIFY(scanTree(fresh.path(), QStringLiteral("export's files and the binary's TMPDIR/HOME")) >= 7);
    }

    // apply: the fix written into a Thunderbird profile by the real mailfix-cli (the password on its standard
    // input, which apply never reads), then undone; prefs.js, the dated backup and the undone copy are
    // scanned.
    void appliedThunderbirdProfile()
    {
        const QString program = QStringLiteral(MAILFIX_CLI_PATH);
        QTemporaryDir profile(
            QDir(QString::fromLocal8Bit(m_originalTmp.isEmpty() ? QByteArray("/tmp") : m_originalTmp))
                .filePath(QStringLiteral("mailfix-secrets-apply-XXXXXX")));
        QVERIFY(profile.isValid());
        QFile prefs(profile.filePath(QStringLiteral("prefs.js")));
        QVERIFY(prefs.open(QIODevice::WriteOnly));
        prefs.write(
            "user_pref(\"mail.identity.id1.useremail\", \"" + m_env.user.toUtf8() +
            "\");\nuser_pref(\"mail.smtpserver.smtp1.hostname\", \"smtp.example.test\");\n"
            "user_pref(\"mail.smtpserver.smtp1.port\", 25);\nuser_pref(\"mail.smtpservers\", \"smtp1\");\n");
        prefs.close();
        const QStringList base{QStringLiteral("apply"), QStringLiteral("--program"),
                               QStringLiteral("thunderbird"), QStringLiteral("--profile"), profile.path()};
        const QStringList settings{QStringLiteral("--settings"),
                                   QStringLiteral("smtp.example.test:465:tls:normal-password"),
                                   QStringLiteral("--user"), m_env.user};
        for (const QStringList &args : {base + settings + QStringList{QStringLiteral("--json")},
                                        base + settings, base + QStringList{QStringLiteral("--undo")}}) {
            QProcess process;
            process.start(program, args);
            QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
            process.write(m_env.password.toUtf8() + '\n');
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(60000));
            const QString where = QStringLiteral("mailfix-cli %1").arg(args.join(QLatin1Char(' ')));
            scan(process.readAllStandardOutput(), where + QStringLiteral(", stdout"));
            scan(process.readAllStandardError(), where + QStringLiteral(", stderr"));
            QCOMPARE(process.exitCode(), 0);
            // after the fix: prefs.js and its backup; after undo: prefs.js and the undone fixed file
            QVERIFY(scanTree(profile.path(), where + QStringLiteral(", the profile")) == 2);
        }
        const QStringList files = QDir(profile.path()).entryList(QDir::Files);
        QVERIFY2(files.filter(QStringLiteral("mailfix-undone-")).size() == 1,
                 qPrintable(files.join(QLatin1Char(' '))));
    }

    // The wizard end to end, with its settings in a folder of this test's own: the reports in every format
    // and the settings files, for the right and the wrong password.
    void wizardReportsAndSettings()
    {
        QTemporaryDir reports;
        QVERIFY(reports.isValid());
        for (const QString &password : {m_env.password, m_wrongPassword}) {
            {
                MailFixWizard wizard(wizardEnvironment());
                wizard.show();
                QVERIFY(QTest::qWaitForWindowExposed(&wizard));
                wizard.findChild<QPlainTextEdit *>(QStringLiteral("errorText"))
                    ->setPlainText(QStringLiteral("503 valid RCPT command must precede DATA"));
                wizard.next();
                QCOMPARE(wizard.currentId(), int(MailFixWizard::AccountPageId));
                wizard.findChild<QLineEdit *>(QStringLiteral("address"))->setText(m_env.user);
                wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
                QSignalSpy finished(wizard.context(), &WizardContext::runFinished);
                wizard.next();
                QCOMPARE(wizard.currentId(), int(MailFixWizard::CheckingPageId));
                QVERIFY(finished.wait(30000));
                QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
                wizard.next();
                QCOMPARE(wizard.currentId(), int(MailFixWizard::VerdictPageId));
                const WizardContext &context = *wizard.context();
                QVERIFY(!context.probeResults().isEmpty());
                const bool signedIn = std::any_of(context.probeResults().cbegin(),
                                                  context.probeResults().cend(), [](const ProbeResult &r) {
                                                      return r.auth.outcome == AuthOutcome::Succeeded ||
                                                             r.auth.outcome == AuthOutcome::Rejected;
                                                  });
                QVERIFY(signedIn); // the password was really used

                const QString label =
                    password == m_env.password ? QStringLiteral("right") : QStringLiteral("wrong");
                // The PDF: QPdfWriter compresses its content streams (raw deflate, which qUncompress cannot
                // read), and text in them is glyph numbers anyway. So the HTML it is made from is scanned
                // (the PDF is made from exactly ReportExporter::html() through QTextDocument), and the PDF's
                // own bytes too, for what is stored uncompressed (title, creator and other metadata).
                scan(ReportExporter::html(context), QStringLiteral("report HTML (%1 password)").arg(label));
                scan(ReportExporter::json(context), QStringLiteral("report JSON (%1 password)").arg(label));
                scan(ReportExporter::text(context), QStringLiteral("report text (%1 password)").arg(label));
                for (const QString &name : {QStringLiteral("report.html"), QStringLiteral("report.pdf"),
                                            QStringLiteral("report.json")}) {
                    const QString path = reports.filePath(label + QLatin1Char('-') + name);
                    QString error;
                    QVERIFY2(ReportExporter::save(context, ReportExporter::formatForPath(path), path, &error),
                             qPrintable(error));
                    QFile file(path);
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    const QByteArray bytes = file.readAll();
                    QVERIFY(bytes.size() > 500);
                    if (name.endsWith(QLatin1String(".pdf")))
                        QVERIFY(bytes.startsWith("%PDF-"));
                }
                for (const ProbeResult &r : context.probeResults()) {
                    scan(r.transcript.toText(), QStringLiteral("transcript of %1:%2 (%3 password)")
                                                    .arg(r.endpoint.host)
                                                    .arg(r.endpoint.port)
                                                    .arg(label));
                    for (const StageRecord &stage : r.stages)
                        scan(stage.detail, QStringLiteral("stage detail of %1:%2")
                                               .arg(r.endpoint.host)
                                               .arg(r.endpoint.port));
                    scan(r.failure,
                         QStringLiteral("failure of %1:%2").arg(r.endpoint.host).arg(r.endpoint.port));
                }
                for (const Finding &f : context.diagnosis().findings + context.diagnosis().nextSteps)
                    scan(QStringList{f.title, f.detail, f.fix, f.evidence.join(QLatin1Char('\n'))}.join(
                             QLatin1Char('\n')),
                         QStringLiteral("finding %1").arg(QString(f.id())));
            } // the wizard is gone: it has written its settings
            QSettings().sync();
        }
        QCOMPARE(scanTree(reports.path(), QStringLiteral("saved reports")), 6);
        QVERIFY(scanTree(m_tmp->filePath(QStringLiteral("settings")),
                         QStringLiteral("the wizard's settings")) > 0);
        scanTree(m_tmp->filePath(QStringLiteral("config")), QStringLiteral("the wizard's settings (XDG)"));
        QSettings settings;
        QVERIFY2(!settings.allKeys().isEmpty(), "the wizard wrote no settings: they were not looked at");
        QCOMPARE(settings.value(QStringLiteral("lastAddress")).toString(), m_env.user);
        for (const QString &key : settings.allKeys())
            scan(settings.value(key).toString(), QStringLiteral("setting %1").arg(key));
    }

    // No TLS, no password. The harness's Exim advertises AUTH only after TLS, so on port 25 without TLS the
    // outcome is not-offered (no AUTH line either way); a scripted server that does offer AUTH in plain text,
    // in this namespace, shows withheld-no-tls, and gets the password only with --allow-plaintext-auth.
    void plaintextAuthIsRefusedByDefault()
    {
        const CliRun exim =
            cli({QStringLiteral("probe"), QStringLiteral("--server"), QStringLiteral("smtp.example.test"),
                 QStringLiteral("--ports"), QStringLiteral("25:none"), QStringLiteral("--ca-file"),
                 m_env.caFile, QStringLiteral("--user"), m_env.user, QStringLiteral("--password-stdin"),
                 QStringLiteral("--json"), QStringLiteral("--transcript")},
                m_env.password);
        QCOMPARE(probesOf(exim).size(), 1);
        const QJsonValue eximProbe = probesOf(exim).first();
        QVERIFY2(authOutcome(eximProbe) == QLatin1String("not-offered"), describe(exim).constData());
        QVERIFY(!clientLines(eximProbe).isEmpty());
        QVERIFY2(!sentAuth(eximProbe), describe(exim).constData());

        for (const bool allow : {false, true}) {
            // AUTH offered without TLS; the probe tries PLAIN only when allowed (then the server says 535)
            const QString greeting = QStringLiteral(
                "S: 220 plain.test ESMTP\nC: EHLO *\nS: 250-plain.test\nS: 250 AUTH PLAIN LOGIN\n"
                "C: MAIL FROM:*\nS: 250 OK\nC: RCPT TO:*\nS: 550 relay not permitted\nC: DATA\nS: 503 no\n"
                "C: RSET\nS: 250 OK\n");
            FakeSmtpServer server;
            QVERIFY(server.start(greeting +
                                 (allow ? QStringLiteral("C: AUTH PLAIN *\nS: 535 5.7.8 no\n") : QString()) +
                                 QStringLiteral("C: QUIT\nS: 221 bye\n")));
            QStringList args{QStringLiteral("probe"),
                             QStringLiteral("--server"),
                             QStringLiteral("127.0.0.1"),
                             QStringLiteral("--ports"),
                             QStringLiteral("%1:none").arg(server.port()),
                             QStringLiteral("--user"),
                             m_env.user,
                             QStringLiteral("--password-stdin"),
                             QStringLiteral("--json"),
                             QStringLiteral("--transcript"),
                             QStringLiteral("--timeout"),
                             QStringLiteral("3")};
            if (allow)
                args << QStringLiteral("--allow-plaintext-auth");
            const CliRun r = cli(args, m_env.password);
            const QJsonValue probe = probesOf(r).first();
            const bool serverGotAuth =
                std::any_of(server.receivedLines().cbegin(), server.receivedLines().cend(),
                            [](const QString &line) { return line.startsWith(QLatin1String("AUTH")); });
            if (allow) { // the control: the same server does get it when the user allows it
                QVERIFY2(authOutcome(probe) == QLatin1String("rejected"), describe(r).constData());
                QVERIFY(serverGotAuth);
            } else {
                QVERIFY2(authOutcome(probe) == QLatin1String("withheld-no-tls"), describe(r).constData());
                QVERIFY2(!sentAuth(probe), describe(r).constData());
                QVERIFY2(!serverGotAuth, qPrintable(server.receivedLines().join(QLatin1Char('\n'))));
            }
            QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        }
    }

    // A certificate that does not validate (Exim's, with a CA MailFix does not trust) gets no password,
    // unless --accept-certificate approves the host.
    void untrustedCertificateGetsNoPassword()
    {
        for (const bool accept : {false, true}) {
            QStringList args{QStringLiteral("probe"),
                             QStringLiteral("--server"),
                             QStringLiteral("smtp.example.test"),
                             QStringLiteral("--ca-file"),
                             m_env.otherCaFile,
                             QStringLiteral("--user"),
                             m_env.user,
                             QStringLiteral("--password-stdin"),
                             QStringLiteral("--json"),
                             QStringLiteral("--transcript"),
                             QStringLiteral("--timeout"),
                             QStringLiteral("3")};
            if (accept)
                args << QStringLiteral("--accept-certificate");
            const CliRun r = cli(args, m_env.password);
            QCOMPARE(probesOf(r).size(), 4);
            for (const QJsonValue &probe : probesOf(r)) {
                const QJsonObject tls = probe.toObject().value(QLatin1String("tls")).toObject();
                if (!tls.value(QLatin1String("established")).toBool())
                    continue; // port 25/26 without STARTTLS completing would say so below anyway
                QVERIFY(!tls.value(QLatin1String("certificateTrusted")).toBool());
                if (accept) {
                    QVERIFY2(authOutcome(probe) == QLatin1String("succeeded"), describe(r).constData());
                } else {
                    QVERIFY2(authOutcome(probe) == QLatin1String("withheld-untrusted-certificate"),
                             describe(r).constData());
                    QVERIFY2(!sentAuth(probe), describe(r).constData());
                }
            }
            QCOMPARE(r.code, accept ? 0 : 1);
        }
    }

    // carol@customer.test: the MX hoster's autoconfig points at smtp.hoster.test, outside the user's domain
    // and not the provider's own: detection marks it needsApproval, and the password does not go there
    // unless --approve-host names it.
    void outsideHostNeedsApproval()
    {
        for (const bool approve : {false, true}) {
            QStringList args = diagnoseArgs(QStringLiteral("carol@customer.test")) +
                               QStringList{QStringLiteral("--user"), m_env.user,
                                           QStringLiteral("--password-stdin"), QStringLiteral("--json")};
            if (approve)
                args << QStringLiteral("--approve-host") << QStringLiteral("smtp.hoster.test");
            const CliRun r = cli(args, m_env.password);
            const QJsonArray candidates = r.json.value(QLatin1String("detection"))
                                              .toObject()
                                              .value(QLatin1String("candidates"))
                                              .toArray();
            QVERIFY(!candidates.isEmpty());
            QCOMPARE(candidates.first().toObject().value(QLatin1String("host")).toString(),
                     QStringLiteral("smtp.hoster.test"));
            QVERIFY(candidates.first().toObject().value(QLatin1String("needsApproval")).toBool());
            int toHoster = 0;
            int tried = 0;
            for (const QJsonValue &probe : probesOf(r)) {
                if (!probe.toObject()
                         .value(QLatin1String("host"))
                         .toString()
                         .endsWith(QLatin1String("hoster.test")))
                    continue;
                ++toHoster;
                if (authOutcome(probe) != QLatin1String("not-tried"))
                    ++tried;
                if (!approve)
                    QVERIFY2(!sentAuth(probe), describe(r).constData());
            }
            QVERIFY2(toHoster > 0, describe(r).constData());
            if (approve)
                QVERIFY2(tried > 0, describe(r).constData());
            else
                QVERIFY2(tried == 0, describe(r).constData());
        }
    }

    // Shared hosting (issue 14): the name a certificate gave (server17.sharedhost.test, for
    // mail.shopfront.test) lies outside the user's domain. It gets the same rules as any such host: no
    // password unless --approve-host names it; and the names whose certificate failed never get it. Text and
    // JSON, with transcripts, are scanned for the password.
    void certificateNamedHostNeedsApproval()
    {
        const QString real = QStringLiteral("server17.sharedhost.test");
        for (const bool approve : {false, true}) {
            for (const bool json : {false, true}) {
                QStringList args =
                    diagnoseArgs(QStringLiteral("alice@shopfront.test")) +
                    QStringList{QStringLiteral("--user"), m_env.user, QStringLiteral("--password-stdin"),
                                QStringLiteral("--current"),
                                QStringLiteral("mail.shopfront.test:587:starttls:normal-password")};
                if (approve)
                    args << QStringLiteral("--approve-host") << real;
                if (json)
                    args << QStringLiteral("--json");
                const CliRun r = cli(args, m_env.password);
                QCOMPARE(r.code, 1);
                if (!json) {
                    QVERIFY2(r.out.contains(QStringLiteral("real name is %1").arg(real)), qPrintable(r.out));
                    QCOMPARE(r.out.contains(QStringLiteral("--approve-host %1").arg(real)), !approve);
                    continue;
                }
                int toReal = 0;
                for (const QJsonValue &probe : probesOf(r)) {
                    const QString host = probe.toObject().value(QLatin1String("host")).toString();
                    if (host == real) {
                        ++toReal;
                        QVERIFY2(sentAuth(probe) == approve ||
                                     authOutcome(probe) == QLatin1String("not-offered"),
                                 describe(r).constData());
                    } else {
                        QVERIFY2(!sentAuth(probe), describe(r).constData()); // its certificate failed
                    }
                }
                QVERIFY2(toReal > 0, describe(r).constData());
            }
        }
    }

    // IMAP and POP3 (issue 15): `probe --protocol imap|pop3` against the harness's Dovecot, text and JSON
    // with transcripts, right and wrong password (the wrong one in JSON only: each failure costs Dovecot's
    // auth_failure_delay). The password must really be used, and appear nowhere.
    void incomingProbes()
    {
        for (const QString &protocol : {QStringLiteral("imap"), QStringLiteral("pop3")}) {
            for (const QString &password : {m_env.password, m_wrongPassword}) {
                const bool right = password == m_env.password;
                for (const bool json : {false, true}) {
                    if (!right && !json)
                        continue;
                    QStringList args{QStringLiteral("probe"),
                                     QStringLiteral("--server"),
                                     QStringLiteral("postfix.test"),
                                     QStringLiteral("--protocol"),
                                     protocol,
                                     QStringLiteral("--ca-file"),
                                     m_env.caFile,
                                     QStringLiteral("--user"),
                                     m_env.postfixUser,
                                     QStringLiteral("--password-stdin"),
                                     QStringLiteral("--transcript"),
                                     QStringLiteral("--timeout"),
                                     QStringLiteral("10")};
                    if (json)
                        args << QStringLiteral("--json");
                    const CliRun r = cli(args, password);
                    QVERIFY2(r.code == (right ? 0 : 1), describe(r).constData());
                    if (!json) {
                        QVERIFY2(r.out.contains(QLatin1String("<redacted>")), qPrintable(r.out));
                        continue;
                    }
                    for (const QJsonValue &probe : probesOf(r)) {
                        const QString outcome = probe.toObject()
                                                    .value(QLatin1String("incoming"))
                                                    .toObject()
                                                    .value(QLatin1String("signIn"))
                                                    .toObject()
                                                    .value(QLatin1String("outcome"))
                                                    .toString();
                        QVERIFY2(outcome == (right ? QLatin1String("succeeded") : QLatin1String("rejected")),
                                 describe(r).constData()); // the password was really used
                    }
                }
            }
        }
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
