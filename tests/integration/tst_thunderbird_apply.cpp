// MailFix's fix in a real Thunderbird profile, read back by the real program: Debian's thunderbird
// creates the profile (headless), an account sends through the harness's smtp.example.test on port 25
// without signing in, `mailfix-cli apply` writes the verified settings (refused while Thunderbird runs),
// the real Thunderbird starts on the profile and quits cleanly (Marionette's quit: a plain SIGTERM kills
// it without saving), and then Thunderbird's own prefs.js holds exactly the new values and MailFix's
// diagnosis, reading the profile again, finds them verified (settings-ok). Then Thunderbird sends a message
// through the harness with them, and undo restores the file MailFix backed up.
#include "HarnessEnv.h"
#include "cli/CliApp.h"
#include "clients/ThunderbirdSettingsWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kWrongAccount = R"(user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.accountmanager.defaultaccount", "account1");
user_pref("mail.identity.id1.fullName", "Alice");
user_pref("mail.identity.id1.useremail", "alice@example.test");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.valid", true);
user_pref("mail.server.server1.hostname", "mail.example.test");
user_pref("mail.server.server1.name", "alice@example.test");
user_pref("mail.server.server1.port", 993);
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.userName", "alice@example.test");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.description", "Alice");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp1.port", 25);
user_pref("mail.smtpserver.smtp1.try_ssl", 0);
user_pref("mail.smtpserver.smtp1.authMethod", 1);
user_pref("mail.smtpservers", "smtp1");
user_pref("marionette.port", 0);
)";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Marionette's wire format: "LENGTH:JSON"; commands [0, id, name, params], answers [1, id, error, result].
class Marionette
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(5000) && receive().isObject(); // the greeting
    }

    [[nodiscard]] bool hasSession() const { return m_session; }

    QJsonValue command(const QString &name, const QJsonObject &params, QString *error)
    {
        m_session = m_session || name == QLatin1String("WebDriver:NewSession");
        const QByteArray body =
            QJsonDocument(QJsonArray{0, ++m_id, name, params}).toJson(QJsonDocument::Compact);
        m_socket.write(QByteArray::number(body.size()) + ':' + body);
        const QJsonArray answer = receive().toArray();
        if (answer.size() != 4) {
            *error = QStringLiteral("no answer to %1").arg(name);
            return {};
        }
        if (!answer.at(2).isNull())
            *error = QString::fromUtf8(QJsonDocument(answer.at(2).toObject()).toJson(QJsonDocument::Compact));
        return answer.at(3);
    }

private:
    QJsonValue receive()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            const qsizetype colon = m_buffer.indexOf(':');
            if (colon > 0) {
                const qsizetype length = m_buffer.left(colon).toLongLong();
                if (m_buffer.size() >= colon + 1 + length) {
                    const QByteArray body = m_buffer.mid(colon + 1, length);
                    m_buffer.remove(0, colon + 1 + length);
                    const QJsonDocument doc = QJsonDocument::fromJson(body);
                    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                }
            }
            if (!m_socket.waitForReadyRead(1000) && m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            m_buffer += m_socket.readAll();
        }
        return {};
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_id = 0;
    bool m_session = false;
};

} // namespace

class TestThunderbirdApply : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;
    QString m_thunderbird;
    QTemporaryDir m_home; // HOME for Thunderbird: profiles.ini, caches
    QString m_profile;

    QProcessEnvironment thunderbirdEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("MOZ_CRASHREPORTER_DISABLE"), QStringLiteral("1"));
        env.remove(QStringLiteral("DISPLAY"));
        return env;
    }

    // Starts Thunderbird headless on the profile and waits until Marionette listens.
    bool start(QProcess *process, Marionette *marionette, bool systemAccess = false)
    {
        QFile::remove(QDir(m_profile).filePath(QStringLiteral("MarionetteActivePort")));
        process->setProcessEnvironment(thunderbirdEnvironment());
        process->setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("--headless"), QStringLiteral("--marionette"),
                         QStringLiteral("--no-remote"), QStringLiteral("--profile"), m_profile};
        if (systemAccess) // chrome-context scripts (the send below)
            args << QStringLiteral("-remote-allow-system-access");
        process->start(m_thunderbird, args);
        if (!process->waitForStarted(10000))
            return false;
        const QString portFile = QDir(m_profile).filePath(QStringLiteral("MarionetteActivePort"));
        for (int i = 0; i < 600 && process->state() == QProcess::Running; ++i) { // a 60 s bound
            const quint16 port = readAll(portFile).trimmed().toUShort();
            if (port != 0)
                return marionette->connectTo(port);
            process->waitForFinished(100);
        }
        return false;
    }

    // Marionette's quit (eAttemptQuit): Thunderbird's normal shutdown, which saves prefs.js.
    void quit(QProcess *process, Marionette *marionette)
    {
        QString error;
        if (!marionette->hasSession())
            marionette->command(QStringLiteral("WebDriver:NewSession"),
                                {{QStringLiteral("capabilities"), QJsonObject()}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonValue result = marionette->command(
            QStringLiteral("Marionette:Quit"),
            {{QStringLiteral("flags"), QJsonArray{QStringLiteral("eAttemptQuit")}}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.toObject().value(QLatin1String("cause")).toString(), QStringLiteral("shutdown"));
        QVERIFY2(process->waitForFinished(60000), "Thunderbird did not quit within 60 s");
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
        // Its own record of the shutdown: every phase up to the last, where prefs.js is saved.
        const QJsonObject checkpoints =
            QJsonDocument::fromJson(
                readAll(QDir(m_profile).filePath(QStringLiteral("sessionCheckpoints.json"))))
                .object();
        QVERIFY2(checkpoints.value(QLatin1String("profile-before-change")).toBool(),
                 QJsonDocument(checkpoints).toJson().constData());
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json;
    };

    Run cli(const QStringList &args, const QString &home = {})
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        CliApp app(out, err);
        const QString password = m_env.password;
        app.setPasswordReader([password](QString *p) {
            *p = password;
            return true;
        });
        const QByteArray oldHome = qgetenv("HOME");
        if (!home.isEmpty())
            qputenv("HOME", QFile::encodeName(home));
        run.code = app.run(QStringList{QStringLiteral("mailfix-cli")} + args);
        qputenv("HOME", oldHome);
        out.flush();
        err.flush();
        run.json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        return run;
    }

    QStringList applyArgs() const
    {
        return {QStringLiteral("apply"),
                QStringLiteral("--program"),
                QStringLiteral("thunderbird"),
                QStringLiteral("--profile"),
                m_profile,
                QStringLiteral("--settings"),
                QStringLiteral("smtp.example.test:465:tls:normal-password"),
                QStringLiteral("--user"),
                m_env.user,
                QStringLiteral("--json")};
    }

private slots:
    void initTestCase()
    {
        m_thunderbird = QStandardPaths::findExecutable(QStringLiteral("thunderbird"));
        if (m_thunderbird.isEmpty())
            QSKIP("thunderbird is not installed (Debian's thunderbird package; scripts/dev.sh installs it)");
        MAILFIX_REQUIRE_HARNESS(m_env);
        QVERIFY(m_home.isValid());
        m_profile = m_home.filePath(QStringLiteral("profile"));
        QProcess create;
        create.setProcessEnvironment(thunderbirdEnvironment());
        create.setProcessChannelMode(QProcess::MergedChannels);
        create.start(m_thunderbird, {QStringLiteral("--headless"), QStringLiteral("-CreateProfile"),
                                     QStringLiteral("mailfix %1").arg(m_profile)});
        QVERIFY2(create.waitForFinished(60000) && create.exitCode() == 0, create.readAll().constData());
        QVERIFY2(QFileInfo(m_profile).isDir(), "thunderbird -CreateProfile made no profile folder");
        QVERIFY(
            readAll(m_home.filePath(QStringLiteral(".thunderbird/profiles.ini"))).contains("Name=mailfix"));
        QFile prefs(QDir(m_profile).filePath(QStringLiteral("prefs.js")));
        QVERIFY(prefs.open(QIODevice::WriteOnly));
        QCOMPARE(prefs.write(kWrongAccount), kWrongAccount.size());
    }

    // While the real Thunderbird has the profile open, apply refuses and writes nothing.
    void refusedWhileRunning()
    {
        QProcess thunderbird;
        Marionette marionette;
        QVERIFY2(start(&thunderbird, &marionette), thunderbird.readAll().constData());
        QVERIFY(ThunderbirdSettingsWriter::isThunderbirdRunning(m_profile));
        const Run refused = cli(applyArgs());
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.json.value(QLatin1String("status")).toString(),
                 QStringLiteral("thunderbird-running"));
        QCOMPARE(refused.json.value(QLatin1String("written")).toBool(true), false);
        // Thunderbird itself may rewrite prefs.js meanwhile (its timed save): what must not be there is
        // anything of MailFix's: the new values, a backup.
        const QByteArray after = readAll(QDir(m_profile).filePath(QStringLiteral("prefs.js")));
        QVERIFY2(!after.contains(R"("mail.smtpserver.smtp1.port", 465)") &&
                     !after.contains(R"("mail.smtpserver.smtp1.try_ssl", 3)"),
                 after.constData());
        QVERIFY(ThunderbirdSettingsWriter::backups(m_profile).isEmpty());
        quit(&thunderbird, &marionette);
        QVERIFY(!ThunderbirdSettingsWriter::isThunderbirdRunning(m_profile)); // its lock link stays: stale
    }

    // Apply, let Thunderbird read and rewrite prefs.js, check what it kept, then diagnose it again.
    void applyThenThunderbirdThenDiagnose()
    {
        const Run applied = cli(applyArgs());
        QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
        QCOMPARE(applied.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QStringList changed;
        for (const QJsonValue &c : applied.json.value(QLatin1String("changes")).toArray())
            changed << c.toObject().value(QLatin1String("pref")).toString();
        QCOMPARE(changed, (QStringList{QStringLiteral("mail.smtpserver.smtp1.port"),
                                       QStringLiteral("mail.smtpserver.smtp1.try_ssl"),
                                       QStringLiteral("mail.smtpserver.smtp1.authMethod"),
                                       QStringLiteral("mail.smtpserver.smtp1.username")}));
        const QString prefsPath = QDir(m_profile).filePath(QStringLiteral("prefs.js"));
        const QByteArray written = readAll(prefsPath);

        QProcess thunderbird;
        Marionette marionette;
        QVERIFY2(start(&thunderbird, &marionette), thunderbird.readAll().constData());
        quit(&thunderbird, &marionette);
        if (QTest::currentTestFailed())
            return;
        const QByteArray saved = readAll(prefsPath);
        QVERIFY2(saved != written && saved.startsWith("// Mozilla User Preferences"),
                 "Thunderbird did not rewrite prefs.js");

        // Exactly the new values, none reset or dropped.
        QHash<QString, QVariant> values;
        for (const auto &pref : MailClients::parsePrefs(saved))
            values.insert(pref.first, pref.second);
        QCOMPARE(values.value(QStringLiteral("mail.smtpserver.smtp1.hostname")),
                 QVariant(QStringLiteral("smtp.example.test")));
        QCOMPARE(values.value(QStringLiteral("mail.smtpserver.smtp1.port")), QVariant(qint64(465)));
        QCOMPARE(values.value(QStringLiteral("mail.smtpserver.smtp1.try_ssl")), QVariant(qint64(3)));
        QCOMPARE(values.value(QStringLiteral("mail.smtpserver.smtp1.authMethod")), QVariant(qint64(3)));
        QCOMPARE(values.value(QStringLiteral("mail.smtpserver.smtp1.username")), QVariant(m_env.user));
        QCOMPARE(values.value(QStringLiteral("mail.identity.id1.smtpServer")),
                 QVariant(QStringLiteral("smtp1")));
        QCOMPARE(values.value(QStringLiteral("mail.smtpservers")), QVariant(QStringLiteral("smtp1")));
        QVERIFY(!saved.contains(m_env.password.toUtf8()));

        // MailFix reads the profile again (as the default profile of a HOME) and diagnoses it for real.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".thunderbird"))));
        QFile ini(home.filePath(QStringLiteral(".thunderbird/profiles.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[Profile0]\nName=mailfix\nIsRelative=0\nPath=" + QFile::encodeName(m_profile) +
                  "\nDefault=1\n");
        ini.close();
        const Run diagnosed =
            cli({QStringLiteral("diagnose"), m_env.user, QStringLiteral("--read-settings"),
                 QStringLiteral("thunderbird"), QStringLiteral("--user"), m_env.user,
                 QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), m_env.caFile,
                 QStringLiteral("--ispdb-url"), QStringLiteral("https://ispdb.test/v1.1/"),
                 QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--json")},
                home.path());
        const QByteArray shown = diagnosed.out.toUtf8() + diagnosed.err.toUtf8();
        QVERIFY2(!shown.contains(m_env.password.toUtf8()), "the password is in the output");
        QVERIFY2(diagnosed.code == 0, shown.constData());
        const QJsonArray accounts = diagnosed.json.value(QLatin1String("accounts")).toArray();
        QVERIFY2(accounts.size() == 1, shown.constData());
        const QJsonObject account = accounts.first().toObject();
        const QJsonObject current = account.value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("port")).toInt(), 465);
        QCOMPARE(account.value(QLatin1String("works")).toBool(), true);
        QStringList ids;
        for (const QJsonValue &f : diagnosed.json.value(QLatin1String("findings")).toArray())
            ids << f.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(ids.contains(QStringLiteral("settings-ok")), qPrintable(ids.join(QLatin1Char(','))));
    }

    // Thunderbird itself sends with the fixed settings: a chrome script over Marionette trusts the harness's
    // CA in this profile, gives the SMTP server the password in memory only and sends a message with
    // nsIMsgSend; Exim accepts it (465, TLS, AUTH) and delivers it to the harness's mailbox.
    void thunderbirdSendsWithTheFix()
    {
        QProcess thunderbird;
        Marionette marionette;
        QVERIFY2(start(&thunderbird, &marionette, true), thunderbird.readAll().constData());
        QString error;
        marionette.command(QStringLiteral("WebDriver:NewSession"),
                           {{QStringLiteral("capabilities"), QJsonObject()}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        marionette.command(QStringLiteral("Marionette:SetContext"),
                           {{QStringLiteral("value"), QStringLiteral("chrome")}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        marionette.command(QStringLiteral("WebDriver:SetTimeouts"), {{QStringLiteral("script"), 30000}},
                           &error);
        QString ca;
        for (const QString &line : QString::fromLatin1(readAll(m_env.caFile)).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("-----")))
                ca += line.trimmed();
        }
        const QString script = QString::fromLatin1(
            "const [ca, password, user, done] = arguments;\n"
            "try {\n"
            "  const { MailServices } = "
            "ChromeUtils.importESModule(\"resource:///modules/MailServices.sys.mjs\");\n"
            "  Cc[\"@mozilla.org/security/x509certdb;1\"].getService(Ci.nsIX509CertDB).addCertFromBase64(ca, "
            "\"C,C,C\");\n"
            "  const identity = MailServices.accounts.getIdentity(\"id1\");\n"
            "  MailServices.outgoingServer.getServerByIdentity(identity).password = password;\n"
            "  const fields = "
            "Cc[\"@mozilla.org/messengercompose/composefields;1\"].createInstance(Ci.nsIMsgCompFields);\n"
            "  fields.from = user;\n"
            "  fields.to = user;\n"
            "  fields.subject = \"Sent by Thunderbird with MailFix's fix\";\n"
            "  fields.body = \"Hello.\\r\\n\";\n"
            "  const listener = {\n"
            "    QueryInterface: ChromeUtils.generateQI([\"nsIMsgSendListener\"]),\n"
            "    onStartSending() {}, onSendProgress() {}, onStatus() {}, onGetDraftFolderURI() {}, "
            "onStopCopy() {},\n"
            "    onSendNotPerformed(id, status) { done(\"not sent \" + status); },\n"
            "    onTransportSecurityError(id, status) { done(\"security error \" + status); },\n"
            "    onStopSending(id, status) { done(status === 0 ? \"sent \" + id : \"failed \" + status); },\n"
            "  };\n"
            "  "
            "Cc[\"@mozilla.org/messengercompose/"
            "send;1\"].createInstance(Ci.nsIMsgSend).createAndSendMessage(\n"
            "    null, identity, \"\", fields, false, false, Ci.nsIMsgSend.nsMsgDeliverNow, null, "
            "\"text/plain\", fields.body,\n"
            "    null, null, listener, null, null, Ci.nsIMsgCompType.New);\n"
            "} catch (e) { done(\"exception \" + e); }\n");
        const QString result =
            marionette
                .command(QStringLiteral("WebDriver:ExecuteAsyncScript"),
                         {{QStringLiteral("script"), script},
                          {QStringLiteral("args"), QJsonArray{ca, m_env.password, m_env.user}}},
                         &error)
                .toObject()
                .value(QLatin1String("value"))
                .toString();
        quit(&thunderbird, &marionette);
        QVERIFY2(error.isEmpty(), qPrintable(error.replace(m_env.password, QStringLiteral("<password>"))));
        QVERIFY2(result.startsWith(QLatin1String("sent <")), qPrintable(result));
        const QString messageId = result.mid(6).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        const QString mbox =
            qEnvironmentVariable("MAILFIX_HARNESS_RUNDIR") + QStringLiteral("/exim/mail/mbox");
        QTRY_VERIFY2_WITH_TIMEOUT(readAll(mbox).contains(messageId.toUtf8()),
                                  qPrintable(QStringLiteral("%1 not in %2").arg(messageId, mbox)), 10000);
        QVERIFY(
            !readAll(QDir(m_profile).filePath(QStringLiteral("prefs.js"))).contains(m_env.password.toUtf8()));
    }

    // Undo after Thunderbird rewrote the file: the file MailFix backed up comes back byte for byte.
    void undoRestoresTheBackup()
    {
        const QStringList backups = ThunderbirdSettingsWriter::backups(m_profile);
        QCOMPARE(backups.size(), 1);
        const QByteArray original = readAll(backups.first());
        QCOMPARE(original, readAll(backups.first())); // what Thunderbird wrote before the fix
        const Run undone =
            cli({QStringLiteral("apply"), QStringLiteral("--undo"), QStringLiteral("--program"),
                 QStringLiteral("thunderbird"), QStringLiteral("--profile"), m_profile});
        QVERIFY2(undone.code == 0, qPrintable(undone.out + undone.err));
        QCOMPARE(readAll(QDir(m_profile).filePath(QStringLiteral("prefs.js"))), original);
    }
};

QTEST_GUILESS_MAIN(TestThunderbirdApply)
#include "tst_thunderbird_apply.moc"
