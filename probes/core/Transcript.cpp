#include "core/Transcript.h"

#include <QStringList>

QString Transcript::redact(QByteArrayView line)
{
    const QString text = QString::fromUtf8(line.data(), line.size()).trimmed();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto is = [&words](qsizetype i, QLatin1String verb) {
        return words.size() > i && words.at(i).compare(verb, Qt::CaseInsensitive) == 0;
    };
    // Keeps the first `kept` words, then the marker when anything followed them.
    const auto keep = [&words](qsizetype kept) {
        const QString head = QStringList(words.mid(0, kept)).join(QLatin1Char(' '));
        return words.size() > kept ? head + QLatin1Char(' ') + kRedacted : head;
    };
    // SMTP (RFC 4954) and POP3 (RFC 5034): "AUTH mechanism [initial-response]": the verb and the mechanism
    if (words.size() >= 2 && is(0, QLatin1String("AUTH")))
        return keep(2);
    // IMAP (RFC 9051 6.2.2, RFC 4959): "tag AUTHENTICATE mechanism [initial-response]"
    if (words.size() >= 3 && is(1, QLatin1String("AUTHENTICATE")))
        return keep(3);
    // IMAP (RFC 9051 6.2.3): "tag LOGIN user password": the tag and the verb
    if (words.size() >= 2 && is(1, QLatin1String("LOGIN")))
        return keep(2);
    // POP3 (RFC 1939 7): "PASS password"
    if (is(0, QLatin1String("PASS")))
        return keep(1);
    return kRedacted;
}

void Transcript::addClient(qint64 msecs, QByteArrayView line, Content content)
{
    QString text =
        content == Content::Credentials ? redact(line) : QString::fromUtf8(line.data(), line.size());
    append({Direction::Client, msecs, text});
}

void Transcript::addServer(qint64 msecs, const QString &line)
{
    // a broken or hostile server may send control bytes: show them, do not pass them on
    QString text = line;
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            c = QChar::ReplacementCharacter;
    }
    append({Direction::Server, msecs, text});
}

void Transcript::addNote(qint64 msecs, const QString &note)
{
    append({Direction::Note, msecs, note});
}

void Transcript::append(Line line)
{
    if (m_lines.size() >= kMaxLines) {
        if (!m_truncated) {
            m_truncated = true;
            m_lines.append({Direction::Note, line.msecs, QStringLiteral("(transcript truncated)")});
        }
        return;
    }
    if (line.text.size() > kMaxLineLength) {
        const qsizetype total = line.text.size();
        line.text.truncate(kMaxLineLength);
        line.text += QStringLiteral("... (%1 characters)").arg(total);
    }
    m_lines.append(std::move(line));
}

QString Transcript::toText() const
{
    QString out;
    for (const Line &line : m_lines) {
        const char *prefix = line.direction == Direction::Client   ? "C: "
                             : line.direction == Direction::Server ? "S: "
                                                                   : "*  ";
        out += QStringLiteral("%1 ").arg(line.msecs / 1000.0, 7, 'f', 3) + QLatin1String(prefix) + line.text +
               QLatin1Char('\n');
    }
    return out;
}
