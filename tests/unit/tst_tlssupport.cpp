#include "TlsSupport.h"

#include <QTest>

// TlsSupport: the start-up check that TLS works, and the sentence shown when it does not.
class TestTlsSupport : public QObject
{
    Q_OBJECT

private slots:
    void describeProblem_data()
    {
        QTest::addColumn<bool>("supportsSsl");
        QTest::addColumn<QStringList>("backends");
        QTest::addColumn<QString>("active");
        QTest::addColumn<QString>("mentions"); // empty: no problem expected

        QTest::newRow("openssl works")
            << true << QStringList{QStringLiteral("openssl")} << QStringLiteral("openssl") << QString();
        QTest::newRow("plugin missing")
            << false << QStringList{} << QString() << QStringLiteral("libqt6network6");
        QTest::newRow("library missing") << false << QStringList{QStringLiteral("openssl")}
                                         << QStringLiteral("openssl") << QStringLiteral("libssl3");
        QTest::newRow("other backend active")
            << true << QStringList{QStringLiteral("openssl"), QStringLiteral("cert-only")}
            << QStringLiteral("cert-only") << QStringLiteral("\"cert-only\"");
    }

    void describeProblem()
    {
        QFETCH(bool, supportsSsl);
        QFETCH(QStringList, backends);
        QFETCH(QString, active);
        QFETCH(QString, mentions);
        const QString problem = TlsSupport::describeProblem(supportsSsl, backends, active);
        if (mentions.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY(problem.contains(mentions));
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
