#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The mail programs' own error messages, in every language MailFix speaks (resources/programs/*.json,
// compiled in): Thunderbird's, extracted from the program by scripts/extract-thunderbird-strings.py,
// and Outlook's and Apple Mail's from their vendors' texts; plus Outlook's 0x800CCCxx error numbers.
// Loaded once; read-only afterwards, so it may be used from any thread.
namespace ProgramMessages {

struct Message
{
    QString program;      // as MailClients names programs: "thunderbird", "outlook", "apple-mail"
    QString id;           // the program's own id (Thunderbird's string key) or MailFix's name for it
    QString language;     // "en", "de", "fr", "es", "nl"
    QString text;         // as the program writes it; placeholders %S, %s, %1$S, %.200S, #1, {0}
    bool verified = true; // false: written from memory, not from the vendor's published text
    int reply = 0;        // the number of the placeholder that holds the server's reply; 0: none
};

// An error number of Outlook (0x800CCCxx, 0x8004210x) and the finding ids it points to.
struct OutlookCode
{
    QString code;         // "0x800CCC0E", upper case digits
    QString name;         // Microsoft's symbol, e.g. "IXP_E_FAILED_TO_CONNECT"
    QStringList findings; // finding ids, most likely first; empty: nothing about sending
    bool verified = true;
};

// One program message found in a paste.
struct Found
{
    QString program;
    QString id;
    QString language;
    QString reply; // what filled the placeholder of the server's reply; empty when it has none
};

struct Search
{
    QList<Found> found; // in the order of all(), each message at most once
    QString rest;       // the paste without the programs' own words: only what filled the placeholders, and
                        // whatever else was pasted (where the server's reply is)
};

[[nodiscard]] const QList<Message> &all();
[[nodiscard]] const QList<OutlookCode> &outlookCodes();

// Pure: the messages in a paste (one line, as ErrorExplainer flattens it). Case-insensitive and
// tolerant of white space (a paste may lose line breaks or add spaces); placeholders match any text.
[[nodiscard]] Search find(const QString &flatPaste);
// Pure: the first Outlook error number in the text that outlookCodes() knows; nullptr when none.
[[nodiscard]] const OutlookCode *findOutlookCode(const QString &text);

// The matching pattern of a message text (for the tests).
[[nodiscard]] QString patternFor(const QString &text);

// One kind of quote, dash and space, as pastes and the catalogue are compared: ‘ ’ ‚ ‛ ′ become ',
// “ ” „ ‟ ″ « » become ", hyphens and dashes become -, zero-width characters are dropped (nullopt); any
// other character is returned as it is.
[[nodiscard]] std::optional<QChar> plainCharacter(QChar c);

} // namespace ProgramMessages
