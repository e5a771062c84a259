#include "detect/ProviderDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

// ProviderDatabase / ProviderDataConverter: strict JSON loading, lookups by domain (case, trailing dot,
// IDN) and by MX host, later records winning, the bundled data, and the ISPDB conversion checked against
// the ISPDB files themselves (when ../shared/ispdb is there).

Q_DECLARE_METATYPE(ProviderRecord::Origin)

namespace {

const QByteArray kServer = R"({"hostname":"smtp.example.com","port":587,"socketType":"STARTTLS"})";

// A document with one provider whose members are `members` (without braces).
QByteArray documentWith(const QByteArray &members)
{
    return R"({"format":1,"providers":[{)" + members + "}]}";
}

QByteArray provider(const char *id, const char *domains, const char *mxDomains = "[]")
{
    return QByteArray(R"({"id":")") + id + R"(","name":")" + id + R"(","domains":)" + domains +
           R"(,"mxDomains":)" + mxDomains + R"(,"outgoing":[)" + kServer + "]}";
}

QByteArray document(const QList<QByteArray> &providers, const char *origin = nullptr)
{
    QByteArray json = R"({"format":1,)";
    if (origin)
        json += QByteArray(R"("origin":")") + origin + "\",";
    json += R"("providers":[)";
    for (qsizetype i = 0; i < providers.size(); ++i)
        json += (i > 0 ? "," : "") + providers.at(i);
    return json + "]}";
}

QString idOf(const ProviderRecord *record)
{
    return record ? record->id : QStringLiteral("(none)");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// Domains the hand-kept platforms.json deliberately takes over from an ISPDB provider: the platform
// record carries MailFix's notes (app passwords, SMTP AUTH switched off by tenants) that the ISPDB lacks.
const QHash<QString, QString> &platformDomains()
{
    static const QHash<QString, QString> domains = {
        {QStringLiteral("gmail.com"), QStringLiteral("google")},           // ISPDB googlemail.com
        {QStringLiteral("googlemail.com"), QStringLiteral("google")},      // ISPDB googlemail.com
        {QStringLiteral("outlook.com"), QStringLiteral("outlook")},        // ISPDB hotmail.com
        {QStringLiteral("hotmail.com"), QStringLiteral("outlook")},        // ISPDB hotmail.com
        {QStringLiteral("live.com"), QStringLiteral("outlook")},           // ISPDB hotmail.com
        {QStringLiteral("msn.com"), QStringLiteral("outlook")},            // ISPDB hotmail.com
        {QStringLiteral("office365.com"), QStringLiteral("microsoft365")}, // ISPDB office365.com
        {QStringLiteral("zoho.com"), QStringLiteral("zoho")},              // ISPDB zoho.com
        {QStringLiteral("zohomail.com"), QStringLiteral("zoho")},          // ISPDB zoho.com
        {QStringLiteral("yahoo.com"), QStringLiteral("yahoo")},            // ISPDB yahoo.com
        {QStringLiteral("ymail.com"), QStringLiteral("yahoo")},            // ISPDB yahoo.com
        {QStringLiteral("rocketmail.com"), QStringLiteral("yahoo")},       // ISPDB yahoo.com
        {QStringLiteral("icloud.com"), QStringLiteral("icloud")},          // ISPDB me.com
        {QStringLiteral("me.com"), QStringLiteral("icloud")},              // ISPDB me.com
        {QStringLiteral("mac.com"), QStringLiteral("icloud")},             // ISPDB me.com
    };
    return domains;
}

// What the test reads from one ISPDB file by itself, without ClientConfig.
struct IspdbFile
{
    QString fileId; // file name without .xml
    QString providerId;
    QStringList domains;
    QString hostname; // the first <outgoingServer type="smtp">
    int port = 0;
    QString socketType;
    QString incomingType; // the first <incomingServer type="imap|pop3">
    QString incomingHostname;
};

IspdbFile readIspdbFile(const QString &path)
{
    IspdbFile file;
    file.fileId = QFileInfo(path).completeBaseName();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return file;
    QXmlStreamReader reader(&input);
    bool inServer = false;
    bool haveServer = false;
    bool inIncoming = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::EndElement &&
            reader.name() == QLatin1String("outgoingServer")) {
            haveServer = haveServer || inServer;
            inServer = false;
        }
        if (reader.isEndElement() && reader.name() == QLatin1String("incomingServer"))
            inIncoming = false;
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("emailProvider")) {
            file.providerId = reader.attributes().value(QLatin1String("id")).toString();
        } else if (name == QLatin1String("domain")) {
            const QString domain = reader.readElementText().trimmed().toLower();
            if (!file.domains.contains(domain))
                file.domains.append(domain);
        } else if (name == QLatin1String("outgoingServer") && !haveServer &&
                   reader.attributes().value(QLatin1String("type")) == QLatin1String("smtp")) {
            inServer = true;
        } else if (name == QLatin1String("incomingServer") && file.incomingType.isEmpty() &&
                   (reader.attributes().value(QLatin1String("type")) == QLatin1String("imap") ||
                    reader.attributes().value(QLatin1String("type")) == QLatin1String("pop3"))) {
            inIncoming = true;
            file.incomingType = reader.attributes().value(QLatin1String("type")).toString();
        } else if (inIncoming && name == QLatin1String("hostname")) {
            file.incomingHostname = reader.readElementText().trimmed();
        } else if (inServer && name == QLatin1String("hostname")) {
            file.hostname = reader.readElementText().trimmed();
        } else if (inServer && name == QLatin1String("port")) {
            file.port = reader.readElementText().trimmed().toInt();
        } else if (inServer && name == QLatin1String("socketType")) {
            file.socketType = reader.readElementText().trimmed();
        }
    }
    if (file.providerId.isEmpty())
        file.providerId = file.fileId;
    return file;
}

} // namespace

class TestProviderDatabase : public QObject
{
    Q_OBJECT

private slots:
    void loadsGoodDocument()
    {
        ProviderDatabase database;
        QString error;
        const QByteArray json = R"({"format":1,"source":"test","providers":[
            {"id":"example","name":"Example Mail","domains":["Example.COM","example.net."],
             "mxDomains":["mx.Example.net"],
             "outgoing":[{"hostname":"smtp.%EMAILDOMAIN%","port":465,"socketType":"ssl",
                          "authentication":["OAuth2","PASSWORD-CLEARTEXT"],"username":"%EMAILADDRESS%"},
                         {"hostname":"smtp.example.com","port":25,"socketType":"plain"}],
             "incoming":[{"type":"pop3","hostname":"pop.example.com","port":995,"socketType":"SSL",
                          "authentication":["password-cleartext"],"username":"%EMAILLOCALPART%"},
                         {"type":"IMAP","hostname":"imap.example.com","port":143,"socketType":"STARTTLS"}],
             "notes":{"oauth2Required":true,"smtpAuthMayBeDisabled":true}},
            {"id":"minimal","name":"Minimal","domains":[],"outgoing":[{"hostname":"a.example","port":1,
             "socketType":"STARTTLS"}]}]})";
        QVERIFY2(database.loadJson(json, &error), qPrintable(error));
        QCOMPARE(database.providers().size(), 2);

        const ProviderRecord &record = database.providers().at(0);
        QCOMPARE(record.id, QStringLiteral("example"));
        QCOMPARE(record.name, QStringLiteral("Example Mail"));
        QCOMPARE(record.domains, (QStringList{QStringLiteral("example.com"), QStringLiteral("example.net")}));
        QCOMPARE(record.mxDomains, QStringList{QStringLiteral("mx.example.net")});
        QCOMPARE(record.origin, ProviderRecord::Origin::Ispdb);
        QCOMPARE(record.outgoing.size(), 2);
        OutgoingServerConfig first;
        first.hostname = QStringLiteral("smtp.%EMAILDOMAIN%");
        first.port = 465;
        first.socketType = OutgoingServerConfig::SocketType::Ssl;
        first.authentication = {OutgoingServerConfig::Auth::OAuth2,
                                OutgoingServerConfig::Auth::PasswordCleartext};
        first.usernameTemplate = QStringLiteral("%EMAILADDRESS%");
        QCOMPARE(record.outgoing.at(0), first);
        OutgoingServerConfig second;
        second.hostname = QStringLiteral("smtp.example.com");
        second.port = 25;
        second.socketType = OutgoingServerConfig::SocketType::Plain;
        QCOMPARE(record.outgoing.at(1), second);
        QCOMPARE(record.incoming.size(), 2);
        IncomingServerConfig pop;
        pop.type = IncomingServerConfig::Type::Pop3;
        pop.hostname = QStringLiteral("pop.example.com");
        pop.port = 995;
        pop.socketType = OutgoingServerConfig::SocketType::Ssl;
        pop.authentication = {OutgoingServerConfig::Auth::PasswordCleartext};
        pop.usernameTemplate = QStringLiteral("%EMAILLOCALPART%");
        QCOMPARE(record.incoming.at(0), pop);
        IncomingServerConfig imap;
        imap.hostname = QStringLiteral("imap.example.com");
        imap.port = 143;
        imap.socketType = OutgoingServerConfig::SocketType::StartTls;
        QCOMPARE(record.incoming.at(1), imap);
        ProviderNotes notes;
        notes.oauth2Required = true;
        notes.smtpAuthMayBeDisabled = true;
        QCOMPARE(record.notes, notes);

        const ProviderRecord &minimal = database.providers().at(1);
        QCOMPARE(minimal.mxDomains, QStringList());
        QCOMPARE(minimal.notes, ProviderNotes());
        QCOMPARE(minimal.outgoing.at(0).usernameTemplate, QString());
        QCOMPARE(minimal.outgoing.at(0).authentication, QList<OutgoingServerConfig::Auth>());
        QVERIFY(minimal.incoming.isEmpty());
    }

    void origin_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ProviderRecord::Origin>("origin");
        QTest::newRow("default") << document({provider("a", "[]")}) << ProviderRecord::Origin::Ispdb;
        QTest::newRow("ispdb") << document({provider("a", "[]")}, "ispdb") << ProviderRecord::Origin::Ispdb;
        QTest::newRow("mailfix") << document({provider("a", "[]")}, "mailfix")
                                 << ProviderRecord::Origin::MailFix;
        QTest::newRow("override") << document({provider("a", "[]")}, "override")
                                  << ProviderRecord::Origin::Override;
    }

    void origin()
    {
        QFETCH(QByteArray, json);
        QFETCH(ProviderRecord::Origin, origin);
        ProviderDatabase database;
        QString error;
        QVERIFY2(database.loadJson(json, &error), qPrintable(error));
        QCOMPARE(database.providers().at(0).origin, origin);
    }

    void refusesBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // the message contains this

        const QByteArray idName = R"("id":"x","name":"X","domains":["x.example"],)";
        auto withServer = [&](const QByteArray &serverJson) {
            return documentWith(idName + R"("outgoing":[)" + serverJson + "]");
        };

        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("not JSON") << QByteArray("<clientConfig/>") << QStringLiteral("not JSON");
        QTest::newRow("truncated") << document({provider("a", "[]")}).chopped(2)
                                   << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("format missing") << QByteArray(R"({"providers":[]})") << QStringLiteral("\"format\"");
        QTest::newRow("format 2") << QByteArray(R"({"format":2,"providers":[]})")
                                  << QStringLiteral("\"format\"");
        QTest::newRow("format string")
            << QByteArray(R"({"format":"1","providers":[]})") << QStringLiteral("\"format\"");
        QTest::newRow("unknown top-level member") << QByteArray(R"({"format":1,"providers":[],"extra":1})")
                                                  << QStringLiteral("unknown member \"extra\"");
        QTest::newRow("bad origin") << document({provider("a", "[]")}, "thunderbird")
                                    << QStringLiteral("\"origin\"");
        QTest::newRow("source not string")
            << QByteArray(R"({"format":1,"source":5,"providers":[]})") << QStringLiteral("\"source\"");
        QTest::newRow("providers missing")
            << QByteArray(R"({"format":1})") << QStringLiteral("\"providers\"");
        QTest::newRow("providers object") << QByteArray(R"({"format":1,"providers":{}})")
                                          << QStringLiteral("\"providers\" must be an array");
        QTest::newRow("provider not object") << QByteArray(R"({"format":1,"providers":["x"]})")
                                             << QStringLiteral("providers[0] must be an object");
        QTest::newRow("id missing") << documentWith(R"("name":"X","domains":[],"outgoing":[)" + kServer + "]")
                                    << QStringLiteral("providers[0]: \"id\" is missing");
        QTest::newRow("id number") << documentWith(R"("id":1,"name":"X","domains":[],"outgoing":[)" +
                                                   kServer + "]")
                                   << QStringLiteral("providers[0].id must be a string");
        QTest::newRow("id empty") << documentWith(R"("id":"","name":"X","domains":[],"outgoing":[)" +
                                                  kServer + "]")
                                  << QStringLiteral("providers[0].id must not be empty");
        QTest::newRow("name missing") << documentWith(R"("id":"x","domains":[],"outgoing":[)" + kServer + "]")
                                      << QStringLiteral("\"name\" is missing");
        QTest::newRow("domains missing")
            << documentWith(R"("id":"x","name":"X","outgoing":[)" + kServer + "]")
            << QStringLiteral("\"domains\" is missing");
        QTest::newRow("domains string")
            << documentWith(R"("id":"x","name":"X","domains":"x.example","outgoing":[)" + kServer + "]")
            << QStringLiteral("providers[0].domains must be an array");
        QTest::newRow("domain number")
            << document({provider("x", "[1]")}) << QStringLiteral("providers[0].domains[0] must be a string");
        QTest::newRow("domain with space")
            << document({provider("x", R"(["ok.example","a b.example"])")})
            << QStringLiteral("providers[0].domains[1]: \"a b.example\" is not");
        QTest::newRow("domain empty")
            << document({provider("x", R"([""])")}) << QStringLiteral("is not a domain");
        QTest::newRow("domain empty label")
            << document({provider("x", R"(["a..example"])")}) << QStringLiteral("is not a domain");
        QTest::newRow("domain placeholder")
            << document({provider("x", R"(["%EMAILDOMAIN%"])")}) << QStringLiteral("is not a domain");
        QTest::newRow("mxDomain bad") << document({provider("x", "[]", R"(["mx/example"])")})
                                      << QStringLiteral("providers[0].mxDomains[0]");
        QTest::newRow("mxDomains object") << document({provider("x", "[]", "{}")})
                                          << QStringLiteral("providers[0].mxDomains must be an array");
        QTest::newRow("unknown provider member")
            << documentWith(idName + R"("outgoing":[)" + kServer + R"(],"mxDomain":[])")
            << QStringLiteral("providers[0]: unknown member \"mxDomain\"");
        QTest::newRow("outgoing missing") << documentWith(R"("id":"x","name":"X","domains":[])")
                                          << QStringLiteral("providers[0].outgoing must be an array");
        QTest::newRow("outgoing empty")
            << documentWith(idName + R"("outgoing":[])") << QStringLiteral("at least one server");
        QTest::newRow("server not object")
            << withServer("5") << QStringLiteral("outgoing[0] must be an object");
        QTest::newRow("hostname missing")
            << withServer(R"({"port":25,"socketType":"plain"})")
            << QStringLiteral("providers[0].outgoing[0]: \"hostname\" is missing");
        QTest::newRow("hostname with space")
            << withServer(R"({"hostname":"smtp example.com","port":25,"socketType":"plain"})")
            << QStringLiteral("outgoing[0].hostname: \"smtp example.com\" is not a host name");
        QTest::newRow("hostname with slash")
            << withServer(R"({"hostname":"smtp.example.com/","port":25,"socketType":"plain"})")
            << QStringLiteral("is not a host name");
        QTest::newRow("port missing") << withServer(R"({"hostname":"h.example","socketType":"plain"})")
                                      << QStringLiteral("\"port\" is missing");
        QTest::newRow("port 0") << withServer(R"({"hostname":"h.example","port":0,"socketType":"plain"})")
                                << QStringLiteral("outgoing[0].port must be a whole number 1..65535");
        QTest::newRow("port 70000") << withServer(
                                           R"({"hostname":"h.example","port":70000,"socketType":"plain"})")
                                    << QStringLiteral(".port must be a whole number 1..65535");
        QTest::newRow("port -1") << withServer(R"({"hostname":"h.example","port":-1,"socketType":"plain"})")
                                 << QStringLiteral(".port must be");
        QTest::newRow("port 25.5") << withServer(
                                          R"({"hostname":"h.example","port":25.5,"socketType":"plain"})")
                                   << QStringLiteral(".port must be");
        QTest::newRow("port string") << withServer(
                                            R"({"hostname":"h.example","port":"25","socketType":"plain"})")
                                     << QStringLiteral(".port must be");
        QTest::newRow("socketType TLS")
            << withServer(R"({"hostname":"h.example","port":25,"socketType":"TLS"})")
            << QStringLiteral(".socketType: \"TLS\" is not plain, STARTTLS or SSL");
        QTest::newRow("socketType number")
            << withServer(R"({"hostname":"h.example","port":25,"socketType":1})")
            << QStringLiteral(".socketType must be a string");
        QTest::newRow("socketType missing") << withServer(R"({"hostname":"h.example","port":25})")
                                            << QStringLiteral("\"socketType\" is missing");
        QTest::newRow("auth unknown")
            << withServer(
                   R"({"hostname":"h.example","port":25,"socketType":"plain","authentication":["none","kerberos"]})")
            << QStringLiteral("outgoing[0].authentication[1] is not an authentication method");
        QTest::newRow("auth not array")
            << withServer(
                   R"({"hostname":"h.example","port":25,"socketType":"plain","authentication":"none"})")
            << QStringLiteral(".authentication must be an array");
        QTest::newRow("auth number")
            << withServer(R"({"hostname":"h.example","port":25,"socketType":"plain","authentication":[1]})")
            << QStringLiteral("authentication[0] is not an authentication method");
        QTest::newRow("username number")
            << withServer(R"({"hostname":"h.example","port":25,"socketType":"plain","username":1})")
            << QStringLiteral(".username must be a string");
        QTest::newRow("unknown server member")
            << withServer(R"({"hostname":"h.example","port":25,"socketType":"plain","type":"smtp"})")
            << QStringLiteral("outgoing[0]: unknown member \"type\"");
        auto withIncoming = [&](const QByteArray &incomingJson) {
            return documentWith(idName + R"("outgoing":[)" + kServer + R"(],"incoming":)" + incomingJson);
        };
        QTest::newRow("incoming object")
            << withIncoming("{}") << QStringLiteral("providers[0].incoming must be an array");
        QTest::newRow("incoming server not object")
            << withIncoming("[1]") << QStringLiteral("providers[0].incoming[0] must be an object");
        QTest::newRow("incoming type missing")
            << withIncoming(R"([{"hostname":"h.example","port":993,"socketType":"SSL"}])")
            << QStringLiteral("providers[0].incoming[0]: \"type\" is missing");
        QTest::newRow("incoming type exchange")
            << withIncoming(R"([{"type":"exchange","hostname":"h.example","port":443,"socketType":"SSL"}])")
            << QStringLiteral("incoming[0].type: \"exchange\" is not imap or pop3");
        QTest::newRow("incoming type smtp")
            << withIncoming(R"([{"type":"smtp","hostname":"h.example","port":25,"socketType":"plain"}])")
            << QStringLiteral("is not imap or pop3");
        QTest::newRow("incoming port 0")
            << withIncoming(R"([{"type":"imap","hostname":"h.example","port":0,"socketType":"SSL"}])")
            << QStringLiteral("incoming[0].port must be a whole number 1..65535");
        QTest::newRow("incoming hostname with space")
            << withIncoming(R"([{"type":"imap","hostname":"h example","port":993,"socketType":"SSL"}])")
            << QStringLiteral("incoming[0].hostname");
        QTest::newRow("unknown incoming member")
            << withIncoming(
                   R"([{"type":"pop3","hostname":"h.example","port":995,"socketType":"SSL","leave":true}])")
            << QStringLiteral("incoming[0]: unknown member \"leave\"");
        QTest::newRow("notes not object")
            << documentWith(idName + R"("outgoing":[)" + kServer + R"(],"notes":[])")
            << QStringLiteral("providers[0].notes must be an object");
        QTest::newRow("note not bool")
            << documentWith(idName + R"("outgoing":[)" + kServer + R"(],"notes":{"oauth2Required":"yes"})")
            << QStringLiteral("providers[0].notes.oauth2Required must be true or false");
        QTest::newRow("unknown note")
            << documentWith(idName + R"("outgoing":[)" + kServer + R"(],"notes":{"oauth2":true})")
            << QStringLiteral("unknown member \"oauth2\"");
        QTest::newRow("duplicate id")
            << document({provider("a", "[]"), provider("b", "[]"), provider("a", "[]")})
            << QStringLiteral("providers[2]: id \"a\" is used twice");
        QTest::newRow("bad entry after good ones")
            << document({provider("a", R"(["a.example"])"), provider("b", R"(["b c"])")})
            << QStringLiteral("providers[1].domains[0]");
    }

    void refusesBadDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        ProviderDatabase database;
        QString message;
        QVERIFY(!database.loadJson(json, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
        // The whole document is refused: nothing of it is loaded.
        QCOMPARE(database.providers().size(), 0);
        QCOMPARE(idOf(database.findByDomain(QStringLiteral("a.example"))), QStringLiteral("(none)"));
        // A null error pointer is fine too.
        QVERIFY(!database.loadJson(json, nullptr));
    }

    void failedLoadKeepsEarlierData()
    {
        ProviderDatabase database;
        QString error;
        QVERIFY(database.loadJson(document({provider("a", R"(["a.example"])")}), &error));
        QVERIFY(!database.loadJson(document({provider("b", R"(["a.example"])"), "{}"}), &error));
        QCOMPARE(database.providers().size(), 1);
        QCOMPARE(idOf(database.findByDomain(QStringLiteral("a.example"))), QStringLiteral("a"));
    }

    void findByDomain_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("id");
        QTest::newRow("exact") << QStringLiteral("example.com") << QStringLiteral("example");
        QTest::newRow("upper case") << QStringLiteral("EXAMPLE.Com") << QStringLiteral("example");
        QTest::newRow("trailing dot") << QStringLiteral("example.com.") << QStringLiteral("example");
        QTest::newRow("spaces") << QStringLiteral(" example.com ") << QStringLiteral("example");
        QTest::newRow("stored from upper case")
            << QStringLiteral("shouty.example") << QStringLiteral("example");
        QTest::newRow("IDN Unicode") << QStringLiteral("münchen.de") << QStringLiteral("muenchen");
        QTest::newRow("IDN upper-case Unicode") << QStringLiteral("MÜNCHEN.DE") << QStringLiteral("muenchen");
        QTest::newRow("IDN ACE") << QStringLiteral("xn--mnchen-3ya.de") << QStringLiteral("muenchen");
        QTest::newRow("IDN ACE upper case, dot")
            << QStringLiteral("XN--MNCHEN-3YA.DE.") << QStringLiteral("muenchen");
        QTest::newRow("IDN stored as Unicode")
            << QStringLiteral("xn--bcher-kva.example") << QStringLiteral("buecher");
        QTest::newRow("IDN stored as Unicode, asked so")
            << QStringLiteral("bücher.example") << QStringLiteral("buecher");
        QTest::newRow("subdomain is not the domain")
            << QStringLiteral("mail.example.com") << QStringLiteral("(none)");
        QTest::newRow("parent is not the domain") << QStringLiteral("com") << QStringLiteral("(none)");
        QTest::newRow("mx suffix is not a domain")
            << QStringLiteral("mx.example.net") << QStringLiteral("(none)");
        QTest::newRow("unknown") << QStringLiteral("unknown.example") << QStringLiteral("(none)");
        QTest::newRow("empty") << QString() << QStringLiteral("(none)");
        QTest::newRow("just a dot") << QStringLiteral(".") << QStringLiteral("(none)");
        QTest::newRow("garbage") << QStringLiteral("exa mple.com") << QStringLiteral("(none)");
    }

    void findByDomain()
    {
        QFETCH(QString, query);
        QFETCH(QString, id);
        ProviderDatabase database;
        QString error;
        QVERIFY2(database.loadJson(document({provider("example", R"(["example.com","SHOUTY.example"])",
                                                      R"(["mx.example.net"])"),
                                             provider("muenchen", R"(["xn--mnchen-3ya.de"])"),
                                             provider("buecher", R"(["bücher.example"])")}),
                                   &error),
                 qPrintable(error));
        QCOMPARE(idOf(database.findByDomain(query)), id);
    }

    void findByMxHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("id");
        QTest::newRow("suffix") << QStringLiteral("mx1.hoster.example") << QStringLiteral("hoster");
        QTest::newRow("suffix itself") << QStringLiteral("hoster.example") << QStringLiteral("hoster");
        QTest::newRow("longer suffix wins")
            << QStringLiteral("a.eu.hoster.example") << QStringLiteral("hoster-eu");
        QTest::newRow("case and dot")
            << QStringLiteral("MX1.EU.Hoster.Example.") << QStringLiteral("hoster-eu");
        QTest::newRow("mxDomains beat domains")
            << QStringLiteral("mx.shared.example") << QStringLiteral("by-mx");
        QTest::newRow("falls back to domains")
            << QStringLiteral("mx.mail.example") << QStringLiteral("mailco");
        QTest::newRow("any mxDomains suffix beats a nearer domain")
            << QStringLiteral("mx.sub.hoster.example") << QStringLiteral("hoster");
        QTest::newRow("domain itself, no mx") << QStringLiteral("sub2.example") << QStringLiteral("sub2");
        QTest::newRow("bare TLD never") << QStringLiteral("mx.nothing.example") << QStringLiteral("(none)");
        QTest::newRow("single label") << QStringLiteral("example") << QStringLiteral("(none)");
        QTest::newRow("empty") << QString() << QStringLiteral("(none)");
    }

    void findByMxHost()
    {
        QFETCH(QString, host);
        QFETCH(QString, id);
        ProviderDatabase database;
        QString error;
        QVERIFY2(database.loadJson(document({provider("hoster", "[]", R"(["hoster.example"])"),
                                             provider("hoster-eu", "[]", R"(["eu.hoster.example"])"),
                                             provider("by-domain", R"(["shared.example"])"),
                                             provider("by-mx", "[]", R"(["shared.example"])"),
                                             provider("mailco", R"(["mail.example"])"),
                                             provider("sub", R"(["sub.hoster.example"])"),
                                             provider("sub2", R"(["sub2.example"])"),
                                             provider("tld", "[]", R"(["example"])")}),
                                   &error),
                 qPrintable(error));
        QCOMPARE(idOf(database.findByMxHost(host)), id);
    }

    void laterRecordWins()
    {
        ProviderDatabase database;
        QString error;
        QVERIFY(database.loadJson(
            document({provider("first", R"(["a.example","b.example"])", R"(["mx.example"])")}), &error));
        QVERIFY(database.loadJson(
            document({provider("second", R"(["B.example."])", R"(["MX.example"])")}, "mailfix"), &error));
        QCOMPARE(idOf(database.findByDomain(QStringLiteral("a.example"))), QStringLiteral("first"));
        QCOMPARE(idOf(database.findByDomain(QStringLiteral("b.example"))), QStringLiteral("second"));
        QCOMPARE(idOf(database.findByMxHost(QStringLiteral("in.mx.example"))), QStringLiteral("second"));
        QCOMPARE(database.findByDomain(QStringLiteral("b.example"))->origin, ProviderRecord::Origin::MailFix);

        // Within one document, and through add(), the same rule.
        QVERIFY(database.loadJson(
            document({provider("third", R"(["c.example"])"), provider("fourth", R"(["c.example"])")}),
            &error));
        QCOMPARE(idOf(database.findByDomain(QStringLiteral("c.example"))), QStringLiteral("fourth"));
        ProviderRecord fifth;
        fifth.id = QStringLiteral("fifth");
        fifth.name = QStringLiteral("Fifth");
        fifth.domains = {QStringLiteral(" A.Example. "), QStringLiteral("münchen.de"),
                         QStringLiteral("bad domain")};
        fifth.mxDomains = {QStringLiteral("Mx.Example")};
        fifth.origin = ProviderRecord::Origin::Override;
        database.add(fifth);
        QCOMPARE(idOf(database.findByDomain(QStringLiteral("a.example"))), QStringLiteral("fifth"));
        QCOMPARE(idOf(database.findByDomain(QStringLiteral("xn--mnchen-3ya.de"))), QStringLiteral("fifth"));
        QCOMPARE(idOf(database.findByMxHost(QStringLiteral("in.mx.example"))), QStringLiteral("fifth"));
        QCOMPARE(database.providers().last().domains,
                 (QStringList{QStringLiteral("a.example"), QStringLiteral("xn--mnchen-3ya.de")}));
        QCOMPARE(database.providers().size(), 5);
    }

    void bundled()
    {
        const ProviderDatabase &database = ProviderDatabase::bundled();
        QVERIFY(database.providers().size() > 100);
        QCOMPARE(&database, &ProviderDatabase::bundled()); // loaded once

        const ProviderRecord *gmail = database.findByDomain(QStringLiteral("gmail.com"));
        QVERIFY(gmail);
        QCOMPARE(gmail->id, QStringLiteral("google"));
        QCOMPARE(gmail->origin, ProviderRecord::Origin::MailFix);
        QCOMPARE(gmail->outgoing.size(), 2);
        QCOMPARE(gmail->outgoing.at(0).hostname, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(gmail->outgoing.at(0).port, 465);
        QCOMPARE(gmail->outgoing.at(0).socketType, OutgoingServerConfig::SocketType::Ssl);
        QCOMPARE(gmail->outgoing.at(1).port, 587);
        QCOMPARE(gmail->outgoing.at(1).socketType, OutgoingServerConfig::SocketType::StartTls);
        QVERIFY(gmail->notes.appPasswordRequired);
        QVERIFY(!gmail->notes.oauth2Required);
        QVERIFY(!gmail->incoming.isEmpty());
        QCOMPARE(gmail->incoming.at(0).type, IncomingServerConfig::Type::Imap);
        QCOMPARE(gmail->incoming.at(0).hostname, QStringLiteral("imap.gmail.com"));
        QCOMPARE(gmail->incoming.at(0).port, 993);
        QCOMPARE(gmail->incoming.at(0).socketType, OutgoingServerConfig::SocketType::Ssl);
        // every platform names its incoming servers
        for (const ProviderRecord &record : database.providers()) {
            if (record.origin == ProviderRecord::Origin::MailFix)
                QVERIFY2(!record.incoming.isEmpty(), qPrintable(record.id));
        }

        const ProviderRecord *webDe = database.findByDomain(QStringLiteral("web.de"));
        QVERIFY(webDe);
        QCOMPARE(webDe->id, QStringLiteral("web.de"));
        QCOMPARE(webDe->origin, ProviderRecord::Origin::Ispdb);
        QCOMPARE(webDe->outgoing.at(0).hostname, QStringLiteral("smtp.web.de"));
        QCOMPARE(webDe->outgoing.at(0).port, 465);
        QCOMPARE(webDe->outgoing.at(0).usernameTemplate, QStringLiteral("%EMAILLOCALPART%"));
        QCOMPARE(webDe->notes, ProviderNotes());
        QVERIFY(!webDe->incoming.isEmpty());
        QCOMPARE(webDe->incoming.at(0).hostname, QStringLiteral("imap.web.de"));

        const ProviderRecord *outlook = database.findByDomain(QStringLiteral("Outlook.com."));
        QVERIFY(outlook);
        QCOMPARE(outlook->id, QStringLiteral("outlook"));
        QVERIFY(outlook->notes.oauth2Required); // Outlook.com ended password sign-in for other programs

        const ProviderRecord *m365 = database.findByDomain(QStringLiteral("office365.com"));
        QVERIFY(m365);
        QCOMPARE(m365->id, QStringLiteral("microsoft365"));
        QVERIFY(m365->notes.smtpAuthMayBeDisabled);
        QVERIFY(!m365->notes.oauth2Required);

        // The resource holds the committed file.
        QFile resource(QStringLiteral(":/providers/ispdb.json"));
        QVERIFY(resource.open(QIODevice::ReadOnly));
        QCOMPARE(resource.readAll(), readFile(QStringLiteral(PROVIDERS_DIR "/ispdb.json")));
    }

    void bundledFindByMxHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("id");
        QTest::newRow("Google") << QStringLiteral("aspmx.l.google.com") << QStringLiteral("google");
        QTest::newRow("Google alt") << QStringLiteral("alt1.aspmx.l.google.com") << QStringLiteral("google");
        QTest::newRow("Google Workspace new")
            << QStringLiteral("smtp.google.com") << QStringLiteral("google");
        QTest::newRow("Google, dot, case")
            << QStringLiteral("ASPMX.L.Google.com.") << QStringLiteral("google");
        QTest::newRow("Microsoft 365")
            << QStringLiteral("contoso-com.mail.protection.outlook.com") << QStringLiteral("microsoft365");
        QTest::newRow("Outlook.com") << QStringLiteral("outlook-com.olc.protection.outlook.com")
                                     << QStringLiteral("outlook");
        QTest::newRow("Fastmail") << QStringLiteral("in1-smtp.messagingengine.com")
                                  << QStringLiteral("fastmail");
        QTest::newRow("Zoho EU") << QStringLiteral("mx.zoho.eu") << QStringLiteral("zoho");
        QTest::newRow("Zoho") << QStringLiteral("mx2.zoho.com") << QStringLiteral("zoho");
        QTest::newRow("Yahoo") << QStringLiteral("mta5.am0.yahoodns.net") << QStringLiteral("yahoo");
        QTest::newRow("iCloud") << QStringLiteral("mx01.mail.icloud.com") << QStringLiteral("icloud");
        QTest::newRow("unknown") << QStringLiteral("unknown.example") << QStringLiteral("(none)");
        QTest::newRow("bare TLD") << QStringLiteral("com") << QStringLiteral("(none)");
    }

    void bundledFindByMxHost()
    {
        QFETCH(QString, host);
        QFETCH(QString, id);
        QCOMPARE(idOf(ProviderDatabase::bundled().findByMxHost(host)), id);
    }

    void convertsTheIspdb()
    {
        const QString folder = QStringLiteral(ISPDB_DIR);
        if (!QDir(folder).exists())
            QSKIP(qPrintable(
                QStringLiteral("no ISPDB at %1 (only developers and CI have ../shared)").arg(folder)));

        const ProviderDataConverter::Result result = ProviderDataConverter::convertFolder(folder);
        QVERIFY(!result.json.isEmpty());

        // (d) deterministic.
        const ProviderDataConverter::Result again = ProviderDataConverter::convertFolder(folder);
        QCOMPARE(again.json, result.json);
        QCOMPARE(again.problems, result.problems);

        // (a) the committed data is current.
        const QByteArray committed = readFile(QStringLiteral(PROVIDERS_DIR "/ispdb.json"));
        QVERIFY2(result.json == committed, "resources/providers/ispdb.json is stale: run "
                                           "`cmake --build build --target update-providers` and commit it");

        // The converted data loads.
        ProviderDatabase converted;
        QString error;
        QVERIFY2(converted.loadJson(result.json, &error), qPrintable(error));
        QCOMPARE(converted.providers().size(), result.providerCount);

        // Read the ISPDB by itself.
        QStringList names = QDir(folder).entryList({QStringLiteral("*.xml")}, QDir::Files);
        std::sort(names.begin(), names.end());
        QList<IspdbFile> files;
        QHash<QString, int> idUses;
        for (const QString &name : std::as_const(names)) {
            files.append(readIspdbFile(QDir(folder).filePath(name)));
            ++idUses[files.last().providerId];
        }
        // Some ISPDB files share an emailProvider id (Zoho's regions): the converter keeps the id for the
        // file named after it and gives the others their file name.
        for (IspdbFile &file : files) {
            if (idUses.value(file.providerId) > 1 && file.fileId != file.providerId)
                file.providerId = file.fileId;
        }

        // (c) the counts.
        QSet<QString> allDomains;
        for (const IspdbFile &file : std::as_const(files)) {
            for (const QString &domain : file.domains)
                allDomains.insert(domain);
        }
        QCOMPARE(result.providerCount, files.size());
        QCOMPARE(result.domainCount, allDomains.size());

        // (b) every ISPDB domain leads to its provider and its first outgoing server.
        const ProviderDatabase &database = ProviderDatabase::bundled();
        QSet<QString> platformDomainsSeen;
        for (const IspdbFile &file : std::as_const(files)) {
            QVERIFY2(!file.hostname.isEmpty(), qPrintable(file.fileId));
            for (const QString &domain : file.domains) {
                const ProviderRecord *record = database.findByDomain(domain);
                QVERIFY2(record, qPrintable(domain));
                const auto platform = platformDomains().constFind(domain);
                if (platform != platformDomains().constEnd()) {
                    QCOMPARE(record->id, *platform);
                    platformDomainsSeen.insert(domain);
                    continue;
                }
                QVERIFY2(record->id == file.providerId,
                         qPrintable(
                             QStringLiteral("%1: %2, expected %3").arg(domain, record->id, file.providerId)));
                QVERIFY(!record->outgoing.isEmpty());
                const OutgoingServerConfig &server = record->outgoing.first();
                QCOMPARE(server.hostname, file.hostname);
                QCOMPARE(static_cast<int>(server.port), file.port);
                QCOMPARE(ClientConfig::socketTypeName(server.socketType).toLower(),
                         file.socketType.toLower());
                // and its first incoming server (IMAP or POP3), when it has one
                QCOMPARE(record->incoming.isEmpty(), file.incomingHostname.isEmpty());
                if (!record->incoming.isEmpty()) {
                    QCOMPARE(record->incoming.first().hostname, file.incomingHostname);
                    QCOMPARE(ClientConfig::incomingTypeName(record->incoming.first().type),
                             file.incomingType);
                }
            }
        }
        // The allow-list names only domains the ISPDB has (else it is out of date).
        QCOMPARE(platformDomainsSeen.size(), platformDomains().size());
    }
};

QTEST_GUILESS_MAIN(TestProviderDatabase)
#include "tst_providerdatabase.moc"
