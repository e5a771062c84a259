#include "RawSmtpClient.h"

#include <QSslConfiguration>

RawSmtpClient::RawSmtpClient(const QString &caFile, int timeoutMs) : m_timeoutMs(timeoutMs)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        config.addCaCertificates(caFile);
    m_socket.setSslConfiguration(config);
    QObject::connect(&m_socket, &QSslSocket::sslErrors,
                     [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

bool RawSmtpClient::connectPlain(const QString &host, quint16 port)
{
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(m_timeoutMs);
}

bool RawSmtpClient::connectImplicitTls(const QString &host, quint16 port, const QString &peerName)
{
    m_socket.connectToHostEncrypted(host, port, peerName);
    return m_socket.waitForEncrypted(m_timeoutMs);
}

bool RawSmtpClient::startTls(const QString &peerName)
{
    m_socket.setPeerVerifyName(peerName);
    m_socket.startClientEncryption();
    return m_socket.waitForEncrypted(m_timeoutMs);
}

RawSmtpClient::Reply RawSmtpClient::readReply()
{
    Reply reply;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (!m_socket.waitForReadyRead(m_timeoutMs))
                return reply;
            m_buffer += m_socket.readAll();
            continue;
        }
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        reply.lines << line;
        // RFC 5321 4.2: "ddd-" continues, "ddd " (or a bare "ddd") ends the reply
        if (line.size() < 4 || line.at(3) == QLatin1Char(' ')) {
            reply.code = line.left(3).toInt();
            return reply;
        }
    }
}

void RawSmtpClient::send(const QByteArray &line)
{
    m_socket.write(line + "\r\n");
    m_socket.flush();
}

RawSmtpClient::Reply RawSmtpClient::command(const QByteArray &line)
{
    send(line);
    return readReply();
}
