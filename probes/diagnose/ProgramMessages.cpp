// The programs' messages become patterns: their words literal (case-insensitive, any white space between
// them), their placeholders any text. The text that filled the placeholders is kept for the server rules.
#include "diagnose/ProgramMessages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

// Outside any namespace, as Q_INIT_RESOURCE requires: the resources live in a static library, whose
// initialiser the linker would otherwise drop.
static void initProgramResources()
{
    Q_INIT_RESOURCE(programs);
}

namespace ProgramMessages {
namespace {

constexpr int kMaxPlaceholder = 2000; // characters one placeholder may stand for

struct Catalogue
{
    QList<Message> messages;
    QList<OutlookCode> codes;
};

QList<Message> messagesFrom(const QString &program, const QJsonArray &rows)
{
    QList<Message> out;
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        const QJsonObject texts = o.value(QLatin1String("texts")).toObject();
        const QJsonArray unverified = o.value(QLatin1String("unverified")).toArray();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            Message m{program, o.value(QLatin1String("id")).toString(), it.key(), it.value().toString()};
            m.verified = !unverified.contains(QJsonValue(it.key()));
            m.reply = o.value(QLatin1String("reply")).toInt();
            out.append(m);
        }
    }
    return out;
}

QList<OutlookCode> codesFrom(const QJsonArray &rows)
{
    QList<OutlookCode> out;
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        OutlookCode c;
        c.code = o.value(QLatin1String("code"))
                     .toString()
                     .toUpper()
                     .replace(QLatin1String("0X"), QLatin1String("0x"));
        c.name = o.value(QLatin1String("name")).toString();
        for (const QJsonValue &id : o.value(QLatin1String("findings")).toArray())
            c.findings << id.toString();
        c.verified = !o.value(QLatin1String("unverified")).toBool();
        out.append(c);
    }
    return out;
}

const Catalogue &catalogue()
{
    static const Catalogue loaded = [] {
        initProgramResources();
        Catalogue c;
        const QStringList files =
            QDir(QStringLiteral(":/programs")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(QStringLiteral(":/programs/") + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            const QString program = root.value(QLatin1String("program")).toString();
            c.messages += messagesFrom(program, root.value(QLatin1String("messages")).toArray());
            c.codes += codesFrom(root.value(QLatin1String("codes")).toArray());
        }
        return c;
    }();
    return loaded;
}

// The catalogue's text as ErrorExplainer normalises a paste: one kind of quote, dash and space.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (const std::optional<QChar> plain = plainCharacter(c))
            out += plain->isSpace() ? QChar(u' ') : *plain;
    }
    return out.trimmed();
}

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral(R"(%(?:\d+\$)?(?:\.\d+)?[sSdD]|#\d|\{\d\})"));
    return re;
}

// The longest word of the text outside its placeholders: a paste without it cannot hold the message.
QString longestWord(const QString &text)
{
    QString longest;
    const QStringList words = QString(text).replace(placeholder(), QStringLiteral(" ")).split(u' ');
    for (const QString &word : words) {
        if (word.size() > longest.size())
            longest = word;
    }
    return longest;
}

// The capture group of placeholder number n (%n$S, or the n-th %S); 0 when there is none.
int groupOf(const QString &text, int number)
{
    int group = 0;
    QRegularExpressionMatchIterator it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const QString digits = it.next().captured().section(u'$', 0, 0).mid(1);
        ++group;
        if ((digits.toInt() > 0 ? digits.toInt() : group) == number)
            return group;
    }
    return 0;
}

struct Compiled
{
    const Message *message;
    QString word;
    QRegularExpression re;
    int replyGroup; // the capture group of the server's reply; 0: none
};

const std::vector<Compiled> &compiled()
{
    static const std::vector<Compiled> list = [] {
        std::vector<Compiled> out;
        for (const Message &m : catalogue().messages) {
            QRegularExpression re(patternFor(m.text), QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid()) {
                qWarning("ProgramMessages: bad pattern for %s", qPrintable(m.id));
                continue;
            }
            re.optimize();
            out.push_back({&m, longestWord(normalised(m.text)), re, m.reply ? groupOf(m.text, m.reply) : 0});
        }
        return out;
    }();
    return list;
}

struct Span
{
    qsizetype start;
    qsizetype end;
    QStringList filled; // what the placeholders matched
};

} // namespace

std::optional<QChar> plainCharacter(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: // ‘ ’ ‚ ‛ ′
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x201C: // “ ” „ ‟ ″ « »
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return QLatin1Char('"');
    case 0x2010: // hyphens and dashes
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return QLatin1Char('-');
    case 0x200B: // zero-width space, joiners, byte order mark
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return std::nullopt;
    default:
        return c;
    }
}

const QList<Message> &all()
{
    return catalogue().messages;
}

const QList<OutlookCode> &outlookCodes()
{
    return catalogue().codes;
}

QString patternFor(const QString &text)
{
    const QString t = normalised(text);
    QString pattern;
    qsizetype pos = 0;
    auto literal = [&pattern](QStringView part) {
        bool space = false;
        for (const QChar c : part) {
            if (c == u' ') {
                space = true;
                continue;
            }
            if (space)
                pattern += QLatin1String(R"(\s*)");
            space = false;
            pattern += QRegularExpression::escape(QString(c));
        }
        if (space)
            pattern += QLatin1String(R"(\s*)");
    };
    QRegularExpressionMatchIterator it = placeholder().globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        literal(QStringView(t).mid(pos, m.capturedStart() - pos));
        pos = m.capturedEnd();
        const bool last =
            !QStringView(t).mid(pos).contains(placeholder()) &&
            std::none_of(t.begin() + pos, t.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (last) { // a placeholder at the end takes everything up to the end of its text
            pattern += QStringLiteral("(.{0,%1})").arg(kMaxPlaceholder);
            return pattern;
        }
        pattern += QStringLiteral("(.{0,%1}?)").arg(kMaxPlaceholder);
    }
    literal(QStringView(t).mid(pos));
    return pattern;
}

Search find(const QString &flatPaste)
{
    Search search;
    std::vector<Span> spans;
    for (const Compiled &c : compiled()) {
        const bool known = std::any_of(search.found.cbegin(), search.found.cend(), [&c](const Found &f) {
            return f.program == c.message->program && f.id == c.message->id;
        });
        if (known || !flatPaste.contains(c.word, Qt::CaseInsensitive))
            continue;
        const QRegularExpressionMatch m = c.re.match(flatPaste);
        if (!m.hasMatch())
            continue;
        const bool overlaps = std::any_of(spans.cbegin(), spans.cend(), [&m](const Span &s) {
            return m.capturedStart() < s.end && s.start < m.capturedEnd();
        });
        if (overlaps)
            continue;
        Span span{m.capturedStart(), m.capturedEnd(), {}};
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            span.filled << m.captured(i).trimmed();
        spans.push_back(span);
        const QString reply = c.replyGroup ? m.captured(c.replyGroup).trimmed() : QString();
        search.found.append({c.message->program, c.message->id, c.message->language, reply});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    qsizetype pos = 0;
    for (const Span &s : spans) {
        search.rest +=
            flatPaste.mid(pos, s.start - pos) + QLatin1Char(' ') + s.filled.join(u' ') + QLatin1Char(' ');
        pos = s.end;
    }
    search.rest = (search.rest + flatPaste.mid(pos)).simplified();
    return search;
}

const OutlookCode *findOutlookCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral(R"(\b0x(800ccc[0-9a-f]{2}|8004210[0-9a-f])\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = code.globalMatch(text);
    while (it.hasNext()) {
        const QString found = QStringLiteral("0x") + it.next().captured(1).toUpper();
        for (const OutlookCode &c : outlookCodes()) {
            if (c.code == found)
                return &c;
        }
    }
    return nullptr;
}

} // namespace ProgramMessages
