#include "imap/ImapResponse.h"

#include <QTest>

using Kind = ImapResponseLine::Kind;
using Status = IncomingReply::Status;

Q_DECLARE_METATYPE(ImapResponseLine::Kind)
Q_DECLARE_METATYPE(IncomingReply::Status)
Q_DECLARE_METATYPE(ImapResponseParser::Status)

// The IMAP response parser as pure functions: one line (RFC 9051 7, RFC 3501 7), a CAPABILITY list
// (RFC 9051 7.2.2), and the bounded stream splitter with literals (RFC 9051 4.3).
class TestImapResponse : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        // RFC 9051 7.1.1 greeting, with a response code (7.1)
        QTest::newRow("greeting with capability code")
            << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] Dovecot ready.")
            << Kind::Untagged << QString() << Status::Ok << QString() << QStringLiteral("CAPABILITY")
            << QStringLiteral("Dovecot ready.");
        QTest::newRow("greeting plain")
            << QByteArray("* OK IMAP4rev2 Service Ready") << Kind::Untagged << QString() << Status::Ok
            << QString() << QString() << QStringLiteral("IMAP4rev2 Service Ready");
        // RFC 9051 7.1.4 PREAUTH, 7.1.5 BYE
        QTest::newRow("preauth") << QByteArray("* PREAUTH IMAP4rev2 server logged in as Smith")
                                 << Kind::Untagged << QString() << Status::PreAuth << QString() << QString()
                                 << QStringLiteral("IMAP4rev2 server logged in as Smith");
        QTest::newRow("bye") << QByteArray("* BYE Autologout; idle for too long") << Kind::Untagged
                             << QString() << Status::Bye << QString() << QString()
                             << QStringLiteral("Autologout; idle for too long");
        // RFC 9051 7.2.2 CAPABILITY data
        QTest::newRow("capability data")
            << QByteArray("* CAPABILITY IMAP4rev2 STARTTLS AUTH=GSSAPI LOGINDISABLED") << Kind::Untagged
            << QString() << Status::None << QStringLiteral("CAPABILITY") << QString()
            << QStringLiteral("IMAP4rev2 STARTTLS AUTH=GSSAPI LOGINDISABLED");
        QTest::newRow("lower-case data name")
            << QByteArray("* capability imap4rev1") << Kind::Untagged << QString() << Status::None
            << QStringLiteral("CAPABILITY") << QString() << QStringLiteral("imap4rev1");
        // RFC 9051 7.4.1 message data after a number
        QTest::newRow("numbered data") << QByteArray("* 23 EXISTS") << Kind::Untagged << QString()
                                       << Status::None << QStringLiteral("EXISTS") << QString() << QString();
        // RFC 9051 7.1 tagged status responses
        QTest::newRow("tagged ok") << QByteArray("a1 OK CAPABILITY completed") << Kind::Tagged
                                   << QStringLiteral("a1") << Status::Ok << QString() << QString()
                                   << QStringLiteral("CAPABILITY completed");
        // RFC 5530 response codes
        QTest::newRow("tagged no, authentication failed")
            << QByteArray("a4 NO [AUTHENTICATIONFAILED] Authentication failed.") << Kind::Tagged
            << QStringLiteral("a4") << Status::No << QString() << QStringLiteral("AUTHENTICATIONFAILED")
            << QStringLiteral("Authentication failed.");
        QTest::newRow("tagged no, unavailable")
            << QByteArray("a4 NO [UNAVAILABLE] Temporary authentication failure.") << Kind::Tagged
            << QStringLiteral("a4") << Status::No << QString() << QStringLiteral("UNAVAILABLE")
            << QStringLiteral("Temporary authentication failure.");
        QTest::newRow("tagged bad, lower case")
            << QByteArray("A003 bad Error in IMAP command") << Kind::Tagged << QStringLiteral("A003")
            << Status::Bad << QString() << QString() << QStringLiteral("Error in IMAP command");
        QTest::newRow("tagged ok with capability code")
            << QByteArray("a3 OK [CAPABILITY IMAP4rev1 IDLE] Logged in") << Kind::Tagged
            << QStringLiteral("a3") << Status::Ok << QString() << QStringLiteral("CAPABILITY")
            << QStringLiteral("Logged in");
        // RFC 9051 7.5 continuation requests
        QTest::newRow("continuation with challenge")
            << QByteArray("+ VXNlcm5hbWU6") << Kind::Continuation << QString() << Status::None << QString()
            << QString() << QStringLiteral("VXNlcm5hbWU6");
        QTest::newRow("bare continuation") << QByteArray("+") << Kind::Continuation << QString()
                                           << Status::None << QString() << QString() << QString();
        QTest::newRow("continuation, CRLF kept")
            << QByteArray("+ Ready for literal\r\n") << Kind::Continuation << QString() << Status::None
            << QString() << QString() << QStringLiteral("Ready for literal");
        // Not IMAP
        QTest::newRow("smtp banner") << QByteArray("220 mail.example.test ESMTP") << Kind::Invalid
                                     << QString() << Status::None << QString() << QString() << QString();
        QTest::newRow("pop3 greeting") << QByteArray("+OK POP3 ready") << Kind::Invalid << QString()
                                       << Status::None << QString() << QString() << QString();
        QTest::newRow("tagged bye is no status") << QByteArray("a1 BYE now") << Kind::Invalid << QString()
                                                 << Status::None << QString() << QString() << QString();
        QTest::newRow("empty") << QByteArray() << Kind::Invalid << QString() << Status::None << QString()
                               << QString() << QString();
        QTest::newRow("star alone") << QByteArray("* ") << Kind::Invalid << QString() << Status::None
                                    << QString() << QString() << QString();
        QTest::newRow("tag with a quote") << QByteArray("a\"1 OK done") << Kind::Invalid << QString()
                                          << Status::None << QString() << QString() << QString();
    }

    void parseLine()
    {
        QFETCH(QByteArray, line);
        const ImapResponseLine parsed = ImapResponseParser::parseLine(line);
        QTEST(parsed.kind, "kind");
        QTEST(parsed.tag, "tag");
        QTEST(parsed.status, "status");
        QTEST(parsed.name, "name");
        QTEST(parsed.code, "code");
        QTEST(parsed.text, "text");
    }

    void nulBecomesReplacementCharacter()
    {
        const ImapResponseLine parsed = ImapResponseParser::parseLine(QByteArray("* OK hi\0there", 13));
        QCOMPARE(parsed.text, QStringLiteral("hi\uFFFDthere"));
    }

    void capabilities_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("auth");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<bool>("loginDisabled");
        QTest::addColumn<bool>("initialResponse");
        // Dovecot 2.3 before and after STARTTLS (disable_plaintext_auth = yes)
        QTest::newRow("dovecot before tls")
            << QStringLiteral(
                   "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED")
            << QStringList() << true << true << true;
        QTest::newRow("dovecot after tls")
            << QStringLiteral(
                   "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN")
            << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")} << false << false << true;
        // RFC 9051 7.2.2 example
        QTest::newRow("rfc 9051 example") << QStringLiteral("IMAP4rev2 STARTTLS AUTH=GSSAPI LOGINDISABLED")
                                          << QStringList{QStringLiteral("GSSAPI")} << true << true << false;
        QTest::newRow("gmail")
            << QStringLiteral("IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN "
                              "X-GM-EXT-1 XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN "
                              "AUTH=OAUTHBEARER")
            << QStringList{QStringLiteral("XOAUTH2"), QStringLiteral("PLAIN"),
                           QStringLiteral("PLAIN-CLIENTTOKEN"), QStringLiteral("OAUTHBEARER")}
            << false << false << true;
        QTest::newRow("lower case, duplicates")
            << QStringLiteral("imap4rev1 auth=plain AUTH=PLAIN starttls")
            << QStringList{QStringLiteral("PLAIN")} << true << false << false;
        QTest::newRow("empty auth name")
            << QStringLiteral("IMAP4rev1 AUTH=") << QStringList() << false << false << false;
        // RFC 4422 3.1: a mechanism name is 1 to 20 of A-Z, 0-9, '-', '_' (found by fuzzing: the Kelvin sign)
        QTest::newRow("not SASL names")
            << QString::fromUtf8("IMAP4rev1 AUTH=\u212A AUTH=PL\u00C4IN AUTH=ABCDEFGHIJKLMNOPQRSTU AUTH=X.Y "
                                 "AUTH=SCRAM-SHA-256 AUTH=kerberos_v4")
            << QStringList{QStringLiteral("SCRAM-SHA-256"), QStringLiteral("KERBEROS_V4")} << false << false
            << false;
        QTest::newRow("empty") << QString() << QStringList() << false << false << false;
    }

    void capabilities()
    {
        QFETCH(QString, list);
        const IncomingCapabilities caps = ImapResponseParser::capabilities(list);
        QVERIFY(caps.known);
        QTEST(caps.authMechanisms, "auth");
        QTEST(caps.startTls, "startTls");
        QTEST(caps.loginDisabled, "loginDisabled");
        QTEST(caps.initialResponse, "initialResponse");
        QCOMPARE(caps.keywords, list.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }

    void stream_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("chunk"); // bytes per feed(); 0: all at once
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<ImapResponseParser::Status>("end");
        const QByteArray dovecot =
            "* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.\r\n"
            "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n"
            "a1 OK Pre-login capabilities listed, post-login capabilities have more.\r\n";
        const QStringList dovecotLines{
            QStringLiteral("* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready."),
            QStringLiteral("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED"),
            QStringLiteral("a1 OK Pre-login capabilities listed, post-login capabilities have more.")};
        QTest::newRow("at once") << dovecot << 0 << dovecotLines << ImapResponseParser::Status::NeedMore;
        QTest::newRow("byte by byte") << dovecot << 1 << dovecotLines << ImapResponseParser::Status::NeedMore;
        QTest::newRow("bare LF") << QByteArray("* OK hi\na1 OK done\n") << 3
                                 << QStringList{QStringLiteral("* OK hi"), QStringLiteral("a1 OK done")}
                                 << ImapResponseParser::Status::NeedMore;
        // RFC 9051 4.3: a literal inside a response line, with CRLF in it
        QTest::newRow("literal") << QByteArray("* 1 FETCH (BODY[] {7}\r\nab\r\ncd)\r\na2 OK\r\n") << 2
                                 << QStringList{QStringLiteral("* 1 FETCH (BODY[] {7}ab\r\ncd)"),
                                                QStringLiteral("a2 OK")}
                                 << ImapResponseParser::Status::NeedMore;
        QTest::newRow("empty literal")
            << QByteArray("* X {0}\r\n tail\r\n") << 0 << QStringList{QStringLiteral("* X {0} tail")}
            << ImapResponseParser::Status::NeedMore;
        QTest::newRow("literal announced too big") << QByteArray("* X {999999}\r\n") << 0 << QStringList()
                                                   << ImapResponseParser::Status::LineTooLong;
        QTest::newRow("incomplete") << QByteArray("* OK hal") << 0 << QStringList()
                                    << ImapResponseParser::Status::NeedMore;
        QTest::newRow("garbage after a line")
            << QByteArray("* OK hi\r\nHTTP/1.1 400 Bad Request\r\n") << 0
            << QStringList{QStringLiteral("* OK hi")} << ImapResponseParser::Status::Malformed;
        QTest::newRow("line too long") << QByteArray("* OK ") + QByteArray(9000, 'x') + "\r\n"
                                       << 1000 << QStringList() << ImapResponseParser::Status::LineTooLong;
        QTest::newRow("longest line")
            << QByteArray("* OK ") + QByteArray(8187, 'x') + "\r\n"
            << 0 << QStringList{QStringLiteral("* OK ") + QString(8187, QLatin1Char('x'))}
            << ImapResponseParser::Status::NeedMore;
        QTest::newRow("endless line without LF")
            << QByteArray(20000, 'y') << 4096 << QStringList() << ImapResponseParser::Status::LineTooLong;
    }

    void stream()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, chunk);
        QFETCH(QStringList, lines);
        ImapResponseParser parser;
        QStringList got;
        ImapResponseParser::Status status = ImapResponseParser::Status::NeedMore;
        const int step = chunk > 0 ? chunk : int(bytes.size());
        for (qsizetype pos = 0; pos < bytes.size() && status == ImapResponseParser::Status::NeedMore;
             pos += step) {
            parser.feed(QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(step, bytes.size() - pos)));
            ImapResponseLine line;
            QString raw;
            while ((status = parser.next(&line, &raw)) == ImapResponseParser::Status::Line)
                got << raw;
        }
        QCOMPARE(got, lines);
        QTEST(status, "end");
        QVERIFY(parser.pendingBytes() <= ImapResponseParser::kMaxLineLength + 2);
    }

    void errorsStick()
    {
        ImapResponseParser parser;
        parser.feed("garbage\r\n");
        QCOMPARE(parser.next(nullptr, nullptr), ImapResponseParser::Status::Malformed);
        parser.feed("* OK fine\r\n");
        QCOMPARE(parser.next(nullptr, nullptr), ImapResponseParser::Status::Malformed);
        parser.reset();
        parser.feed("* OK fine\r\n");
        QCOMPARE(parser.next(nullptr, nullptr), ImapResponseParser::Status::Line);
    }
};

QTEST_GUILESS_MAIN(TestImapResponse)
#include "tst_imapresponse.moc"
