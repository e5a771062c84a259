#include "CliTestRun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// mailfix-cli guide: every bad argument is exit code 2 with a sentence saying what is wrong; the three
// formats (PDF, HTML with embedded pictures, a folder of numbered PNGs) are written with the user's
// values; --finding chooses the steps as the wizard does; the real program draws without a display.
class TestCliGuide : public QObject
{
    Q_OBJECT

    using Run = CliTestRun;

    static Run run(const QStringList &args)
    {
        return CliTestRun::run(QStringList{QStringLiteral("guide")} + args, {}, DeploymentConfig());
    }

    using Changes = QList<QPair<QString, QString>>;

    // A valid command line with some options changed: a value replaces the option's, an empty one leaves
    // the option out; options that are not in it are added.
    QStringList arguments(const Changes &changes = {}) const
    {
        Changes options{
            {QStringLiteral("--program"), QStringLiteral("thunderbird")},
            {QStringLiteral("--settings"), QStringLiteral("smtp.example.test:465:tls:normal-password")},
            {QStringLiteral("--user"), QStringLiteral("alice@example.test")},
            {QStringLiteral("--out"), m_dir.filePath(QStringLiteral("guide.pdf"))},
        };
        for (const auto &[name, value] : changes) {
            const auto same =
                std::find_if(options.begin(), options.end(), [&](const auto &o) { return o.first == name; });
            if (same == options.end())
                options.append({name, value});
            else
                same->second = value;
        }
        QStringList args;
        for (const auto &[name, value] : std::as_const(options)) {
            if (!value.isEmpty())
                args << name << value;
        }
        return args;
    }
    QStringList arguments(const QString &option, const QString &value = {}) const
    {
        return arguments(Changes{{option, value}});
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QFile notAGuide(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notAGuide.open(QIODevice::WriteOnly));
        const auto row = [](const char *name, const QStringList &args, const char *message) {
            QTest::newRow(name) << args << QString::fromUtf8(message);
        };
        const QString program = QStringLiteral("--program");
        const QString version = QStringLiteral("--version");
        const QString settings = QStringLiteral("--settings");
        const QString finding = QStringLiteral("--finding");
        const QString out = QStringLiteral("--out");
        row("no program", arguments(program), "--program is required (use ");
        row("unknown program", arguments(program, QStringLiteral("eudora")),
            "unknown program \"eudora\" (use ");
        row("unknown version", arguments(version, QStringLiteral("3")),
            "there is no guide for version \"3\" of thunderbird (use 115");
        row("no settings", arguments(settings), "--settings is required");
        row("settings too short", arguments(settings, QStringLiteral("smtp.example.test:587")),
            "is not HOST:PORT:SECURITY:AUTH");
        row("settings bad port", arguments(settings, QStringLiteral("smtp.example.test:0:tls:none")),
            "is not a port");
        row("settings bad security",
            arguments(settings, QStringLiteral("smtp.example.test:587:ssl3:normal-password")),
            "unknown security");
        row("settings bad auth", arguments(settings, QStringLiteral("smtp.example.test:587:tls:kerberos")),
            "unknown authentication");
        row("no user", arguments(QStringLiteral("--user")), "--user is required");
        row("unknown finding", arguments(finding, QStringLiteral("frobnicated")),
            "unknown finding \"frobnicated\" (use auth-required, ");
        row("finding without settings to change", arguments(finding, QStringLiteral("mailbox-full")),
            "the fix for \"mailbox-full\" is not a change in the mail program's settings");
        row("next step as finding", arguments(finding, QStringLiteral("outlook-data-file")),
            "the fix for \"outlook-data-file\" is not a change");
        row("no out", arguments(out), "--out is required");
        row("out is another file", arguments(out, notAGuide.fileName()),
            "is not a .pdf or .html file or a folder");
        row("out with another suffix", arguments(out, m_dir.filePath(QStringLiteral("guide.png"))),
            "is not a .pdf or .html file or a folder");
        row("out not writable", arguments(out, QStringLiteral("/no/such/folder/guide.pdf")), "cannot write");
        row("stray argument", arguments() << QStringLiteral("extra"), "unexpected argument \"extra\"");
        row("unknown option", arguments() << QStringLiteral("--frobnicate"), "Unknown option");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run result = run(args);
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.startsWith(QLatin1String("mailfix-cli guide: ")), qPrintable(result.err));
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    }

    void helpListsGuide()
    {
        const Run help = CliTestRun::run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        const QString &out = help.out;
        QVERIFY2(out.contains(
                     QLatin1String("  guide --program P [--version V] --settings HOST:PORT:SECURITY:AUTH")),
                 qPrintable(out));
        // Between explain and self-test, as in the README.
        QVERIFY(out.indexOf(QLatin1String("  explain TEXT")) < out.indexOf(QLatin1String("  guide ")));
        QVERIFY(out.indexOf(QLatin1String("  guide ")) < out.indexOf(QLatin1String("  self-test")));
    }

    void pdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("thunderbird.pdf"));
        const Run result = run(arguments(QStringLiteral("--out"), path));
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("Thunderbird 115 and later")), qPrintable(result.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000); // the pictures are in it
    }

    // The user's values in the text, the pictures embedded; each program and an older version.
    void html_data()
    {
        QTest::addColumn<Changes>("extra");
        QTest::addColumn<QString>("title");
        const QString program = QStringLiteral("--program");
        const QString version = QStringLiteral("--version");
        QTest::newRow("thunderbird") << Changes{} << QStringLiteral("Thunderbird 115 and later");
        QTest::newRow("outlook, newest") << Changes{{program, QStringLiteral("outlook")}}
                                         << QStringLiteral("Outlook for Microsoft 365, 2021, 2019 and 2016");
        QTest::newRow("outlook 2010-2013")
            << Changes{{program, QStringLiteral("outlook")}, {version, QStringLiteral("2010-2013")}}
            << QStringLiteral("Outlook 2013 and 2010");
        QTest::newRow("new outlook") << Changes{{program, QStringLiteral("outlook")},
                                                {version, QStringLiteral("new")}}
                                     << QStringLiteral("The new Outlook for Windows");
        QTest::newRow("applemail") << Changes{{program, QStringLiteral("applemail")}}
                                   << QStringLiteral("Mail on macOS 13 Ventura and later");
        QTest::newRow("apple-mail legacy")
            << Changes{{program, QStringLiteral("apple-mail")}, {version, QStringLiteral("legacy")}}
            << QStringLiteral("Mail on macOS 12 Monterey and earlier");
    }

    void html()
    {
        QFETCH(Changes, extra);
        QFETCH(QString, title);
        const QString path = m_dir.filePath(QStringLiteral("guide.html"));
        const Changes changes{
            {QStringLiteral("--settings"), QStringLiteral("mail.contoso.test:2525:starttls:normal-password")},
            {QStringLiteral("--user"), QStringLiteral("bob.smith@contoso.test")},
            {QStringLiteral("--out"), path},
        };
        const Run result = run(arguments(changes + extra));
        QCOMPARE(result.code, 0);
        QVERIFY2(result.out.contains(title), qPrintable(result.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QLatin1String("<img src=\"data:image/png;base64,")));
        QVERIFY(html.contains(QLatin1String("mail.contoso.test")));
        QVERIFY(html.contains(QLatin1String("2525")));
        QVERIFY(html.contains(QLatin1String("bob.smith@contoso.test")));
        QVERIFY2(html.contains(title.toHtmlEscaped()), qPrintable(title));
    }

    void pngFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("pictures"));
        const Run result = run(arguments(QStringLiteral("--out"), path));
        QCOMPARE(result.code, 0);
        const QStringList pngs = QDir(path).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(pngs.size() >= 3, qPrintable(pngs.join(QLatin1Char(' '))));
        for (int i = 0; i < pngs.size(); ++i)
            QVERIFY2(pngs.at(i).startsWith(QStringLiteral("%1-").arg(i + 1, 2, 10, QLatin1Char('0'))),
                     qPrintable(pngs.at(i)));
        QVERIFY(QImage(QDir(path).filePath(pngs.first())).width() > 100);
        // An existing folder is written into, too.
        QCOMPARE(run(arguments(QStringLiteral("--out"), path)).code, 0);
    }

    // --finding chooses the steps as the Fix page does: only what that fix changes (not the port when
    // only signing in is wrong), with the Fix page's notes.
    void finding()
    {
        const QString all = m_dir.filePath(QStringLiteral("all"));
        const QString auth = m_dir.filePath(QStringLiteral("auth"));
        const QString appPassword = m_dir.filePath(QStringLiteral("app-password.html"));
        QCOMPARE(run(arguments(QStringLiteral("--out"), all)).code, 0);
        QCOMPARE(run(arguments({{QStringLiteral("--out"), auth},
                                {QStringLiteral("--finding"), QStringLiteral("auth-required")}}))
                     .code,
                 0);
        const auto stepsText = [](const QString &folder) {
            QFile steps(QDir(folder).filePath(QStringLiteral("steps.txt")));
            return steps.open(QIODevice::ReadOnly) ? QString::fromUtf8(steps.readAll()) : QString();
        };
        const QString text = stepsText(auth);
        QVERIFY(stepsText(all).contains(QLatin1String("Set Port to 465.")));
        QVERIFY(text.contains(QLatin1String("Authentication method")));
        QVERIFY2(!text.contains(QLatin1String("Set Port to")), qPrintable(text));
        QCOMPARE(run(arguments({{QStringLiteral("--out"), appPassword},
                                {QStringLiteral("--finding"), QStringLiteral("app-password-required")}}))
                     .code,
                 0);
        QFile html(appPassword);
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(html.readAll()).contains(QLatin1String("app password")));
    }

    // --incoming adds the incoming server's steps with its values; --finding incoming-settings-wrong shows
    // only those, and needs --incoming.
    void incoming()
    {
        const auto stepsText = [](const QString &folder) {
            QFile steps(QDir(folder).filePath(QStringLiteral("steps.txt")));
            return steps.open(QIODevice::ReadOnly) ? QString::fromUtf8(steps.readAll()) : QString();
        };
        const QString both = m_dir.filePath(QStringLiteral("incoming-all"));
        const QString only = m_dir.filePath(QStringLiteral("incoming-only"));
        const QString in = QStringLiteral("pop.example.test:995:tls:pop3");
        QCOMPARE(run(arguments({{QStringLiteral("--out"), both}, {QStringLiteral("--incoming"), in}})).code,
                 0);
        QString text = stepsText(both);
        QVERIFY2(text.contains(QLatin1String("Set Server Name to pop.example.test.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Set Port to 995.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Set Server Name to smtp.example.test.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The incoming server to use: pop.example.test (POP), port 995, "
                                             "SSL/TLS, user name alice@example.test.")),
                 qPrintable(text));
        QCOMPARE(run(arguments({{QStringLiteral("--out"), only},
                                {QStringLiteral("--incoming"), in},
                                {QStringLiteral("--finding"), QStringLiteral("incoming-settings-wrong")}}))
                     .code,
                 0);
        text = stepsText(only);
        QVERIFY2(text.contains(QLatin1String("Set Server Name to pop.example.test.")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("smtp.example.test")), qPrintable(text));
        // without --incoming: not without steps, but a clear error
        const Run missing =
            run(arguments({{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))},
                           {QStringLiteral("--finding"), QStringLiteral("incoming-settings-wrong")}}));
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QLatin1String("--incoming")), qPrintable(missing.err));
        const Run bad =
            run(arguments({{QStringLiteral("--incoming"), QStringLiteral("pop.example.test:995:tls:smtp")}}));
        QCOMPARE(bad.code, 2);
        // no steps for the incoming server without the finding or --incoming
        QVERIFY(!stepsText(m_dir.filePath(QStringLiteral("all"))).contains(QLatin1String("Server Settings")));
    }

    // The real program: it draws without a display (Qt's offscreen platform), and the other commands
    // never load a Qt Gui platform at all (an unusable QT_QPA_PLATFORM does not stop them).
    void realProgramWithoutDisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        const QString path = m_dir.filePath(QStringLiteral("real.pdf"));
        process.start(QStringLiteral(MAILFIX_CLI),
                      QStringList{QStringLiteral("guide")} + arguments(QStringLiteral("--out"), path));
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        process.start(QStringLiteral(MAILFIX_CLI),
                      {QStringLiteral("guide"), QStringLiteral("--program"), QStringLiteral("eudora")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("unknown program \"eudora\""));

        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MAILFIX_CLI),
                      {QStringLiteral("explain"), QStringLiteral("535 5.7.8 failed")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_MAIN(TestCliGuide)
#include "tst_cliguide.moc"
