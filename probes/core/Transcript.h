#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

// The C:/S: record of one conversation, with times (SMTP, IMAP, POP3: any line protocol). Secrets never enter
// it: client lines that carry credentials are redacted when they are added, not when they are shown.
class Transcript
{
public:
    enum class Direction { Client, Server, Note };
    enum class Content {
        Plain,
        Credentials, // a sign-in command or a response to a challenge: payload replaced by a marker
    };

    struct Line
    {
        Direction direction = Direction::Note;
        qint64 msecs = 0; // since the probe started
        QString text;
    };

    static constexpr qsizetype kMaxLines = 2000; // a hostile server cannot grow it without bound
    static constexpr qsizetype kMaxLineLength = 1000;

    void addClient(qint64 msecs, QByteArrayView line, Content content = Content::Plain);
    void addServer(qint64 msecs, const QString &line);
    void addNote(qint64 msecs, const QString &note);

    [[nodiscard]] const QList<Line> &lines() const { return m_lines; }
    // "C: ...", "S: ...", "*  ..." lines with times, for reports and the technical details view.
    [[nodiscard]] QString toText() const;

    // Pure: what a client line looks like once its credentials are removed. "AUTH PLAIN dXNlcg==" ->
    // "AUTH PLAIN <redacted>", "a3 AUTHENTICATE PLAIN dXNlcg==" -> "a3 AUTHENTICATE PLAIN <redacted>",
    // "a3 LOGIN alice secret" -> "a3 LOGIN <redacted>", "PASS secret" -> "PASS <redacted>"; a bare
    // challenge response or literal -> "<redacted>".
    [[nodiscard]] static QString redact(QByteArrayView line);
    static constexpr QLatin1String kRedacted{"<redacted>"};

private:
    void append(Line line);

    QList<Line> m_lines;
    bool m_truncated = false;
};
