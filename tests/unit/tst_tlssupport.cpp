#include "TlsSupport.h"

#include <QTest>

// TlsSupport: the start-up check that TLS works, and the sentence shown when it does not.
class TestTlsSupport : public QObject
{
    Q_OBJECT

private slots:
    void describeProblem_data()
    {
        using P = TlsSupport::Packaging;
        QTest::addColumn<bool>("supportsSsl");
        QTest::addColumn<QStringList>("backends");
        QTest::addColumn<QString>("active");
        QTest::addColumn<P>("packaging");
        QTest::addColumn<QString>("mentions"); // empty: no problem expected

        const QStringList openssl{QStringLiteral("openssl")};
        QTest::newRow("openssl works")
            << true << openssl << QStringLiteral("openssl") << P::SystemPackages << QString();
        QTest::newRow("plugin missing")
            << false << QStringList{} << QString() << P::SystemPackages << QStringLiteral("libqt6network6");
        QTest::newRow("library missing") << false << openssl << QStringLiteral("openssl") << P::SystemPackages
                                         << QStringLiteral("libssl3");
        QTest::newRow("other backend active")
            << true << QStringList{QStringLiteral("openssl"), QStringLiteral("cert-only")}
            << QStringLiteral("cert-only") << P::SystemPackages << QStringLiteral("\"cert-only\"");
        // Windows and macOS: Qt and OpenSSL are MailFix's own files, so the way out is to reinstall MailFix.
        QTest::newRow("bundled: openssl works")
            << true << openssl << QStringLiteral("openssl") << P::Bundled << QString();
        QTest::newRow("bundled: plugin missing")
            << false << QStringList{QStringLiteral("schannel")} << QStringLiteral("schannel") << P::Bundled
            << QStringLiteral("plugin, which comes with MailFix, is missing; reinstall MailFix");
        QTest::newRow("bundled: library missing")
            << false << openssl << QStringLiteral("openssl") << P::Bundled
            << QStringLiteral("libraries that come with MailFix could not be loaded; reinstall MailFix");
        QTest::newRow("bundled: schannel active")
            << true << QStringList{QStringLiteral("schannel"), QStringLiteral("openssl")}
            << QStringLiteral("schannel") << P::Bundled
            << QStringLiteral("\"schannel\" TLS backend and MailFix needs OpenSSL; reinstall MailFix");
    }

    void describeProblem()
    {
        QFETCH(bool, supportsSsl);
        QFETCH(QStringList, backends);
        QFETCH(QString, active);
        QFETCH(TlsSupport::Packaging, packaging);
        QFETCH(QString, mentions);
        const QString problem = TlsSupport::describeProblem(supportsSsl, backends, active, packaging);
        if (mentions.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY2(problem.contains(mentions), qPrintable(problem));
            // A bundled MailFix never sends the user to a Linux package manager.
            QCOMPARE(problem.contains(QLatin1String("apt-get")) || problem.contains(QLatin1String("Debian")),
                     packaging == TlsSupport::Packaging::SystemPackages);
            // One sentence: it ends with a full stop and has no line breaks.
            QVERIFY(problem.endsWith(QLatin1Char('.')));
            QVERIFY(!problem.contains(QLatin1Char('\n')));
        }
    }

    // This machine has Qt's OpenSSL backend and OpenSSL 3: the real check must say so.
    void checkOnThisMachine()
    {
        const TlsStatus status = TlsSupport::check();
        QVERIFY2(status.available, qPrintable(status.problem));
        QCOMPARE(status.backend, QStringLiteral("openssl"));
        QVERIFY(status.libraryVersion.contains(QLatin1String("OpenSSL")));
    }
};

QTEST_GUILESS_MAIN(TestTlsSupport)
#include "tst_tlssupport.moc"
