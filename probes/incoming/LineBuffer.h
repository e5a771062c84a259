#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Splits a server's byte stream into lines (LF, with an optional CR before it), bounded: a line longer
// than the limit is an error, never unbounded memory. The IMAP and POP3 reply parsers read through it.
class LineBuffer
{
public:
    enum class Status {
        NeedMore, // no complete line (or not all the bytes asked for) yet
        Line,     // *line holds the next line, without its line end
        TooLong,  // a line exceeded the limit; the buffer stays in this error until reset()
    };

    explicit LineBuffer(qsizetype maxLineLength) : m_maxLineLength(maxLineLength) {}

    // Appends received bytes; an unterminated line beyond the limit is dropped and reported by takeLine().
    void feed(QByteArrayView bytes);
    [[nodiscard]] Status takeLine(QByteArray *line);
    // Exactly count bytes, line ends included (an IMAP literal); count must not exceed the limit.
    [[nodiscard]] Status takeBytes(qsizetype count, QByteArray *bytes);
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    [[nodiscard]] qsizetype maxLineLength() const { return m_maxLineLength; }
    void reset();

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0; // bytes of m_buffer already taken
    qsizetype m_maxLineLength;
    bool m_overflowed = false; // feed() met a too long line; takeLine() reports it after the lines before
    bool m_failed = false;
};
