#pragma once

#include "incoming/IncomingResults.h"
#include "incoming/LineBuffer.h"

#include <QByteArrayView>
#include <QStringList>

// One POP3 status line (RFC 1939 3, RFC 2449 8 response codes, RFC 5034 4 continuations).
struct Pop3StatusLine
{
    IncomingReply::Status status = IncomingReply::Status::None; // Ok, Err, Continuation; None: invalid
    QString code; // RFC 2449 8 response code, upper case, e.g. "IN-USE", "SYS/TEMP", "AUTH"
    QString text; // the rest (for a continuation: the base64 challenge)
};

// One POP3 reply: the status line and, for a multi-line reply (CAPA), its lines, dot-unstuffed.
struct Pop3Reply
{
    IncomingReply reply;
    QStringList body;
};

// Splits a POP3 server's byte stream into replies. Bounded: a line longer than kMaxLineLength or a
// multi-line reply of more than kMaxLines lines is an error.
class Pop3ReplyParser
{
public:
    static constexpr qsizetype kMaxLineLength = 4096; // RFC 2449 4 allows 512; servers exceed it a little
    static constexpr int kMaxLines = 256;

    enum class Status {
        NeedMore,
        Reply,        // *reply holds the next complete reply
        Malformed,    // a status line that is not +OK, -ERR or "+ "
        LineTooLong,  // a line exceeded kMaxLineLength
        TooManyLines, // a multi-line reply exceeded kMaxLines
    };

    // Pure: parses one status line without its CRLF.
    [[nodiscard]] static Pop3StatusLine parseStatusLine(QByteArrayView line);
    // Pure: the capabilities in a CAPA reply's lines (RFC 2449 6: STLS, USER, SASL ...).
    [[nodiscard]] static IncomingCapabilities capabilities(const QStringList &lines);

    // Whether the next +OK reply goes on with lines up to "." (RFC 1939 3), as CAPA's does.
    void expectMultiLine(bool multiLine) { m_multiLine = multiLine; }
    void feed(QByteArrayView bytes) { m_lines.feed(bytes); }
    // The next reply; after an error status the parser stays in that error.
    [[nodiscard]] Status next(Pop3Reply *reply);
    [[nodiscard]] qsizetype pendingBytes() const { return m_lines.pendingBytes(); }
    void reset();

private:
    LineBuffer m_lines{kMaxLineLength};
    bool m_multiLine = false;
    bool m_inBody = false; // the status line of a multi-line reply came; its lines are coming
    Pop3Reply m_partial;
    Status m_error = Status::NeedMore;
};
