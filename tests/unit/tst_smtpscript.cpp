#include "SmtpScript.h"

#include <QTest>

namespace {

QString kindName(SmtpScriptStep::Kind kind)
{
    using Kind = SmtpScriptStep::Kind;
    switch (kind) {
    case Kind::Send:
        return QStringLiteral("Send");
    case Kind::Expect:
        return QStringLiteral("Expect");
    case Kind::Close:
        return QStringLiteral("Close");
    case Kind::Reset:
        return QStringLiteral("Reset");
    case Kind::Wait:
        return QStringLiteral("Wait");
    case Kind::Silence:
        return QStringLiteral("Silence");
    case Kind::Drip:
        return QStringLiteral("Drip");
    case Kind::BigLine:
        return QStringLiteral("BigLine");
    case Kind::Garbage:
        return QStringLiteral("Garbage");
    case Kind::Endless:
        return QStringLiteral("Endless");
    case Kind::StartTls:
        return QStringLiteral("StartTls");
    }
    return QStringLiteral("?");
}

// One step as "Kind [text] number @line", so that a whole parse compares as one readable QStringList.
QStringList describe(const SmtpScript &script)
{
    QStringList steps;
    for (const SmtpScriptStep &step : script.steps) {
        steps.append(QStringLiteral("%1 [%2] %3 @%4")
                         .arg(kindName(step.kind), QString::fromUtf8(step.text))
                         .arg(step.number)
                         .arg(step.line));
    }
    return steps;
}

QString lines(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *line : list) {
        result.append(QString::fromUtf8(line));
    }
    return result.join(QLatin1Char('\n'));
}

} // namespace

// SmtpScript: the text format FakeSmtpServer plays, and the glob test of its C: steps.
class TestSmtpScript : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("steps");

        QTest::newRow("empty script") << QString() << QStringList{};
        QTest::newRow("only comments and blanks")
            << lines({"# a comment", "", "   ", "\t# indented comment"}) << QStringList{};
        QTest::newRow("send") << QStringLiteral("S: 220 fake.test ESMTP")
                              << QStringList{QStringLiteral("Send [220 fake.test ESMTP] 0 @1")};
        QTest::newRow("send keeps inner and trailing spaces")
            << QStringLiteral("S: 250  two  spaces  ")
            << QStringList{QStringLiteral("Send [250  two  spaces  ] 0 @1")};
        QTest::newRow("send without a space after the colon")
            << QStringLiteral("S:220 x") << QStringList{QStringLiteral("Send [220 x] 0 @1")};
        QTest::newRow("send an empty line")
            << lines({"S:", "S: "})
            << QStringList{QStringLiteral("Send [] 0 @1"), QStringLiteral("Send [] 0 @2")};
        QTest::newRow("send a hash is text, not a comment")
            << QStringLiteral("S: # not a comment")
            << QStringList{QStringLiteral("Send [# not a comment] 0 @1")};
        QTest::newRow("expect with glob") << lines({"C: EHLO *", "C: MAIL FROM:<*>", "C: RCPT TO:<?@*>"})
                                          << QStringList{QStringLiteral("Expect [EHLO *] 0 @1"),
                                                         QStringLiteral("Expect [MAIL FROM:<*>] 0 @2"),
                                                         QStringLiteral("Expect [RCPT TO:<?@*>] 0 @3")};
        QTest::newRow("line numbers count comments, blanks and CRLF")
            << QStringLiteral("# banner\r\nS: 220 hi\r\n\r\n  # then\r\nC: QUIT\r\n")
            << QStringList{QStringLiteral("Send [220 hi] 0 @2"), QStringLiteral("Expect [QUIT] 0 @5")};
        QTest::newRow("indented steps")
            << lines({"  S: 220 hi", "\tC: QUIT"})
            << QStringList{QStringLiteral("Send [220 hi] 0 @1"), QStringLiteral("Expect [QUIT] 0 @2")};
        QTest::newRow("close") << QStringLiteral("X: close") << QStringList{QStringLiteral("Close [] 0 @1")};
        QTest::newRow("reset") << QStringLiteral("X: reset") << QStringList{QStringLiteral("Reset [] 0 @1")};
        QTest::newRow("silence") << QStringLiteral("X: silence")
                                 << QStringList{QStringLiteral("Silence [] 0 @1")};
        QTest::newRow("starttls") << QStringLiteral("X: starttls")
                                  << QStringList{QStringLiteral("StartTls [] 0 @1")};
        QTest::newRow("wait") << QStringLiteral("X: wait 250")
                              << QStringList{QStringLiteral("Wait [] 250 @1")};
        QTest::newRow("wait 0") << QStringLiteral("X: wait 0") << QStringList{QStringLiteral("Wait [] 0 @1")};
        QTest::newRow("drip on and off")
            << lines({"X: drip 5", "X: drip 0"})
            << QStringList{QStringLiteral("Drip [] 5 @1"), QStringLiteral("Drip [] 0 @2")};
        QTest::newRow("bigline") << QStringLiteral("X: bigline 2000000")
                                 << QStringList{QStringLiteral("BigLine [] 2000000 @1")};
        QTest::newRow("bigline 0") << QStringLiteral("X: bigline 0")
                                   << QStringList{QStringLiteral("BigLine [] 0 @1")};
        QTest::newRow("garbage") << QStringLiteral("X: garbage 64")
                                 << QStringList{QStringLiteral("Garbage [] 64 @1")};
        QTest::newRow("endless") << QStringLiteral("X: endless 250")
                                 << QStringList{QStringLiteral("Endless [250] 0 @1")};
        QTest::newRow("action names are case-insensitive, extra spaces ignored")
            << QStringLiteral("X:   WAIT   10  ") << QStringList{QStringLiteral("Wait [] 10 @1")};
        QTest::newRow("a whole dialogue")
            << lines({"S: 220 fake.test ESMTP", "C: EHLO *", "S: 250-fake.test", "S: 250 STARTTLS",
                      "C: STARTTLS", "S: 220 go ahead", "X: starttls", "X: wait 10", "X: drip 1",
                      "S: 250 slow", "X: drip 0", "X: garbage 3", "X: bigline 7", "C: QUIT", "S: 221 bye",
                      "X: close"})
            << QStringList{QStringLiteral("Send [220 fake.test ESMTP] 0 @1"),
                           QStringLiteral("Expect [EHLO *] 0 @2"),
                           QStringLiteral("Send [250-fake.test] 0 @3"),
                           QStringLiteral("Send [250 STARTTLS] 0 @4"),
                           QStringLiteral("Expect [STARTTLS] 0 @5"),
                           QStringLiteral("Send [220 go ahead] 0 @6"),
                           QStringLiteral("StartTls [] 0 @7"),
                           QStringLiteral("Wait [] 10 @8"),
                           QStringLiteral("Drip [] 1 @9"),
                           QStringLiteral("Send [250 slow] 0 @10"),
                           QStringLiteral("Drip [] 0 @11"),
                           QStringLiteral("Garbage [] 3 @12"),
                           QStringLiteral("BigLine [] 7 @13"),
                           QStringLiteral("Expect [QUIT] 0 @14"),
                           QStringLiteral("Send [221 bye] 0 @15"),
                           QStringLiteral("Close [] 0 @16")};
    }

    void parse()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, steps);
        const SmtpScript parsed = SmtpScript::parse(script);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
        QCOMPARE(parsed.errorLine, 0);
        QCOMPARE(describe(parsed), steps);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unknown directive")
            << QStringLiteral("Q: hello") << 1 << QStringLiteral("unknown directive");
        QTest::newRow("lower-case directive")
            << QStringLiteral("s: 220 hi") << 1 << QStringLiteral("unknown directive");
        QTest::newRow("missing colon")
            << QStringLiteral("S 220 hi") << 1 << QStringLiteral("unknown directive");
        QTest::newRow("after comments and blanks") << lines({"# banner", "S: 220 hi", "", "   ", "Hello"})
                                                   << 5 << QStringLiteral("unknown directive");
        QTest::newRow("X: without action")
            << lines({"S: 220 hi", "X:"}) << 2 << QStringLiteral("needs an action");
        QTest::newRow("unknown action") << QStringLiteral("X: explode") << 1 << QStringLiteral("\"explode\"");
        QTest::newRow("close with argument")
            << QStringLiteral("X: close now") << 1 << QStringLiteral("takes no argument");
        QTest::newRow("reset with argument")
            << QStringLiteral("X: reset 5") << 1 << QStringLiteral("takes no argument");
        QTest::newRow("silence with argument")
            << QStringLiteral("X: silence 5") << 1 << QStringLiteral("takes no argument");
        QTest::newRow("starttls with argument")
            << QStringLiteral("X: starttls now") << 1 << QStringLiteral("takes no argument");
        QTest::newRow("wait without ms") << QStringLiteral("X: wait") << 1 << QStringLiteral("milliseconds");
        QTest::newRow("wait not a number")
            << QStringLiteral("X: wait soon") << 1 << QStringLiteral("\"soon\"");
        QTest::newRow("wait negative") << QStringLiteral("X: wait -5") << 1 << QStringLiteral("\"-5\"");
        QTest::newRow("wait with plus sign") << QStringLiteral("X: wait +5") << 1 << QStringLiteral("\"+5\"");
        QTest::newRow("wait two numbers") << QStringLiteral("X: wait 5 6") << 1 << QStringLiteral("\"5 6\"");
        QTest::newRow("wait beyond int")
            << QStringLiteral("X: wait 2147483648") << 1 << QStringLiteral("2147483648");
        QTest::newRow("wait fraction") << QStringLiteral("X: wait 1.5") << 1 << QStringLiteral("\"1.5\"");
        QTest::newRow("drip without ms") << QStringLiteral("X: drip") << 1 << QStringLiteral("milliseconds");
        QTest::newRow("drip negative") << QStringLiteral("X: drip -1") << 1 << QStringLiteral("\"-1\"");
        QTest::newRow("bigline without size") << QStringLiteral("X: bigline") << 1 << QStringLiteral("bytes");
        QTest::newRow("bigline negative") << QStringLiteral("X: bigline -1") << 1 << QStringLiteral("\"-1\"");
        QTest::newRow("bigline with unit")
            << QStringLiteral("X: bigline 1M") << 1 << QStringLiteral("\"1M\"");
        QTest::newRow("garbage without size") << QStringLiteral("X: garbage") << 1 << QStringLiteral("bytes");
        QTest::newRow("garbage not a number")
            << QStringLiteral("X: garbage lots") << 1 << QStringLiteral("\"lots\"");
        QTest::newRow("endless without prefix")
            << QStringLiteral("X: endless") << 1 << QStringLiteral("needs a prefix");
        QTest::newRow("step after close")
            << lines({"S: 220 hi", "X: close", "", "S: 250 never"}) << 4 << QStringLiteral("line 2");
        QTest::newRow("step after reset")
            << lines({"X: reset", "C: QUIT"}) << 2 << QStringLiteral("never reached");
        QTest::newRow("step after silence")
            << lines({"X: silence", "X: wait 5"}) << 2 << QStringLiteral("never reached");
        QTest::newRow("step after endless")
            << lines({"X: endless 250", "S: 250 done"}) << 2 << QStringLiteral("never reached");
        QTest::newRow("first error wins")
            << lines({"S: ok", "X: bogus", "Q: also bad"}) << 2 << QStringLiteral("\"bogus\"");
    }

    void parseErrors()
    {
        QFETCH(QString, script);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const SmtpScript parsed = SmtpScript::parse(script);
        QVERIFY(!parsed.isValid());
        QCOMPARE(parsed.errorLine, line);
        QVERIFY2(parsed.error.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
        QVERIFY(parsed.steps.isEmpty());
    }

    void matches_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("expected");

        QTest::newRow("exact") << QByteArray("QUIT") << QByteArray("QUIT") << true;
        QTest::newRow("case-insensitive") << QByteArray("quit") << QByteArray("QuIt") << true;
        QTest::newRow("whole line only") << QByteArray("QUIT") << QByteArray("QUIT now") << false;
        QTest::newRow("prefix is not enough") << QByteArray("QUIT now") << QByteArray("QUIT") << false;
        QTest::newRow("star at end") << QByteArray("EHLO *") << QByteArray("EHLO client.example") << true;
        QTest::newRow("star matches empty") << QByteArray("EHLO *") << QByteArray("EHLO ") << true;
        QTest::newRow("star needs the literal part") << QByteArray("EHLO *") << QByteArray("HELO x") << false;
        QTest::newRow("star alone matches anything")
            << QByteArray("*") << QByteArray("anything at all") << true;
        QTest::newRow("star alone matches empty") << QByteArray("*") << QByteArray() << true;
        QTest::newRow("empty matches empty only") << QByteArray() << QByteArray() << true;
        QTest::newRow("empty does not match text") << QByteArray() << QByteArray("x") << false;
        QTest::newRow("mail from") << QByteArray("MAIL FROM:<*>") << QByteArray("mail from:<a@b.example>")
                                   << true;
        QTest::newRow("mail from with parameter")
            << QByteArray("MAIL FROM:<*>") << QByteArray("MAIL FROM:<a@b.example> SIZE=10") << false;
        QTest::newRow("mail from any parameters")
            << QByteArray("MAIL FROM:<*>*") << QByteArray("MAIL FROM:<a@b.example> SIZE=10") << true;
        QTest::newRow("question mark one char") << QByteArray("A?C") << QByteArray("ABC") << true;
        QTest::newRow("question mark not zero chars") << QByteArray("A?C") << QByteArray("AC") << false;
        QTest::newRow("question mark not two chars") << QByteArray("A?C") << QByteArray("ABBC") << false;
        QTest::newRow("backtracking") << QByteArray("a*b*c") << QByteArray("axxbyybzzc") << true;
        QTest::newRow("backtracking fails") << QByteArray("a*b*c") << QByteArray("axxbyybzz") << false;
        QTest::newRow("star in the middle") << QByteArray("AUTH * =") << QByteArray("AUTH PLAIN =") << true;
        QTest::newRow("many stars, no match")
            << QByteArray("*a*a*a*a*a*a*a*b") << QByteArray(5000, 'a') << false;
    }

    void matches()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, line);
        QFETCH(bool, expected);
        QCOMPARE(SmtpScript::matches(pattern, line), expected);
    }
};

QTEST_GUILESS_MAIN(TestSmtpScript)
#include "tst_smtpscript.moc"
