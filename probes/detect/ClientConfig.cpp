// clientConfig v1.1 parsing (Thunderbird autoconfig / ISPDB), outgoing and incoming servers: one bounded pass
// with QXmlStreamReader, no recursion, no DTDs.
#include "detect/ClientConfig.h"

#include <QXmlStreamReader>

#include <optional>

namespace {

using SocketType = OutgoingServerConfig::SocketType;
using Auth = OutgoingServerConfig::Auth;

constexpr qsizetype kMaxHostnameLength = 253;

struct AuthName
{
    Auth auth;
    const char *name;
};

constexpr AuthName kAuthNames[] = {
    {Auth::PasswordCleartext, "password-cleartext"},
    {Auth::PasswordEncrypted, "password-encrypted"},
    {Auth::OAuth2, "OAuth2"},
    {Auth::Ntlm, "NTLM"},
    {Auth::Gssapi, "GSSAPI"},
    {Auth::None, "none"},
    {Auth::ClientIpAddress, "client-IP-address"},
    {Auth::SmtpAfterPop, "smtp-after-pop"},
};

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Host and domain names: ASCII letters, digits, '-', '.', '_', optionally '%' (placeholders), and
// non-ASCII letters, digits and combining marks (IDN labels).
bool isValidName(const QString &name, bool allowPlaceholders)
{
    if (name.isEmpty() || name.size() > kMaxHostnameLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (isAsciiLetterOrDigit(u) || u == u'-' || u == u'.' || u == u'_')
            continue;
        if (u == u'%' && allowPlaceholders)
            continue;
        if (u >= 0x80 && (c.isLetterOrNumber() || c.isMark()))
            continue;
        return false;
    }
    return true;
}

// "%1" quoted and shortened for warnings, so a hostile file cannot make them huge.
QString quoted(const QString &text)
{
    constexpr qsizetype kMaxShown = 60;
    if (text.size() <= kMaxShown)
        return u'"' + text + u'"';
    return u'"' + text.left(kMaxShown) + QStringLiteral("...\"");
}

// A decimal port 1..65535, ASCII digits only.
std::optional<quint16> parsePort(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value < 1 || value > 65535)
        return std::nullopt;
    return static_cast<quint16>(value);
}

// One open element. Text is collected only for the elements whose value is read.
struct Frame
{
    QString name;
    QString text;
    bool collect = false;
    bool hasChildElements = false;
};

// An <outgoingServer type="smtp"> or <incomingServer type="imap|pop3"> being read. A field read from an
// element with child elements is a type error: it makes a required field unusable.
struct PendingServer
{
    bool incoming = false;
    IncomingServerConfig::Type type = IncomingServerConfig::Type::Imap;
    int number = 0; // 1-based among the provider's outgoingServer (or incomingServer) elements
    std::optional<QString> hostname;
    std::optional<QString> port;
    std::optional<QString> socketType;
    QStringList wrongType; // required fields that held elements instead of text
    OutgoingServerConfig config;
    bool hasUsername = false;
};

class Parser
{
public:
    explicit Parser(QByteArrayView xml) : m_reader(QByteArray(xml.data(), xml.size())) {}

    ClientConfig::ParseResult run()
    {
        while (m_error.isEmpty() && !m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::DTD:
                m_error = QStringLiteral("DTD not allowed");
                break;
            case QXmlStreamReader::EntityReference:
                m_error = QStringLiteral("entity references not allowed");
                break;
            case QXmlStreamReader::StartElement:
                startElement();
                break;
            case QXmlStreamReader::EndElement:
                endElement();
                break;
            case QXmlStreamReader::Characters:
                if (!m_stack.isEmpty() && m_stack.last().collect)
                    m_stack.last().text += m_reader.text();
                break;
            default:
                break;
            }
        }
        if (m_error.isEmpty() && m_reader.hasError()) {
            m_error = QStringLiteral("not well-formed XML (line %1, column %2): %3")
                          .arg(m_reader.lineNumber())
                          .arg(m_reader.columnNumber())
                          .arg(m_reader.errorString());
        }
        if (m_error.isEmpty() && !m_sawProvider)
            m_error = QStringLiteral("no <emailProvider> element");
        if (m_error.isEmpty() && m_result.config.outgoingServers.isEmpty())
            m_error = QStringLiteral("no usable <outgoingServer type=\"smtp\">");
        if (!m_error.isEmpty()) {
            m_result.config = ClientConfig();
            m_result.error = m_error;
        }
        return m_result;
    }

private:
    void warn(const QString &text) { m_result.warnings.append(text); }

    void startElement()
    {
        if (++m_elementCount > ClientConfig::kMaxElements) {
            m_error = QStringLiteral("more than %1 elements").arg(ClientConfig::kMaxElements);
            return;
        }
        if (m_stack.size() >= ClientConfig::kMaxDepth) {
            m_error = QStringLiteral("elements nested deeper than %1 levels").arg(ClientConfig::kMaxDepth);
            return;
        }
        if (!m_stack.isEmpty())
            m_stack.last().hasChildElements = true;

        Frame frame;
        frame.name = m_reader.name().toString();
        const qsizetype depth = m_stack.size() + 1; // the root is depth 1
        if (depth == 1 && frame.name != QLatin1String("clientConfig")) {
            m_error = QStringLiteral("the root element is <%1>, not <clientConfig>").arg(frame.name.left(60));
            return;
        }
        if (depth == 2 && frame.name == QLatin1String("emailProvider")) {
            if (!m_sawProvider) {
                m_sawProvider = true;
                m_inProvider = true;
                m_result.config.providerId =
                    m_reader.attributes().value(QLatin1String("id")).toString().trimmed();
            } else if (!m_warnedExtraProvider) {
                m_warnedExtraProvider = true;
                warn(QStringLiteral("only the first emailProvider is read; the others are ignored"));
            }
        } else if (depth == 3 && m_inProvider) {
            if (frame.name == QLatin1String("domain") || frame.name == QLatin1String("displayName") ||
                frame.name == QLatin1String("displayShortName")) {
                frame.collect = true;
            } else if (frame.name == QLatin1String("outgoingServer")) {
                startServer(false);
            } else if (frame.name == QLatin1String("incomingServer")) {
                startServer(true);
            }
        } else if (depth == 4 && m_server) {
            frame.collect = frame.name == QLatin1String("hostname") || frame.name == QLatin1String("port") ||
                            frame.name == QLatin1String("socketType") ||
                            frame.name == QLatin1String("authentication") ||
                            frame.name == QLatin1String("username");
        }
        m_stack.append(frame);
    }

    void endElement()
    {
        if (m_stack.isEmpty())
            return; // the reader reports the mismatch itself
        const Frame frame = m_stack.takeLast();
        const qsizetype depth = m_stack.size() + 1;
        if (depth == 2 && frame.name == QLatin1String("emailProvider")) {
            m_inProvider = false;
        } else if (depth == 3 && m_inProvider) {
            if (frame.name == QLatin1String("domain"))
                addDomain(frame);
            else if (frame.name == QLatin1String("displayName"))
                setName(frame, &m_result.config.displayName, &m_sawDisplayName);
            else if (frame.name == QLatin1String("displayShortName"))
                setName(frame, &m_result.config.displayShortName, &m_sawDisplayShortName);
            else if (frame.name == QLatin1String("outgoingServer") ||
                     frame.name == QLatin1String("incomingServer"))
                finishServer();
        } else if (depth == 4 && m_server && frame.collect) {
            serverField(frame);
        }
    }

    void addDomain(const Frame &frame)
    {
        if (frame.hasChildElements) {
            warn(QStringLiteral("a domain holds elements instead of text; ignored"));
            return;
        }
        const QString domain = frame.text.trimmed().toLower();
        if (!isValidName(domain, false)) {
            warn(QStringLiteral("domain %1 is not a domain name; ignored").arg(quoted(domain)));
            return;
        }
        if (m_result.config.domains.contains(domain))
            return;
        if (m_result.config.domains.size() >= ClientConfig::kMaxDomains) {
            if (!m_warnedDomains) {
                m_warnedDomains = true;
                warn(QStringLiteral("more than %1 domains; the rest are ignored")
                         .arg(ClientConfig::kMaxDomains));
            }
            return;
        }
        m_result.config.domains.append(domain);
    }

    void setName(const Frame &frame, QString *target, bool *seen)
    {
        if (*seen)
            return; // the first one counts
        *seen = true;
        if (frame.hasChildElements) {
            warn(QStringLiteral("%1 holds elements instead of text; ignored").arg(frame.name));
            return;
        }
        *target = frame.text.trimmed();
    }

    static QString prefixOf(const PendingServer &server)
    {
        return (server.incoming ? QStringLiteral("incomingServer %1: ")
                                : QStringLiteral("outgoingServer %1: "))
            .arg(server.number);
    }

    void startServer(bool incoming)
    {
        const int number = incoming ? ++m_incomingNumber : ++m_serverNumber;
        const QString type = m_reader.attributes().value(QLatin1String("type")).toString();
        IncomingServerConfig::Type incomingType = IncomingServerConfig::Type::Imap;
        if (incoming && !ClientConfig::parseIncomingType(type, &incomingType)) {
            // exchange, ews, activesync, jmap, ...: not protocols MailFix speaks
            warn(QStringLiteral("incomingServer %1: type %2 is not imap or pop3; ignored")
                     .arg(number)
                     .arg(quoted(type)));
            return;
        }
        if (!incoming && type != QLatin1String("smtp")) {
            warn(QStringLiteral("outgoingServer %1: type %2 is not smtp; ignored")
                     .arg(number)
                     .arg(quoted(type)));
            return;
        }
        m_server = PendingServer();
        m_server->incoming = incoming;
        m_server->type = incomingType;
        m_server->number = number;
    }

    void serverField(const Frame &frame)
    {
        PendingServer &server = *m_server;
        const QString prefix = prefixOf(server);
        if (frame.hasChildElements) {
            if (frame.name == QLatin1String("authentication") || frame.name == QLatin1String("username")) {
                warn(prefix + QStringLiteral("%1 holds elements instead of text; ignored").arg(frame.name));
            } else if (!server.wrongType.contains(frame.name)) {
                server.wrongType.append(frame.name);
            }
            return;
        }
        const QString text = frame.text.trimmed();
        if (frame.name == QLatin1String("hostname")) {
            if (!server.hostname)
                server.hostname = text;
        } else if (frame.name == QLatin1String("port")) {
            if (!server.port)
                server.port = text;
        } else if (frame.name == QLatin1String("socketType")) {
            if (!server.socketType)
                server.socketType = text;
        } else if (frame.name == QLatin1String("authentication")) {
            Auth auth = Auth::None;
            if (!ClientConfig::parseAuth(text, &auth)) {
                warn(prefix + QStringLiteral("unknown authentication %1; ignored").arg(quoted(text)));
            } else if (!server.config.authentication.contains(auth)) {
                server.config.authentication.append(auth);
            }
        } else if (frame.name == QLatin1String("username")) {
            if (!server.hasUsername) {
                server.hasUsername = true;
                server.config.usernameTemplate = text;
            }
        }
    }

    void finishServer()
    {
        if (!m_server)
            return; // a server of another type, already reported
        PendingServer server = *m_server;
        m_server.reset();
        const QString prefix = prefixOf(server);
        const QString skipped = QStringLiteral("; server skipped");

        if (server.wrongType.contains(QLatin1String("hostname"))) {
            warn(prefix + QStringLiteral("hostname holds elements instead of text") + skipped);
            return;
        }
        if (!server.hostname) {
            warn(prefix + QStringLiteral("no hostname") + skipped);
            return;
        }
        if (!ClientConfig::isValidHostname(*server.hostname)) {
            warn(prefix + QStringLiteral("hostname %1 is not a host name").arg(quoted(*server.hostname)) +
                 skipped);
            return;
        }
        server.config.hostname = *server.hostname;

        if (server.wrongType.contains(QLatin1String("port"))) {
            warn(prefix + QStringLiteral("port holds elements instead of text") + skipped);
            return;
        }
        if (!server.port) {
            warn(prefix + QStringLiteral("no port") + skipped);
            return;
        }
        const std::optional<quint16> port = parsePort(*server.port);
        if (!port) {
            warn(prefix + QStringLiteral("port %1 is not a port (1..65535)").arg(quoted(*server.port)) +
                 skipped);
            return;
        }
        server.config.port = *port;

        if (server.wrongType.contains(QLatin1String("socketType"))) {
            warn(prefix + QStringLiteral("socketType holds elements instead of text") + skipped);
            return;
        }
        if (!server.socketType) {
            warn(prefix + QStringLiteral("no socketType") + skipped);
            return;
        }
        if (!ClientConfig::parseSocketType(*server.socketType, &server.config.socketType)) {
            warn(prefix + QStringLiteral("unknown socketType %1").arg(quoted(*server.socketType)) + skipped);
            return;
        }

        addServer(server);
    }

    void addServer(const PendingServer &server)
    {
        const qsizetype count =
            server.incoming ? m_result.config.incomingServers.size() : m_result.config.outgoingServers.size();
        if (count >= ClientConfig::kMaxServers) {
            bool &warned = server.incoming ? m_warnedIncoming : m_warnedServers;
            if (!warned) {
                warned = true;
                warn(QStringLiteral("more than %1 %2 servers; the rest are ignored")
                         .arg(ClientConfig::kMaxServers)
                         .arg(server.incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing")));
            }
            return;
        }
        if (!server.incoming) {
            m_result.config.outgoingServers.append(server.config);
            return;
        }
        IncomingServerConfig incoming;
        static_cast<OutgoingServerConfig &>(incoming) = server.config;
        incoming.type = server.type;
        m_result.config.incomingServers.append(incoming);
    }

    QXmlStreamReader m_reader;
    ClientConfig::ParseResult m_result;
    QString m_error;
    QList<Frame> m_stack;
    std::optional<PendingServer> m_server;
    int m_elementCount = 0;
    int m_serverNumber = 0;
    int m_incomingNumber = 0;
    bool m_sawProvider = false;
    bool m_inProvider = false;
    bool m_sawDisplayName = false;
    bool m_sawDisplayShortName = false;
    bool m_warnedExtraProvider = false;
    bool m_warnedDomains = false;
    bool m_warnedServers = false;
    bool m_warnedIncoming = false;
};

} // namespace

ClientConfig::ParseResult ClientConfig::parse(QByteArrayView xml)
{
    if (xml.size() > kMaxBytes) {
        ParseResult result;
        result.error =
            QStringLiteral("the input is %1 bytes, more than the %2 allowed").arg(xml.size()).arg(kMaxBytes);
        return result;
    }
    return Parser(xml).run();
}

QString ClientConfig::expandPlaceholders(const QString &text, const QString &emailAddress)
{
    const qsizetype at = emailAddress.lastIndexOf(u'@');
    const QString localPart = at < 0 ? emailAddress : emailAddress.left(at);
    const QString domain = at < 0 ? QString() : emailAddress.mid(at + 1);

    const QLatin1String address("%EMAILADDRESS");
    const QLatin1String local("%EMAILLOCALPART%");
    const QLatin1String domainToken("%EMAILDOMAIN%");

    // One left-to-right pass, so placeholders inside the address itself are not expanded again.
    QString out;
    out.reserve(text.size() + emailAddress.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(address)) {
            out += emailAddress;
            i += address.size();
            if (i < text.size() && text.at(i) == u'%')
                ++i; // "%EMAILADDRESS%"; the ISPDB sometimes forgets the closing %
        } else if (rest.startsWith(local)) {
            out += localPart;
            i += local.size();
        } else if (rest.startsWith(domainToken)) {
            out += domain;
            i += domainToken.size();
        } else {
            out += text.at(i);
            ++i;
        }
    }
    return out;
}

bool ClientConfig::parseSocketType(const QString &text, OutgoingServerConfig::SocketType *type)
{
    SocketType parsed = SocketType::Plain;
    if (text.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        parsed = SocketType::Plain;
    else if (text.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        parsed = SocketType::StartTls;
    else if (text.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
        parsed = SocketType::Ssl;
    else
        return false;
    if (type)
        *type = parsed;
    return true;
}

bool ClientConfig::parseAuth(const QString &text, OutgoingServerConfig::Auth *auth)
{
    for (const AuthName &entry : kAuthNames) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            if (auth)
                *auth = entry.auth;
            return true;
        }
    }
    return false;
}

QString ClientConfig::socketTypeName(OutgoingServerConfig::SocketType type)
{
    switch (type) {
    case SocketType::Plain:
        return QStringLiteral("plain");
    case SocketType::StartTls:
        return QStringLiteral("STARTTLS");
    case SocketType::Ssl:
        return QStringLiteral("SSL");
    }
    return QString();
}

QString ClientConfig::authName(OutgoingServerConfig::Auth auth)
{
    for (const AuthName &entry : kAuthNames) {
        if (entry.auth == auth)
            return QLatin1String(entry.name);
    }
    return QString();
}

bool ClientConfig::parseIncomingType(const QString &text, IncomingServerConfig::Type *type)
{
    IncomingServerConfig::Type parsed = IncomingServerConfig::Type::Imap;
    if (text.compare(QLatin1String("imap"), Qt::CaseInsensitive) == 0)
        parsed = IncomingServerConfig::Type::Imap;
    else if (text.compare(QLatin1String("pop3"), Qt::CaseInsensitive) == 0)
        parsed = IncomingServerConfig::Type::Pop3;
    else
        return false;
    if (type)
        *type = parsed;
    return true;
}

QString ClientConfig::incomingTypeName(IncomingServerConfig::Type type)
{
    return type == IncomingServerConfig::Type::Pop3 ? QStringLiteral("pop3") : QStringLiteral("imap");
}

bool ClientConfig::isValidHostname(const QString &hostname)
{
    return isValidName(hostname, true);
}
