// Fuzzes the clientConfig XML parser (ClientConfig::parse, then expandPlaceholders on what it found) and the
// provider JSON loader (ProviderDatabase::loadJson). Every input goes to both: each refuses the other's
// format at once, and the seed corpus holds both (real ISPDB files and MailFix's provider JSON).
#include "FuzzCheck.h"
#include "detect/ClientConfig.h"
#include "detect/ProviderDatabase.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

using SocketType = OutgoingServerConfig::SocketType;
using Auth = OutgoingServerConfig::Auth;

const QLatin1String kTokens[] = {QLatin1String("%EMAILADDRESS"), QLatin1String("%EMAILLOCALPART%"),
                                 QLatin1String("%EMAILDOMAIN%")};

// A lower-case ACE domain as ProviderDatabase stores it: labels of [a-z0-9_-], none empty.
bool isNormalizedDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    for (const QString &label : domain.split(u'.')) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'))
                return false;
        }
    }
    return true;
}

void checkServer(const OutgoingServerConfig &server, const QString &where);

void checkIncoming(const IncomingServerConfig &server, const QString &where)
{
    checkServer(server, where);
    IncomingServerConfig::Type type = IncomingServerConfig::Type::Imap;
    FUZZ_CHECK(ClientConfig::parseIncomingType(ClientConfig::incomingTypeName(server.type), &type) &&
                   type == server.type,
               where + QStringLiteral(": the incoming type's name does not parse back"));
}

void checkServer(const OutgoingServerConfig &server, const QString &where)
{
    FUZZ_CHECK(ClientConfig::isValidHostname(server.hostname),
               where + QStringLiteral(": hostname %1 is not valid").arg(fuzzcheck::shown(server.hostname)));
    FUZZ_CHECK(server.port >= 1, where + QStringLiteral(": port 0"));
    SocketType socketType = SocketType::Plain;
    FUZZ_CHECK(ClientConfig::parseSocketType(ClientConfig::socketTypeName(server.socketType), &socketType) &&
                   socketType == server.socketType,
               where + QStringLiteral(": the socket type's name does not parse back"));
    for (qsizetype i = 0; i < server.authentication.size(); ++i) {
        const Auth auth = server.authentication.at(i);
        FUZZ_CHECK(server.authentication.indexOf(auth) == i,
                   where + QStringLiteral(": an auth method twice"));
        Auth parsed = Auth::None;
        FUZZ_CHECK(ClientConfig::parseAuth(ClientConfig::authName(auth), &parsed) && parsed == auth,
                   where + QStringLiteral(": the auth method's name does not parse back"));
    }
}

// Placeholders are filled in one pass: with an address free of '%' and of upper-case letters, none is left.
void checkExpansion(const QString &text, const QString &domain)
{
    const QString address = QStringLiteral("alice@") + domain;
    const QString expanded = ClientConfig::expandPlaceholders(text, address);
    for (const QLatin1String token : kTokens)
        FUZZ_CHECK(!expanded.contains(token),
                   QStringLiteral("%1 expands to %2, which still holds %3")
                       .arg(fuzzcheck::shown(text), fuzzcheck::shown(expanded), token));
    if (!text.contains(u'%'))
        FUZZ_CHECK(expanded == text,
                   QStringLiteral("%1 without placeholders changed").arg(fuzzcheck::shown(text)));
    // An address holding placeholder names is inserted as it is, never expanded again.
    const QString odd = QStringLiteral("%EMAILDOMAIN%@%EMAILLOCALPART%");
    const QString once = ClientConfig::expandPlaceholders(QStringLiteral("<%EMAILADDRESS%>"), odd);
    FUZZ_CHECK(once == u'<' + odd + u'>', QStringLiteral("the address was expanded again: %1").arg(once));
    (void)ClientConfig::expandPlaceholders(text, text); // hostile text on both sides: no crash
}

void fuzzClientConfig(QByteArrayView xml)
{
    const ClientConfig::ParseResult result = ClientConfig::parse(xml);
    FUZZ_CHECK(result.ok() == result.error.isEmpty(), QStringLiteral("ok() disagrees with error"));
    for (const QString &warning : result.warnings)
        FUZZ_CHECK(!warning.isEmpty() && warning.size() <= 400,
                   QStringLiteral("a warning of %1 characters: %2")
                       .arg(warning.size())
                       .arg(fuzzcheck::shown(warning)));
    const ClientConfig &config = result.config;
    if (!result.ok()) {
        FUZZ_CHECK(config.outgoingServers.isEmpty() && config.incomingServers.isEmpty() &&
                       config.domains.isEmpty() && config.providerId.isEmpty() &&
                       config.displayName.isEmpty(),
                   QStringLiteral("a failed parse (%1) returned a config").arg(result.error));
        return;
    }
    FUZZ_CHECK(!config.outgoingServers.isEmpty() &&
                   config.outgoingServers.size() <= ClientConfig::kMaxServers,
               QStringLiteral("%1 outgoing servers").arg(config.outgoingServers.size()));
    FUZZ_CHECK(config.incomingServers.size() <= ClientConfig::kMaxServers,
               QStringLiteral("%1 incoming servers").arg(config.incomingServers.size()));
    FUZZ_CHECK(config.domains.size() <= ClientConfig::kMaxDomains,
               QStringLiteral("%1 domains").arg(config.domains.size()));
    QSet<QString> seen;
    for (const QString &domain : config.domains) {
        FUZZ_CHECK(!domain.isEmpty() && domain == domain.toLower() && domain == domain.trimmed(),
                   QStringLiteral("domain %1").arg(fuzzcheck::shown(domain)));
        FUZZ_CHECK(!seen.contains(domain), QStringLiteral("domain %1 twice").arg(fuzzcheck::shown(domain)));
        seen.insert(domain);
    }
    FUZZ_CHECK(config.providerId == config.providerId.trimmed() &&
                   config.displayName == config.displayName.trimmed(),
               QStringLiteral("untrimmed provider id or name"));

    const QString domain = config.domains.isEmpty() ? QStringLiteral("example.com") : config.domains.first();
    for (qsizetype i = 0; i < config.outgoingServers.size(); ++i) {
        const OutgoingServerConfig &server = config.outgoingServers.at(i);
        checkServer(server, QStringLiteral("outgoingServers[%1]").arg(i));
        checkExpansion(server.hostname, domain);
        checkExpansion(server.usernameTemplate, domain);
    }
    for (qsizetype i = 0; i < config.incomingServers.size(); ++i) {
        const IncomingServerConfig &server = config.incomingServers.at(i);
        checkIncoming(server, QStringLiteral("incomingServers[%1]").arg(i));
        checkExpansion(server.hostname, domain);
        checkExpansion(server.usernameTemplate, domain);
    }
}

void fuzzProviderJson(const QByteArray &json)
{
    ProviderDatabase database;
    QString error;
    const bool ok = database.loadJson(json, &error);
    if (!ok) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("loadJson failed without saying why"));
        FUZZ_CHECK(database.providers().isEmpty(), QStringLiteral("a refused document added providers"));
        return;
    }
    FUZZ_CHECK(error.isEmpty(), QStringLiteral("loadJson succeeded with an error: %1").arg(error));
    QSet<QString> ids;
    for (const ProviderRecord &record : database.providers()) {
        const QString where = QStringLiteral("provider %1").arg(fuzzcheck::shown(record.id));
        FUZZ_CHECK(!record.id.isEmpty() && !record.name.isEmpty(),
                   where + QStringLiteral(": empty id or name"));
        FUZZ_CHECK(!ids.contains(record.id), where + QStringLiteral(": id used twice"));
        ids.insert(record.id);
        FUZZ_CHECK(!record.outgoing.isEmpty(), where + QStringLiteral(": no outgoing server"));
        for (qsizetype i = 0; i < record.outgoing.size(); ++i)
            checkServer(record.outgoing.at(i), where + QStringLiteral(".outgoing[%1]").arg(i));
        for (qsizetype i = 0; i < record.incoming.size(); ++i)
            checkIncoming(record.incoming.at(i), where + QStringLiteral(".incoming[%1]").arg(i));
        for (const QString &domain : record.domains) {
            FUZZ_CHECK(isNormalizedDomain(domain),
                       where + QStringLiteral(": domain %1").arg(fuzzcheck::shown(domain)));
            const ProviderRecord *found = database.findByDomain(domain);
            FUZZ_CHECK(found && found->domains.contains(domain),
                       where + QStringLiteral(": findByDomain(%1) finds no record with it").arg(domain));
            FUZZ_CHECK(database.findByDomain(domain.toUpper() + u'.') == found,
                       where + QStringLiteral(": findByDomain is not case-insensitive for %1").arg(domain));
        }
        for (const QString &mx : record.mxDomains) {
            FUZZ_CHECK(isNormalizedDomain(mx),
                       where + QStringLiteral(": mxDomain %1").arg(fuzzcheck::shown(mx)));
            // A host under it is found (the bare top-level domain is never looked up).
            if (mx.contains(u'.') && mx.size() <= 249)
                FUZZ_CHECK(database.findByMxHost(QStringLiteral("mx1.") + mx) != nullptr,
                           where + QStringLiteral(": findByMxHost finds nothing under %1").arg(mx));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzClientConfig(bytes);
    fuzzProviderJson(bytes);
    return 0;
}
