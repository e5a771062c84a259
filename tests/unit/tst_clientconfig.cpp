#include "detect/ClientConfig.h"

#include <QTest>

#include <algorithm>
#include <utility>

// ClientConfig: clientConfig v1.1 files as the ISPDB writes them (comments, indented values, placeholders,
// elements to ignore), every kind of bad or hostile input (each refused with a clear error), the
// placeholder expansion and the socket type / authentication names.

using SocketType = OutgoingServerConfig::SocketType;
using Auth = OutgoingServerConfig::Auth;
Q_DECLARE_METATYPE(OutgoingServerConfig::SocketType)
Q_DECLARE_METATYPE(OutgoingServerConfig::Auth)

namespace {

// A parsed config as one line, so a table row can state the whole expected result:
// "id|domain,domain|displayName|displayShortName|host:port:socket:auth+auth:username;..."
QString describe(const ClientConfig &config)
{
    QStringList servers;
    for (const OutgoingServerConfig &server : config.outgoingServers) {
        QStringList auth;
        for (const Auth method : server.authentication)
            auth.append(ClientConfig::authName(method));
        servers.append(QStringList{server.hostname, QString::number(server.port),
                                   ClientConfig::socketTypeName(server.socketType), auth.join(u'+'),
                                   server.usernameTemplate}
                           .join(u':'));
    }
    return QStringList{config.providerId, config.domains.join(u','), config.displayName,
                       config.displayShortName, servers.join(u';')}
        .join(u'|');
}

// The incoming servers as one line: "type:host:port:socket:auth+auth:username;..."
QString describeIncoming(const ClientConfig &config)
{
    QStringList servers;
    for (const IncomingServerConfig &server : config.incomingServers) {
        QStringList auth;
        for (const Auth method : server.authentication)
            auth.append(ClientConfig::authName(method));
        servers.append(QStringList{
            ClientConfig::incomingTypeName(server.type), server.hostname, QString::number(server.port),
            ClientConfig::socketTypeName(server.socketType), auth.join(u'+'), server.usernameTemplate}
                           .join(u':'));
    }
    return servers.join(u';');
}

QByteArray incoming(const char *type, const char *hostname, const char *port, const char *socketType,
                    const char *extra = "")
{
    return QByteArray("<incomingServer type=\"") + type + "\"><hostname>" + hostname + "</hostname><port>" +
           port + "</port><socketType>" + socketType + "</socketType>" + extra + "</incomingServer>";
}

QByteArray server(const char *hostname, const char *port, const char *socketType, const char *extra = "")
{
    return QByteArray("<outgoingServer type=\"smtp\"><hostname>") + hostname + "</hostname><port>" + port +
           "</port><socketType>" + socketType + "</socketType>" + extra + "</outgoingServer>";
}

// A file with one provider "p" (domain example.com) and the given servers.
QByteArray withServers(const QByteArray &servers)
{
    return "<clientConfig version=\"1.1\"><emailProvider id=\"p\"><domain>example.com</domain>" + servers +
           "</emailProvider></clientConfig>";
}

// (No "//" inside raw strings here: moc 6.4 misreads them as comments and finds no class.)
const QByteArray kIspdbStyle = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>example.com</domain>
    <domain>  Example.NET  </domain>
    <!-- MX, for hosted customers -->
    <domain>example.net</domain>
    <domain>mail.EXAMPLE.org</domain>
    <displayName>Example Mail</displayName>
    <displayShortName>Example</displayShortName>
    <incomingServer type="imap">
      <hostname>imap.example.com</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>
          smtp.example.com
      </hostname>
      <port> 465 </port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.com</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-encrypted</authentication>
      <addThisServer>true</addThisServer>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname><![CDATA[relay.example.com]]></hostname>
      <port>25</port>
      <socketType>plain</socketType>
      <authentication>client-IP-address</authentication>
    </outgoingServer>
    <documentation url="help.html">
      <descr lang="en">Some help text</descr>
    </documentation>
  </emailProvider>
  <oAuth2>
    <issuer>accounts.example.com</issuer>
    <scope>mail.example.com/send</scope>
  </oAuth2>
  <webMail>
    <loginPage url="webmail.html" />
    <loginPageInfo url="webmail.html">
      <username>%EMAILADDRESS%</username>
      <usernameField id="user" />
    </loginPageInfo>
  </webMail>
</clientConfig>
)";

} // namespace

class TestClientConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodFiles_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("ISPDB style, three servers in order")
            << kIspdbStyle
            << QStringLiteral("example.com|example.com,example.net,mail.example.org|Example Mail|Example|"
                              "smtp.example.com:465:SSL:OAuth2+password-cleartext:%EMAILADDRESS%;"
                              "smtp.example.com:587:STARTTLS:password-encrypted:%EMAILLOCALPART%;"
                              "relay.example.com:25:plain:client-IP-address:")
            << QStringList();

        QTest::newRow("placeholders kept as templates")
            << withServers(server("%EMAILDOMAIN%", "465", "SSL", "<username>%EMAILADDRESS</username>") +
                           server("mail.%EMAILDOMAIN%", "587", "STARTTLS",
                                  "<username>%EMAILLOCALPART%.%EMAILDOMAIN%</username>"))
            << QStringLiteral("p|example.com|||%EMAILDOMAIN%:465:SSL::%EMAILADDRESS;"
                              "mail.%EMAILDOMAIN%:587:STARTTLS::%EMAILLOCALPART%.%EMAILDOMAIN%")
            << QStringList();

        QTest::newRow("every auth method, any case, duplicates once")
            << withServers(server("smtp.example.com", "587", "starttls",
                                  "<authentication>NONE</authentication>"
                                  "<authentication>smtp-after-pop</authentication>"
                                  "<authentication>Password-Cleartext</authentication>"
                                  "<authentication>password-encrypted</authentication>"
                                  "<authentication>oauth2</authentication>"
                                  "<authentication>ntlm</authentication>"
                                  "<authentication>gssapi</authentication>"
                                  "<authentication>CLIENT-IP-ADDRESS</authentication>"
                                  "<authentication>none</authentication>"))
            << QStringLiteral("p|example.com|||smtp.example.com:587:STARTTLS:none+smtp-after-pop+"
                              "password-cleartext+password-encrypted+OAuth2+NTLM+GSSAPI+client-IP-address:")
            << QStringList();

        QTest::newRow("socket types in any case")
            << withServers(server("a.example.com", "465", "ssl") +
                           server("b.example.com", "587", "StartTLS") +
                           server("c.example.com", "25", "PLAIN"))
            << QStringLiteral("p|example.com|||a.example.com:465:SSL::;b.example.com:587:STARTTLS::;"
                              "c.example.com:25:plain::")
            << QStringList();

        QTest::newRow("IDN hostname and port bounds")
            << withServers(server("smtp.m\xc3\xbcnchen.de", "1", "SSL") +
                           server("smtp.example.com", "65535", "SSL"))
            << QStringLiteral("p|example.com|||smtp.münchen.de:1:SSL::;smtp.example.com:65535:SSL::")
            << QStringList();

        QTest::newRow("bad servers skipped, the good one kept")
            << withServers(
                   server("smtp.example.com", "70000", "SSL") + server("smtp.example.com", "-1", "SSL") +
                   server("smtp.example.com", "abc", "SSL") + server("smtp.example.com", "0", "SSL") +
                   server("smtp.example.com", "", "SSL") + server("smtp.example.com", "465", "TLS") +
                   server("smtp example.com", "465", "SSL") + server("smtp.example.com", "465", "SSL"))
            << QStringLiteral("p|example.com|||smtp.example.com:465:SSL::")
            << QStringList{
                   QStringLiteral(
                       "outgoingServer 1: port \"70000\" is not a port (1..65535); server skipped"),
                   QStringLiteral("outgoingServer 2: port \"-1\" is not a port (1..65535); server skipped"),
                   QStringLiteral("outgoingServer 3: port \"abc\" is not a port (1..65535); server skipped"),
                   QStringLiteral("outgoingServer 4: port \"0\" is not a port (1..65535); server skipped"),
                   QStringLiteral("outgoingServer 5: port \"\" is not a port (1..65535); server skipped"),
                   QStringLiteral("outgoingServer 6: unknown socketType \"TLS\"; server skipped"),
                   QStringLiteral("outgoingServer 7: hostname \"smtp example.com\" is not a host name; "
                                  "server skipped"),
               };

        QTest::newRow("unknown auth skipped, server kept")
            << withServers(server("smtp.example.com", "587", "STARTTLS",
                                  "<authentication>kerberos</authentication>"
                                  "<authentication>password-cleartext</authentication>"
                                  "<authentication><x/></authentication>"))
            << QStringLiteral("p|example.com|||smtp.example.com:587:STARTTLS:password-cleartext:")
            << QStringList{QStringLiteral("outgoingServer 1: unknown authentication \"kerberos\"; ignored"),
                           QStringLiteral("outgoingServer 1: authentication holds elements instead of text; "
                                          "ignored")};

        QTest::newRow("other outgoing types and later providers ignored")
            << QByteArray(
                   "<clientConfig><emailProvider>"
                   "<outgoingServer type=\"exchange\"><hostname>x.example.com</hostname></outgoingServer>" +
                   server("smtp.example.com", "25", "plain") +
                   "</emailProvider><emailProvider id=\"second\">" +
                   server("two.example.com", "25", "plain") +
                   "<domain>second.example</domain></emailProvider></clientConfig>")
            << QStringLiteral("||||smtp.example.com:25:plain::")
            << QStringList{QStringLiteral("outgoingServer 1: type \"exchange\" is not smtp; ignored"),
                           QStringLiteral("only the first emailProvider is read; the others are ignored")};

        QTest::newRow("bad domains dropped")
            << QByteArray("<clientConfig><emailProvider id=\"p\"><domain>a b.com</domain><domain></domain>"
                          "<domain><b>x</b></domain><domain>ok.example</domain>" +
                          server("smtp.example.com", "25", "plain") + "</emailProvider></clientConfig>")
            << QStringLiteral("p|ok.example|||smtp.example.com:25:plain::")
            << QStringList{QStringLiteral("domain \"a b.com\" is not a domain name; ignored"),
                           QStringLiteral("domain \"\" is not a domain name; ignored"),
                           QStringLiteral("a domain holds elements instead of text; ignored")};

        QByteArray manyServers;
        QStringList expectedServers;
        for (int i = 1; i <= ClientConfig::kMaxServers + 8; ++i) {
            const QByteArray host = "s" + QByteArray::number(i) + ".example.com";
            manyServers += server(host.constData(), "25", "plain");
            if (i <= ClientConfig::kMaxServers)
                expectedServers.append(QString::fromLatin1(host) + QStringLiteral(":25:plain::"));
        }
        QTest::newRow("more than kMaxServers servers")
            << withServers(manyServers) << QStringLiteral("p|example.com|||") + expectedServers.join(u';')
            << QStringList{QStringLiteral("more than 32 outgoing servers; the rest are ignored")};

        QByteArray manyDomains;
        QStringList expectedDomains;
        for (int i = 1; i <= ClientConfig::kMaxDomains + 100; ++i) {
            const QByteArray domain = "d" + QByteArray::number(i) + ".example";
            manyDomains += "<domain>" + domain + "</domain>";
            if (i <= ClientConfig::kMaxDomains)
                expectedDomains.append(QString::fromLatin1(domain));
        }
        QTest::newRow("more than kMaxDomains domains")
            << QByteArray("<clientConfig><emailProvider id=\"p\">" + manyDomains +
                          server("smtp.example.com", "25", "plain") + "</emailProvider></clientConfig>")
            << QStringLiteral("p|") + expectedDomains.join(u',') +
                   QStringLiteral("|||smtp.example.com:25:plain::")
            << QStringList{QStringLiteral("more than 2000 domains; the rest are ignored")};

        // Exactly at the size limit: accepted.
        QByteArray padded = withServers(server("smtp.example.com", "25", "plain"));
        padded.insert(0, "<!--" + QByteArray(ClientConfig::kMaxBytes - padded.size() - 7, 'x') + "-->");
        QTest::newRow("exactly kMaxBytes")
            << padded << QStringLiteral("p|example.com|||smtp.example.com:25:plain::") << QStringList();
    }

    void parsesGoodFiles()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        QFETCH(QStringList, warnings);
        const ClientConfig::ParseResult result = ClientConfig::parse(xml);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.error, QString());
        QCOMPARE(describe(result.config), expected);
        QCOMPARE(result.warnings, warnings);
    }

    void parsesIncomingServers_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("warnings");
        const QByteArray smtp = server("smtp.example.com", "587", "STARTTLS");

        QTest::newRow("ISPDB style: the IMAP server")
            << kIspdbStyle
            << QStringLiteral("imap:imap.example.com:993:SSL:password-cleartext:%EMAILADDRESS%")
            << QStringList();
        QTest::newRow("none") << withServers(smtp) << QString() << QStringList();
        QTest::newRow("imap and pop3, every socket type, file order kept")
            << withServers(incoming("pop3", "pop.example.com", "995", "SSL",
                                    "<authentication>password-encrypted</authentication>"
                                    "<authentication>OAuth2</authentication>"
                                    "<username>%EMAILLOCALPART%</username>") +
                           incoming("imap", "imap.%EMAILDOMAIN%", "143", "STARTTLS") + smtp +
                           incoming("IMAP", "imap.example.com", "143", "plain") +
                           incoming("Pop3", "pop.example.com", "110", "starttls"))
            << QStringLiteral("pop3:pop.example.com:995:SSL:password-encrypted+OAuth2:%EMAILLOCALPART%;"
                              "imap:imap.%EMAILDOMAIN%:143:STARTTLS::;imap:imap.example.com:143:plain::;"
                              "pop3:pop.example.com:110:STARTTLS::")
            << QStringList();
        QTest::newRow("other incoming types ignored")
            << withServers(incoming("exchange", "outlook.example.com", "443", "SSL") +
                           incoming("ews", "ews.example.com", "443", "SSL") +
                           "<incomingServer><hostname>x.example.com</hostname></incomingServer>" +
                           incoming("imap", "imap.example.com", "993", "SSL") + smtp)
            << QStringLiteral("imap:imap.example.com:993:SSL::")
            << QStringList{QStringLiteral("incomingServer 1: type \"exchange\" is not imap or pop3; ignored"),
                           QStringLiteral("incomingServer 2: type \"ews\" is not imap or pop3; ignored"),
                           QStringLiteral("incomingServer 3: type \"\" is not imap or pop3; ignored")};
        QTest::newRow("bad incoming servers skipped, the rest kept")
            << withServers(incoming("imap", "imap.example.com", "0", "SSL") +
                           incoming("imap", "imap.example.com", "993", "TLS") +
                           incoming("pop3", "pop example.com", "995", "SSL") +
                           "<incomingServer type=\"pop3\"><port>995</port><socketType>SSL</socketType>"
                           "</incomingServer>" +
                           incoming("pop3", "pop.example.com", "995", "SSL") + smtp)
            << QStringLiteral("pop3:pop.example.com:995:SSL::")
            << QStringList{
                   QStringLiteral("incomingServer 1: port \"0\" is not a port (1..65535); server skipped"),
                   QStringLiteral("incomingServer 2: unknown socketType \"TLS\"; server skipped"),
                   QStringLiteral(
                       "incomingServer 3: hostname \"pop example.com\" is not a host name; server skipped"),
                   QStringLiteral("incomingServer 4: no hostname; server skipped")};
        QTest::newRow("unknown auth and POP3 options ignored")
            << withServers(incoming("pop3", "pop.example.com", "995", "SSL",
                                    "<authentication>TLS-client-cert</authentication>"
                                    "<authentication>password-cleartext</authentication>"
                                    "<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer></pop3>") +
                           smtp)
            << QStringLiteral("pop3:pop.example.com:995:SSL:password-cleartext:")
            << QStringList{
                   QStringLiteral("incomingServer 1: unknown authentication \"TLS-client-cert\"; ignored")};

        QByteArray many;
        QStringList expected;
        for (int i = 1; i <= ClientConfig::kMaxServers + 3; ++i) {
            const QByteArray host = "i" + QByteArray::number(i) + ".example.com";
            many += incoming("imap", host.constData(), "993", "SSL");
            if (i <= ClientConfig::kMaxServers)
                expected.append(QStringLiteral("imap:") + QString::fromLatin1(host) +
                                QStringLiteral(":993:SSL::"));
        }
        QTest::newRow("more than kMaxServers incoming servers")
            << withServers(many + smtp) << expected.join(u';')
            << QStringList{QStringLiteral("more than 32 incoming servers; the rest are ignored")};
    }

    void parsesIncomingServers()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        QFETCH(QStringList, warnings);
        const ClientConfig::ParseResult result = ClientConfig::parse(xml);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(describeIncoming(result.config), expected);
        QCOMPARE(result.warnings, warnings);
        QVERIFY(!result.config.outgoingServers.isEmpty());
    }

    void incomingTypeNames()
    {
        for (const auto &[type, name] : {std::pair{IncomingServerConfig::Type::Imap, "imap"},
                                         std::pair{IncomingServerConfig::Type::Pop3, "pop3"}}) {
            QCOMPARE(ClientConfig::incomingTypeName(type), QLatin1String(name));
            IncomingServerConfig::Type parsed = type == IncomingServerConfig::Type::Imap
                                                    ? IncomingServerConfig::Type::Pop3
                                                    : IncomingServerConfig::Type::Imap;
            QVERIFY(ClientConfig::parseIncomingType(QString::fromLatin1(name).toUpper(), &parsed));
            QCOMPARE(parsed, type);
        }
        for (const char *text : {"", "smtp", "exchange", "pop", "imaps", " imap"}) {
            IncomingServerConfig::Type type = IncomingServerConfig::Type::Pop3;
            QVERIFY2(!ClientConfig::parseIncomingType(QLatin1String(text), &type), text);
            QCOMPARE(type, IncomingServerConfig::Type::Pop3);
        }
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");   // the error starts with this
        QTest::addColumn<QString>("warning"); // some warning contains this (empty: no check)

        const QString notWellFormed = QStringLiteral("not well-formed XML (line ");
        const QString noServer = QStringLiteral("no usable <outgoingServer type=\"smtp\">");

        QTest::newRow("empty") << QByteArray() << notWellFormed << QString();
        QTest::newRow("not XML") << QByteArray("smtp.example.com:587") << notWellFormed << QString();
        QTest::newRow("JSON") << QByteArray(R"({"clientConfig": 1})") << notWellFormed << QString();
        QTest::newRow("unclosed") << QByteArray("<clientConfig><emailProvider>") << notWellFormed
                                  << QString();
        QTest::newRow("mismatched tags")
            << QByteArray("<clientConfig>\n<emailProvider></clientConfig>")
            << QStringLiteral("not well-formed XML (line 2, column ") << QString();
        QTest::newRow("two roots") << withServers(server("smtp.example.com", "25", "plain")) +
                                          "<clientConfig/>"
                                   << notWellFormed << QString();
        QTest::newRow("undeclared entity")
            << withServers(server("smtp.example.com&foo;", "25", "plain")) << notWellFormed << QString();
        QTest::newRow("wrong root") << QByteArray("<config><emailProvider/></config>")
                                    << QStringLiteral("the root element is <config>, not <clientConfig>")
                                    << QString();
        QTest::newRow("HTML") << QByteArray("<html><body>Not found</body></html>")
                              << QStringLiteral("the root element is <html>, not <clientConfig>")
                              << QString();
        QTest::newRow("no emailProvider")
            << QByteArray("<clientConfig version=\"1.1\"><other/></clientConfig>")
            << QStringLiteral("no <emailProvider> element") << QString();
        QTest::newRow("emailProvider too deep")
            << QByteArray("<clientConfig><x>" + withServers(server("smtp.example.com", "25", "plain")) +
                          "</x></clientConfig>")
            << QStringLiteral("no <emailProvider> element") << QString();
        QTest::newRow("incoming servers only")
            << QByteArray("<clientConfig><emailProvider id=\"p\"><incomingServer type=\"imap\">"
                          "<hostname>imap.example.com</hostname><port>993</port><socketType>SSL</socketType>"
                          "</incomingServer></emailProvider></clientConfig>")
            << noServer << QString();
        QTest::newRow("outgoing server not smtp")
            << withServers("<outgoingServer type=\"ews\"><hostname>x</hostname></outgoingServer>") << noServer
            << QStringLiteral("type \"ews\" is not smtp");
        QTest::newRow("outgoing server without type")
            << withServers(
                   "<outgoingServer><hostname>x</hostname><port>25</port><socketType>plain</socketType>"
                   "</outgoingServer>")
            << noServer << QStringLiteral("type \"\" is not smtp");
        QTest::newRow("port 70000") << withServers(server("smtp.example.com", "70000", "SSL")) << noServer
                                    << QStringLiteral("port \"70000\" is not a port (1..65535)");
        QTest::newRow("port 65536") << withServers(server("smtp.example.com", "65536", "SSL")) << noServer
                                    << QStringLiteral("port \"65536\" is not a port");
        QTest::newRow("port -1") << withServers(server("smtp.example.com", "-1", "SSL")) << noServer
                                 << QStringLiteral("port \"-1\" is not a port");
        QTest::newRow("port +25") << withServers(server("smtp.example.com", "+25", "SSL")) << noServer
                                  << QStringLiteral("port \"+25\" is not a port");
        QTest::newRow("port abc") << withServers(server("smtp.example.com", "abc", "SSL")) << noServer
                                  << QStringLiteral("port \"abc\" is not a port");
        QTest::newRow("port 0") << withServers(server("smtp.example.com", "0", "SSL")) << noServer
                                << QStringLiteral("port \"0\" is not a port");
        QTest::newRow("port empty") << withServers(server("smtp.example.com", "", "SSL")) << noServer
                                    << QStringLiteral("port \"\" is not a port");
        QTest::newRow("port 4.5") << withServers(server("smtp.example.com", "4.5", "SSL")) << noServer
                                  << QStringLiteral("port \"4.5\" is not a port");
        QTest::newRow("port huge") << withServers(server("smtp.example.com", "99999999999999999999", "SSL"))
                                   << noServer
                                   << QStringLiteral("port \"99999999999999999999\" is not a port");
        QTest::newRow("port missing")
            << withServers("<outgoingServer type=\"smtp\"><hostname>smtp.example.com</hostname>"
                           "<socketType>SSL</socketType></outgoingServer>")
            << noServer << QStringLiteral("outgoingServer 1: no port; server skipped");
        QTest::newRow("port is an element")
            << withServers(server("smtp.example.com", "<x/>", "SSL")) << noServer
            << QStringLiteral("outgoingServer 1: port holds elements instead of text");
        QTest::newRow("port with text and element")
            << withServers(server("smtp.example.com", "25<x>1</x>", "SSL")) << noServer
            << QStringLiteral("port holds elements instead of text");
        QTest::newRow("socketType unknown") << withServers(server("smtp.example.com", "465", "TLS"))
                                            << noServer << QStringLiteral("unknown socketType \"TLS\"");
        QTest::newRow("socketType empty") << withServers(server("smtp.example.com", "465", "")) << noServer
                                          << QStringLiteral("unknown socketType \"\"");
        QTest::newRow("socketType is an element")
            << withServers(server("smtp.example.com", "465", "<SSL/>")) << noServer
            << QStringLiteral("socketType holds elements instead of text");
        QTest::newRow("socketType missing")
            << withServers(
                   "<outgoingServer type=\"smtp\"><hostname>smtp.example.com</hostname><port>25</port>"
                   "</outgoingServer>")
            << noServer << QStringLiteral("no socketType");
        QTest::newRow("hostname missing")
            << withServers("<outgoingServer type=\"smtp\"><port>25</port><socketType>plain</socketType>"
                           "</outgoingServer>")
            << noServer << QStringLiteral("no hostname");
        QTest::newRow("hostname empty") << withServers(server("  ", "25", "plain")) << noServer
                                        << QStringLiteral("hostname \"\" is not a host name");
        QTest::newRow("hostname with space")
            << withServers(server("smtp example.com", "25", "plain")) << noServer
            << QStringLiteral("hostname \"smtp example.com\" is not a host name");
        QTest::newRow("hostname with slash")
            << withServers(server("smtp.example.com/x", "25", "plain")) << noServer
            << QStringLiteral("hostname \"smtp.example.com/x\" is not a host name");
        QTest::newRow("hostname is a URL") << withServers(server("smtp://smtp.example.com", "25", "plain"))
                                           << noServer << QStringLiteral("is not a host name");
        QTest::newRow("hostname with colon") << withServers(server("smtp.example.com:25", "25", "plain"))
                                             << noServer << QStringLiteral("is not a host name");
        QTest::newRow("hostname too long")
            << withServers(server(QByteArray(254, 'a').constData(), "25", "plain")) << noServer
            << QStringLiteral("is not a host name");
        QTest::newRow("hostname is an element")
            << withServers(server("<b>smtp.example.com</b>", "25", "plain")) << noServer
            << QStringLiteral("hostname holds elements instead of text");

        QByteArray huge = withServers(server("smtp.example.com", "25", "plain"));
        huge.append(QByteArray(ClientConfig::kMaxBytes, ' '));
        QTest::newRow("huge input")
            << huge << QStringLiteral("the input is %1 bytes, more than the 1048576 allowed").arg(huge.size())
            << QString();

        QTest::newRow("10000-deep nesting")
            << QByteArray("<clientConfig><emailProvider>" + QByteArray("<a>").repeated(10000) +
                          QByteArray("</a>").repeated(10000) + "</emailProvider></clientConfig>")
            << QStringLiteral("elements nested deeper than 16 levels") << QString();

        QTest::newRow("100k elements")
            << QByteArray("<clientConfig><emailProvider>" + QByteArray("<a/>").repeated(100000) +
                          "</emailProvider></clientConfig>")
            << QStringLiteral("more than 20000 elements") << QString();

        QTest::newRow("billion laughs") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE clientConfig [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<clientConfig><emailProvider id="&lol9;"><outgoingServer type="smtp"><hostname>&lol9;</hostname>
<port>25</port><socketType>plain</socketType></outgoingServer></emailProvider></clientConfig>)")
                                        << QStringLiteral("DTD not allowed") << QString();

        QTest::newRow("external entity") << QByteArray("<?xml version=\"1.0\"?>\n"
                                                       "<!DOCTYPE clientConfig [ <!ENTITY secret SYSTEM "
                                                       "\"file:///etc/passwd\"> ]>\n"
                                                       "<clientConfig><emailProvider id=\"&secret;\"/>"
                                                       "</clientConfig>")
                                         << QStringLiteral("DTD not allowed") << QString();

        QTest::newRow("plain DOCTYPE") << QByteArray("<!DOCTYPE clientConfig><clientConfig/>")
                                       << QStringLiteral("DTD not allowed") << QString();
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        const ClientConfig::ParseResult result = ClientConfig::parse(xml);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
        // On failure nothing of the file is handed out.
        QCOMPARE(describe(result.config), QStringLiteral("||||"));
        if (!warning.isEmpty()) {
            const bool found = std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                                           [&](const QString &w) { return w.contains(warning); });
            QVERIFY2(found, qPrintable(result.warnings.join(QStringLiteral(" / "))));
        }
    }

    void notWellFormedNamesTheLine()
    {
        const ClientConfig::ParseResult result = ClientConfig::parse(
            "<clientConfig>\n<emailProvider>\n<domain>x</dom>\n</emailProvider></clientConfig>");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(QStringLiteral("not well-formed XML (line 3, column ")),
                 qPrintable(result.error));
        QVERIFY2(result.error.endsWith(QStringLiteral("): Opening and ending tag mismatch.")), // Qt's message
                 qPrintable(result.error));
    }

    void expandPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");

        const QString jo = QStringLiteral("jo@example.com");
        QTest::newRow("address") << QStringLiteral("%EMAILADDRESS%") << jo << jo;
        QTest::newRow("address without closing %") << QStringLiteral("%EMAILADDRESS") << jo << jo;
        QTest::newRow("address without % then text")
            << QStringLiteral("%EMAILADDRESSx") << jo << QStringLiteral("jo@example.comx");
        QTest::newRow("local part") << QStringLiteral("%EMAILLOCALPART%") << jo << QStringLiteral("jo");
        QTest::newRow("domain") << QStringLiteral("%EMAILDOMAIN%") << jo << QStringLiteral("example.com");
        QTest::newRow("mail.domain") << QStringLiteral("mail.%EMAILDOMAIN%") << jo
                                     << QStringLiteral("mail.example.com");
        QTest::newRow("local.domain")
            << QStringLiteral("%EMAILLOCALPART%.%EMAILDOMAIN%") << jo << QStringLiteral("jo.example.com");
        QTest::newRow("adjacent") << QStringLiteral("%EMAILADDRESS%%EMAILDOMAIN%") << jo
                                  << QStringLiteral("jo@example.comexample.com");
        QTest::newRow("case-sensitive") << QStringLiteral("%emailaddress% %EmailDomain%") << jo
                                        << QStringLiteral("%emailaddress% %EmailDomain%");
        QTest::newRow("domain without closing %")
            << QStringLiteral("%EMAILDOMAIN") << jo << QStringLiteral("%EMAILDOMAIN");
        QTest::newRow("no placeholders")
            << QStringLiteral("smtp.example.com") << jo << QStringLiteral("smtp.example.com");
        QTest::newRow("lone percent") << QStringLiteral("100%") << jo << QStringLiteral("100%");
        QTest::newRow("empty") << QString() << jo << QString();
        QTest::newRow("not expanded twice")
            << QStringLiteral("%EMAILADDRESS%") << QStringLiteral("%EMAILDOMAIN%@example.com")
            << QStringLiteral("%EMAILDOMAIN%@example.com");
        QTest::newRow("last @ splits")
            << QStringLiteral("%EMAILLOCALPART%|%EMAILDOMAIN%") << QStringLiteral("\"a@b\"@example.com")
            << QStringLiteral("\"a@b\"|example.com");
        QTest::newRow("no @") << QStringLiteral("%EMAILLOCALPART%|%EMAILDOMAIN%") << QStringLiteral("jo")
                              << QStringLiteral("jo|");
    }

    void expandPlaceholders()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(QString, expected);
        QCOMPARE(ClientConfig::expandPlaceholders(text, address), expected);
    }

    void socketTypeNames_data()
    {
        QTest::addColumn<SocketType>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << SocketType::Plain << QStringLiteral("plain");
        QTest::newRow("STARTTLS") << SocketType::StartTls << QStringLiteral("STARTTLS");
        QTest::newRow("SSL") << SocketType::Ssl << QStringLiteral("SSL");
    }

    void socketTypeNames()
    {
        QFETCH(SocketType, type);
        QFETCH(QString, name);
        QCOMPARE(ClientConfig::socketTypeName(type), name);
        for (const QString &spelling : {name, name.toLower(), name.toUpper()}) {
            SocketType parsed = type == SocketType::Plain ? SocketType::Ssl : SocketType::Plain;
            QVERIFY(ClientConfig::parseSocketType(spelling, &parsed));
            QCOMPARE(parsed, type);
        }
    }

    void authNames_data()
    {
        QTest::addColumn<Auth>("auth");
        QTest::addColumn<QString>("name");
        QTest::newRow("password-cleartext")
            << Auth::PasswordCleartext << QStringLiteral("password-cleartext");
        QTest::newRow("password-encrypted")
            << Auth::PasswordEncrypted << QStringLiteral("password-encrypted");
        QTest::newRow("OAuth2") << Auth::OAuth2 << QStringLiteral("OAuth2");
        QTest::newRow("NTLM") << Auth::Ntlm << QStringLiteral("NTLM");
        QTest::newRow("GSSAPI") << Auth::Gssapi << QStringLiteral("GSSAPI");
        QTest::newRow("none") << Auth::None << QStringLiteral("none");
        QTest::newRow("client-IP-address") << Auth::ClientIpAddress << QStringLiteral("client-IP-address");
        QTest::newRow("smtp-after-pop") << Auth::SmtpAfterPop << QStringLiteral("smtp-after-pop");
    }

    void authNames()
    {
        QFETCH(Auth, auth);
        QFETCH(QString, name);
        QCOMPARE(ClientConfig::authName(auth), name);
        for (const QString &spelling : {name, name.toLower(), name.toUpper()}) {
            Auth parsed = auth == Auth::None ? Auth::OAuth2 : Auth::None;
            QVERIFY(ClientConfig::parseAuth(spelling, &parsed));
            QCOMPARE(parsed, auth);
        }
    }

    void unknownNamesLeaveOutputAlone()
    {
        for (const char *text : {"TLS", "", " SSL", "ssl/tls", "starttls-required"}) {
            SocketType type = SocketType::StartTls;
            QVERIFY2(!ClientConfig::parseSocketType(QLatin1String(text), &type), text);
            QCOMPARE(type, SocketType::StartTls);
        }
        for (const char *text : {"password", "", "kerberos", "oauth", "PLAIN", "password-cleartext "}) {
            Auth auth = Auth::Ntlm;
            QVERIFY2(!ClientConfig::parseAuth(QLatin1String(text), &auth), text);
            QCOMPARE(auth, Auth::Ntlm);
        }
    }

    void hostnameRule_data()
    {
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("smtp.example.com") << true;
        QTest::newRow("placeholder") << QStringLiteral("mail.%EMAILDOMAIN%") << true;
        QTest::newRow("underscore and dash") << QStringLiteral("smtp_out-1.example.com") << true;
        QTest::newRow("IDN") << QStringLiteral("smtp.münchen.de") << true;
        QTest::newRow("253 chars") << QString(253, u'a') << true;
        QTest::newRow("254 chars") << QString(254, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("smtp example.com") << false;
        QTest::newRow("slash") << QStringLiteral("smtp.example.com/") << false;
        QTest::newRow("colon") << QStringLiteral("smtp.example.com:25") << false;
        QTest::newRow("at") << QStringLiteral("user@smtp.example.com") << false;
        QTest::newRow("tab") << QStringLiteral("smtp\t.example.com") << false;
        QTest::newRow("non-ASCII symbol") << QStringLiteral("smtp\u2603.example.com") << false;
    }

    void hostnameRule()
    {
        QFETCH(QString, hostname);
        QFETCH(bool, valid);
        QCOMPARE(ClientConfig::isValidHostname(hostname), valid);
    }
};

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
