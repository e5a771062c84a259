#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// A clientConfig v1.1 file (Thunderbird's autoconfig format, as served by providers, the ISPDB and
// MailFix's own provider data): the outgoing (SMTP) and incoming (IMAP, POP3) servers. Parsing is a pure,
// bounded function: hostile input (huge, deeply nested, wrong types, impossible ports) gives a clear error,
// never a crash, a hang or unbounded memory.
struct OutgoingServerConfig
{
    enum class SocketType { Plain, StartTls, Ssl };
    enum class Auth {
        PasswordCleartext, // "password-cleartext": PLAIN/LOGIN ("Normal password")
        PasswordEncrypted, // "password-encrypted": CRAM-MD5 ("Encrypted password")
        OAuth2,            // "OAuth2"
        Ntlm,              // "NTLM"
        Gssapi,            // "GSSAPI"
        None,              // "none"
        ClientIpAddress,   // "client-IP-address": the server trusts the sender's network
        SmtpAfterPop,      // "smtp-after-pop": POP-before-SMTP
    };

    QString hostname; // may hold placeholders, e.g. "smtp.%EMAILDOMAIN%"
    quint16 port = 0; // 1..65535
    SocketType socketType = SocketType::Plain;
    QList<Auth> authentication; // in file order; unknown values are skipped
    QString usernameTemplate;   // e.g. "%EMAILADDRESS%"; empty when the file gives none

    friend bool operator==(const OutgoingServerConfig &a, const OutgoingServerConfig &b)
    {
        return a.hostname == b.hostname && a.port == b.port && a.socketType == b.socketType &&
               a.authentication == b.authentication && a.usernameTemplate == b.usernameTemplate;
    }
};

// An <incomingServer type="imap|pop3">: the same fields as an outgoing server, and its protocol.
struct IncomingServerConfig : OutgoingServerConfig
{
    enum class Type { Imap, Pop3 };
    Type type = Type::Imap;

    friend bool operator==(const IncomingServerConfig &a, const IncomingServerConfig &b)
    {
        return a.type == b.type &&
               static_cast<const OutgoingServerConfig &>(a) == static_cast<const OutgoingServerConfig &>(b);
    }
};

struct ClientConfig
{
    static constexpr qsizetype kMaxBytes = 1024 * 1024; // larger input is refused unread
    static constexpr int kMaxDepth = 16;                // deeper nesting is refused
    static constexpr int kMaxElements = 20000;
    static constexpr int kMaxDomains = 2000;
    static constexpr int kMaxServers = 32;

    QString providerId;  // <emailProvider id="...">
    QStringList domains; // <domain>, lower case, in file order
    QString displayName;
    QString displayShortName;
    QList<OutgoingServerConfig> outgoingServers; // type="smtp" only, in file order: the first is the default
    // type="imap" and type="pop3" only (others, e.g. "exchange", are skipped with a warning), in file
    // order: the first is the provider's preferred one
    QList<IncomingServerConfig> incomingServers;

    struct ParseResult; // below: it holds a ClientConfig

    // Success needs a <clientConfig> root with an <emailProvider> and at least one usable
    // <outgoingServer type="smtp">; incomingServers are optional. A server with a missing or impossible
    // hostname, port or socketType is skipped with a warning.
    [[nodiscard]] static ParseResult parse(QByteArrayView xml);

    // Fills %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% (also the ISPDB's occasional
    // "%EMAILADDRESS" without its closing %) from an address "local@domain".
    [[nodiscard]] static QString expandPlaceholders(const QString &text, const QString &emailAddress);

    // The clientConfig names: "plain"/"STARTTLS"/"SSL" and "password-cleartext" etc. (case-insensitive).
    [[nodiscard]] static bool parseSocketType(const QString &text, OutgoingServerConfig::SocketType *type);
    [[nodiscard]] static bool parseAuth(const QString &text, OutgoingServerConfig::Auth *auth);
    [[nodiscard]] static QString
    socketTypeName(OutgoingServerConfig::SocketType type);                  // "plain", "STARTTLS", "SSL"
    [[nodiscard]] static QString authName(OutgoingServerConfig::Auth auth); // "password-cleartext", ...
    // "imap" / "pop3" (case-insensitive), as in <incomingServer type="...">.
    [[nodiscard]] static bool parseIncomingType(const QString &text, IncomingServerConfig::Type *type);
    [[nodiscard]] static QString incomingTypeName(IncomingServerConfig::Type type); // "imap", "pop3"

    // The hostname rule parse() applies: 1..253 characters, only ASCII letters, digits, '-', '.', '_',
    // '%' (placeholders) and non-ASCII letters (IDN); no spaces, slashes or other punctuation.
    [[nodiscard]] static bool isValidHostname(const QString &hostname);
};

struct ClientConfig::ParseResult
{
    ClientConfig config;
    QString error;        // empty on success; a short technical sentence otherwise
    QStringList warnings; // skipped parts, e.g. "outgoingServer 2: port 70000 is not a port"
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};
