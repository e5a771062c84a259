#pragma once

#include <QObject>

// Holds the incoming probes' sign-in until the run that owns it opens the gate. A POP-before-SMTP server
// (an older practice than SMTP AUTH) relays for an address for a few minutes after a POP3 or IMAP
// sign-in from it: a relay test that runs after such a sign-in no longer shows how the
// server treats a program that did not sign in first. The diagnosis therefore lets the incoming probes
// connect and talk in parallel with the SMTP probes, but sign in only once the SMTP probes' relay tests
// without sign-in are done. Opened once, it stays open.
class SignInGate : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    [[nodiscard]] bool isOpen() const { return m_open; }
    void open();
    // A probe waits at the gate now (the owner decides whether to open it).
    void request();

signals:
    void requested();
    void opened();

private:
    bool m_open = false;
};
