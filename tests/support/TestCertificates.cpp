#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error != nullptr) {
        *error = message;
    }
    return false;
}

} // namespace

bool makeSelfSignedIdentity(const QString &dir, QSslCertificate *certificate, QSslKey *key, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        return failWith(error, QStringLiteral("the openssl tool is not installed"));
    }
    const QString certificatePath = QDir(dir).filePath(QStringLiteral("localhost-cert.pem"));
    const QString keyPath = QDir(dir).filePath(QStringLiteral("localhost-key.pem"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"), keyPath,
                            QStringLiteral("-out"), certificatePath});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        return failWith(error, QStringLiteral("openssl req failed: %1 %2")
                                   .arg(process.errorString(), QString::fromLocal8Bit(process.readAll())));
    }

    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        return failWith(error, QStringLiteral("cannot read what openssl wrote in %1").arg(dir));
    }
    const QSslCertificate readCertificate(certificateFile.readAll(), QSsl::Pem);
    const QSslKey readKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (readCertificate.isNull() || readKey.isNull()) {
        return failWith(error,
                        QStringLiteral("Qt cannot load the certificate or key openssl wrote in %1").arg(dir));
    }
    *certificate = readCertificate;
    *key = readKey;
    return true;
}
