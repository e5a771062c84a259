#include "core/Transcript.h"
#include "report/ProbeReport.h"

#include <QJsonDocument>
#include <QTest>

// Transcript: redaction of credentials as lines are added, bounds, and the report's JSON of it.
class TestTranscript : public QObject
{
    Q_OBJECT

private slots:
    void redact_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("AUTH PLAIN initial response")
            << QByteArray("AUTH PLAIN AGFsaWNlAHNlY3JldA==") << QStringLiteral("AUTH PLAIN <redacted>");
        QTest::newRow("AUTH LOGIN without payload")
            << QByteArray("AUTH LOGIN") << QStringLiteral("AUTH LOGIN");
        QTest::newRow("AUTH LOGIN with user")
            << QByteArray("AUTH LOGIN YWxpY2U=") << QStringLiteral("AUTH LOGIN <redacted>");
        QTest::newRow("lower case verb")
            << QByteArray("auth plain AGFsaWNlAHNlY3JldA==") << QStringLiteral("auth plain <redacted>");
        QTest::newRow("challenge response") << QByteArray("c2VjcmV0") << QStringLiteral("<redacted>");
        QTest::newRow("CRAM-MD5 response")
            << QByteArray("YWxpY2UgYjkxM2E2MDJjN2VkYTdhNDk1YjRlNmU3MzM0ZDM4OTA=")
            << QStringLiteral("<redacted>");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("<redacted>");
    }

    void redact()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QCOMPARE(Transcript::redact(line), expected);
    }

    void credentialsNeverEnterTheTranscript()
    {
        Transcript t;
        const QByteArray secret = "AGFsaWNlAHNlY3JldA==";
        t.addClient(1, "AUTH PLAIN " + secret, Transcript::Content::Credentials);
        t.addClient(2, secret, Transcript::Content::Credentials);
        t.addClient(3, "MAIL FROM:<alice@example.test>");
        QCOMPARE(t.lines().size(), 3);
        QVERIFY(!t.toText().contains(QString::fromLatin1(secret)));
        QVERIFY(t.toText().contains(QLatin1String("C: MAIL FROM:<alice@example.test>")));

        ProbeResult result;
        result.transcript = t;
        const QByteArray json = QJsonDocument(ProbeReport::toJson(result)).toJson();
        QVERIFY(!json.contains(secret));
        QVERIFY(json.contains("AUTH PLAIN <redacted>"));
    }

    void serverControlCharactersAreReplaced()
    {
        Transcript t;
        t.addServer(0, QStringLiteral("220 hi\x1b[31mred\x07"));
        QVERIFY(!t.lines().first().text.contains(QChar(0x1b)));
        QVERIFY(!t.lines().first().text.contains(QChar(0x07)));
    }

    void boundedInLinesAndLength()
    {
        Transcript t;
        for (int i = 0; i < Transcript::kMaxLines + 500; ++i)
            t.addServer(i, QString(Transcript::kMaxLineLength * 3, QLatin1Char('x')));
        QCOMPARE(t.lines().size(), Transcript::kMaxLines + 1); // plus the "truncated" note
        QCOMPARE(t.lines().last().direction, Transcript::Direction::Note);
        QVERIFY(t.lines().first().text.size() < Transcript::kMaxLineLength + 40);
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
