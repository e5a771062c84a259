// SMTP reply parsing (RFC 5321 4.2, RFC 3463 enhanced status codes) and the bounded stream splitter.
#include "smtp/SmtpReply.h"

#include <utility>

namespace {

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Lossy UTF-8; NUL bytes become U+FFFD so the text is safe to show and log.
QString decodeUtf8(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return text;
}

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    while (line.endsWith('\r') || line.endsWith('\n'))
        line = line.chopped(1);
    return line;
}

// Length of a leading RFC 3463 "c.s.d" (c = replyClass, s and d 1..3 digits) followed by a space or the
// end of the text; 0 when the text does not start with one.
qsizetype enhancedCodeLength(const QString &text, QChar replyClass)
{
    if (replyClass != u'2' && replyClass != u'4' && replyClass != u'5')
        return 0;
    if (text.size() < 5 || text.at(0) != replyClass || text.at(1) != u'.')
        return 0;
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < text.size() && i - start < 3 && isAsciiDigit(text.at(i)))
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= text.size() || text.at(i) != u'.')
                return 0;
            ++i;
        }
    }
    if (i < text.size() && text.at(i) != u' ')
        return 0;
    return i;
}

} // namespace

QString SmtpReply::text() const
{
    QString joined;
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += QLatin1Char(' ');
        joined += line;
    }
    return joined;
}

SmtpReplyLine SmtpReplyParser::parseLine(QByteArrayView line)
{
    SmtpReplyLine result;
    line = withoutLineEnd(line);
    if (line.size() < 3 || line[0] < '2' || line[0] > '5' || !isAsciiDigit(line[1]) || !isAsciiDigit(line[2]))
        return result;
    if (line.size() > 3 && line[3] != ' ' && line[3] != '-')
        return result;

    result.valid = true;
    result.code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    result.isLast = line.size() == 3 || line[3] == ' ';

    QString text = line.size() > 4 ? decodeUtf8(line.sliced(4)) : QString();
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);

    const qsizetype codeLength = enhancedCodeLength(text, QLatin1Char(line[0]));
    if (codeLength > 0) {
        result.enhancedCode = text.left(codeLength);
        // Drop the separating space(s): Gmail sends "535 5.7.8  https://...".
        qsizetype start = codeLength;
        while (start < text.size() && text.at(start) == u' ')
            ++start;
        text.remove(0, start);
    }
    result.text = std::move(text);
    return result;
}

void SmtpReplyParser::feed(QByteArrayView bytes)
{
    if (m_error != Status::NeedMore || m_overflowed)
        return;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? bytes.size() : lf;
        const QByteArrayView piece = bytes.sliced(pos, end - pos);

        // The line so far: the unterminated tail of the buffer plus this piece, a final CR not counted.
        const qsizetype tailStart = m_buffer.lastIndexOf('\n') + 1;
        const qsizetype tailLength = m_buffer.size() - tailStart;
        qsizetype lineLength = tailLength + piece.size();
        const bool endsWithCr =
            piece.isEmpty() ? (tailLength > 0 && m_buffer.endsWith('\r')) : piece.endsWith('\r');
        if (endsWithCr)
            --lineLength;
        if (lineLength > kMaxLineLength) {
            // Keep the complete lines before it (next() still returns their replies), drop the rest.
            m_buffer.truncate(tailStart);
            m_overflowed = true;
            return;
        }

        m_buffer.append(piece.data(), piece.size());
        if (lf < 0)
            break;
        m_buffer.append('\n');
        pos = lf + 1;
    }
}

SmtpReplyParser::Status SmtpReplyParser::next(SmtpReply *reply)
{
    if (m_error != Status::NeedMore)
        return m_error;

    const auto fail = [this](Status error) {
        m_error = error;
        m_buffer = QByteArray();
        m_partial = SmtpReply();
        m_overflowed = false;
        return error;
    };

    qsizetype pos = 0;
    for (;;) {
        const qsizetype lf = m_buffer.indexOf('\n', pos);
        if (lf < 0)
            break;
        QByteArrayView line(m_buffer.constData() + pos, lf - pos);
        pos = lf + 1;
        if (line.endsWith('\r'))
            line = line.chopped(1);

        if (line.size() > kMaxLineLength)
            return fail(Status::LineTooLong);
        const SmtpReplyLine parsed = parseLine(line);
        if (!parsed.valid)
            return fail(Status::Malformed);
        if (!m_partial.rawLines.isEmpty() && parsed.code != m_partial.code)
            return fail(Status::Malformed);
        if (m_partial.rawLines.size() >= kMaxLines)
            return fail(Status::TooManyLines);

        m_partial.code = parsed.code;
        m_partial.lines.append(parsed.text);
        m_partial.rawLines.append(decodeUtf8(line));
        // The last line's enhanced code wins; otherwise the first one seen.
        if (!parsed.enhancedCode.isEmpty() && (parsed.isLast || m_partial.enhancedCode.isEmpty()))
            m_partial.enhancedCode = parsed.enhancedCode;

        if (parsed.isLast) {
            m_buffer.remove(0, pos);
            if (reply)
                *reply = std::move(m_partial);
            m_partial = SmtpReply();
            return Status::Reply;
        }
    }

    m_buffer.remove(0, pos);
    if (m_overflowed)
        return fail(Status::LineTooLong);
    return Status::NeedMore;
}

void SmtpReplyParser::reset()
{
    m_buffer = QByteArray();
    m_partial = SmtpReply();
    m_error = Status::NeedMore;
    m_overflowed = false;
}
