#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// One step of an SmtpScript: what the fake server does next.
struct SmtpScriptStep
{
    enum class Kind {
        Send,     // S: <text>          send text + CRLF
        Expect,   // C: <glob>          wait for one client line that matches
        Close,    // X: close           close gracefully
        Reset,    // X: reset           abort with RST
        Wait,     // X: wait <ms>       pause
        Silence,  // X: silence         keep the connection open, do nothing
        Drip,     // X: drip <ms>       send following S: lines one byte every <ms> (0: off)
        BigLine,  // X: bigline <bytes> one line of <bytes> 'A' + CRLF
        Garbage,  // X: garbage <bytes> deterministic pseudo-random bytes, NUL/CR/LF included
        Endless,  // X: endless <prefix> "<prefix>-line N" lines until the client goes away
        StartTls, // X: starttls        server side of the TLS handshake
    };

    Kind kind = Kind::Send;
    QByteArray text;   // Send: the line; Expect: the glob pattern; Endless: the prefix
    qint64 number = 0; // Wait/Drip: milliseconds; BigLine/Garbage: bytes
    int line = 0;      // line number in the script text, from 1
};

// The parsed script a FakeSmtpServer plays, one step per line:
//   S: <text>   C: <glob>   X: <action> [arg]   # comment
// Parsing is a pure function so that scripts can be checked without a server.
struct SmtpScript
{
    QList<SmtpScriptStep> steps;
    QString error;     // empty when the script is valid, else "line N: ..."
    int errorLine = 0; // the line of the error, 0 when valid

    [[nodiscard]] static SmtpScript parse(const QString &text);
    [[nodiscard]] bool isValid() const { return error.isEmpty(); }

    // The glob test of a C: step: '*' any run of bytes, '?' exactly one byte, ASCII case-insensitive, and the
    // whole line must match. No escapes: '*' and '?' are always wildcards.
    [[nodiscard]] static bool matches(QByteArrayView pattern, QByteArrayView line);
};
