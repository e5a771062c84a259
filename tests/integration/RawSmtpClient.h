#pragma once

#include <QSslSocket>
#include <QStringList>

// A deliberately simple, blocking SMTP client for the harness's own tests: it speaks raw lines so the
// tests see exactly what Exim and Postfix answer. MailFix's real probe engine lives in probes/.
class RawSmtpClient
{
public:
    struct Reply
    {
        int code = 0;      // 0: no complete reply (timeout or disconnect)
        QStringList lines; // each full line, e.g. "503-All RCPT commands were rejected..."
        [[nodiscard]] QString lastLine() const { return lines.isEmpty() ? QString() : lines.last(); }
    };

    // caFile: extra CA to trust (the harness's test CA); system CAs stay trusted too.
    explicit RawSmtpClient(const QString &caFile = QString(), int timeoutMs = 5000);

    [[nodiscard]] bool connectPlain(const QString &host, quint16 port);
    [[nodiscard]] bool connectImplicitTls(const QString &host, quint16 port, const QString &peerName);
    [[nodiscard]] bool startTls(const QString &peerName); // after a 220 reply to STARTTLS

    [[nodiscard]] Reply readReply();
    void send(const QByteArray &line); // CRLF is appended
    [[nodiscard]] Reply command(const QByteArray &line);

    [[nodiscard]] QSslSocket &socket() { return m_socket; }
    [[nodiscard]] QList<QSslError> sslErrors() const { return m_sslErrors; }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    int m_timeoutMs;
};
