#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// One SMTP reply (RFC 5321 4.2), possibly multi-line, with its RFC 3463 enhanced status code.
struct SmtpReply
{
    int code = 0;         // the three-digit reply code, e.g. 250
    QString enhancedCode; // RFC 3463 "class.subject.detail", e.g. "5.7.1"; empty when the server sent none
    QStringList lines;    // each line's text, without the code, the separator and the enhanced code
    QStringList rawLines; // each line as received, without CRLF (for transcripts)

    [[nodiscard]] bool isValid() const { return code >= 200 && code <= 599; }
    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 300; }     // 2yz
    [[nodiscard]] bool isIntermediate() const { return code >= 300 && code < 400; } // 3yz
    [[nodiscard]] bool isTransientFailure() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanentFailure() const { return code >= 500 && code < 600; }
    // The lines' text joined by single spaces.
    [[nodiscard]] QString text() const;
};

// One parsed reply line.
struct SmtpReplyLine
{
    bool valid = false; // false: not "ddd", "ddd text", "ddd-text" (code 200..599)
    int code = 0;
    bool isLast = false;  // "ddd " or bare "ddd" ends a reply; "ddd-" continues it
    QString enhancedCode; // when the text starts with "c.s.d " and c matches the code's first digit
    QString text;         // the rest of the line
};

// Splits a byte stream from a server into replies. Bounded: a line longer than kMaxLineLength or a
// reply with more than kMaxLines lines is an error, never unbounded memory.
class SmtpReplyParser
{
public:
    static constexpr qsizetype kMaxLineLength = 4096; // RFC 5321 allows 512; servers exceed it a little
    static constexpr int kMaxLines = 256;

    enum class Status {
        NeedMore,     // no complete reply yet
        Reply,        // *reply holds the next complete reply
        Malformed,    // a line is not an SMTP reply line (garbage, mixed codes)
        LineTooLong,  // a line exceeded kMaxLineLength
        TooManyLines, // a multi-line reply exceeded kMaxLines
    };

    // Pure: parses one line without its CRLF (a trailing CR is tolerated).
    [[nodiscard]] static SmtpReplyLine parseLine(QByteArrayView line);

    // Appends received bytes. The parser keeps at most one line plus one reply in memory.
    void feed(QByteArrayView bytes);
    // Takes the next complete reply. After an error status the parser stays in that error.
    [[nodiscard]] Status next(SmtpReply *reply);
    // Bytes received but not yet part of a returned reply.
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.size(); }
    void reset();

private:
    QByteArray m_buffer;
    SmtpReply m_partial;
    Status m_error = Status::NeedMore; // NeedMore: no error
    bool m_overflowed = false;         // feed() met a too long line; next() reports it after earlier lines
};
