#include "detect/EmailAddress.h"

#include <QTest>

Q_DECLARE_METATYPE(EmailAddress::Problem)

// EmailAddress: what people type, checked and split, with the oddities that trip up mail programs.
class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        using P = EmailAddress::Problem;
        QTest::addColumn<QString>("input");
        QTest::addColumn<P>("problem");
        QTest::addColumn<QString>("localPart");
        QTest::addColumn<QString>("aceDomain");

        QTest::newRow("plain") << QStringLiteral("alice@example.com") << P::None << QStringLiteral("alice")
                               << QStringLiteral("example.com");
        QTest::newRow("upper-case domain") << QStringLiteral("Alice@Example.COM") << P::None
                                           << QStringLiteral("Alice") << QStringLiteral("example.com");
        QTest::newRow("spaces around") << QStringLiteral("  alice@example.com ") << P::None
                                       << QStringLiteral("alice") << QStringLiteral("example.com");
        QTest::newRow("plus tag") << QStringLiteral("alice+mail@example.com") << P::None
                                  << QStringLiteral("alice+mail") << QStringLiteral("example.com");
        QTest::newRow("IDN domain") << QStringLiteral("jürgen@münchen.de") << P::None
                                    << QStringLiteral("jürgen") << QStringLiteral("xn--mnchen-3ya.de");
        QTest::newRow("ACE domain") << QStringLiteral("a@xn--mnchen-3ya.de") << P::None << QStringLiteral("a")
                                    << QStringLiteral("xn--mnchen-3ya.de");
        QTest::newRow("trailing dot") << QStringLiteral("a@example.com.") << P::None << QStringLiteral("a")
                                      << QStringLiteral("example.com");
        QTest::newRow("quoted local part with @")
            << QStringLiteral("\"a@b\"@example.com") << P::None << QStringLiteral("\"a@b\"")
            << QStringLiteral("example.com");
        QTest::newRow("empty") << QString() << P::Empty << QString() << QString();
        QTest::newRow("only spaces") << QStringLiteral("   ") << P::Empty << QString() << QString();
        QTest::newRow("no @") << QStringLiteral("alice.example.com") << P::NoAt << QString() << QString();
        QTest::newRow("nothing before @")
            << QStringLiteral("@example.com") << P::EmptyLocalPart << QString() << QString();
        QTest::newRow("nothing after @")
            << QStringLiteral("alice@") << P::EmptyDomain << QStringLiteral("alice") << QString();
        QTest::newRow("two @") << QStringLiteral("a@b@example.com") << P::UnquotedAt << QStringLiteral("a@b")
                               << QString();
        QTest::newRow("space inside") << QStringLiteral("alice smith@example.com") << P::Space
                                      << QStringLiteral("alice smith") << QString();
        QTest::newRow("space in domain")
            << QStringLiteral("alice@exa mple.com") << P::Space << QStringLiteral("alice") << QString();
        QTest::newRow("line break") << QStringLiteral("alice@example.com\r\nRCPT TO:<x@y>")
                                    << P::ControlCharacter << QString() << QString();
        QTest::newRow("NUL") << QStringLiteral("alice@exa") + QChar(0) + QStringLiteral("mple.com")
                             << P::ControlCharacter << QString() << QString();
        QTest::newRow("no dot in domain")
            << QStringLiteral("alice@localhost") << P::BadDomain << QStringLiteral("alice") << QString();
        QTest::newRow("bad domain characters")
            << QStringLiteral("alice@exa_mple!.com") << P::BadDomain << QStringLiteral("alice") << QString();
        QTest::newRow("empty label") << QStringLiteral("alice@example..com") << P::BadDomain
                                     << QStringLiteral("alice") << QString();
        QTest::newRow("IP address") << QStringLiteral("alice@192.168.1.1") << P::BadDomain
                                    << QStringLiteral("alice") << QString();
        QTest::newRow("label too long") << QStringLiteral("a@%1.com").arg(QString(64, QLatin1Char('x')))
                                        << P::BadDomain << QStringLiteral("a") << QString();
        QTest::newRow("too long") << QString(250, QLatin1Char('a')) + QStringLiteral("@example.com")
                                  << P::TooLong << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(EmailAddress::Problem, problem);
        QFETCH(QString, localPart);
        QFETCH(QString, aceDomain);
        const EmailAddress a = EmailAddress::parse(input);
        QCOMPARE(a.problem, problem);
        QCOMPARE(a.isValid(), problem == EmailAddress::Problem::None);
        QCOMPARE(a.localPart, localPart);
        if (a.isValid())
            QCOMPARE(a.aceDomain, aceDomain);
        QCOMPARE(a.problemText().isEmpty(), a.isValid());
    }

    void oddities_data()
    {
        using O = EmailAddress::Oddity;
        QTest::addColumn<QString>("input");
        QTest::addColumn<QList<O>>("expected");
        QTest::newRow("none") << QStringLiteral("alice@example.com") << QList<O>{};
        QTest::newRow("space") << QStringLiteral(" alice@example.com") << QList<O>{O::SurroundingSpace};
        QTest::newRow("unicode local part")
            << QStringLiteral("jürgen@example.com") << QList<O>{O::NonAsciiLocalPart};
        QTest::newRow("IDN") << QStringLiteral("a@münchen.de") << QList<O>{O::InternationalDomain};
        QTest::newRow("double dot") << QStringLiteral("a..b@example.com") << QList<O>{O::DotProblem};
        QTest::newRow("leading dot") << QStringLiteral(".a@example.com") << QList<O>{O::DotProblem};
        QTest::newRow("quoted") << QStringLiteral("\"a b\"@example.com") << QList<O>{O::QuotedLocalPart};
        QTest::newRow("comma") << QStringLiteral("a,b@example.com") << QList<O>{O::UnusualCharacter};
        QTest::newRow("trailing dot") << QStringLiteral("a@example.com.") << QList<O>{O::TrailingDotInDomain};
    }

    void oddities()
    {
        QFETCH(QString, input);
        QFETCH(QList<EmailAddress::Oddity>, expected);
        const EmailAddress a = EmailAddress::parse(input);
        QVERIFY(a.isValid());
        QCOMPARE(a.oddities, expected);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
