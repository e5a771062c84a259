#pragma once

#include "incoming/IncomingResults.h"
#include "incoming/LineBuffer.h"

#include <QByteArrayView>
#include <QString>

// One IMAP server response line (RFC 9051 7, RFC 3501 7), as far as a probe needs it.
struct ImapResponseLine
{
    enum class Kind {
        Invalid,      // not an IMAP response line
        Untagged,     // "* ..."
        Tagged,       // "tag OK|NO|BAD ..."
        Continuation, // "+ ..." (RFC 9051 7.5)
    };

    Kind kind = Kind::Invalid;
    QString tag;                                                // Tagged only
    IncomingReply::Status status = IncomingReply::Status::None; // OK/NO/BAD/BYE/PREAUTH; None for data
    QString name; // untagged data's name, upper case: "CAPABILITY", "EXISTS" (after a number); else empty
    QString code; // the response code's name, upper case, e.g. "CAPABILITY", "AUTHENTICATIONFAILED"
    QString codeArguments; // what follows the code's name inside the brackets
    QString text;          // the rest: human-readable text, or the data (e.g. the capability list)
};

// Splits an IMAP server's byte stream into response lines, literals ("{n}" CRLF and n bytes) included.
// Bounded: a line (with its literals) longer than kMaxLineLength is an error.
class ImapResponseParser
{
public:
    static constexpr qsizetype kMaxLineLength = 8192; // no limit in RFC 9051; ample for any CAPABILITY

    enum class Status {
        NeedMore,
        Line,        // *line and *raw hold the next response line
        Malformed,   // not an IMAP response line
        LineTooLong, // a line exceeded kMaxLineLength
    };

    // Pure: parses one line (literals inlined) without its CRLF.
    [[nodiscard]] static ImapResponseLine parseLine(QByteArrayView line);
    // Pure: the capabilities in a CAPABILITY list ("IMAP4rev1 STARTTLS AUTH=PLAIN ...", RFC 9051 7.2.2).
    [[nodiscard]] static IncomingCapabilities capabilities(const QString &list);

    void feed(QByteArrayView bytes) { m_lines.feed(bytes); }
    // The next line; after an error status the parser stays in that error.
    [[nodiscard]] Status next(ImapResponseLine *line, QString *raw);
    [[nodiscard]] qsizetype pendingBytes() const { return m_lines.pendingBytes() + m_partial.size(); }
    void reset();

private:
    LineBuffer m_lines{kMaxLineLength};
    QByteArray m_partial;     // the line so far, when it ended in a literal
    qsizetype m_literal = -1; // the length of the literal to read next; -1: a line comes next
    Status m_error = Status::NeedMore;
};
