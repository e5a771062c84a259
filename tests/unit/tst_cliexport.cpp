#include "CliTestRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// mailfix-cli export: every bad argument is exit code 2 with a sentence saying what is wrong; the Apple
// Mail profile, the PRF file and the settings card (PDF on one page, HTML with the pictures inside) are
// written with the given values; a second profile for the same address has the same identifier.
class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static CliTestRun run(const QStringList &args)
    {
        return CliTestRun::run(QStringList{QStringLiteral("export")} + args, {}, DeploymentConfig());
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A valid account; extra options appended.
    static QStringList account(const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("--address"),
                           QStringLiteral("alice@example.test"),
                           QStringLiteral("--name"),
                           QStringLiteral("Alice Example"),
                           QStringLiteral("--settings"),
                           QStringLiteral("smtp.example.test:587:starttls:normal-password"),
                           QStringLiteral("--incoming"),
                           QStringLiteral("imap.example.test:993:tls:normal-password"),
                           QStringLiteral("--user"),
                           QStringLiteral("alice@example.test")} +
               extra;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString mc = QStringLiteral("--mobileconfig");
        const QString out = file(QStringLiteral("bad.mobileconfig"));
        QTest::newRow("nothing to write") << account() << QStringLiteral("say what to write");
        QTest::newRow("a password") << account({mc, out, QStringLiteral("--password-stdin")})
                                    << QStringLiteral("export takes no password");
        QTest::newRow("card without program")
            << account({QStringLiteral("--settings-card"), file(QStringLiteral("c.pdf"))})
            << QStringLiteral("--settings-card needs --program");
        QTest::newRow("card as text")
            << account({QStringLiteral("--settings-card"), file(QStringLiteral("c.txt")),
                        QStringLiteral("--program"), QStringLiteral("thunderbird")})
            << QStringLiteral("takes a .pdf or .html file");
        QTest::newRow("unknown program")
            << account({QStringLiteral("--settings-card"), file(QStringLiteral("c.pdf")),
                        QStringLiteral("--program"), QStringLiteral("eudora")})
            << QStringLiteral("unknown program \"eudora\"");
        QTest::newRow("profile without incoming")
            << QStringList{mc,
                           out,
                           QStringLiteral("--address"),
                           QStringLiteral("a@example.test"),
                           QStringLiteral("--settings"),
                           QStringLiteral("smtp.example.test:587:starttls:normal"),
                           QStringLiteral("--user"),
                           QStringLiteral("a")}
            << QStringLiteral("--incoming is required");
        QStringList noAddress = account({mc, out});
        noAddress.remove(0, 2);
        QTest::newRow("no address") << noAddress << QStringLiteral("--address is required");
        QTest::newRow("bad address") << account(
                                            {mc, out, QStringLiteral("--address"), QStringLiteral("alice")})
                                     << QStringLiteral("\"alice\" is not an email address");
        QTest::newRow("bad settings")
            << account({mc, out, QStringLiteral("--settings"), QStringLiteral("smtp.example.test:587")})
            << QStringLiteral("is not HOST:PORT:SECURITY:AUTH");
        QTest::newRow("bad incoming") << account({mc, out, QStringLiteral("--incoming"),
                                                  QStringLiteral("imap.example.test:0:tls:normal")})
                                      << QStringLiteral("is not a port");
        QTest::newRow("unknown protocol")
            << account({mc, out, QStringLiteral("--incoming-protocol"), QStringLiteral("smtp")})
            << QStringLiteral("unknown incoming protocol \"smtp\"");
        QTest::newRow("oauth2") << account({mc, out, QStringLiteral("--settings"),
                                            QStringLiteral("smtp.example.test:587:starttls:oauth2")})
                                << QStringLiteral("OAuth2");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliTestRun r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("bad.mobileconfig"))));
    }

    void writesAllThree()
    {
        const QString profile = file(QStringLiteral("alice.mobileconfig"));
        const QString prf = file(QStringLiteral("alice.prf"));
        const QString card = file(QStringLiteral("alice.pdf"));
        const CliTestRun r = run(account({QStringLiteral("--mobileconfig"), profile, QStringLiteral("--prf"),
                                          prf, QStringLiteral("--settings-card"), card,
                                          QStringLiteral("--program"), QStringLiteral("thunderbird"),
                                          QStringLiteral("--incoming-protocol"), QStringLiteral("pop3")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("remove the old account for alice@example.test")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("The new Outlook does not accept PRF files")),
                 qPrintable(r.out));
        const QByteArray mc = read(profile);
        QVERIFY(mc.contains("<string>imap.example.test</string>"));
        QVERIFY(mc.contains("<string>EmailTypePOP</string>"));
        QVERIFY(mc.contains("<string>Alice Example</string>"));
        const QByteArray p = read(prf);
        QVERIFY(p.contains("POP3Server=imap.example.test\r\n"));
        QVERIFY(p.contains("SMTPSecureConnection=2\r\n"));
        const QByteArray pdf = read(card);
        QVERIFY(pdf.startsWith("%PDF-"));
        // one page: one page object
        QCOMPARE(pdf.count(QByteArray("/Type /Page\n")) + pdf.count(QByteArray("/Type /Page ")) +
                     pdf.count(QByteArray("/Type /Page/")) + pdf.count(QByteArray("/Type/Page\n")),
                 1);
    }

    void htmlCard()
    {
        const QString card = file(QStringLiteral("card.html"));
        const CliTestRun r =
            run(account({QStringLiteral("--settings-card"), card, QStringLiteral("--program"),
                         QStringLiteral("outlook"), QStringLiteral("--version"), QStringLiteral("classic")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString html = QString::fromUtf8(read(card));
        QVERIFY(html.contains(QLatin1String("Mail settings for alice@example.test")));
        QVERIFY(html.contains(QLatin1String("<td>imap.example.test</td>")));
        QVERIFY(html.contains(QLatin1String("<td>smtp.example.test</td>")));
        QVERIFY(html.contains(QLatin1String("<td>587</td>")));
        QVERIFY(html.contains(QLatin1String("<td>STARTTLS</td>"))); // Outlook's own word
        const QRegularExpression steps(QStringLiteral("Wrote the settings card for .* \\((\\d+) steps\\)"));
        const QRegularExpressionMatch m = steps.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QVERIFY(m.captured(1).toInt() > 0);
        QCOMPARE(html.count(QLatin1String("<section class=\"step\">")), m.captured(1).toInt());
        QVERIFY(html.count(QLatin1String("src=\"data:image/png;base64,")) > 0);
    }

    // Installing the newer profile replaces the older: the identifiers depend on the address alone.
    void secondExportReplacesFirst()
    {
        const QString a = file(QStringLiteral("first.mobileconfig"));
        const QString b = file(QStringLiteral("second.mobileconfig"));
        QCOMPARE(run(account({QStringLiteral("--mobileconfig"), a})).code, 0);
        QCOMPARE(run(account({QStringLiteral("--mobileconfig"), b, QStringLiteral("--settings"),
                              QStringLiteral("mail.example.test:465:tls:encrypted-password")}))
                     .code,
                 0);
        const QRegularExpression ids(
            QStringLiteral("<key>Payload(Identifier|UUID)</key>\\s*<string>([^<]+)</string>"));
        const auto all = [&](const QByteArray &text) {
            QStringList out;
            for (auto it = ids.globalMatch(QString::fromUtf8(text)); it.hasNext();)
                out << it.next().captured(2);
            return out;
        };
        const QStringList first = all(read(a));
        QCOMPARE(first.size(), 4);
        QCOMPARE(all(read(b)), first);
        QVERIFY(read(a) != read(b)); // the settings did change
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
