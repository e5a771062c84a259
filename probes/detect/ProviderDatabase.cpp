// MailFix's provider data: loading, lookups by domain and MX host, and the ISPDB converter.
//
// The JSON format (format 1), as ProviderDataConverter writes it and loadJson reads it:
//
//   {"format": 1,                        number, required: 1
//    "origin": "mailfix",                string, optional: "ispdb" (the default), "mailfix" or "override";
//                                        the Origin given to every record of the document
//    "source": "...",                    string, optional: where the data comes from
//    "providers": [                      array, required
//      {"id": "googlemail.com",          string, required, not empty, unique within the document
//       "name": "Google Mail",           string, required, not empty
//       "domains": ["gmail.com"],        array of domain names, required (may be empty); Unicode or ACE,
//                                        stored lower-case ACE
//       "mxDomains": ["google.com"],     array of domain names, optional: MX host suffixes
//       "outgoing": [                    array, required, at least one; the first is the default
//         {"hostname": "smtp.gmail.com", string, required; placeholders such as %EMAILDOMAIN% allowed
//          "port": 465,                  integer 1..65535, required
//          "socketType": "SSL",          "plain" | "STARTTLS" | "SSL", required
//          "authentication": ["OAuth2"], array of clientConfig auth names, optional
//          "username": "%EMAILADDRESS%"} string, optional: the username template
//       ],
//       "incoming": [                    array, optional (may be empty): IMAP and POP3 servers, the
//                                        provider's preferred one first
//         {"type": "imap",               "imap" | "pop3", required
//          "hostname": "imap.gmail.com", ... the other members as in "outgoing"
//          "port": 993, "socketType": "SSL", "authentication": [...], "username": "..."}
//       ],
//       "notes": {"oauth2Required": false,         object, optional; each member optional, boolean
//                 "appPasswordRequired": false,
//                 "smtpAuthMayBeDisabled": false}}
//    ]}
//
// Any other member, a wrong type or an impossible value refuses the whole document. The converter
// writes the keys in the order above, compact, one provider per line, sorted by id.
#include "detect/ProviderDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QUrl>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace {

constexpr qsizetype kMaxDomainLength = 253;
constexpr qsizetype kMaxLabelLength = 63;

// The lower-case ACE form of a domain name, without a trailing dot; empty when it is not a usable name.
QString normalizedDomain(const QString &input)
{
    QString domain = input.trimmed();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.isEmpty() || domain.size() > kMaxDomainLength)
        return QString();
    const bool ascii =
        std::all_of(domain.cbegin(), domain.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString ace = ascii ? domain.toLower() : QString::fromLatin1(QUrl::toAce(domain)).toLower();
    if (ace.isEmpty() || ace.size() > kMaxDomainLength)
        return QString();
    const QStringList labels = ace.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > kMaxLabelLength)
            return QString();
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'))
                return QString();
        }
    }
    return ace;
}

// Normalizes, drops unusable names and duplicates; keeps the order.
QStringList normalizedDomains(const QStringList &domains)
{
    QStringList out;
    for (const QString &domain : domains) {
        const QString normalized = normalizedDomain(domain);
        if (!normalized.isEmpty() && !out.contains(normalized))
            out.append(normalized);
    }
    return out;
}

// Reads one document into records; the first problem ends it with a message naming the JSON path.
class DocumentReader
{
public:
    bool read(const QByteArray &json, QList<ProviderRecord> *records)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(QStringLiteral("not JSON: %1 at offset %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        if (!document.isObject())
            return fail(QStringLiteral("the document is not a JSON object"));
        const QJsonObject root = document.object();
        if (!onlyKeys(root, {"format", "origin", "source", "providers"}, QStringLiteral("the document")))
            return false;

        const QJsonValue format = root.value(QLatin1String("format"));
        if (!format.isDouble() || format.toDouble() != 1.0)
            return fail(QStringLiteral("\"format\" must be the number 1"));

        ProviderRecord::Origin origin = ProviderRecord::Origin::Ispdb;
        if (root.contains(QLatin1String("origin"))) {
            const QString text = root.value(QLatin1String("origin")).toString();
            if (text == QLatin1String("ispdb"))
                origin = ProviderRecord::Origin::Ispdb;
            else if (text == QLatin1String("mailfix"))
                origin = ProviderRecord::Origin::MailFix;
            else if (text == QLatin1String("override"))
                origin = ProviderRecord::Origin::Override;
            else
                return fail(QStringLiteral("\"origin\" must be \"ispdb\", \"mailfix\" or \"override\""));
        }
        if (root.contains(QLatin1String("source")) && !root.value(QLatin1String("source")).isString())
            return fail(QStringLiteral("\"source\" must be a string"));

        const QJsonValue providers = root.value(QLatin1String("providers"));
        if (!providers.isArray())
            return fail(QStringLiteral("\"providers\" must be an array"));
        const QJsonArray array = providers.toArray();
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            ProviderRecord record;
            record.origin = origin;
            if (!readProvider(array.at(i), QStringLiteral("providers[%1]").arg(i), &record))
                return false;
            if (ids.contains(record.id))
                return fail(QStringLiteral("providers[%1]: id \"%2\" is used twice").arg(i).arg(record.id));
            ids.insert(record.id);
            records->append(record);
        }
        return true;
    }

    QString error;

private:
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    bool onlyKeys(const QJsonObject &object, std::initializer_list<const char *> allowed,
                  const QString &where)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const bool known = std::any_of(allowed.begin(), allowed.end(),
                                           [&](const char *key) { return it.key() == QLatin1String(key); });
            if (!known)
                return fail(QStringLiteral("%1: unknown member \"%2\"").arg(where, it.key()));
        }
        return true;
    }

    bool readString(const QJsonObject &object, const char *key, const QString &where, bool required,
                    QString *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                return fail(QStringLiteral("%1: \"%2\" is missing").arg(where, QLatin1String(key)));
            return true;
        }
        if (!value.isString())
            return fail(QStringLiteral("%1.%2 must be a string").arg(where, QLatin1String(key)));
        *out = value.toString();
        if (required && out->isEmpty())
            return fail(QStringLiteral("%1.%2 must not be empty").arg(where, QLatin1String(key)));
        return true;
    }

    bool readDomains(const QJsonObject &object, const char *key, const QString &where, bool required,
                     QStringList *out)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                return fail(QStringLiteral("%1: \"%2\" is missing").arg(where, QLatin1String(key)));
            return true;
        }
        if (!value.isArray())
            return fail(QStringLiteral("%1.%2 must be an array").arg(where, QLatin1String(key)));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("%1.%2[%3]").arg(where, QLatin1String(key)).arg(i);
            if (!array.at(i).isString())
                return fail(path + QStringLiteral(" must be a string"));
            const QString domain = normalizedDomain(array.at(i).toString());
            if (domain.isEmpty())
                return fail(path +
                            QStringLiteral(": \"%1\" is not a domain name").arg(array.at(i).toString()));
            if (!out->contains(domain))
                out->append(domain);
        }
        return true;
    }

    bool readProvider(const QJsonValue &value, const QString &where, ProviderRecord *record)
    {
        if (!value.isObject())
            return fail(where + QStringLiteral(" must be an object"));
        const QJsonObject object = value.toObject();
        if (!onlyKeys(object, {"id", "name", "domains", "mxDomains", "outgoing", "incoming", "notes"}, where))
            return false;
        if (!readString(object, "id", where, true, &record->id) ||
            !readString(object, "name", where, true, &record->name) ||
            !readDomains(object, "domains", where, true, &record->domains) ||
            !readDomains(object, "mxDomains", where, false, &record->mxDomains))
            return false;

        const QJsonValue outgoing = object.value(QLatin1String("outgoing"));
        if (!outgoing.isArray() || outgoing.toArray().isEmpty())
            return fail(where + QStringLiteral(".outgoing must be an array with at least one server"));
        const QJsonArray servers = outgoing.toArray();
        for (qsizetype i = 0; i < servers.size(); ++i) {
            OutgoingServerConfig server;
            if (!readServer(servers.at(i), where + QStringLiteral(".outgoing[%1]").arg(i), &server))
                return false;
            record->outgoing.append(server);
        }
        if (!readIncoming(object, where, &record->incoming))
            return false;

        const QJsonValue notes = object.value(QLatin1String("notes"));
        if (!notes.isUndefined() && !readNotes(notes, where + QStringLiteral(".notes"), &record->notes))
            return false;
        return true;
    }

    bool readIncoming(const QJsonObject &provider, const QString &where, QList<IncomingServerConfig> *out)
    {
        const QJsonValue incoming = provider.value(QLatin1String("incoming"));
        if (incoming.isUndefined())
            return true;
        if (!incoming.isArray())
            return fail(where + QStringLiteral(".incoming must be an array"));
        const QJsonArray servers = incoming.toArray();
        for (qsizetype i = 0; i < servers.size(); ++i) {
            const QString path = where + QStringLiteral(".incoming[%1]").arg(i);
            const QJsonValue value = servers.at(i);
            IncomingServerConfig server;
            QString type;
            if (value.isObject() && !readString(value.toObject(), "type", path, true, &type))
                return false;
            if (value.isObject() && !ClientConfig::parseIncomingType(type, &server.type))
                return fail(path + QStringLiteral(".type: \"%1\" is not imap or pop3").arg(type));
            if (!readServer(value, path, &server, true))
                return false;
            out->append(server);
        }
        return true;
    }

    bool readServer(const QJsonValue &value, const QString &where, OutgoingServerConfig *server,
                    bool incoming = false)
    {
        if (!value.isObject())
            return fail(where + QStringLiteral(" must be an object"));
        const QJsonObject object = value.toObject();
        if (incoming
                ? !onlyKeys(object, {"type", "hostname", "port", "socketType", "authentication", "username"},
                            where)
                : !onlyKeys(object, {"hostname", "port", "socketType", "authentication", "username"}, where))
            return false;

        if (!readString(object, "hostname", where, true, &server->hostname))
            return false;
        if (!ClientConfig::isValidHostname(server->hostname))
            return fail(where + QStringLiteral(".hostname: \"%1\" is not a host name").arg(server->hostname));

        const QJsonValue port = object.value(QLatin1String("port"));
        if (port.isUndefined())
            return fail(where + QStringLiteral(": \"port\" is missing"));
        const double number = port.toDouble(-1);
        if (!port.isDouble() || std::floor(number) != number || number < 1 || number > 65535)
            return fail(where + QStringLiteral(".port must be a whole number 1..65535"));
        server->port = static_cast<quint16>(number);

        QString socketType;
        if (!readString(object, "socketType", where, true, &socketType))
            return false;
        if (!ClientConfig::parseSocketType(socketType, &server->socketType))
            return fail(where +
                        QStringLiteral(".socketType: \"%1\" is not plain, STARTTLS or SSL").arg(socketType));

        const QJsonValue authentication = object.value(QLatin1String("authentication"));
        if (!authentication.isUndefined()) {
            if (!authentication.isArray())
                return fail(where + QStringLiteral(".authentication must be an array"));
            const QJsonArray names = authentication.toArray();
            for (qsizetype i = 0; i < names.size(); ++i) {
                OutgoingServerConfig::Auth auth = OutgoingServerConfig::Auth::None;
                if (!names.at(i).isString() || !ClientConfig::parseAuth(names.at(i).toString(), &auth))
                    return fail(where +
                                QStringLiteral(".authentication[%1] is not an authentication method").arg(i));
                if (!server->authentication.contains(auth))
                    server->authentication.append(auth);
            }
        }
        return readString(object, "username", where, false, &server->usernameTemplate);
    }

    bool readNotes(const QJsonValue &value, const QString &where, ProviderNotes *notes)
    {
        if (!value.isObject())
            return fail(where + QStringLiteral(" must be an object"));
        const QJsonObject object = value.toObject();
        if (!onlyKeys(object, {"oauth2Required", "appPasswordRequired", "smtpAuthMayBeDisabled"}, where))
            return false;
        const std::pair<const char *, bool *> flags[] = {
            {"oauth2Required", &notes->oauth2Required},
            {"appPasswordRequired", &notes->appPasswordRequired},
            {"smtpAuthMayBeDisabled", &notes->smtpAuthMayBeDisabled},
        };
        for (const auto &[key, flag] : flags) {
            const QJsonValue flagValue = object.value(QLatin1String(key));
            if (flagValue.isUndefined())
                continue;
            if (!flagValue.isBool())
                return fail(QStringLiteral("%1.%2 must be true or false").arg(where, QLatin1String(key)));
            *flag = flagValue.toBool();
        }
        return true;
    }
};

// A JSON string literal, escaped as QJsonDocument does it.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without [ and ]
}

QByteArray jsonStrings(const QStringList &texts)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += ',';
        out += jsonString(texts.at(i));
    }
    return out + ']';
}

QByteArray jsonBool(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

// The members of one server after its opening brace (and "type"), keys in the documented order.
QByteArray serverMembers(const OutgoingServerConfig &server)
{
    QStringList auth;
    for (const OutgoingServerConfig::Auth method : server.authentication)
        auth.append(ClientConfig::authName(method));
    return "\"hostname\":" + jsonString(server.hostname) + ",\"port\":" + QByteArray::number(server.port) +
           ",\"socketType\":" + jsonString(ClientConfig::socketTypeName(server.socketType)) +
           ",\"authentication\":" + jsonStrings(auth) +
           ",\"username\":" + jsonString(server.usernameTemplate) + '}';
}

// One provider as one line of compact JSON, keys in the documented order.
QByteArray providerLine(const ProviderRecord &record)
{
    QByteArray out = "{\"id\":" + jsonString(record.id) + ",\"name\":" + jsonString(record.name) +
                     ",\"domains\":" + jsonStrings(record.domains) +
                     ",\"mxDomains\":" + jsonStrings(record.mxDomains) + ",\"outgoing\":[";
    for (qsizetype i = 0; i < record.outgoing.size(); ++i)
        out += (i > 0 ? ",{" : "{") + serverMembers(record.outgoing.at(i));
    out += "],\"incoming\":[";
    for (qsizetype i = 0; i < record.incoming.size(); ++i) {
        const IncomingServerConfig &server = record.incoming.at(i);
        out += (i > 0 ? ",{" : "{") +
               ("\"type\":" + jsonString(ClientConfig::incomingTypeName(server.type))) + ',' +
               serverMembers(server);
    }
    out += "],\"notes\":{\"oauth2Required\":" + jsonBool(record.notes.oauth2Required) +
           ",\"appPasswordRequired\":" + jsonBool(record.notes.appPasswordRequired) +
           ",\"smtpAuthMayBeDisabled\":" + jsonBool(record.notes.smtpAuthMayBeDisabled) + "}}";
    return out;
}

// The ISPDB file name without ".xml".
QString baseName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".xml")) ? fileName.chopped(4) : fileName;
}

void loadResource(ProviderDatabase *database, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("ProviderDatabase: cannot open the bundled %s: %s", qUtf8Printable(path),
                 qUtf8Printable(file.errorString()));
        return;
    }
    QString error;
    if (!database->loadJson(file.readAll(), &error))
        qWarning("ProviderDatabase: the bundled %s is bad: %s", qUtf8Printable(path), qUtf8Printable(error));
}

} // namespace

// Outside any namespace, as Q_INIT_RESOURCE requires: the resources live in a static library, whose
// registration object the linker would otherwise drop.
static void initProviderResources()
{
    Q_INIT_RESOURCE(providers);
}

const ProviderDatabase &ProviderDatabase::bundled()
{
    static const ProviderDatabase database = [] {
        initProviderResources();
        ProviderDatabase loaded;
        loadResource(&loaded, QStringLiteral(":/providers/ispdb.json"));
        loadResource(&loaded, QStringLiteral(":/providers/platforms.json")); // loaded last: it wins
        return loaded;
    }();
    return database;
}

bool ProviderDatabase::loadJson(const QByteArray &json, QString *error)
{
    DocumentReader reader;
    QList<ProviderRecord> records;
    if (!reader.read(json, &records)) {
        if (error)
            *error = reader.error;
        return false;
    }
    for (const ProviderRecord &record : records)
        add(record);
    return true;
}

void ProviderDatabase::add(const ProviderRecord &record)
{
    ProviderRecord stored = record;
    stored.domains = normalizedDomains(record.domains);
    stored.mxDomains = normalizedDomains(record.mxDomains);
    const qsizetype index = m_providers.size();
    m_providers.append(stored);
    for (const QString &domain : std::as_const(stored.domains))
        m_byDomain.insert(domain, index); // a later record takes the domain over
    for (const QString &suffix : std::as_const(stored.mxDomains))
        m_byMx.insert(suffix, index);
}

const ProviderRecord *ProviderDatabase::findByDomain(const QString &domain) const
{
    const QString key = normalizedDomain(domain);
    if (key.isEmpty())
        return nullptr;
    const auto it = m_byDomain.constFind(key);
    return it == m_byDomain.constEnd() ? nullptr : &m_providers.at(*it);
}

const ProviderRecord *ProviderDatabase::findByMxHost(const QString &mxHost) const
{
    const QString host = normalizedDomain(mxHost);
    if (host.isEmpty())
        return nullptr;
    // The host, then each parent domain, longest first; never the bare top-level domain.
    QStringList suffixes;
    for (qsizetype from = 0; host.indexOf(u'.', from) >= 0; from = host.indexOf(u'.', from) + 1)
        suffixes.append(host.mid(from));
    // mxDomains first, at any level: they are deliberate MX knowledge, while the ISPDB lists some MX
    // names as email domains (e.g. "google.com", "am0.yahoodns.net"). Then email domains.
    for (const QHash<QString, qsizetype> *map : {&m_byMx, &m_byDomain}) {
        for (const QString &suffix : std::as_const(suffixes)) {
            const auto it = map->constFind(suffix);
            if (it != map->constEnd())
                return &m_providers.at(*it);
        }
    }
    return nullptr;
}

ProviderDataConverter::Result ProviderDataConverter::convertFolder(const QString &folder)
{
    Result result;
    const QDir dir(folder);
    if (!dir.exists()) {
        result.problems.append(QStringLiteral("%1: no such folder").arg(folder));
        return result;
    }
    QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files);
    std::sort(files.begin(), files.end()); // plain code-unit order: the same on every machine

    struct Parsed
    {
        QString file;
        ClientConfig config;
    };
    QList<Parsed> parsed;
    for (const QString &file : std::as_const(files)) {
        QFile input(dir.filePath(file));
        if (!input.open(QIODevice::ReadOnly)) {
            result.problems.append(
                QStringLiteral("%1: cannot read: %2; skipped").arg(file, input.errorString()));
            continue;
        }
        // Read one byte past the limit so parse() refuses a file that is too large.
        const ClientConfig::ParseResult parse = ClientConfig::parse(input.read(ClientConfig::kMaxBytes + 1));
        for (const QString &warning : parse.warnings)
            result.problems.append(QStringLiteral("%1: %2").arg(file, warning));
        if (!parse.ok()) {
            result.problems.append(QStringLiteral("%1: %2; skipped").arg(file, parse.error));
            continue;
        }
        parsed.append({file, parse.config});
    }

    // Ids must be unique. The ISPDB gives some files the same emailProvider id (regional variants of
    // one provider): the file named after the id keeps it, the others take their file name.
    QHash<QString, int> idUses;
    for (const Parsed &entry : std::as_const(parsed))
        ++idUses[entry.config.providerId.isEmpty() ? baseName(entry.file) : entry.config.providerId];

    QList<ProviderRecord> records;
    QSet<QString> ids;
    for (const Parsed &entry : std::as_const(parsed)) {
        ProviderRecord record;
        record.id = entry.config.providerId.isEmpty() ? baseName(entry.file) : entry.config.providerId;
        if (idUses.value(record.id) > 1 && baseName(entry.file) != record.id) {
            result.problems.append(QStringLiteral("%1: emailProvider id \"%2\" is shared with other files; "
                                                  "id \"%3\" used instead")
                                       .arg(entry.file, record.id, baseName(entry.file)));
            record.id = baseName(entry.file);
        }
        if (ids.contains(record.id)) {
            result.problems.append(
                QStringLiteral("%1: id \"%2\" is already taken; skipped").arg(entry.file, record.id));
            continue;
        }
        ids.insert(record.id);
        record.name = !entry.config.displayName.isEmpty()        ? entry.config.displayName
                      : !entry.config.displayShortName.isEmpty() ? entry.config.displayShortName
                                                                 : record.id;
        for (const QString &domain : entry.config.domains) {
            const QString normalized = normalizedDomain(domain);
            if (normalized.isEmpty())
                result.problems.append(QStringLiteral("%1: domain \"%2\" dropped").arg(entry.file, domain));
            else if (!record.domains.contains(normalized))
                record.domains.append(normalized);
        }
        record.outgoing = entry.config.outgoingServers;
        record.incoming = entry.config.incomingServers;
        records.append(record);
    }
    std::sort(records.begin(), records.end(),
              [](const ProviderRecord &a, const ProviderRecord &b) { return a.id < b.id; });

    QHash<QString, QString> domainOwner; // in load order: a later record takes a domain over
    for (const ProviderRecord &record : std::as_const(records)) {
        for (const QString &domain : record.domains) {
            const auto it = domainOwner.constFind(domain);
            if (it != domainOwner.constEnd())
                result.problems.append(
                    QStringLiteral("domain \"%1\" is listed by \"%2\" and \"%3\"; \"%3\" wins")
                        .arg(domain, *it, record.id));
            domainOwner.insert(domain, record.id);
        }
    }

    QByteArray json =
        "{\"format\":1,\"source\":" +
        jsonString(QStringLiteral("Thunderbird ISPDB (clientConfig files), MPL-2.0; converted by "
                                  "mailfix-ispdb-convert")) +
        ",\"providers\":[\n";
    for (qsizetype i = 0; i < records.size(); ++i)
        json += providerLine(records.at(i)) + (i + 1 < records.size() ? ",\n" : "\n");
    json += "]}\n";

    result.json = json;
    result.providerCount = static_cast<int>(records.size());
    result.domainCount = static_cast<int>(domainOwner.size());
    return result;
}
