#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// Makes a throw-away self-signed certificate for "localhost" / 127.0.0.1 and its RSA key, for STARTTLS tests
// against FakeSmtpServer. Runs the openssl command-line tool in dir (e.g. a QTemporaryDir) and blocks until
// it is done, so call it from initTestCase(), not while a server is talking. False, with *error set, when it
// cannot.
[[nodiscard]] bool makeSelfSignedIdentity(const QString &dir, QSslCertificate *certificate, QSslKey *key,
                                          QString *error = nullptr);
