#pragma once

#include "smtp/ProbeTypes.h"

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QString>

// The plain words and the status icon of one row of the checking page: what a probe tries ("Secure sending
// (recommended)"), how it ended, and numbers and times in the language the user chose. Pure functions.
class ProbeRow
{
    Q_DECLARE_TR_FUNCTIONS(ProbeRow)

public:
    // Waiting: not finished yet; Works: signed in (and, for sending, a recipient was accepted); Answers:
    // the server answered but did not let MailFix through; Failed: no server answered; NotOffered: nothing
    // listens there (or the name does not exist), for a way the user's program does not use: normal, not a
    // fault; Stopped: the user stopped it.
    enum class State { Waiting, Works, Answers, Failed, Stopped, NotOffered };

    // What the row tries, in plain words. serverNumber: 1 for the first server name of its kind (sending
    // or receiving), 2 for the next one, ...; only the first server's best way is "(recommended)". 0: the
    // settings the user's program has now ("(your settings now)").
    [[nodiscard]] static QString title(const ProbeEndpoint &endpoint, int serverNumber);
    // usersOwn: the row checks the settings the user's program has now (a closed port there is a fault).
    [[nodiscard]] static State state(const ProbeResult &result, bool usersOwn);
    // The state in words, for people who cannot see the icon ("Works", "Problem", ...).
    [[nodiscard]] static QString stateName(State state);
    // A drawn icon whose shape tells the state (tick, exclamation mark, cross, square, clock,
    // dash), not only
    // its colour.
    [[nodiscard]] static QIcon icon(State state);
    // The locale of the language MailFix speaks now (the Language menu's choice, else the system's).
    [[nodiscard]] static QLocale locale();
    // "0.1 s" / "0,1 s" in locale().
    [[nodiscard]] static QString seconds(qint64 ms, int decimals);
    // "Waiting for an answer... 6 s of 10 s"
    [[nodiscard]] static QString waiting(qint64 elapsedMs, qint64 limitMs);
};
