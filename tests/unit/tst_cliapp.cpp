#include "Version.h"
#include "cli/CliApp.h"

#include <QTest>

// CliApp: the console program's argument handling and exit codes.
class TestCliApp : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApp cli(outStream, errStream);
        const int code = cli.run(QStringList{QStringLiteral("mailfix-cli")} + args);
        outStream.flush();
        errStream.flush();
        return {code, out, err};
    }

private slots:
    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("outContains");
        QTest::addColumn<QString>("errContains");

        const QString version = QLatin1String(MailFix::kVersion);
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << version << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("version")} << 0 << version << QString();
        QTest::newRow("--help lists commands")
            << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("self-test") << QString();
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << QStringLiteral("Commands:")
                            << QString();
        QTest::newRow("no arguments") << QStringList{} << 2 << QString() << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("self-test") << QStringList{QStringLiteral("self-test")} << 0
                                   << QStringLiteral("OpenSSL") << QString();
    }

    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, outContains);
        QFETCH(QString, errContains);
        const Run result = run(args);
        QCOMPARE(result.code, code);
        QVERIFY2(result.out.contains(outContains), qPrintable(result.out));
        QVERIFY2(result.err.contains(errContains), qPrintable(result.err));
        if (errContains.isEmpty())
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliApp)
#include "tst_cliapp.moc"
