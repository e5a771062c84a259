#include "smtp/SmtpCapabilities.h"

#include <QTest>

// SmtpCapabilities: what real servers' EHLO replies (Exim, Postfix, Gmail, Microsoft 365) say they offer.

namespace {

// Parses a whole EHLO reply from the bytes a server sends.
SmtpReply replyFrom(const QByteArray &stream)
{
    SmtpReplyParser parser;
    parser.feed(stream);
    SmtpReply reply;
    if (parser.next(&reply) != SmtpReplyParser::Status::Reply)
        qFatal("test data is not one complete SMTP reply");
    return reply;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromLatin1(item));
    return result;
}

const QByteArray kEximEhlo =
    QByteArrayLiteral("250-smtp.example.test Hello client.example.test [127.0.0.1]\r\n"
                      "250-SIZE 10485760\r\n"
                      "250-8BITMIME\r\n"
                      "250-PIPELINING\r\n"
                      "250-PIPECONNECT\r\n"
                      "250-AUTH PLAIN LOGIN CRAM-MD5\r\n"
                      "250-CHUNKING\r\n"
                      "250-STARTTLS\r\n"
                      "250 HELP\r\n");
const QByteArray kPostfixEhlo = QByteArrayLiteral("250-mail.example.test\r\n"
                                                  "250-PIPELINING\r\n"
                                                  "250-SIZE 10240000\r\n"
                                                  "250-VRFY\r\n"
                                                  "250-ETRN\r\n"
                                                  "250-STARTTLS\r\n"
                                                  "250-AUTH PLAIN LOGIN\r\n"
                                                  "250-AUTH=PLAIN LOGIN\r\n"
                                                  "250-ENHANCEDSTATUSCODES\r\n"
                                                  "250-8BITMIME\r\n"
                                                  "250-DSN\r\n"
                                                  "250-SMTPUTF8\r\n"
                                                  "250 CHUNKING\r\n");
const QByteArray kGmailEhlo =
    QByteArrayLiteral("250-smtp.gmail.com at your service, [203.0.113.7]\r\n"
                      "250-SIZE 35882577\r\n"
                      "250-8BITMIME\r\n"
                      "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n"
                      "250-ENHANCEDSTATUSCODES\r\n"
                      "250-PIPELINING\r\n"
                      "250-CHUNKING\r\n"
                      "250 SMTPUTF8\r\n");
const QByteArray kMs365Ehlo =
    QByteArrayLiteral("250-LO2P265CA0123.outlook.office365.com Hello [203.0.113.7]\r\n"
                      "250-SIZE 157286400\r\n"
                      "250-PIPELINING\r\n"
                      "250-DSN\r\n"
                      "250-ENHANCEDSTATUSCODES\r\n"
                      "250-AUTH LOGIN XOAUTH2\r\n"
                      "250-8BITMIME\r\n"
                      "250-BINARYMIME\r\n"
                      "250-CHUNKING\r\n"
                      "250 SMTPUTF8\r\n");

} // namespace

class TestSmtpCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void fromEhloReply_data()
    {
        QTest::addColumn<QByteArray>("ehlo");
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<bool>("pipelining");
        QTest::addColumn<bool>("eightBitMime");
        QTest::addColumn<bool>("smtpUtf8");
        QTest::addColumn<bool>("enhancedStatusCodes");
        QTest::addColumn<bool>("chunking");
        QTest::addColumn<bool>("sizeAdvertised");
        QTest::addColumn<qint64>("sizeLimit");
        QTest::addColumn<QStringList>("authMechanisms");

        //                                         tls    pipe   8bit   utf8   enh    chunk  size
        QTest::newRow("exim") << kEximEhlo << QStringLiteral("smtp.example.test")
                              << list({"SIZE 10485760", "8BITMIME", "PIPELINING", "PIPECONNECT",
                                       "AUTH PLAIN LOGIN CRAM-MD5", "CHUNKING", "STARTTLS", "HELP"})
                              << true << true << true << false << false << true << true << qint64(10485760)
                              << list({"PLAIN", "LOGIN", "CRAM-MD5"});
        QTest::newRow("postfix") << kPostfixEhlo << QStringLiteral("mail.example.test")
                                 << list({"PIPELINING", "SIZE 10240000", "VRFY", "ETRN", "STARTTLS",
                                          "AUTH PLAIN LOGIN", "AUTH=PLAIN LOGIN", "ENHANCEDSTATUSCODES",
                                          "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"})
                                 << true << true << true << true << true << true << true << qint64(10240000)
                                 << list({"PLAIN", "LOGIN"});
        QTest::newRow("gmail") << kGmailEhlo << QStringLiteral("smtp.gmail.com")
                               << list({"SIZE 35882577", "8BITMIME",
                                        "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
                                        "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8"})
                               << false << true << true << true << true << true << true << qint64(35882577)
                               << list({"LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER",
                                        "XOAUTH"});
        QTest::newRow("microsoft 365")
            << kMs365Ehlo << QStringLiteral("LO2P265CA0123.outlook.office365.com")
            << list({"SIZE 157286400", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "AUTH LOGIN XOAUTH2",
                     "8BITMIME", "BINARYMIME", "CHUNKING", "SMTPUTF8"})
            << false << true << true << true << true << true << true << qint64(157286400)
            << list({"LOGIN", "XOAUTH2"});
        QTest::newRow("lower-case keywords")
            << QByteArrayLiteral(
                   "250-mx.example.test\r\n250-starttls\r\n250-Pipelining\r\n250-8bitmime\r\n"
                   "250-smtputf8\r\n250-enhancedstatuscodes\r\n250-chunking\r\n250-size 1000\r\n"
                   "250 auth=login plain\r\n")
            << QStringLiteral("mx.example.test")
            << list({"starttls", "Pipelining", "8bitmime", "smtputf8", "enhancedstatuscodes", "chunking",
                     "size 1000", "auth=login plain"})
            << true << true << true << true << true << true << true << qint64(1000)
            << list({"LOGIN", "PLAIN"});
        QTest::newRow("SIZE without number")
            << QByteArrayLiteral("250-mx.example.test\r\n250 SIZE\r\n") << QStringLiteral("mx.example.test")
            << list({"SIZE"}) << false << false << false << false << false << false << true << qint64(0)
            << QStringList{};
        QTest::newRow("SIZE 0") << QByteArrayLiteral("250-mx.example.test\r\n250 SIZE 0\r\n")
                                << QStringLiteral("mx.example.test") << list({"SIZE 0"}) << false << false
                                << false << false << false << false << true << qint64(0) << QStringList{};
        QTest::newRow("SIZE not a number")
            << QByteArrayLiteral("250-mx.example.test\r\n250 SIZE lots\r\n")
            << QStringLiteral("mx.example.test") << list({"SIZE lots"}) << false << false << false << false
            << false << false << true << qint64(0) << QStringList{};
        QTest::newRow("SIZE negative")
            << QByteArrayLiteral("250-mx.example.test\r\n250 SIZE -5\r\n")
            << QStringLiteral("mx.example.test") << list({"SIZE -5"}) << false << false << false << false
            << false << false << true << qint64(0) << QStringList{};
        QTest::newRow("SIZE above 32 bits")
            << QByteArrayLiteral("250-mx.example.test\r\n250 SIZE 10737418240\r\n")
            << QStringLiteral("mx.example.test") << list({"SIZE 10737418240"}) << false << false << false
            << false << false << false << true << qint64(10737418240) << QStringList{};
        QTest::newRow("AUTH duplicates and case")
            << QByteArrayLiteral("250-mx.example.test\r\n250-AUTH plain LOGIN Plain\r\n250-AUTH=login "
                                 "CRAM-MD5\r\n250 AUTH\r\n")
            << QStringLiteral("mx.example.test")
            << list({"AUTH plain LOGIN Plain", "AUTH=login CRAM-MD5", "AUTH"}) << false << false << false
            << false << false << false << false << qint64(0) << list({"PLAIN", "LOGIN", "CRAM-MD5"});
        QTest::newRow("no extensions")
            << QByteArrayLiteral("250 mx.example.test greets you\r\n") << QStringLiteral("mx.example.test")
            << QStringList{} << false << false << false << false << false << false << false << qint64(0)
            << QStringList{};
        QTest::newRow("500 reply") << QByteArrayLiteral("500 5.5.1 Command unrecognized: \"EHLO x\"\r\n")
                                   << QString() << QStringList{} << false << false << false << false << false
                                   << false << false << qint64(0) << QStringList{};
        QTest::newRow("multi-line 502 reply")
            << QByteArrayLiteral("502-mx.example.test\r\n502-STARTTLS\r\n502 AUTH PLAIN\r\n") << QString()
            << QStringList{} << false << false << false << false << false << false << false << qint64(0)
            << QStringList{};
    }

    void fromEhloReply()
    {
        QFETCH(QByteArray, ehlo);
        QFETCH(QString, serverName);
        QFETCH(QStringList, keywords);
        QFETCH(bool, startTls);
        QFETCH(bool, pipelining);
        QFETCH(bool, eightBitMime);
        QFETCH(bool, smtpUtf8);
        QFETCH(bool, enhancedStatusCodes);
        QFETCH(bool, chunking);
        QFETCH(bool, sizeAdvertised);
        QFETCH(qint64, sizeLimit);
        QFETCH(QStringList, authMechanisms);

        const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(replyFrom(ehlo));
        QCOMPARE(caps.serverName, serverName);
        QCOMPARE(caps.keywords, keywords);
        QCOMPARE(caps.startTls, startTls);
        QCOMPARE(caps.pipelining, pipelining);
        QCOMPARE(caps.eightBitMime, eightBitMime);
        QCOMPARE(caps.smtpUtf8, smtpUtf8);
        QCOMPARE(caps.enhancedStatusCodes, enhancedStatusCodes);
        QCOMPARE(caps.chunking, chunking);
        QCOMPARE(caps.sizeAdvertised, sizeAdvertised);
        QCOMPARE(caps.sizeLimit, sizeLimit);
        QCOMPARE(caps.authMechanisms, authMechanisms);
    }

    void emptyReply()
    {
        const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(SmtpReply());
        QVERIFY(caps.serverName.isEmpty());
        QVERIFY(caps.keywords.isEmpty());
        QVERIFY(caps.authMechanisms.isEmpty());
        QVERIFY(!caps.sizeAdvertised);
    }

    void offersAuth_data()
    {
        QTest::addColumn<QByteArray>("ehlo");
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<bool>("offered");

        QTest::newRow("exim PLAIN") << kEximEhlo << QStringLiteral("PLAIN") << true;
        QTest::newRow("exim plain") << kEximEhlo << QStringLiteral("plain") << true;
        QTest::newRow("exim cram-md5") << kEximEhlo << QStringLiteral("cram-md5") << true;
        QTest::newRow("exim XOAUTH2") << kEximEhlo << QStringLiteral("XOAUTH2") << false;
        QTest::newRow("gmail xoauth2") << kGmailEhlo << QStringLiteral("xoauth2") << true;
        QTest::newRow("gmail OAUTHBEARER") << kGmailEhlo << QStringLiteral("OAUTHBEARER") << true;
        QTest::newRow("gmail CRAM-MD5") << kGmailEhlo << QStringLiteral("CRAM-MD5") << false;
        QTest::newRow("m365 LOGIN") << kMs365Ehlo << QStringLiteral("LOGIN") << true;
        QTest::newRow("m365 PLAIN") << kMs365Ehlo << QStringLiteral("PLAIN") << false;
        QTest::newRow("m365 prefix only") << kMs365Ehlo << QStringLiteral("XOAUTH") << false;
        QTest::newRow("empty name") << kEximEhlo << QString() << false;
        QTest::newRow("500 reply") << QByteArrayLiteral("500 unrecognized\r\n") << QStringLiteral("PLAIN")
                                   << false;
    }

    void offersAuth()
    {
        QFETCH(QByteArray, ehlo);
        QFETCH(QString, mechanism);
        QFETCH(bool, offered);

        const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(replyFrom(ehlo));
        QCOMPARE(caps.offersAuth(mechanism), offered);
    }
};

QTEST_GUILESS_MAIN(TestSmtpCapabilities)
#include "tst_smtpcapabilities.moc"
