#include "clients/MailClients.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSettings>
#include <QStringDecoder>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

// ---------------------------------------------------------------------------------------------------------
// prefs.js parser
//
// The grammar Mozilla's own parser (modules/libpref/parser) accepts, reduced to what MailFix needs:
//   statement := ("user_pref" | "pref" | "sticky_pref") "(" string "," value ("," attribute)* ")" ";"
//   value     := string | integer | "true" | "false"
//   string    := '"' ... '"' | "'" ... "'"  with \" \' \\ \/ \n \r \t \b \f \xHH \uXXXX escapes
//   comments  := "//" ... end of line | "#" ... end of line | "/*" ... "*/"
// Whitespace and comments may appear between any two tokens. A statement that does not fit is skipped up to
// the end of the line of its last good token (or of the broken string or number), so a broken line never
// takes the next one with it. Every byte is looked at a bounded number of times: the parser is linear in the
// input, and there is no recursion. Strings end at the end of their line (Mozilla writes newlines as \n), so
// one broken string spoils only its own line.
class PrefsParser
{
public:
    explicit PrefsParser(QByteArrayView text) : m_text(text) {}

    QList<QPair<QString, QVariant>> parse()
    {
        QList<QPair<QString, QVariant>> result;
        if (m_text.startsWith(QByteArrayView("\xEF\xBB\xBF")))
            m_pos = 3; // UTF-8 byte order mark
        for (;;) {
            skipSpaceAndComments();
            if (atEnd() || result.size() >= MailClients::kMaxPrefs)
                break;
            const qsizetype start = m_pos;
            m_resume = start;
            QString name;
            QVariant value;
            if (parseStatement(&name, &value)) {
                result.append({name, value});
            } else {
                m_pos = m_resume;
                skipPastLineEnd();
                if (m_pos <= start)
                    m_pos = start + 1; // always move on
            }
        }
        return result;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : '\0';
    }
    static bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }
    static bool isIdentChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    void skipPastLineEnd()
    {
        const qsizetype newline = m_text.indexOf('\n', m_pos);
        m_pos = newline < 0 ? m_text.size() : newline + 1;
    }

    void skipSpaceAndComments()
    {
        while (!atEnd()) {
            const char c = peek();
            if (isSpace(c)) {
                ++m_pos;
            } else if (c == '#' || (c == '/' && peek(1) == '/')) {
                skipPastLineEnd();
            } else if (c == '/' && peek(1) == '*') {
                const qsizetype end = m_text.indexOf(QByteArrayView("*/"), m_pos + 2);
                m_pos = end < 0 ? m_text.size() : end + 2;
            } else {
                return;
            }
        }
    }

    bool expect(char c)
    {
        skipSpaceAndComments();
        if (peek() != c || atEnd())
            return false;
        ++m_pos;
        m_resume = m_pos;
        return true;
    }

    QByteArrayView identifier()
    {
        skipSpaceAndComments();
        const qsizetype start = m_pos;
        while (!atEnd() && isIdentChar(peek()))
            ++m_pos;
        if (m_pos > start)
            m_resume = m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    bool parseStatement(QString *name, QVariant *value)
    {
        const QByteArrayView function = identifier();
        if (function != QByteArrayView("user_pref") && function != QByteArrayView("pref") &&
            function != QByteArrayView("sticky_pref"))
            return false;
        if (!expect('('))
            return false;
        skipSpaceAndComments();
        if (!parseString(name) || !expect(',') || !parseValue(value))
            return false;
        // pref("name", value, locked, sticky): attributes of the default-prefs format, ignored here
        skipSpaceAndComments();
        while (peek() == ',' && !atEnd()) {
            ++m_pos;
            m_resume = m_pos;
            const QByteArrayView attribute = identifier();
            if (attribute != QByteArrayView("locked") && attribute != QByteArrayView("sticky"))
                return false;
            skipSpaceAndComments();
        }
        return expect(')') && expect(';');
    }

    bool parseValue(QVariant *value)
    {
        skipSpaceAndComments();
        const char c = peek();
        if (atEnd())
            return false;
        if (c == '"' || c == '\'') {
            QString text;
            if (!parseString(&text))
                return false;
            *value = text;
            return true;
        }
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
            qint64 number = 0;
            if (!parseInteger(&number))
                return false;
            *value = number;
            return true;
        }
        const QByteArrayView word = identifier();
        if (word == QByteArrayView("true") || word == QByteArrayView("false")) {
            *value = word == QByteArrayView("true");
            return true;
        }
        return false;
    }

    bool parseInteger(qint64 *out)
    {
        const bool ok = parseIntegerAt(out);
        m_resume = m_pos; // a broken number never reaches past its line
        return ok;
    }

    bool parseIntegerAt(qint64 *out)
    {
        bool negative = false;
        if (peek() == '-' || peek() == '+') {
            negative = peek() == '-';
            ++m_pos;
        }
        // The magnitude of the most negative qint64 is one more than the largest positive one.
        const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                       : quint64(std::numeric_limits<qint64>::max());
        quint64 magnitude = 0;
        qsizetype digits = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            const auto digit = quint64(peek() - '0');
            if (magnitude > (limit - digit) / 10)
                return false; // out of range
            magnitude = magnitude * 10 + digit;
            ++m_pos;
            ++digits;
        }
        if (digits == 0 || isIdentChar(peek()) || peek() == '.')
            return false; // "-", "12abc", "1.5"
        if (negative)
            *out = magnitude == limit ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
        else
            *out = qint64(magnitude);
        return true;
    }

    // At a quote: reads the string and its escapes. Raw bytes are UTF-8.
    bool parseString(QString *out)
    {
        const char quote = peek();
        if (atEnd() || (quote != '"' && quote != '\''))
            return false;
        const bool ok = parseStringAt(quote, out);
        m_resume = m_pos; // a broken string never reaches past its line: newlines are not consumed
        return ok;
    }

    bool parseStringAt(char quote, QString *out)
    {
        ++m_pos;
        QString result;
        char16_t pendingHigh = 0; // a \uD800-\uDBFF waiting for its low half
        auto flushHigh = [&]() {
            if (pendingHigh != 0) {
                result.append(QChar(QChar::ReplacementCharacter));
                pendingHigh = 0;
            }
        };
        for (;;) {
            const qsizetype runStart = m_pos;
            while (!atEnd()) {
                const char c = peek();
                if (c == quote || c == '\\' || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            if (m_pos > runStart) {
                flushHigh();
                // not QString::fromUtf8, which drops a U+FEFF at the start of each run (after an escape)
                QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
                result.append(utf8.decode(m_text.sliced(runStart, m_pos - runStart)));
            }
            if (atEnd())
                return false; // unterminated
            const char c = peek();
            if (c == '\n' || c == '\r')
                return false; // strings do not span lines
            ++m_pos;
            if (c == quote) {
                flushHigh();
                *out = result;
                return true;
            }
            // a backslash
            const char escape = peek();
            if (atEnd() || escape == '\n' || escape == '\r')
                return false;
            ++m_pos;
            if (escape == 'u') {
                int unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(peek());
                    if (h < 0 || atEnd())
                        return false;
                    unit = unit * 16 + h;
                    ++m_pos;
                }
                if (unit == 0)
                    return false; // Mozilla refuses NUL in strings
                const auto u = char16_t(unit);
                if (QChar::isHighSurrogate(u)) {
                    flushHigh();
                    pendingHigh = u;
                } else if (QChar::isLowSurrogate(u)) {
                    if (pendingHigh != 0) {
                        result.append(QChar(pendingHigh));
                        result.append(QChar(u));
                        pendingHigh = 0;
                    } else {
                        result.append(QChar(QChar::ReplacementCharacter));
                    }
                } else {
                    flushHigh();
                    result.append(QChar(u));
                }
                continue;
            }
            flushHigh();
            switch (escape) {
            case '"':
            case '\'':
            case '\\':
            case '/':
                result.append(QLatin1Char(escape));
                break;
            case 'n':
                result.append(QLatin1Char('\n'));
                break;
            case 'r':
                result.append(QLatin1Char('\r'));
                break;
            case 't':
                result.append(QLatin1Char('\t'));
                break;
            case 'b':
                result.append(QLatin1Char('\b'));
                break;
            case 'f':
                result.append(QLatin1Char('\f'));
                break;
            case 'x': {
                const int high = hexValue(peek());
                const int low = hexValue(peek(1));
                if (high < 0 || low < 0 || m_pos + 1 >= m_text.size())
                    return false;
                m_pos += 2;
                const int code = high * 16 + low;
                if (code == 0)
                    return false;
                result.append(QChar(char16_t(code))); // \xHH is a code point (Latin-1), as in Mozilla
                break;
            }
            default:
                return false; // unknown escape
            }
        }
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_resume = 0; // where a broken statement's line is: the end of its last token
};

// ---------------------------------------------------------------------------------------------------------
// prefs lookup

class Prefs
{
public:
    explicit Prefs(const QList<QPair<QString, QVariant>> &prefs)
    {
        m_values.reserve(prefs.size());
        for (const auto &pref : prefs)
            m_values.insert(pref.first, pref.second); // a later line wins, as in Thunderbird
    }

    [[nodiscard]] bool contains(const QString &name) const { return m_values.contains(name); }

    // Strings as they are, numbers as decimal text; bools and missing prefs give an empty string.
    [[nodiscard]] QString string(const QString &name) const
    {
        const auto it = m_values.constFind(name);
        if (it == m_values.cend())
            return {};
        if (it->typeId() == QMetaType::QString)
            return it->toString();
        if (it->typeId() == QMetaType::LongLong)
            return QString::number(it->toLongLong());
        return {};
    }

    // Integers, or strings that hold one (tolerance for hand-edited files).
    [[nodiscard]] std::optional<qint64> integer(const QString &name) const
    {
        const auto it = m_values.constFind(name);
        if (it == m_values.cend())
            return std::nullopt;
        if (it->typeId() == QMetaType::LongLong)
            return it->toLongLong();
        if (it->typeId() == QMetaType::QString) {
            bool ok = false;
            const qint64 value = it->toString().trimmed().toLongLong(&ok);
            if (ok)
                return value;
        }
        return std::nullopt;
    }

    // A comma-separated list, trimmed, without empty or repeated entries.
    [[nodiscard]] QStringList list(const QString &name) const
    {
        QStringList result;
        QSet<QString> seen; // not result.contains(): quadratic in a long list
        const QStringList parts = string(name).split(QLatin1Char(','));
        for (const QString &part : parts) {
            const QString item = part.trimmed();
            if (!item.isEmpty() && !seen.contains(item)) {
                seen.insert(item);
                result.append(item);
            }
        }
        return result;
    }

private:
    QHash<QString, QVariant> m_values;
};

const QString kServerPrefix = QStringLiteral("mail.smtpserver.");
const QString kIdentityPrefix = QStringLiteral("mail.identity.");
const QString kDefaultKey = QStringLiteral("default"); // mail.smtpserver.default.*: defaults, not a server

QString serverPref(const QString &key, const char *attribute)
{
    return kServerPrefix + key + QLatin1Char('.') + QLatin1String(attribute);
}

// A server's integer attribute: its own pref, else mail.smtpserver.default.<attribute>, else Thunderbird's
// built-in default (mailnews.js: authMethod 3, try_ssl 0).
int serverInteger(const Prefs &prefs, const QString &key, const char *attribute, int builtIn)
{
    std::optional<qint64> value = prefs.integer(serverPref(key, attribute));
    if (!value)
        value = prefs.integer(serverPref(kDefaultKey, attribute));
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        return builtIn;
    return int(*value);
}

// "mail.identity.<id>.useremail" → "<id>" (same for servers); empty when the name does not fit.
QString middleKey(const QString &name, const QString &prefix, QLatin1String suffix)
{
    if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.size() <= prefix.size() + suffix.size())
        return {};
    return name.mid(prefix.size(), name.size() - prefix.size() - suffix.size());
}

// ---------------------------------------------------------------------------------------------------------
// profiles.ini

struct IniSection
{
    QString name;
    QList<QPair<QString, QString>> entries;

    [[nodiscard]] QString value(QLatin1String key) const
    {
        for (const auto &entry : entries) {
            if (entry.first.compare(key, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return {};
    }
    [[nodiscard]] bool has(QLatin1String key) const
    {
        return std::any_of(entries.cbegin(), entries.cend(), [key](const QPair<QString, QString> &entry) {
            return entry.first.compare(key, Qt::CaseInsensitive) == 0;
        });
    }
};

// A small INI reader: [section], key=value, ';' and '#' comments. Keys keep their spelling (QSettings would
// treat '/' and '\' in keys and values specially). Lines outside any section are ignored.
QList<IniSection> parseIni(const QByteArray &data)
{
    QList<IniSection> sections;
    const QString text = QString::fromUtf8(data);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            if (close > 1)
                sections.append({line.mid(1, close - 1).trimmed(), {}});
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0 || sections.isEmpty())
            continue;
        sections.last().entries.append({line.left(equals).trimmed(), line.mid(equals + 1).trimmed()});
    }
    return sections;
}

constexpr qint64 kMaxProfilesIniBytes = 1024 * 1024;

QString resolveProfilePath(const QString &root, const QString &stored, bool relative)
{
    const QString path = QDir::fromNativeSeparators(stored);
    if (relative)
        return QDir::cleanPath(QDir(root).filePath(path));
    return QDir::cleanPath(path);
}

bool isExistingDir(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isDir();
}

// Existing folders only, each once (by canonical path: symlinked duplicates count once).
void appendExistingDirs(const QStringList &candidates, QStringList *out)
{
    QSet<QString> seen;
    for (const QString &path : std::as_const(*out))
        seen.insert(QFileInfo(path).canonicalFilePath());
    for (const QString &path : candidates) {
        if (path.isEmpty() || !isExistingDir(path))
            continue;
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (seen.contains(canonical))
            continue;
        seen.insert(canonical);
        out->append(path);
    }
}

#ifdef Q_OS_WIN
bool isOfficeVersion(const QString &name)
{
    // "16.0", "15.0", ...: the version keys under Software\Microsoft\Office (beside "Common", "ClickToRun",
    // ...)
    if (!name.contains(QLatin1Char('.')))
        return false;
    return std::all_of(name.cbegin(), name.cend(),
                       [](QChar c) { return c.isDigit() || c == QLatin1Char('.'); });
}

QString outlookRegistryEvidence()
{
    const QString office = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Office");
    QSettings officeKey(office, QSettings::NativeFormat);
    const QStringList versions = officeKey.childGroups();
    for (const QString &version : versions) {
        if (!isOfficeVersion(version))
            continue;
        officeKey.beginGroup(version);
        const bool hasOutlook =
            officeKey.childGroups().contains(QStringLiteral("Outlook"), Qt::CaseInsensitive);
        officeKey.endGroup();
        if (hasOutlook)
            return office + QLatin1Char('\\') + version + QStringLiteral("\\Outlook");
    }
    const QString clients = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Clients\\Mail");
    QSettings clientsKey(clients, QSettings::NativeFormat);
    if (clientsKey.childGroups().contains(QStringLiteral("Microsoft Outlook"), Qt::CaseInsensitive))
        return clients + QStringLiteral("\\Microsoft Outlook");
    return {};
}
#endif

} // namespace

// -------------------------------------------------------------------------------------------------------------

QList<QPair<QString, QVariant>> MailClients::parsePrefs(QByteArrayView text)
{
    if (text.size() > kMaxPrefsBytes)
        text = text.first(kMaxPrefsBytes);
    return PrefsParser(text).parse();
}

MailClients::ThunderbirdProfile MailClients::profileFromPrefs(const QList<QPair<QString, QVariant>> &list)
{
    const Prefs prefs(list);
    ThunderbirdProfile profile;

    // The servers: mail.smtpservers in its order, then any other server with a host name, in file order.
    QStringList keys;
    const QStringList listed = prefs.list(QStringLiteral("mail.smtpservers"));
    for (const QString &key : listed) {
        if (key != kDefaultKey)
            keys.append(key);
    }
    QSet<QString> keySet(keys.cbegin(), keys.cend()); // lookups in a set: a hostile file may list many
    for (const auto &pref : list) {
        const QString key = middleKey(pref.first, kServerPrefix, QLatin1String(".hostname"));
        if (key.isEmpty() || key == kDefaultKey || keySet.contains(key))
            continue;
        if (!prefs.string(pref.first).trimmed().isEmpty()) {
            keys.append(key);
            keySet.insert(key);
        }
    }

    for (const QString &key : std::as_const(keys)) {
        ThunderbirdSmtpServer server;
        server.key = key;
        server.hostname = prefs.string(serverPref(key, "hostname")).trimmed();
        const std::optional<qint64> port = prefs.integer(serverPref(key, "port"));
        server.port = port && *port > 0 && *port <= 65535 ? quint16(*port) : 0;
        server.socketType = serverInteger(prefs, key, "try_ssl", 0);
        server.authMethod = serverInteger(prefs, key, "authMethod", 3);
        server.username = prefs.string(serverPref(key, "username"));
        server.description = prefs.string(serverPref(key, "description"));
        profile.smtpServers.append(server);
    }

    // The default server; Thunderbird uses the first server when the pref is missing or names none.
    const QString defaultKey = prefs.string(QStringLiteral("mail.smtp.defaultserver")).trimmed();
    if (keySet.contains(defaultKey))
        profile.defaultServerKey = defaultKey;
    else if (!keys.isEmpty())
        profile.defaultServerKey = keys.first();

    // The identities: those of the accounts in mail.accountmanager.accounts when that pref is there
    // (leftovers of deleted accounts do not count), else every identity with an address, in file order.
    QStringList identityIds;
    QSet<QString> seenIds;
    if (prefs.contains(QStringLiteral("mail.accountmanager.accounts"))) {
        const QStringList accounts = prefs.list(QStringLiteral("mail.accountmanager.accounts"));
        for (const QString &account : accounts) {
            const QStringList ids =
                prefs.list(QStringLiteral("mail.account.") + account + QStringLiteral(".identities"));
            for (const QString &id : ids) {
                if (!seenIds.contains(id)) {
                    seenIds.insert(id);
                    identityIds.append(id);
                }
            }
        }
    } else {
        for (const auto &pref : list) {
            const QString id = middleKey(pref.first, kIdentityPrefix, QLatin1String(".useremail"));
            if (!id.isEmpty() && !seenIds.contains(id)) {
                seenIds.insert(id);
                identityIds.append(id);
            }
        }
    }
    QHash<QString, qsizetype> keyIndex;
    for (qsizetype i = 0; i < keys.size(); ++i)
        keyIndex.insert(keys.at(i), i);
    for (const QString &id : std::as_const(identityIds)) {
        const QString prefix = kIdentityPrefix + id + QLatin1Char('.');
        const QString email = prefs.string(prefix + QStringLiteral("useremail")).trimmed();
        if (email.isEmpty())
            continue;
        QString serverKey = prefs.string(prefix + QStringLiteral("smtpServer")).trimmed();
        if (!keySet.contains(serverKey))
            serverKey =
                profile.defaultServerKey; // none set, or a deleted server: Thunderbird uses the default
        const qsizetype index = keyIndex.value(serverKey, -1);
        if (index < 0)
            continue; // no servers at all
        profile.identities.append({id, email, serverKey});
        QStringList &identities = profile.smtpServers[index].identities;
        if (!identities.contains(email, Qt::CaseInsensitive))
            identities.append(email);
    }
    return profile;
}

MailSettings MailClients::ThunderbirdSmtpServer::toMailSettings() const
{
    MailSettings settings;
    settings.host = hostname.trimmed();
    // nsMsgSocketType: 0 plain, 1 trySTARTTLS (STARTTLS when offered; Thunderbird now migrates it to 2),
    // 2 alwaysSTARTTLS, 3 SSL/TLS. trySTARTTLS is exactly MailFix's StartTls ("plain first, then STARTTLS
    // when the server offers it"), so 1 maps there rather than to None.
    switch (socketType) {
    case 3:
        settings.security = SecurityMode::ImplicitTls;
        break;
    case 1:
    case 2:
        settings.security = SecurityMode::StartTls;
        break;
    default:
        settings.security = SecurityMode::None;
        break;
    }
    settings.port = port != 0 ? port : (settings.security == SecurityMode::ImplicitTls ? 465 : 25);
    // nsMsgAuthMethod: 1 none, 2 old (cleartext), 3 passwordCleartext, 4 passwordEncrypted (CRAM-MD5),
    // 5 GSSAPI, 6 NTLM, 7 External (TLS client certificate), 8 secure (any non-cleartext method),
    // 9 anything, 10 OAuth2. MailSettings knows four kinds; the diagnosis reads EncryptedPassword as
    // "CRAM-MD5", so only 4 and 8 map there. GSSAPI, NTLM and External map to NormalPassword: they do sign
    // in, and NormalPassword is the choice that makes the diagnosis claim the least about them (it would
    // otherwise report a mismatch whenever the server lacks CRAM-MD5). 0 and unknown values are
    // Thunderbird's default, 3.
    switch (authMethod) {
    case 1:
        settings.auth = MailSettings::Auth::None;
        break;
    case 4:
    case 8:
        settings.auth = MailSettings::Auth::EncryptedPassword;
        break;
    case 10:
        settings.auth = MailSettings::Auth::OAuth2;
        break;
    default:
        settings.auth = MailSettings::Auth::NormalPassword;
        break;
    }
    settings.username = username;
    return settings;
}

QStringList MailClients::thunderbirdRoots()
{
    QStringList candidates;
    const QString home = QDir::homePath();
#if defined(Q_OS_WIN)
    const QString appData = qEnvironmentVariable("APPDATA");
    if (!appData.isEmpty())
        candidates.append(QDir::fromNativeSeparators(appData) + QStringLiteral("/Thunderbird"));
    else if (!home.isEmpty())
        candidates.append(home + QStringLiteral("/AppData/Roaming/Thunderbird"));
#elif defined(Q_OS_MACOS)
    if (!home.isEmpty())
        candidates.append(home + QStringLiteral("/Library/Thunderbird"));
#else
    if (!home.isEmpty()) {
        candidates.append(home + QStringLiteral("/.thunderbird"));
        candidates.append(home + QStringLiteral("/.mozilla-thunderbird"));
        candidates.append(home + QStringLiteral("/snap/thunderbird/common/.thunderbird"));
        candidates.append(home + QStringLiteral("/.var/app/org.mozilla.Thunderbird/.thunderbird"));
    }
#endif
    QStringList roots;
    appendExistingDirs(candidates, &roots);
    return roots;
}

QStringList MailClients::thunderbirdProfiles(const QString &root)
{
    QFile file(QDir(root).filePath(QStringLiteral("profiles.ini")));
    if (root.isEmpty() || file.size() > kMaxProfilesIniBytes || !file.open(QIODevice::ReadOnly))
        return {};
    const QList<IniSection> sections = parseIni(file.read(kMaxProfilesIniBytes));

    QStringList
        installDefaults; // [Install<hash>] Default=: the default of each installation (Thunderbird 68+)
    QStringList markedDefaults; // [ProfileN] Default=1: the older way
    QStringList others;
    for (const IniSection &section : sections) {
        if (section.name.startsWith(QLatin1String("Install"), Qt::CaseInsensitive)) {
            const QString stored = section.value(QLatin1String("Default"));
            if (!stored.isEmpty())
                installDefaults.append(resolveProfilePath(root, stored, !QDir::isAbsolutePath(stored)));
        } else if (section.name.startsWith(QLatin1String("Profile"), Qt::CaseInsensitive)) {
            const QString stored = section.value(QLatin1String("Path"));
            if (stored.isEmpty())
                continue;
            // IsRelative is always written; when missing, a path that is not absolute is taken as relative.
            const bool relative = section.has(QLatin1String("IsRelative"))
                                      ? section.value(QLatin1String("IsRelative")) == QLatin1String("1")
                                      : !QDir::isAbsolutePath(QDir::fromNativeSeparators(stored));
            const QString path = resolveProfilePath(root, stored, relative);
            if (section.value(QLatin1String("Default")) == QLatin1String("1"))
                markedDefaults.append(path);
            else
                others.append(path);
        }
    }
    QStringList profiles;
    appendExistingDirs(installDefaults, &profiles);
    appendExistingDirs(markedDefaults, &profiles);
    appendExistingDirs(others, &profiles);
    return profiles;
}

MailClients::ThunderbirdProfile MailClients::readThunderbirdProfile(const QString &profilePath)
{
    ThunderbirdProfile failed;
    failed.path = profilePath;
    const QString prefsPath = QDir(profilePath).filePath(QStringLiteral("prefs.js"));
    const QString shown = QDir::toNativeSeparators(prefsPath);
    const QFileInfo info(prefsPath);
    if (profilePath.isEmpty() || !info.exists() || !info.isFile()) {
        failed.error = tr("Thunderbird's settings file %1 was not found.").arg(shown);
        return failed;
    }
    if (info.size() > kMaxPrefsBytes) {
        failed.error = tr("Thunderbird's settings file %1 is too large to read.").arg(shown);
        return failed;
    }
    QFile file(prefsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error =
            tr("Thunderbird's settings file %1 could not be read: %2").arg(shown, file.errorString());
        return failed;
    }
    const QByteArray data = file.read(kMaxPrefsBytes + 1); // the file may have grown since the size check
    if (file.error() != QFileDevice::NoError) {
        failed.error =
            tr("Thunderbird's settings file %1 could not be read: %2").arg(shown, file.errorString());
        return failed;
    }
    if (data.size() > kMaxPrefsBytes) {
        failed.error = tr("Thunderbird's settings file %1 is too large to read.").arg(shown);
        return failed;
    }
    ThunderbirdProfile profile = profileFromPrefs(parsePrefs(data));
    profile.path = profilePath;
    return profile;
}

QList<MailClients::Installed> MailClients::detectInstalled()
{
    QList<Installed> found;
#ifdef Q_OS_WIN
    const QString outlook = outlookRegistryEvidence();
    if (!outlook.isEmpty())
        found.append({Program::Outlook, outlook});
#endif
    const QStringList roots = thunderbirdRoots();
    for (const QString &root : roots) {
        const QStringList profiles = thunderbirdProfiles(root);
        if (!profiles.isEmpty()) {
            found.append({Program::Thunderbird, profiles.first()});
            break;
        }
    }
#ifdef Q_OS_MACOS
    for (const char *app : {"/System/Applications/Mail.app", "/Applications/Mail.app"}) {
        const QString path = QString::fromLatin1(app);
        if (isExistingDir(path)) {
            found.append({Program::AppleMail, path});
            break;
        }
    }
#endif
    return found;
}

const QList<MailClients::ProgramInfo> &MailClients::programs()
{
    static const QList<ProgramInfo> table{
        {Program::Outlook,
         QStringLiteral("outlook"),
         {QStringLiteral("microsoft-outlook"), QStringLiteral("ms-outlook")},
         QT_TRANSLATE_NOOP("MailClients", "Outlook")},
        {Program::Thunderbird,
         QStringLiteral("thunderbird"),
         {QStringLiteral("mozilla-thunderbird")},
         QT_TRANSLATE_NOOP("MailClients", "Thunderbird")},
        {Program::AppleMail,
         QStringLiteral("apple-mail"),
         {QStringLiteral("applemail"), QStringLiteral("mail.app"), QStringLiteral("macos-mail")},
         QT_TRANSLATE_NOOP("MailClients", "Apple Mail")},
        {Program::Other, QStringLiteral("other"), {}, QT_TRANSLATE_NOOP("MailClients", "Other mail program")},
    };
    return table;
}

const MailClients::ProgramInfo &MailClients::info(Program program)
{
    for (const ProgramInfo &row : programs()) {
        if (row.program == program)
            return row;
    }
    return programs().constLast(); // Other
}

std::optional<MailClients::Program> MailClients::parseProgram(const QString &text)
{
    // "Apple Mail", "apple_mail" and "apple-mail" are the same spelling.
    auto normal = [](const QString &t) {
        QString out = t.trimmed().toLower();
        out.replace(QLatin1Char(' '), QLatin1Char('-')).replace(QLatin1Char('_'), QLatin1Char('-'));
        return out;
    };
    const QString wanted = normal(text);
    for (const ProgramInfo &row : programs()) {
        if (wanted == row.id || row.spellings.contains(wanted))
            return row.program;
    }
    return std::nullopt;
}

QString MailClients::programIdList()
{
    QStringList ids;
    for (const ProgramInfo &row : programs())
        ids << row.id;
    const QString last = ids.takeLast();
    return tr("%1 or %2").arg(ids.join(QLatin1String(", ")), last);
}

QString MailClients::programName(Program program)
{
    return info(program).id;
}

QString MailClients::displayName(Program program)
{
    return tr(info(program).name);
}
