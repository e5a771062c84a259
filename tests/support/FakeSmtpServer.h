#pragma once

#include "SmtpScript.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

// A scripted SMTP server for unit tests, for what real mail servers will not do: hostile, broken and slow
// replies. Every accepted connection plays the SmtpScript from the top, on its own. Fully asynchronous: it
// lives in the test's thread and is driven by its event loop (no threads, no blocking calls).
//
// A connection ends when its script does: after the last step the server closes gracefully, unless the script
// ended in X: reset, X: silence or X: endless. A C: mismatch, a client line longer than MaxClientLine bytes
// or a failed STARTTLS is recorded in errors() and ends the connection; so does a client that goes away
// before the script ran to its end.
class FakeSmtpServer : public QObject
{
    Q_OBJECT

public:
    // Longest client line (terminator included) the server buffers; longer ones are an error.
    static constexpr qint64 MaxClientLine = 1024 * 1024;

    explicit FakeSmtpServer(QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    // Parses the script and listens on address, any free port. False (see errorString()) when the script is
    // invalid, the server was already started or it cannot listen.
    [[nodiscard]] bool start(const QString &script, const QHostAddress &address = QHostAddress::LocalHost);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString errorString() const;

    // The certificate and key X: starttls uses; without them X: starttls is an error.
    void setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key);

    // What happened, for assertions.
    [[nodiscard]] QStringList
    receivedLines() const;                    // every client line, without its line end, all connections
    [[nodiscard]] QStringList errors() const; // "connection N, script line L: ..."; empty when all went well
    [[nodiscard]] bool scriptCompleted() const; // some connection carried out every step of the script
    [[nodiscard]] int connectionCount() const;  // connections accepted so far

signals:
    // Once per connection, when its script stops: it ran to its end (for X: silence and X: endless, when they
    // start), or it stopped on an error.
    void scriptFinished();

private:
    class Listener;
    class Session;

    void accept(qintptr socketDescriptor);

    Listener *m_listener = nullptr;
    SmtpScript m_script;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_errorString;
    QStringList m_receivedLines;
    QStringList m_errors;
    bool m_completed = false;
    int m_connectionCount = 0;
};
