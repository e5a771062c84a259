// POP3 replies (RFC 1939 3, RFC 2449 6 and 8, RFC 5034 4) and the bounded stream splitter.
#include "pop3/Pop3Reply.h"

namespace {

QString decode(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return text;
}

bool startsWithWord(QByteArrayView line, QByteArrayView word)
{
    if (line.size() < word.size() || (line.size() > word.size() && line.at(word.size()) != ' '))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (QChar::toUpper(char16_t(uchar(line.at(i)))) != char16_t(word.at(i)))
            return false;
    }
    return true;
}

} // namespace

Pop3StatusLine Pop3ReplyParser::parseStatusLine(QByteArrayView line)
{
    Pop3StatusLine result;
    while (line.endsWith('\r') || line.endsWith('\n'))
        line.chop(1);
    QByteArrayView rest;
    if (startsWithWord(line, "+OK")) {
        result.status = IncomingReply::Status::Ok;
        rest = line.sliced(3);
    } else if (startsWithWord(line, "-ERR")) {
        result.status = IncomingReply::Status::Err;
        rest = line.sliced(4);
    } else if (line == "+" || line.startsWith("+ ")) {
        result.status = IncomingReply::Status::Continuation;
        result.text = decode(line.sliced(std::min<qsizetype>(2, line.size())));
        return result;
    } else {
        return result;
    }
    QString text = decode(rest).trimmed();
    // RFC 2449 8: "[" resp-code "]" at the start of the text, e.g. "-ERR [IN-USE] mailbox locked".
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close > 1) {
            result.code = text.mid(1, close - 1).trimmed().toUpper();
            text = text.mid(close + 1).trimmed();
        }
    }
    result.text = text;
    return result;
}

IncomingCapabilities Pop3ReplyParser::capabilities(const QStringList &lines)
{
    IncomingCapabilities caps;
    caps.known = true;
    caps.initialResponse = true; // RFC 5034 4: AUTH always allows an initial response
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        caps.keywords << trimmed;
        const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString name = words.first().toUpper();
        if (name == QLatin1String("STLS")) {
            caps.startTls = true;
        } else if (name == QLatin1String("USER")) {
            caps.userPass = true;
        } else if (name == QLatin1String("SASL")) {
            for (qsizetype i = 1; i < words.size(); ++i)
                caps.addMechanism(words.at(i));
        }
    }
    return caps;
}

Pop3ReplyParser::Status Pop3ReplyParser::next(Pop3Reply *reply)
{
    if (m_error != Status::NeedMore)
        return m_error;
    const auto fail = [this](Status error) {
        m_error = error;
        m_lines.reset();
        m_partial = Pop3Reply();
        m_inBody = false;
        return error;
    };
    for (;;) {
        QByteArray line;
        const LineBuffer::Status status = m_lines.takeLine(&line);
        if (status == LineBuffer::Status::NeedMore)
            return Status::NeedMore;
        if (status == LineBuffer::Status::TooLong)
            return fail(Status::LineTooLong);
        if (m_inBody) {
            if (line == ".") {
                m_inBody = false;
                if (reply)
                    *reply = std::move(m_partial);
                m_partial = Pop3Reply();
                return Status::Reply;
            }
            if (m_partial.body.size() >= kMaxLines)
                return fail(Status::TooManyLines);
            if (line.startsWith('.')) // RFC 1939 3: byte-stuffing
                line.remove(0, 1);
            m_partial.body << decode(line);
            m_partial.reply.rawLines << decode(line);
            continue;
        }
        const Pop3StatusLine parsed = parseStatusLine(line);
        if (parsed.status == IncomingReply::Status::None)
            return fail(Status::Malformed);
        m_partial.reply.status = parsed.status;
        m_partial.reply.code = parsed.code;
        m_partial.reply.text = parsed.text;
        m_partial.reply.rawLines = {decode(line)};
        if (m_multiLine && parsed.status == IncomingReply::Status::Ok) {
            m_inBody = true;
            continue;
        }
        if (reply)
            *reply = std::move(m_partial);
        m_partial = Pop3Reply();
        return Status::Reply;
    }
}

void Pop3ReplyParser::reset()
{
    m_lines.reset();
    m_partial = Pop3Reply();
    m_inBody = false;
    m_error = Status::NeedMore;
}
