#include "diagnose/Findings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The findings registry: one row per code in enum order, stable ids, and the README's tables of ids
// equal to the registry.
class TestFindings : public QObject
{
    Q_OBJECT

    // The Markdown table that follows `heading` in the README, up to the first line that is not a row.
    static QString readmeTableAfter(const QString &readme, const QString &heading)
    {
        const qsizetype start = readme.indexOf(heading);
        if (start < 0)
            return {};
        const qsizetype table = readme.indexOf(QLatin1String("\n| id |"), start);
        if (table < 0)
            return {};
        QString out;
        for (const QString &line : readme.mid(table + 1).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('|')))
                break;
            out += line + QLatin1Char('\n');
        }
        return out;
    }

private slots:
    void rowsAreInEnumOrder()
    {
        const QList<Findings::Info> &rows = Findings::all();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(int(rows.at(i).code), int(i));
            QCOMPARE(&Findings::info(rows.at(i).code), &rows.at(i));
        }
        // the last enum value has a row
        QCOMPARE(int(rows.last().code), int(FindingCode::OAuth2ScopeMissing));
    }

    void idsAreStableAndUnique()
    {
        static const QRegularExpression form(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QSet<QString> seen;
        for (const Findings::Info &row : Findings::all()) {
            const QString id = row.id;
            QVERIFY2(form.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(Findings::fromId(id), std::optional<FindingCode>(row.code));
            QVERIFY2(qstrlen(row.meaning) > 0, qPrintable(id));
        }
        QCOMPARE(Findings::fromId(QStringLiteral("no-such-finding")), std::nullopt);
        // ids scripts depend on (README): a rename fails here
        QCOMPARE(Findings::id(FindingCode::AuthRequired), QLatin1String("auth-required"));
        QCOMPARE(Findings::id(FindingCode::SettingsOk), QLatin1String("settings-ok"));
        QCOMPARE(Findings::id(FindingCode::CheckEachAccount), QLatin1String("check-each-account"));
    }

    void nextStepsAreInfoAndNeedNoGuide()
    {
        for (const Findings::Info &row : Findings::all()) {
            if (row.kind != Findings::Kind::NextStep)
                continue;
            QCOMPARE(row.severity, FindingSeverity::Info);
            QVERIFY(row.needs.isEmpty());
            QCOMPARE(row.fromPaste, Findings::FromPaste::Never);
        }
    }

    void needsAreGuideKinds()
    {
        const QStringList known = FixNeed::all();
        for (const Findings::Info &row : Findings::all()) {
            for (const QLatin1String &need : row.needs) {
                QVERIFY2(known.contains(need), qPrintable(QString(row.id)));
                QVERIFY2(need != FixNeed::Always, qPrintable(QString(row.id)));
            }
        }
    }

    void readmeTablesEqualTheRegistry_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<int>("kind");
        QTest::newRow("findings") << QStringLiteral("### Finding ids") << int(Findings::Kind::Finding);
        QTest::newRow("next steps") << QStringLiteral("The next steps (`nextSteps[]`)")
                                    << int(Findings::Kind::NextStep);
    }

    void readmeTablesEqualTheRegistry()
    {
        QFETCH(QString, heading);
        QFETCH(int, kind);
        QFile file(QStringLiteral(README_PATH));
        QVERIFY2(file.open(QIODevice::ReadOnly), README_PATH);
        const QString readme = QString::fromUtf8(file.readAll());
        const QString expected = Findings::readmeTable(Findings::Kind(kind));
        const QString actual = readmeTableAfter(readme, heading);
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("README.md's table after \"%1\" differs from the registry; it "
                                           "should read:\n%2")
                                .arg(heading, expected)));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
