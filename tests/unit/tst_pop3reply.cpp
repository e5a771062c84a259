#include "pop3/Pop3Reply.h"

#include <QTest>

using Status = IncomingReply::Status;

Q_DECLARE_METATYPE(IncomingReply::Status)
Q_DECLARE_METATYPE(Pop3ReplyParser::Status)

// The POP3 reply parser as pure functions: one status line (RFC 1939 3, RFC 2449 8 response codes,
// RFC 5034 4 continuations), the CAPA list (RFC 2449 6), and the bounded stream splitter with
// multi-line replies and byte-stuffing (RFC 1939 3).
class TestPop3Reply : public QObject
{
    Q_OBJECT

private slots:
    void parseStatusLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        // RFC 1939 4 greeting (with an APOP timestamp, RFC 1939 7)
        QTest::newRow("greeting") << QByteArray("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>")
                                  << Status::Ok << QString()
                                  << QStringLiteral("POP3 server ready <1896.697170952@dbc.mtview.ca.us>");
        QTest::newRow("dovecot greeting") << QByteArray("+OK Dovecot ready.") << Status::Ok << QString()
                                          << QStringLiteral("Dovecot ready.");
        QTest::newRow("bare +OK") << QByteArray("+OK") << Status::Ok << QString() << QString();
        QTest::newRow("-ERR") << QByteArray("-ERR no such message") << Status::Err << QString()
                              << QStringLiteral("no such message");
        // RFC 2449 8.1 response codes, RFC 3206 SYS and AUTH
        QTest::newRow("in-use") << QByteArray("-ERR [IN-USE] Mailbox locked") << Status::Err
                                << QStringLiteral("IN-USE") << QStringLiteral("Mailbox locked");
        QTest::newRow("sys/temp") << QByteArray("-ERR [SYS/TEMP] try later") << Status::Err
                                  << QStringLiteral("SYS/TEMP") << QStringLiteral("try later");
        QTest::newRow("auth") << QByteArray("-ERR [AUTH] Authentication failed.") << Status::Err
                              << QStringLiteral("AUTH") << QStringLiteral("Authentication failed.");
        QTest::newRow("lower-case code") << QByteArray("-ERR [login-delay] wait") << Status::Err
                                         << QStringLiteral("LOGIN-DELAY") << QStringLiteral("wait");
        QTest::newRow("lower-case status")
            << QByteArray("+ok fine") << Status::Ok << QString() << QStringLiteral("fine");
        // RFC 5034 4 continuations
        QTest::newRow("continuation") << QByteArray("+ VXNlcm5hbWU6") << Status::Continuation << QString()
                                      << QStringLiteral("VXNlcm5hbWU6");
        QTest::newRow("empty continuation")
            << QByteArray("+ ") << Status::Continuation << QString() << QString();
        QTest::newRow("bare +") << QByteArray("+") << Status::Continuation << QString() << QString();
        QTest::newRow("CRLF") << QByteArray("+OK done\r\n") << Status::Ok << QString()
                              << QStringLiteral("done");
        // Not POP3
        QTest::newRow("glued") << QByteArray("+OKAY") << Status::None << QString() << QString();
        QTest::newRow("imap greeting")
            << QByteArray("* OK IMAP ready") << Status::None << QString() << QString();
        QTest::newRow("smtp banner") << QByteArray("220 mail ESMTP") << Status::None << QString()
                                     << QString();
        QTest::newRow("empty") << QByteArray() << Status::None << QString() << QString();
    }

    void parseStatusLine()
    {
        QFETCH(QByteArray, line);
        const Pop3StatusLine parsed = Pop3ReplyParser::parseStatusLine(line);
        QTEST(parsed.status, "status");
        QTEST(parsed.code, "code");
        QTEST(parsed.text, "text");
    }

    void capabilities_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("auth");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<bool>("userPass");
        // Dovecot 2.3 before STLS (disable_plaintext_auth = yes) and after
        QTest::newRow("dovecot before tls")
            << QStringList{QStringLiteral("CAPA"),       QStringLiteral("TOP"),
                           QStringLiteral("UIDL"),       QStringLiteral("RESP-CODES"),
                           QStringLiteral("PIPELINING"), QStringLiteral("AUTH-RESP-CODE"),
                           QStringLiteral("STLS"),       QStringLiteral("SASL")}
            << QStringList() << true << false;
        QTest::newRow("dovecot after tls")
            << QStringList{QStringLiteral("CAPA"),       QStringLiteral("TOP"),
                           QStringLiteral("UIDL"),       QStringLiteral("RESP-CODES"),
                           QStringLiteral("PIPELINING"), QStringLiteral("AUTH-RESP-CODE"),
                           QStringLiteral("USER"),       QStringLiteral("SASL PLAIN LOGIN")}
            << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")} << false << true;
        // RFC 2449 6 example
        QTest::newRow("rfc 2449 example")
            << QStringList{QStringLiteral("TOP"),
                           QStringLiteral("USER"),
                           QStringLiteral("SASL CRAM-MD5 KERBEROS_V4"),
                           QStringLiteral("RESP-CODES"),
                           QStringLiteral("LOGIN-DELAY 900"),
                           QStringLiteral("PIPELINING"),
                           QStringLiteral("EXPIRE 60"),
                           QStringLiteral("UIDL"),
                           QStringLiteral("IMPLEMENTATION Shlemazle-Plotz-v302")}
            << QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("KERBEROS_V4")} << false << true;
        QTest::newRow("oauth only") << QStringList{QStringLiteral("SASL XOAUTH2 OAUTHBEARER")}
                                    << QStringList{QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")}
                                    << false << false;
        QTest::newRow("lower case, blank lines")
            << QStringList{QStringLiteral("stls"), QString(), QStringLiteral("sasl plain plain")}
            << QStringList{QStringLiteral("PLAIN")} << true << false;
        // RFC 4422 3.1: a mechanism name is 1 to 20 of A-Z, 0-9, '-', '_'
        QTest::newRow("not SASL names")
            << QStringList{QString::fromUtf8("SASL \u212A PL\u00C4IN ABCDEFGHIJKLMNOPQRSTU plain X.Y")}
            << QStringList{QStringLiteral("PLAIN")} << false << false;
        QTest::newRow("empty") << QStringList() << QStringList() << false << false;
    }

    void capabilities()
    {
        QFETCH(QStringList, lines);
        const IncomingCapabilities caps = Pop3ReplyParser::capabilities(lines);
        QVERIFY(caps.known);
        QVERIFY(caps.initialResponse);
        QTEST(caps.authMechanisms, "auth");
        QTEST(caps.startTls, "startTls");
        QTEST(caps.userPass, "userPass");
    }

    void stream_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<int>("chunk"); // bytes per feed(); 0: all at once
        QTest::addColumn<int>("replies");
        QTest::addColumn<QStringList>("body"); // of the last reply
        QTest::addColumn<Pop3ReplyParser::Status>("end");
        const QByteArray capa = "+OK\r\nCAPA\r\nSTLS\r\nSASL\r\n.\r\n";
        const QStringList capaBody{QStringLiteral("CAPA"), QStringLiteral("STLS"), QStringLiteral("SASL")};
        QTest::newRow("capa at once")
            << capa << true << 0 << 1 << capaBody << Pop3ReplyParser::Status::NeedMore;
        QTest::newRow("capa byte by byte")
            << capa << true << 1 << 1 << capaBody << Pop3ReplyParser::Status::NeedMore;
        QTest::newRow("capa refused: one line") << QByteArray("-ERR unknown command\r\n") << true << 0 << 1
                                                << QStringList() << Pop3ReplyParser::Status::NeedMore;
        QTest::newRow("single lines") << QByteArray("+OK a\r\n-ERR b\n+ c\r\n") << false << 4 << 3
                                      << QStringList() << Pop3ReplyParser::Status::NeedMore;
        // RFC 1939 3: a line starting with "." has it doubled
        QTest::newRow("byte-stuffing")
            << QByteArray("+OK\r\n..hidden\r\n.\r\n") << true << 0 << 1
            << QStringList{QStringLiteral(".hidden")} << Pop3ReplyParser::Status::NeedMore;
        QTest::newRow("unfinished body") << QByteArray("+OK\r\nTOP\r\n") << true << 0 << 0 << QStringList()
                                         << Pop3ReplyParser::Status::NeedMore;
        QTest::newRow("garbage") << QByteArray("HTTP/1.1 200 OK\r\n") << false << 0 << 0 << QStringList()
                                 << Pop3ReplyParser::Status::Malformed;
        QTest::newRow("line too long")
            << QByteArray("+OK ") + QByteArray(5000, 'x') + "\r\n"
            << false << 512 << 0 << QStringList() << Pop3ReplyParser::Status::LineTooLong;
        QByteArray endless = "+OK\r\n";
        for (int i = 0; i < 300; ++i)
            endless += "X-LINE " + QByteArray::number(i) + "\r\n";
        QTest::newRow("too many lines")
            << endless << true << 0 << 0 << QStringList() << Pop3ReplyParser::Status::TooManyLines;
    }

    void stream()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, multiLine);
        QFETCH(int, chunk);
        Pop3ReplyParser parser;
        parser.expectMultiLine(multiLine);
        int replies = 0;
        Pop3Reply last;
        Pop3ReplyParser::Status status = Pop3ReplyParser::Status::NeedMore;
        const int step = chunk > 0 ? chunk : int(bytes.size());
        for (qsizetype pos = 0; pos < bytes.size() && status == Pop3ReplyParser::Status::NeedMore;
             pos += step) {
            parser.feed(QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(step, bytes.size() - pos)));
            Pop3Reply reply;
            while ((status = parser.next(&reply)) == Pop3ReplyParser::Status::Reply) {
                ++replies;
                last = reply;
            }
        }
        QTEST(replies, "replies");
        QTEST(last.body, "body");
        QTEST(status, "end");
        QVERIFY(parser.pendingBytes() <= Pop3ReplyParser::kMaxLineLength + 2);
    }
};

QTEST_GUILESS_MAIN(TestPop3Reply)
#include "tst_pop3reply.moc"
