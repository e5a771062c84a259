// IMAP response lines (RFC 9051 7, RFC 3501 7) and the bounded stream splitter.
#include "imap/ImapResponse.h"

namespace {

// Lossy UTF-8; NUL bytes become U+FFFD so that the text is safe to show and log.
QString decode(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return text;
}

// RFC 9051 tag: ASTRING-CHAR except "+": no controls, spaces or ( ) { % * " \.
bool isTagChar(char c)
{
    return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"' &&
           c != '\\' && c != '+';
}

IncomingReply::Status statusOf(const QString &word)
{
    const QString upper = word.toUpper();
    if (upper == QLatin1String("OK"))
        return IncomingReply::Status::Ok;
    if (upper == QLatin1String("NO"))
        return IncomingReply::Status::No;
    if (upper == QLatin1String("BAD"))
        return IncomingReply::Status::Bad;
    if (upper == QLatin1String("BYE"))
        return IncomingReply::Status::Bye;
    if (upper == QLatin1String("PREAUTH"))
        return IncomingReply::Status::PreAuth;
    return IncomingReply::Status::None;
}

// Splits "WORD rest" at the first space.
void splitWord(const QString &text, QString *word, QString *rest)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    *word = space < 0 ? text : text.left(space);
    *rest = space < 0 ? QString() : text.mid(space + 1);
}

// resp-text (RFC 9051 9): an optional "[code arguments]" then the text.
void parseRespText(const QString &text, ImapResponseLine *line)
{
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 1) {
            QString name;
            splitWord(text.mid(1, close - 1), &name, &line->codeArguments);
            line->code = name.toUpper();
            line->text = text.mid(close + 1).trimmed();
            return;
        }
    }
    line->text = text;
}

// The length of a literal the line announces at its end ("{12}" or "{12+}"), or -1.
qsizetype announcedLiteral(QByteArrayView line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    qsizetype value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ImapResponseLine ImapResponseParser::parseLine(QByteArrayView bytes)
{
    ImapResponseLine line;
    while (bytes.endsWith('\r') || bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return line;
    if (bytes == "+" || bytes.startsWith("+ ")) {
        line.kind = ImapResponseLine::Kind::Continuation;
        line.text = decode(bytes.sliced(std::min<qsizetype>(2, bytes.size())));
        return line;
    }
    QString word;
    QString rest;
    if (bytes.startsWith("* ")) {
        splitWord(decode(bytes.sliced(2)), &word, &rest);
        if (word.isEmpty())
            return line;
        line.kind = ImapResponseLine::Kind::Untagged;
        line.status = statusOf(word);
        if (line.status != IncomingReply::Status::None) {
            parseRespText(rest, &line);
            return line;
        }
        bool isNumber = false;
        word.toULongLong(&isNumber);
        if (isNumber) // "* 23 EXISTS" (RFC 9051 7.4)
            splitWord(rest, &word, &rest);
        line.name = word.toUpper();
        line.text = rest;
        return line;
    }
    const qsizetype space = bytes.indexOf(' ');
    if (space <= 0)
        return line;
    for (const char c : bytes.first(space)) {
        if (!isTagChar(c))
            return line;
    }
    splitWord(decode(bytes.sliced(space + 1)), &word, &rest);
    const IncomingReply::Status status = statusOf(word);
    if (status != IncomingReply::Status::Ok && status != IncomingReply::Status::No &&
        status != IncomingReply::Status::Bad)
        return line;
    line.kind = ImapResponseLine::Kind::Tagged;
    line.tag = QString::fromLatin1(bytes.first(space));
    line.status = status;
    parseRespText(rest, &line);
    return line;
}

IncomingCapabilities ImapResponseParser::capabilities(const QString &list)
{
    IncomingCapabilities caps;
    caps.known = true;
    for (const QString &keyword : list.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        caps.keywords << keyword;
        const QString upper = keyword.toUpper();
        if (upper.startsWith(QLatin1String("AUTH=")) && upper.size() > 5) {
            caps.addMechanism(keyword.mid(5));
        } else if (upper == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (upper == QLatin1String("LOGINDISABLED")) {
            caps.loginDisabled = true;
        } else if (upper == QLatin1String("SASL-IR")) {
            caps.initialResponse = true;
        }
    }
    return caps;
}

ImapResponseParser::Status ImapResponseParser::next(ImapResponseLine *line, QString *raw)
{
    if (m_error != Status::NeedMore)
        return m_error;
    const auto fail = [this](Status error) {
        m_error = error;
        m_partial = QByteArray();
        m_literal = -1;
        m_lines.reset();
        return error;
    };
    for (;;) {
        QByteArray piece;
        const LineBuffer::Status status =
            m_literal >= 0 ? m_lines.takeBytes(m_literal, &piece) : m_lines.takeLine(&piece);
        if (status == LineBuffer::Status::NeedMore)
            return Status::NeedMore;
        if (status == LineBuffer::Status::TooLong || m_partial.size() + piece.size() > kMaxLineLength)
            return fail(Status::LineTooLong);
        const bool wasLiteral = m_literal >= 0;
        m_partial += piece;
        m_literal = -1;
        if (wasLiteral)
            continue; // the line goes on after the literal
        const qsizetype literal = announcedLiteral(m_partial);
        if (literal > kMaxLineLength - m_partial.size())
            return fail(Status::LineTooLong);
        if (literal >= 0) {
            m_literal = literal;
            continue;
        }
        ImapResponseLine parsed = parseLine(m_partial);
        if (parsed.kind == ImapResponseLine::Kind::Invalid)
            return fail(Status::Malformed);
        if (raw)
            *raw = decode(m_partial);
        if (line)
            *line = std::move(parsed);
        m_partial = QByteArray();
        return Status::Line;
    }
}

void ImapResponseParser::reset()
{
    m_lines.reset();
    m_partial = QByteArray();
    m_literal = -1;
    m_error = Status::NeedMore;
}
