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
        // POP3 (RFC 5034 4, RFC 1939 7)
        QTest::newRow("POP3 AUTH PLAIN initial response")
            << QByteArray("AUTH PLAIN AGFsaWNlAHNlY3JldA==") << QStringLiteral("AUTH PLAIN <redacted>");
        QTest::newRow("POP3 PASS") << QByteArray("PASS s3cret word") << QStringLiteral("PASS <redacted>");
        QTest::newRow("POP3 PASS alone") << QByteArray("PASS") << QStringLiteral("PASS");
        // IMAP (RFC 9051 6.2.2 and 6.2.3, RFC 4959 SASL-IR)
        QTest::newRow("IMAP AUTHENTICATE PLAIN initial response")
            << QByteArray("a4 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==")
            << QStringLiteral("a4 AUTHENTICATE PLAIN <redacted>");
        QTest::newRow("IMAP AUTHENTICATE without payload")
            << QByteArray("a4 AUTHENTICATE LOGIN") << QStringLiteral("a4 AUTHENTICATE LOGIN");
        QTest::newRow("IMAP LOGIN quoted") << QByteArray("a2 LOGIN \"alice@example.test\" \"s3cret\"")
                                           << QStringLiteral("a2 LOGIN <redacted>");
        QTest::newRow("IMAP login lower case")
            << QByteArray("a2 login alice s3cret") << QStringLiteral("a2 login <redacted>");
        QTest::newRow("IMAP LOGIN literal piece")
            << QByteArray("alice@example.test \"s3cret\"") << QStringLiteral("<redacted>");
        QTest::newRow("IMAP literal") << QByteArray("s3cret") << QStringLiteral("<redacted>");
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
