#include "smtp/SmtpReply.h"

#include <QTest>

// SmtpReply / SmtpReplyParser: reply lines, RFC 3463 enhanced codes, multi-line and pipelined replies split
// anywhere in the byte stream, and the bounds (line length, line count) that keep a hostile server harmless.

using Status = SmtpReplyParser::Status;
Q_DECLARE_METATYPE(SmtpReplyParser::Status)

char *toString(const SmtpReplyParser::Status &status)
{
    switch (status) {
    case Status::NeedMore:
        return qstrdup("NeedMore");
    case Status::Reply:
        return qstrdup("Reply");
    case Status::Malformed:
        return qstrdup("Malformed");
    case Status::LineTooLong:
        return qstrdup("LineTooLong");
    case Status::TooManyLines:
        return qstrdup("TooManyLines");
    }
    return qstrdup("?");
}

namespace {

struct Outcome
{
    QList<SmtpReply> replies;
    Status end = Status::NeedMore; // the first status that was not Reply
};

// Takes replies until the parser wants more bytes or fails.
Status drain(SmtpReplyParser &parser, QList<SmtpReply> *replies)
{
    for (int guard = 0; guard < 10000; ++guard) {
        SmtpReply reply;
        const Status status = parser.next(&reply);
        if (status != Status::Reply)
            return status;
        replies->append(reply);
    }
    return Status::Reply; // never reached by a correct parser
}

// Feeds the stream in pieces (split at the given positions), draining after each piece.
Outcome parsePieces(const QByteArray &stream, const QList<qsizetype> &splits)
{
    SmtpReplyParser parser;
    Outcome outcome;
    qsizetype from = 0;
    QList<qsizetype> ends = splits;
    ends.append(stream.size());
    for (const qsizetype to : ends) {
        parser.feed(QByteArrayView(stream).sliced(from, to - from));
        from = to;
        outcome.end = drain(parser, &outcome.replies);
        if (outcome.end != Status::NeedMore)
            break;
    }
    return outcome;
}

QList<int> codesOf(const QList<SmtpReply> &replies)
{
    QList<int> codes;
    for (const SmtpReply &reply : replies)
        codes.append(reply.code);
    return codes;
}

QStringList enhancedCodesOf(const QList<SmtpReply> &replies)
{
    QStringList codes;
    for (const SmtpReply &reply : replies)
        codes.append(reply.enhancedCode);
    return codes;
}

QStringList textsOf(const QList<SmtpReply> &replies)
{
    QStringList texts;
    for (const SmtpReply &reply : replies)
        texts.append(reply.text());
    return texts;
}

const QByteArray kExim503 = QByteArrayLiteral("503-All RCPT commands were rejected with this error:\r\n"
                                              "503-relay not permitted\r\n"
                                              "503 Valid RCPT command must precede DATA\r\n");
const QByteArray kPostfixEhlo = QByteArrayLiteral("250-mail.example.test\r\n"
                                                  "250-PIPELINING\r\n"
                                                  "250-SIZE 10240000\r\n"
                                                  "250-VRFY\r\n"
                                                  "250-ETRN\r\n"
                                                  "250-STARTTLS\r\n"
                                                  "250-ENHANCEDSTATUSCODES\r\n"
                                                  "250-8BITMIME\r\n"
                                                  "250-DSN\r\n"
                                                  "250-SMTPUTF8\r\n"
                                                  "250 CHUNKING\r\n");
const QByteArray kGmail535 =
    QByteArrayLiteral("535-5.7.8 Username and Password not accepted. Learn more at\r\n"
                      "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x\r\n");
const QByteArray kMs365Auth = QByteArrayLiteral("535 5.7.139 Authentication unsuccessful, "
                                                "SmtpClientAuthentication is disabled for the Tenant.\r\n");

} // namespace

class TestSmtpReply : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("isLast");
        QTest::addColumn<QString>("enhancedCode");
        QTest::addColumn<QString>("text");

        const auto row = [](const char *name, const QByteArray &line, bool valid, int code, bool isLast,
                            const QString &enhanced, const QString &text) {
            QTest::newRow(name) << line << valid << code << isLast << enhanced << text;
        };
        const auto invalid = [](const char *name, const QByteArray &line) {
            QTest::newRow(name) << line << false << 0 << false << QString() << QString();
        };

        // Line forms.
        row("bare code", QByteArrayLiteral("250"), true, 250, true, QString(), QString());
        row("bare code with CR", QByteArrayLiteral("250\r"), true, 250, true, QString(), QString());
        row("last line", QByteArrayLiteral("250 OK"), true, 250, true, QString(), QStringLiteral("OK"));
        row("continuation", QByteArrayLiteral("250-PIPELINING"), true, 250, false, QString(),
            QStringLiteral("PIPELINING"));
        row("empty continuation", QByteArrayLiteral("250-"), true, 250, false, QString(), QString());
        row("code and space only", QByteArrayLiteral("250 "), true, 250, true, QString(), QString());
        row("greeting", QByteArrayLiteral("220 smtp.example.test ESMTP Exim 4.96"), true, 220, true,
            QString(), QStringLiteral("smtp.example.test ESMTP Exim 4.96"));
        row("354", QByteArrayLiteral("354 End data with <CR><LF>.<CR><LF>"), true, 354, true, QString(),
            QStringLiteral("End data with <CR><LF>.<CR><LF>"));
        row("lowest code", QByteArrayLiteral("200 x"), true, 200, true, QString(), QStringLiteral("x"));
        row("highest code", QByteArrayLiteral("599 x"), true, 599, true, QString(), QStringLiteral("x"));
        row("trailing CR", QByteArrayLiteral("250 OK\r"), true, 250, true, QString(), QStringLiteral("OK"));
        row("trailing CRLF", QByteArrayLiteral("250 OK\r\n"), true, 250, true, QString(),
            QStringLiteral("OK"));
        row("trailing whitespace", QByteArrayLiteral("250 OK \t \r"), true, 250, true, QString(),
            QStringLiteral("OK"));
        row("inner spaces kept", QByteArrayLiteral("250 a  b"), true, 250, true, QString(),
            QStringLiteral("a  b"));
        row("utf-8 text", QByteArrayLiteral("550 Benutzer unbekannt: m\xc3\xbcller"), true, 550, true,
            QString(), QStringLiteral("Benutzer unbekannt: m\u00fcller"));
        row("invalid utf-8", QByteArrayLiteral("250 a\xff"), true, 250, true, QString(),
            QStringLiteral("a\ufffd"));
        row("NUL byte", QByteArray("250 a\0b", 7), true, 250, true, QString(), QStringLiteral("a\ufffdb"));

        // Invalid lines.
        invalid("word", QByteArrayLiteral("hello"));
        invalid("empty", QByteArray());
        invalid("CR only", QByteArrayLiteral("\r"));
        invalid("two digits", QByteArrayLiteral("25"));
        invalid("four digits", QByteArrayLiteral("2500 x"));
        invalid("600", QByteArrayLiteral("600 x"));
        invalid("199", QByteArrayLiteral("199 x"));
        invalid("letters", QByteArrayLiteral("abc "));
        invalid("letter in code", QByteArrayLiteral("2a0 x"));
        invalid("other separator", QByteArrayLiteral("250_x"));
        invalid("tab separator", QByteArrayLiteral("250\tx"));
        invalid("leading space", QByteArrayLiteral(" 250 OK"));
        invalid("NUL in code", QByteArray("2\0000 x", 6));

        // Enhanced status codes (RFC 3463).
        row("relay denied", QByteArrayLiteral("554 5.7.1 <b@x>: Relay access denied"), true, 554, true,
            QStringLiteral("5.7.1"), QStringLiteral("<b@x>: Relay access denied"));
        row("2.0.0 Ok", QByteArrayLiteral("250 2.0.0 Ok"), true, 250, true, QStringLiteral("2.0.0"),
            QStringLiteral("Ok"));
        row("no enhanced code", QByteArrayLiteral("250 OK"), true, 250, true, QString(),
            QStringLiteral("OK"));
        row("class mismatch", QByteArrayLiteral("550 4.7.1 x"), true, 550, true, QString(),
            QStringLiteral("4.7.1 x"));
        row("code only", QByteArrayLiteral("250 2.1.5"), true, 250, true, QStringLiteral("2.1.5"), QString());
        row("code only with CR", QByteArrayLiteral("250 2.1.5\r"), true, 250, true, QStringLiteral("2.1.5"),
            QString());
        row("code then trailing space", QByteArrayLiteral("250 2.1.5 "), true, 250, true,
            QStringLiteral("2.1.5"), QString());
        row("continuation with code", QByteArrayLiteral("250-2.0.0 a"), true, 250, false,
            QStringLiteral("2.0.0"), QStringLiteral("a"));
        row("transient", QByteArrayLiteral("421 4.4.2 mx.example.test Error: timeout exceeded"), true, 421,
            true, QStringLiteral("4.4.2"), QStringLiteral("mx.example.test Error: timeout exceeded"));
        row("three digit detail", QByteArrayLiteral("535 5.7.139 Authentication unsuccessful"), true, 535,
            true, QStringLiteral("5.7.139"), QStringLiteral("Authentication unsuccessful"));
        row("three digit subject", QByteArrayLiteral("550 5.100.100 x"), true, 550, true,
            QStringLiteral("5.100.100"), QStringLiteral("x"));
        row("double space after code", QByteArrayLiteral("535 5.7.8  https://x"), true, 535, true,
            QStringLiteral("5.7.8"), QStringLiteral("https://x"));
        row("no space after code", QByteArrayLiteral("250 2.0.0Ok"), true, 250, true, QString(),
            QStringLiteral("2.0.0Ok"));
        row("four digit subject", QByteArrayLiteral("550 5.1234.1 x"), true, 550, true, QString(),
            QStringLiteral("5.1234.1 x"));
        row("four digit detail", QByteArrayLiteral("550 5.1.1234 x"), true, 550, true, QString(),
            QStringLiteral("5.1.1234 x"));
        row("empty subject", QByteArrayLiteral("550 5..1 x"), true, 550, true, QString(),
            QStringLiteral("5..1 x"));
        row("two parts", QByteArrayLiteral("550 5.1 x"), true, 550, true, QString(), QStringLiteral("5.1 x"));
        row("class 3", QByteArrayLiteral("354 3.0.0 go ahead"), true, 354, true, QString(),
            QStringLiteral("3.0.0 go ahead"));
        row("tab after code", QByteArrayLiteral("250 2.0.0\tOk"), true, 250, true, QString(),
            QStringLiteral("2.0.0\tOk"));
    }

    void parseLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        QFETCH(int, code);
        QFETCH(bool, isLast);
        QFETCH(QString, enhancedCode);
        QFETCH(QString, text);

        const SmtpReplyLine parsed = SmtpReplyParser::parseLine(line);
        QCOMPARE(parsed.valid, valid);
        if (!valid)
            return;
        QCOMPARE(parsed.code, code);
        QCOMPARE(parsed.isLast, isLast);
        QCOMPARE(parsed.enhancedCode, enhancedCode);
        QCOMPARE(parsed.text, text);
    }

    void replyText_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("text");

        QTest::newRow("none") << QStringList{} << QString();
        QTest::newRow("one") << QStringList{QStringLiteral("OK")} << QStringLiteral("OK");
        QTest::newRow("three") << QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")}
                               << QStringLiteral("a b c d");
        QTest::newRow("empty lines skipped")
            << QStringList{QString(), QStringLiteral("a"), QString(), QStringLiteral("b")}
            << QStringLiteral("a b");
    }

    void replyText()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, text);
        SmtpReply reply;
        reply.code = 250;
        reply.lines = lines;
        QCOMPARE(reply.text(), text);
    }

    void replyClasses()
    {
        SmtpReply reply;
        QVERIFY(!reply.isValid());
        reply.code = 250;
        QVERIFY(reply.isValid() && reply.isPositive() && !reply.isIntermediate());
        reply.code = 354;
        QVERIFY(reply.isIntermediate() && !reply.isPositive());
        reply.code = 451;
        QVERIFY(reply.isTransientFailure() && !reply.isPermanentFailure());
        reply.code = 554;
        QVERIFY(reply.isPermanentFailure() && !reply.isTransientFailure());
    }

    // Each stream is fed in one piece here; the tests below feed the same streams split up.
    void stream_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<QStringList>("enhancedCodes");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<Status>("end");

        QTest::newRow("single line") << QByteArrayLiteral("250 OK\r\n") << QList<int>{250}
                                     << QStringList{QString()} << QStringList{QStringLiteral("OK")}
                                     << Status::NeedMore;
        QTest::newRow("bare LF") << QByteArrayLiteral("250 OK\n") << QList<int>{250} << QStringList{QString()}
                                 << QStringList{QStringLiteral("OK")} << Status::NeedMore;
        QTest::newRow("bare LF multi-line")
            << QByteArrayLiteral("250-a\n250-b\r\n250 c\n") << QList<int>{250} << QStringList{QString()}
            << QStringList{QStringLiteral("a b c")} << Status::NeedMore;
        QTest::newRow("bare code") << QByteArrayLiteral("250\r\n") << QList<int>{250}
                                   << QStringList{QString()} << QStringList{QString()} << Status::NeedMore;
        QTest::newRow("nothing") << QByteArray() << QList<int>{} << QStringList{} << QStringList{}
                                 << Status::NeedMore;
        QTest::newRow("incomplete line") << QByteArrayLiteral("250 OK") << QList<int>{} << QStringList{}
                                         << QStringList{} << Status::NeedMore;
        QTest::newRow("incomplete reply")
            << QByteArrayLiteral("250 OK\r\n250-a\r\n250-b") << QList<int>{250} << QStringList{QString()}
            << QStringList{QStringLiteral("OK")} << Status::NeedMore;
        QTest::newRow("exim 503") << kExim503 << QList<int>{503} << QStringList{QString()}
                                  << QStringList{QStringLiteral(
                                         "All RCPT commands were rejected with this error: relay not "
                                         "permitted Valid RCPT command must precede DATA")}
                                  << Status::NeedMore;
        QTest::newRow("postfix ehlo")
            << kPostfixEhlo << QList<int>{250} << QStringList{QString()}
            << QStringList{QStringLiteral("mail.example.test PIPELINING SIZE 10240000 VRFY ETRN STARTTLS "
                                          "ENHANCEDSTATUSCODES 8BITMIME DSN SMTPUTF8 CHUNKING")}
            << Status::NeedMore;
        QTest::newRow("gmail 535") << kGmail535 << QList<int>{535} << QStringList{QStringLiteral("5.7.8")}
                                   << QStringList{QStringLiteral(
                                          "Username and Password not accepted. Learn more at "
                                          "https://support.google.com/mail/?p=BadCredentials x")}
                                   << Status::NeedMore;
        QTest::newRow("microsoft 365 535")
            << kMs365Auth << QList<int>{535} << QStringList{QStringLiteral("5.7.139")}
            << QStringList{QStringLiteral(
                   "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")}
            << Status::NeedMore;
        QTest::newRow("pipelined") << QByteArrayLiteral("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"
                                                        "354 End data with <CR><LF>.<CR><LF>\r\n")
                                   << QList<int>{250, 250, 354}
                                   << QStringList{QStringLiteral("2.1.0"), QStringLiteral("2.1.5"), QString()}
                                   << QStringList{QStringLiteral("Ok"), QStringLiteral("Ok"),
                                                  QStringLiteral("End data with <CR><LF>.<CR><LF>")}
                                   << Status::NeedMore;
        QTest::newRow("pipelined with multi-line")
            << QByteArrayLiteral("250 2.1.0 Ok\r\n") + kExim503 + QByteArrayLiteral("221 2.0.0 Bye\r\n")
            << QList<int>{250, 503, 221}
            << QStringList{QStringLiteral("2.1.0"), QString(), QStringLiteral("2.0.0")}
            << QStringList{QStringLiteral("Ok"),
                           QStringLiteral("All RCPT commands were rejected with this error: relay not "
                                          "permitted Valid RCPT command must precede DATA"),
                           QStringLiteral("Bye")}
            << Status::NeedMore;
        QTest::newRow("last line's enhanced code wins")
            << QByteArrayLiteral("250-2.0.0 a\r\n250-b\r\n250 2.1.5 c\r\n") << QList<int>{250}
            << QStringList{QStringLiteral("2.1.5")} << QStringList{QStringLiteral("a b c")}
            << Status::NeedMore;
        QTest::newRow("else the first enhanced code")
            << QByteArrayLiteral("250-a\r\n250-2.1.0 b\r\n250-2.1.5 c\r\n250 d\r\n") << QList<int>{250}
            << QStringList{QStringLiteral("2.1.0")} << QStringList{QStringLiteral("a b c d")}
            << Status::NeedMore;
        QTest::newRow("mixed codes") << QByteArrayLiteral("250-a\r\n251 b\r\n") << QList<int>{}
                                     << QStringList{} << QStringList{} << Status::Malformed;
        QTest::newRow("mixed codes after a reply")
            << QByteArrayLiteral("220 hi\r\n250-a\r\n550 b\r\n") << QList<int>{220} << QStringList{QString()}
            << QStringList{QStringLiteral("hi")} << Status::Malformed;
        QTest::newRow("garbage") << QByteArrayLiteral("hello world\r\n") << QList<int>{} << QStringList{}
                                 << QStringList{} << Status::Malformed;
        QTest::newRow("http answer") << QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n\r\n") << QList<int>{}
                                     << QStringList{} << QStringList{} << Status::Malformed;
        QTest::newRow("empty line") << QByteArrayLiteral("\r\n") << QList<int>{} << QStringList{}
                                    << QStringList{} << Status::Malformed;
        QTest::newRow("garbage after a reply")
            << QByteArrayLiteral("250 OK\r\n* OK IMAP4rev1 ready\r\n250 OK\r\n") << QList<int>{250}
            << QStringList{QString()} << QStringList{QStringLiteral("OK")} << Status::Malformed;
        QTest::newRow("garbage inside a reply")
            << QByteArrayLiteral("250-a\r\nb\r\n250 c\r\n") << QList<int>{} << QStringList{} << QStringList{}
            << Status::Malformed;
    }

    void stream()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<int>, codes);
        QFETCH(QStringList, enhancedCodes);
        QFETCH(QStringList, texts);
        QFETCH(Status, end);

        const Outcome outcome = parsePieces(stream, {});
        QCOMPARE(codesOf(outcome.replies), codes);
        QCOMPARE(enhancedCodesOf(outcome.replies), enhancedCodes);
        QCOMPARE(textsOf(outcome.replies), texts);
        QCOMPARE(outcome.end, end);
    }

    void splitAtEveryPosition_data() { stream_data(); }

    void splitAtEveryPosition()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<int>, codes);
        QFETCH(QStringList, enhancedCodes);
        QFETCH(QStringList, texts);
        QFETCH(Status, end);

        for (qsizetype split = 0; split <= stream.size(); ++split) {
            const Outcome outcome = parsePieces(stream, {split});
            const QByteArray where = QByteArray("split at ") + QByteArray::number(split);
            QVERIFY2(codesOf(outcome.replies) == codes, where.constData());
            QVERIFY2(enhancedCodesOf(outcome.replies) == enhancedCodes, where.constData());
            QVERIFY2(textsOf(outcome.replies) == texts, where.constData());
            QVERIFY2(outcome.end == end, where.constData());
        }
    }

    void byteByByte_data() { stream_data(); }

    void byteByByte()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<int>, codes);
        QFETCH(QStringList, enhancedCodes);
        QFETCH(QStringList, texts);
        QFETCH(Status, end);

        QList<qsizetype> splits;
        for (qsizetype i = 1; i < stream.size(); ++i)
            splits.append(i);
        const Outcome outcome = parsePieces(stream, splits);
        QCOMPARE(codesOf(outcome.replies), codes);
        QCOMPARE(enhancedCodesOf(outcome.replies), enhancedCodes);
        QCOMPARE(textsOf(outcome.replies), texts);
        QCOMPARE(outcome.end, end);
    }

    void linesAndRawLines_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("rawLines");

        QTest::newRow("exim 503")
            << kExim503
            << QStringList{QStringLiteral("All RCPT commands were rejected with this error:"),
                           QStringLiteral("relay not permitted"),
                           QStringLiteral("Valid RCPT command must precede DATA")}
            << QStringList{QStringLiteral("503-All RCPT commands were rejected with this error:"),
                           QStringLiteral("503-relay not permitted"),
                           QStringLiteral("503 Valid RCPT command must precede DATA")};
        QTest::newRow("gmail 535")
            << kGmail535
            << QStringList{QStringLiteral("Username and Password not accepted. Learn more at"),
                           QStringLiteral("https://support.google.com/mail/?p=BadCredentials x")}
            << QStringList{QStringLiteral("535-5.7.8 Username and Password not accepted. Learn more at"),
                           QStringLiteral("535 5.7.8  https://support.google.com/mail/?p=BadCredentials x")};
        QTest::newRow("bare LF, trailing space kept raw")
            << QByteArrayLiteral("250-a \n250 b\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
            << QStringList{QStringLiteral("250-a "), QStringLiteral("250 b")};
        QTest::newRow("utf-8") << QByteArrayLiteral("550 m\xc3\xbcller\r\n")
                               << QStringList{QStringLiteral("m\u00fcller")}
                               << QStringList{QStringLiteral("550 m\u00fcller")};
    }

    void linesAndRawLines()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, rawLines);

        SmtpReplyParser parser;
        parser.feed(stream);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(reply.lines, lines);
        QCOMPARE(reply.rawLines, rawLines);
        QCOMPARE(parser.next(&reply), Status::NeedMore);
        QCOMPARE(parser.pendingBytes(), 0);
    }

    void pendingBytes()
    {
        SmtpReplyParser parser;
        parser.feed(QByteArrayLiteral("250 OK\r\n250-a\r\n25"));
        QCOMPARE(parser.pendingBytes(), 17);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(parser.pendingBytes(), 9); // "250-a\r\n25": next() stops after one reply
        QCOMPARE(parser.next(&reply), Status::NeedMore);
        QCOMPARE(parser.pendingBytes(), 2); // "250-a" is now part of the partial reply
        parser.feed(QByteArrayLiteral("0 b\r\n"));
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(reply.lines, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(parser.pendingBytes(), 0);
    }

    void nextWithoutReplyPointer()
    {
        SmtpReplyParser parser;
        parser.feed(QByteArrayLiteral("250 a\r\n251 b\r\n"));
        QCOMPARE(parser.next(nullptr), Status::Reply);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(reply.code, 251);
        QCOMPARE(reply.lines, QStringList{QStringLiteral("b")});
    }

    void lineLengthLimit_data()
    {
        QTest::addColumn<qsizetype>("length"); // of the line without CRLF
        QTest::addColumn<QByteArray>("ending");
        QTest::addColumn<Status>("status");

        const qsizetype max = SmtpReplyParser::kMaxLineLength;
        QTest::newRow("max, CRLF") << max << QByteArrayLiteral("\r\n") << Status::Reply;
        QTest::newRow("max, LF") << max << QByteArrayLiteral("\n") << Status::Reply;
        QTest::newRow("max + 1, CRLF") << max + 1 << QByteArrayLiteral("\r\n") << Status::LineTooLong;
        QTest::newRow("max + 1, LF") << max + 1 << QByteArrayLiteral("\n") << Status::LineTooLong;
        QTest::newRow("max + 1, no LF yet") << max + 1 << QByteArray() << Status::LineTooLong;
        QTest::newRow("max, no LF yet") << max << QByteArray() << Status::NeedMore;
        QTest::newRow("max, CR but no LF yet") << max << QByteArrayLiteral("\r") << Status::NeedMore;
        QTest::newRow("5000, CRLF") << qsizetype(5000) << QByteArrayLiteral("\r\n") << Status::LineTooLong;
    }

    void lineLengthLimit()
    {
        QFETCH(qsizetype, length);
        QFETCH(QByteArray, ending);
        QFETCH(Status, status);

        const QByteArray line = QByteArrayLiteral("250 ") + QByteArray(length - 4, 'x') + ending;
        // In one piece and byte by byte.
        for (const qsizetype piece : {line.size(), qsizetype(1)}) {
            SmtpReplyParser parser;
            for (qsizetype i = 0; i < line.size(); i += piece) {
                parser.feed(QByteArrayView(line).sliced(i, qMin(piece, line.size() - i)));
                QVERIFY(parser.pendingBytes() <= SmtpReplyParser::kMaxLineLength + 2);
            }
            SmtpReply reply;
            QCOMPARE(parser.next(&reply), status);
            if (status == Status::Reply) {
                QCOMPARE(reply.code, 250);
                QCOMPARE(reply.lines.first().size(), length - 4);
            }
        }
    }

    void megabyteLineWithoutLf_data()
    {
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("one piece") << qsizetype(1 << 20);
        QTest::newRow("1000 bytes") << qsizetype(1000);
        QTest::newRow("1 byte") << qsizetype(1);
    }

    void megabyteLineWithoutLf()
    {
        QFETCH(qsizetype, piece);

        const QByteArray stream = QByteArrayLiteral("250-") + QByteArray((1 << 20) - 4, 'A');
        SmtpReplyParser parser;
        qsizetype maxPending = 0;
        for (qsizetype i = 0; i < stream.size(); i += piece) {
            parser.feed(QByteArrayView(stream).sliced(i, qMin(piece, stream.size() - i)));
            maxPending = qMax(maxPending, parser.pendingBytes());
        }
        QCOMPARE(parser.pendingBytes(), 0); // dropped as soon as the line was too long
        QVERIFY2(maxPending <= SmtpReplyParser::kMaxLineLength + 1,
                 QByteArray::number(maxPending).constData());
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), Status::LineTooLong);
        QCOMPARE(parser.pendingBytes(), 0);
        parser.feed(stream);
        QCOMPARE(parser.pendingBytes(), 0);
        QCOMPARE(parser.next(&reply), Status::LineTooLong);
    }

    // Replies complete before the over-long line still come out, then the error.
    void repliesBeforeLongLineStillArrive()
    {
        SmtpReplyParser parser;
        parser.feed(QByteArrayLiteral("220 hi\r\n250-a\r\n250 b\r\n") + QByteArray(100000, 'A'));
        QCOMPARE(parser.pendingBytes(), 22); // the complete lines only
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(reply.code, 220);
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(reply.lines, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(parser.next(&reply), Status::LineTooLong);
        QCOMPARE(parser.pendingBytes(), 0);
    }

    void lineCountLimit_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<Status>("status");

        QTest::newRow("1") << 1 << Status::Reply;
        QTest::newRow("max") << SmtpReplyParser::kMaxLines << Status::Reply;
        QTest::newRow("max + 1") << SmtpReplyParser::kMaxLines + 1 << Status::TooManyLines;
    }

    void lineCountLimit()
    {
        QFETCH(int, lines);
        QFETCH(Status, status);

        QByteArray stream;
        for (int i = 1; i < lines; ++i)
            stream += QByteArrayLiteral("250-line\r\n");
        stream += QByteArrayLiteral("250 end\r\n");
        SmtpReplyParser parser;
        parser.feed(stream);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), status);
        if (status == Status::Reply) {
            QCOMPARE(reply.lines.size(), lines);
            QCOMPARE(reply.rawLines.size(), lines);
            QCOMPARE(reply.lines.last(), QStringLiteral("end"));
        }
    }

    // A server that never sends the last line: fed one line at a time, as a socket would.
    void endlessMultiLineReply()
    {
        SmtpReplyParser parser;
        SmtpReply reply;
        Status status = Status::NeedMore;
        int fed = 0;
        while (status == Status::NeedMore && fed < 100000) {
            parser.feed(QByteArrayLiteral("250-and more\r\n"));
            ++fed;
            status = parser.next(&reply);
        }
        QCOMPARE(status, Status::TooManyLines);
        QCOMPARE(fed, SmtpReplyParser::kMaxLines + 1);
        QCOMPARE(parser.pendingBytes(), 0);
    }

    void errorSticksUntilReset_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<Status>("error");

        QTest::newRow("garbage") << QByteArrayLiteral("hello\r\n") << Status::Malformed;
        QTest::newRow("mixed codes") << QByteArrayLiteral("250-a\r\n550 b\r\n") << Status::Malformed;
        QTest::newRow("long line") << QByteArray(10000, 'x') << Status::LineTooLong;
        QByteArray endless;
        for (int i = 0; i < 300; ++i)
            endless += QByteArrayLiteral("250-x\r\n");
        QTest::newRow("too many lines") << endless << Status::TooManyLines;
    }

    void errorSticksUntilReset()
    {
        QFETCH(QByteArray, bad);
        QFETCH(Status, error);

        SmtpReplyParser parser;
        parser.feed(bad);
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), error);
        QCOMPARE(parser.pendingBytes(), 0);

        // A good reply afterwards does not help, and is not kept.
        parser.feed(QByteArrayLiteral("250 OK\r\n"));
        QCOMPARE(parser.pendingBytes(), 0);
        QCOMPARE(parser.next(&reply), error);
        QCOMPARE(parser.next(&reply), error);

        parser.reset();
        QCOMPARE(parser.pendingBytes(), 0);
        QCOMPARE(parser.next(&reply), Status::NeedMore);
        parser.feed(QByteArrayLiteral("250 OK\r\n"));
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines, QStringList{QStringLiteral("OK")});
    }

    void resetDropsPartialReply()
    {
        SmtpReplyParser parser;
        parser.feed(QByteArrayLiteral("250-a\r\n250-b\r\n250"));
        SmtpReply reply;
        QCOMPARE(parser.next(&reply), Status::NeedMore);
        parser.reset();
        QCOMPARE(parser.pendingBytes(), 0);
        parser.feed(QByteArrayLiteral("220 c\r\n"));
        QCOMPARE(parser.next(&reply), Status::Reply);
        QCOMPARE(reply.code, 220);
        QCOMPARE(reply.lines, QStringList{QStringLiteral("c")});
        QCOMPARE(reply.rawLines, QStringList{QStringLiteral("220 c")});
    }
};

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
