#pragma once

#include "diagnose/Findings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Recognises the SMTP reply inside what a mail program showed the user (pasted text), before any
// probing: the codes, the enhanced code (RFC 3463), whose server wording it is, and which program
// wrapped it. Maps it to findings (Findings.h), most likely first. Pure and bounded.
class ErrorExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ErrorExplainer)

public:
    enum class Server { Unknown, Exim, Postfix, Microsoft365, Gmail, Yahoo, Other };
    enum class Client { Unknown, Outlook, Thunderbird, AppleMail };

    struct Explanation
    {
        bool recognized = false; // false: MailFix does not know this text (diagnosis still goes ahead)
        int replyCode = 0;       // e.g. 503; 0 when the text holds none
        QString enhancedCode;    // e.g. "5.7.1"
        QString serverText;      // the server's reply as found in the paste, one line, trimmed
        Server server = Server::Unknown;
        Client client = Client::Unknown;
        QList<FindingCode> findings; // most likely first; empty when not recognized
        QString summary; // one plain sentence for the user (translated), empty when not recognized

        [[nodiscard]] QStringList findingIds() const; // the findings' stable ids, for output
    };

    static constexpr qsizetype kMaxInput = 64 * 1024; // longer pastes are cut, not refused

    [[nodiscard]] static Explanation explain(const QString &pastedText);

    [[nodiscard]] static QString serverName(Server server); // stable: "exim", "postfix", "microsoft365", ...
    [[nodiscard]] static QString clientName(Client client); // stable: "outlook", "thunderbird", "apple-mail"
};
