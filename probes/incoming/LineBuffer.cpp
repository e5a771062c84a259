#include "incoming/LineBuffer.h"

void LineBuffer::feed(QByteArrayView bytes)
{
    if (m_failed || m_overflowed || bytes.isEmpty())
        return;
    compact();
    m_buffer.append(bytes.data(), bytes.size());
    // The unterminated tail may be one line end (CR) longer than the limit; more is an overflow. (An IMAP
    // literal is bounded by the same limit, so this never cuts a valid one.)
    const qsizetype tailStart = m_buffer.lastIndexOf('\n') + 1;
    if (m_buffer.size() - tailStart > m_maxLineLength + 1) {
        m_buffer.truncate(tailStart);
        m_overflowed = true;
    }
}

LineBuffer::Status LineBuffer::takeLine(QByteArray *line)
{
    if (m_failed)
        return Status::TooLong;
    const qsizetype lf = m_buffer.indexOf('\n', m_pos);
    if (lf < 0) {
        if (m_overflowed) {
            m_failed = true;
            m_buffer = QByteArray();
            m_pos = 0;
            return Status::TooLong;
        }
        return Status::NeedMore;
    }
    qsizetype end = lf;
    if (end > m_pos && m_buffer.at(end - 1) == '\r')
        --end;
    if (end - m_pos > m_maxLineLength) {
        m_failed = true;
        m_buffer = QByteArray();
        m_pos = 0;
        return Status::TooLong;
    }
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = lf + 1;
    return Status::Line;
}

LineBuffer::Status LineBuffer::takeBytes(qsizetype count, QByteArray *bytes)
{
    if (m_failed || count > m_maxLineLength)
        return Status::TooLong;
    if (pendingBytes() < count) {
        if (!m_overflowed)
            return Status::NeedMore;
        m_failed = true;
        m_buffer = QByteArray();
        m_pos = 0;
        return Status::TooLong;
    }
    *bytes = m_buffer.mid(m_pos, count);
    m_pos += count;
    return Status::Line;
}

void LineBuffer::compact()
{
    if (m_pos == 0)
        return;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

void LineBuffer::reset()
{
    m_buffer = QByteArray();
    m_pos = 0;
    m_overflowed = false;
    m_failed = false;
}
