#include "FakeSmtpServer.h"
#include "TestCertificates.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <initializer_list>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

constexpr int Timeout = 10000; // ms; every wait is bounded by this

QString lines(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *line : list) {
        result.append(QString::fromUtf8(line));
    }
    return result.join(QLatin1Char('\n'));
}

// The client side: a QSslSocket (plain until startClientEncryption()) that collects everything it receives.
class TestClient
{
public:
    TestClient()
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [this] {
            const QByteArray bytes = socket.readAll();
            if (!bytes.isEmpty()) {
                received += bytes;
                ++chunks;
            }
        });
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket,
                         [this](QAbstractSocket::SocketError error) { errors.append(error); });
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                         [this](const QList<QSslError> &list) { sslErrors += list; });
    }
    ~TestClient() { QObject::disconnect(&socket, nullptr, nullptr, nullptr); }
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    void connectTo(quint16 port) { socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port); }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    [[nodiscard]] bool isConnected() const { return socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] bool isClosed() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    QSslSocket socket;
    QByteArray received;
    int chunks = 0; // readyRead signals that brought data
    QList<QAbstractSocket::SocketError> errors;
    QList<QSslError> sslErrors;
};

#ifdef Q_OS_UNIX
// A bare POSIX client, to tell a reset (RST: ECONNRESET) from a graceful close (FIN: recv() returns 0), which
// Qt reports alike. Non-blocking reads, so that the server keeps running in the test's event loop.
class RawClient
{
public:
    explicit RawClient(quint16 port) : m_fd(::socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = qToBigEndian(port);
        address.sin_addr.s_addr = qToBigEndian(quint32{0x7F000001U});
        m_connected =
            m_fd >= 0 && ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    }
    ~RawClient()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    [[nodiscard]] bool isConnected() const { return m_connected; }
    bool send(const QByteArray &bytes)
    {
        return ::send(m_fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL) ==
               bytes.size();
    }
    // Reads what is there; then "open", "closed" (FIN), "reset" (RST) or the error. The kernel reports
    // ECONNRESET only once, so the end state sticks: QTRY_COMPARE evaluates this more than once.
    QString poll()
    {
        if (!m_end.isEmpty()) {
            return m_end;
        }
        char buffer[4096];
        for (;;) {
            const ssize_t size = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (size > 0) {
                received.append(buffer, size);
            } else if (size == 0) {
                return m_end = QStringLiteral("closed");
            } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
                return QStringLiteral("open");
            } else if (errno == ECONNRESET) {
                return m_end = QStringLiteral("reset");
            } else if (errno != EINTR) {
                return m_end = QString::fromLocal8Bit(strerror(errno));
            }
        }
    }

    QByteArray received;

private:
    int m_fd;
    bool m_connected = false;
    QString m_end;
};
#endif

const QString StartTlsDialogue = lines({
    "S: 220 fake.test ESMTP",
    "C: EHLO *",
    "S: 250-fake.test",
    "S: 250 STARTTLS",
    "C: STARTTLS",
    "S: 220 go ahead",
    "X: starttls",
    "C: EHLO *",
    "S: 250 fake.test",
    "C: QUIT",
    "S: 221 bye",
});

} // namespace

// FakeSmtpServer: the scripted server the probe tests (tst_smtpprobe, tst_hostileservers) talk to. A client
// in the test plays the probe's part.
class TestFakeSmtpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl()) {
            m_identityProblem = QStringLiteral("Qt has no working TLS backend");
            return;
        }
        QVERIFY(m_dir.isValid());
        if (!makeSelfSignedIdentity(m_dir.path(), &m_certificate, &m_key, &m_identityProblem)) {
            QVERIFY(!m_identityProblem.isEmpty());
        }
    }

    void startGivesAPort()
    {
        FakeSmtpServer server;
        QCOMPARE(server.port(), quint16(0));
        QVERIFY2(server.start(QStringLiteral("S: 220 hi")), qPrintable(server.errorString()));
        QVERIFY(server.port() != 0);
        QCOMPARE(server.connectionCount(), 0);
        QVERIFY(!server.scriptCompleted());
        QVERIFY(!server.start(QStringLiteral("S: 220 hi")));
        QVERIFY(server.errorString().contains(QLatin1String("already")));
    }

    void startRejectsAnInvalidScript()
    {
        FakeSmtpServer server;
        QVERIFY(!server.start(lines({"S: 220 hi", "X: explode"})));
        QVERIFY2(server.errorString().contains(QLatin1String("line 2")), qPrintable(server.errorString()));
        QCOMPARE(server.port(), quint16(0));
    }

    void bannerAndEhlo()
    {
        FakeSmtpServer server;
        QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
        QVERIFY(server.start(lines({"# a normal dialogue", "S: 220 fake.test ESMTP", "C: EHLO *",
                                    "S: 250-fake.test", "S: 250 SIZE 1000", "C: QUIT", "S: 221 bye"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("220 fake.test ESMTP\r\n"), Timeout);
        QCOMPARE(server.connectionCount(), 1);
        client.send("EHLO client.test\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("250 SIZE 1000\r\n"), Timeout);
        QVERIFY(client.received.endsWith("220 fake.test ESMTP\r\n250-fake.test\r\n250 SIZE 1000\r\n"));
        QVERIFY(!server.scriptCompleted());
        client.send("QUIT\n");                                // a bare LF ends a line too
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout); // the script ends: the server closes
        QVERIFY(client.received.endsWith("250 SIZE 1000\r\n221 bye\r\n"));
        QCOMPARE(server.receivedLines(),
                 (QStringList{QStringLiteral("EHLO client.test"), QStringLiteral("QUIT")}));
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QVERIFY(server.scriptCompleted());
        QCOMPARE(finished.count(), 1);
    }

    void pipelinedLinesAreTakenOneByOne()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(
            lines({"S: 220 hi", "C: EHLO *", "C: MAIL FROM:<*>", "C: RCPT TO:<*>", "S: 250 all three"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 hi\r\n"), Timeout);
        client.send("EHLO a\r\nMAIL FROM:<a@b.example>\nRCPT TO:<c@d.example>\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QCOMPARE(client.received, QByteArray("220 hi\r\n250 all three\r\n"));
        QCOMPARE(server.receivedLines(),
                 (QStringList{QStringLiteral("EHLO a"), QStringLiteral("MAIL FROM:<a@b.example>"),
                              QStringLiteral("RCPT TO:<c@d.example>")}));
        QVERIFY(server.errors().isEmpty());
        QVERIFY(server.scriptCompleted());
    }

    void mismatchIsRecordedAndClosesTheConnection()
    {
        FakeSmtpServer server;
        QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
        QVERIFY(server.start(lines({"S: 220 hi", "C: EHLO *", "S: 250 never sent"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 hi\r\n"), Timeout);
        client.send("HELO old.client\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QCOMPARE(client.received, QByteArray("220 hi\r\n"));
        QCOMPARE(server.errors().size(), 1);
        const QString error = server.errors().constFirst();
        QVERIFY2(error.contains(QLatin1String("script line 2")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("\"EHLO *\"")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("\"HELO old.client\"")), qPrintable(error));
        QCOMPARE(server.receivedLines(), QStringList{QStringLiteral("HELO old.client")});
        QVERIFY(!server.scriptCompleted());
        QCOMPARE(finished.count(), 1);
    }

    void clientLeavingEarlyIsAnError()
    {
        FakeSmtpServer server;
        QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
        QVERIFY(server.start(lines({"S: 220 hi", "C: EHLO *", "S: 250 ok"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 hi\r\n"), Timeout);
        client.socket.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
        QCOMPARE(server.errors().size(), 1);
        QVERIFY2(server.errors().constFirst().contains(QLatin1String("script line 2")),
                 qPrintable(server.errors().constFirst()));
        QVERIFY(server.errors().constFirst().contains(QLatin1String("disconnected")));
        QVERIFY(!server.scriptCompleted());
    }

    void closeIsGraceful()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(lines({"S: 554 go away", "X: close"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QCOMPARE(client.received, QByteArray("554 go away\r\n"));
        QCOMPARE(client.errors, QList<QAbstractSocket::SocketError>{QAbstractSocket::RemoteHostClosedError});
        QVERIFY(server.scriptCompleted());
        QVERIFY(server.errors().isEmpty());
    }

    void resetAbortsTheConnection()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(lines({"S: 220 hi", "C: EHLO *", "X: reset"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 hi\r\n"), Timeout);
        client.send("EHLO a\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        // the RST reaches the client as ECONNRESET, which Qt reports as RemoteHostClosedError, once
        QVERIFY2(client.errors == QList<QAbstractSocket::SocketError>{QAbstractSocket::RemoteHostClosedError},
                 qPrintable(client.socket.errorString()));
        QCOMPARE(client.received, QByteArray("220 hi\r\n"));
        QVERIFY(server.scriptCompleted());
        QVERIFY(server.errors().isEmpty());
    }

#ifdef Q_OS_UNIX
    // Qt reports a FIN and a RST alike; a bare socket tells them apart.
    void closeSendsFinAndResetSendsRst_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("seen");
        QTest::newRow("close") << QStringLiteral("close") << QStringLiteral("closed");
        QTest::newRow("reset") << QStringLiteral("reset") << QStringLiteral("reset");
    }

    void closeSendsFinAndResetSendsRst()
    {
        QFETCH(QString, action);
        QFETCH(QString, seen);
        FakeSmtpServer server;
        QVERIFY(server.start(lines({"S: 220 hi", "C: EHLO *"}) + QStringLiteral("\nX: ") + action));
        RawClient client(server.port());
        QVERIFY(client.isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(client.poll() == QLatin1String("open") && client.received == "220 hi\r\n",
                                 Timeout);
        QVERIFY(client.send("EHLO a\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(client.poll(), seen, Timeout);
        QCOMPARE(client.received, QByteArray("220 hi\r\n"));
        QVERIFY(server.scriptCompleted());
    }
#endif

    void waitPausesBeforeTheNextStep()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(lines({"S: 220 first", "X: wait 300", "S: 250 second", "X: silence"})));
        TestClient client;
        QSignalSpy readyRead(&client.socket, &QIODevice::readyRead);
        client.connectTo(server.port());
        QVERIFY(readyRead.wait(Timeout));
        QCOMPARE(client.received, QByteArray("220 first\r\n")); // the second line is not there yet
        QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("220 first\r\n250 second\r\n"), Timeout);
    }

    void dripSendsOneByteAtATime()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(lines({"X: drip 10", "S: 220 dripping banner", "C: NOOP", "X: drip 0",
                                    "S: 250 all at once", "X: silence"})));
        TestClient client;
        QSignalSpy readyRead(&client.socket, &QIODevice::readyRead);
        client.connectTo(server.port());
        const QByteArray banner("220 dripping banner\r\n");
        while (client.received.size() < banner.size()) {
            QVERIFY(readyRead.wait(Timeout));
        }
        QCOMPARE(client.received, banner);
        QVERIFY2(client.chunks >= 5, qPrintable(QStringLiteral("%1 chunks").arg(client.chunks)));

        // Dripping off again: the next reply comes in one piece.
        client.received.clear();
        client.chunks = 0;
        client.send("NOOP\r\n");
        const QByteArray reply("250 all at once\r\n");
        while (client.received.size() < reply.size()) {
            QVERIFY(readyRead.wait(Timeout));
        }
        QCOMPARE(client.received, reply);
        QVERIFY2(client.chunks <= 2, qPrintable(QStringLiteral("%1 chunks").arg(client.chunks)));
        QVERIFY(server.errors().isEmpty());
    }

    void bigLineIsExactlyNPlusTwoBytes_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("one byte") << 1;
        QTest::newRow("just over one chunk") << 64 * 1024 + 1;
        QTest::newRow("3 MB") << 3000000;
    }

    void bigLineIsExactlyNPlusTwoBytes()
    {
        QFETCH(int, size);
        FakeSmtpServer server;
        QVERIFY(server.start(QStringLiteral("X: bigline %1\nS: 250 after").arg(size)));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QCOMPARE(client.received.size(), qsizetype(size) + 2 + 11);
        QVERIFY(client.received.startsWith(QByteArray(size, 'A') + "\r\n"));
        QVERIFY(client.received.endsWith("\r\n250 after\r\n"));
        QVERIFY(server.scriptCompleted());
        QVERIFY(server.errors().isEmpty());
    }

    void garbageIsDeterministicAndHasControlBytes()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(QStringLiteral("X: garbage 5000")));
        QByteArray first;
        for (int i = 0; i < 2; ++i) {
            TestClient client;
            client.connectTo(server.port());
            QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
            QCOMPARE(client.received.size(), qsizetype(5000));
            QVERIFY(client.received.contains('\0'));
            QVERIFY(client.received.contains('\r'));
            QVERIFY(client.received.contains('\n'));
            QVERIFY(client.received.count('A') < 200); // not a big line in disguise
            if (i == 0) {
                first = client.received;
            } else {
                QCOMPARE(client.received, first);
            }
        }
        QCOMPARE(server.connectionCount(), 2);
        QVERIFY(server.errors().isEmpty());
    }

    void endlessKeepsProducing()
    {
        FakeSmtpServer server;
        QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
        QVERIFY(server.start(lines({"S: 220 hi", "C: EHLO *", "X: endless 250"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 hi\r\n"), Timeout);
        client.send("EHLO a\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.size() > 200 * 1024, Timeout);
        QVERIFY(client.received.startsWith("220 hi\r\n250-line 1\r\n250-line 2\r\n250-line 3\r\n"));
        QVERIFY(!client.received.contains("250 ")); // never the last line of the reply
        const qsizetype seen = client.received.size();
        QTRY_VERIFY_WITH_TIMEOUT(client.received.size() > seen + 200 * 1024, Timeout);
        QVERIFY(client.isConnected());
        QCOMPARE(finished.count(), 1);
        QVERIFY(server.scriptCompleted());
        client.send("QUIT\r\n"); // still heard while the server talks
        QTRY_COMPARE_WITH_TIMEOUT(server.receivedLines(),
                                  (QStringList{QStringLiteral("EHLO a"), QStringLiteral("QUIT")}), Timeout);
        QVERIFY(server.errors().isEmpty());
    }

    void silenceKeepsTheConnectionOpen()
    {
        FakeSmtpServer server;
        QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
        QVERIFY(server.start(lines({"S: 220 hi", "X: silence"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 hi\r\n"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
        QVERIFY(server.scriptCompleted());

        QSignalSpy readyRead(&client.socket, &QIODevice::readyRead);
        QSignalSpy disconnected(&client.socket, &QAbstractSocket::disconnected);
        QVERIFY(!disconnected.wait(300)); // a short window in which nothing may happen
        QCOMPARE(readyRead.count(), 0);
        QVERIFY(client.isConnected());

        client.send("QUIT\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(server.receivedLines(), QStringList{QStringLiteral("QUIT")}, Timeout);
        QVERIFY(client.isConnected());
        QCOMPARE(client.received, QByteArray("220 hi\r\n"));
        QVERIFY(server.errors().isEmpty());
    }

    void tooLongClientLineIsAnError()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(lines({"S: 220 hi", "C: *", "S: 250 never sent"})));
        TestClient client;
        client.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 hi\r\n"), Timeout);
        client.send(QByteArray(FakeSmtpServer::MaxClientLine + 512 * 1024, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(!server.errors().isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QCOMPARE(server.errors().size(), 1);
        QVERIFY2(server.errors().constFirst().contains(QLatin1String("without a line end")),
                 qPrintable(server.errors().constFirst()));
        QCOMPARE(client.received, QByteArray("220 hi\r\n"));
        QVERIFY(!server.scriptCompleted());
    }

    void connectionsAreServedIndependently()
    {
        FakeSmtpServer server;
        QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
        QVERIFY(server.start(lines({"S: 220 hi", "C: QUIT", "S: 221 bye"})));
        TestClient first;
        TestClient second;
        first.connectTo(server.port());
        second.connectTo(server.port());
        QTRY_VERIFY_WITH_TIMEOUT(first.received == "220 hi\r\n" && second.received == "220 hi\r\n", Timeout);
        QCOMPARE(server.connectionCount(), 2);
        second.send("QUIT\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(second.isClosed(), Timeout);
        QVERIFY(first.isConnected());
        first.send("QUIT\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(first.isClosed(), Timeout);
        QCOMPARE(first.received, QByteArray("220 hi\r\n221 bye\r\n"));
        QCOMPARE(second.received, QByteArray("220 hi\r\n221 bye\r\n"));
        QCOMPARE(server.receivedLines(), (QStringList{QStringLiteral("QUIT"), QStringLiteral("QUIT")}));
        QCOMPARE(finished.count(), 2);
        QVERIFY(server.errors().isEmpty());
    }

    void startTlsUpgrades_data()
    {
        QTest::addColumn<bool>("trustAsCa");
        QTest::newRow("certificate added to the CA list") << true;
        QTest::newRow("only SelfSignedCertificate ignored") << false;
    }

    void startTlsUpgrades()
    {
        QFETCH(bool, trustAsCa);
        requireIdentity();
        FakeSmtpServer server;
        server.setTlsIdentity(m_certificate, m_key);
        QVERIFY(server.start(StartTlsDialogue));
        TestClient client;
        plainTextUpToStartTls(server, client);
        if (QTest::currentTestFailed()) {
            return;
        }

        if (trustAsCa) {
            QSslConfiguration configuration = client.socket.sslConfiguration();
            configuration.addCaCertificate(m_certificate);
            client.socket.setSslConfiguration(configuration);
        } else {
            client.socket.ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, m_certificate)});
        }
        client.socket.setPeerVerifyName(QStringLiteral("localhost"));
        client.received.clear();
        client.socket.startClientEncryption();
        QTRY_VERIFY_WITH_TIMEOUT(client.socket.isEncrypted() || !client.errors.isEmpty(), Timeout);
        QVERIFY2(client.socket.isEncrypted(), qPrintable(client.socket.errorString()));
        for (const QSslError &error : std::as_const(client.sslErrors)) {
            QVERIFY2(!trustAsCa && error.error() == QSslError::SelfSignedCertificate,
                     qPrintable(error.errorString()));
        }
        QCOMPARE(client.socket.peerCertificate(), m_certificate);

        client.send("EHLO client.test\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("250 fake.test\r\n"), Timeout);
        client.send("QUIT\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QCOMPARE(client.received, QByteArray("250 fake.test\r\n221 bye\r\n"));
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QVERIFY(server.scriptCompleted());
        QCOMPARE(server.receivedLines(),
                 (QStringList{QStringLiteral("EHLO client.test"), QStringLiteral("STARTTLS"),
                              QStringLiteral("EHLO client.test"), QStringLiteral("QUIT")}));
    }

    // The certificate is really checked: a client that does not trust it fails, and so does the server's
    // script.
    void startTlsWithAnUntrustingClientFails()
    {
        requireIdentity();
        FakeSmtpServer server;
        QSignalSpy finished(&server, &FakeSmtpServer::scriptFinished);
        server.setTlsIdentity(m_certificate, m_key);
        QVERIFY(server.start(StartTlsDialogue));
        TestClient client;
        plainTextUpToStartTls(server, client);
        if (QTest::currentTestFailed()) {
            return;
        }
        client.socket.setPeerVerifyName(QStringLiteral("localhost"));
        client.socket.startClientEncryption();
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QVERIFY(!client.socket.isEncrypted());
        QVERIFY(!client.sslErrors.isEmpty());
        QCOMPARE(client.sslErrors.constFirst().error(), QSslError::SelfSignedCertificate);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
        QVERIFY(!server.errors().isEmpty());
        QVERIFY(!server.scriptCompleted());
    }

    void startTlsWithoutIdentityIsAnError()
    {
        FakeSmtpServer server;
        QVERIFY(server.start(StartTlsDialogue));
        TestClient client;
        plainTextUpToStartTls(server, client);
        if (QTest::currentTestFailed()) {
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.isClosed(), Timeout);
        QCOMPARE(server.errors().size(), 1);
        QVERIFY2(server.errors().constFirst().contains(QLatin1String("setTlsIdentity")),
                 qPrintable(server.errors().constFirst()));
        QVERIFY2(server.errors().constFirst().contains(QLatin1String("script line 7")),
                 qPrintable(server.errors().constFirst()));
        QVERIFY(!server.scriptCompleted());
    }

private:
    void requireIdentity()
    {
        if (!m_identityProblem.isEmpty() && m_identityProblem.contains(QLatin1String("not installed"))) {
            QSKIP(qPrintable(m_identityProblem));
        }
        QVERIFY2(m_identityProblem.isEmpty(), qPrintable(m_identityProblem));
    }

    // Banner, EHLO, STARTTLS and its "220 go ahead", in plain text.
    static void plainTextUpToStartTls(const FakeSmtpServer &server, TestClient &client)
    {
        client.connectTo(server.port());
        QTRY_COMPARE_WITH_TIMEOUT(client.received, QByteArray("220 fake.test ESMTP\r\n"), Timeout);
        client.send("EHLO client.test\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("250 STARTTLS\r\n"), Timeout);
        client.send("STARTTLS\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("220 go ahead\r\n"), Timeout);
    }

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_identityProblem;
};

QTEST_GUILESS_MAIN(TestFakeSmtpServer)
#include "tst_fakesmtpserver.moc"
