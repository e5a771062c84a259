#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QStringList>

// Tells, once at start, whether Qt Network can make TLS connections, and if not, what is missing,
// in one sentence a person can act on.
struct TlsStatus
{
    bool available = false;
    QString backend;        // Qt's active TLS backend, e.g. "openssl"
    QString libraryVersion; // the TLS library Qt loaded, e.g. "OpenSSL 3.0.11 19 Sep 2023"
    QString problem;        // empty when available
};

class TlsSupport
{
public:
    // Asks Qt Network now (loads the TLS plugin and library if not loaded yet).
    [[nodiscard]] static TlsStatus check();

    // How this MailFix got its Qt and OpenSSL: from the system's packages (Linux), or in its own folder
    // (the Windows zip and installer, the macOS bundle), where the fix is to reinstall MailFix.
    enum class Packaging { SystemPackages, Bundled };
    [[nodiscard]] static Packaging thisPackaging();

    // The default TLS configuration that also trusts the CAs in these PEM files (tests' harness CA, an
    // MSP's own); certificate verification is never switched off. Unreadable files add nothing.
    [[nodiscard]] static QSslConfiguration trusting(const QStringList &caFiles);

    // Pure decision behind check(): which sentence explains the state Qt reported.
    [[nodiscard]] static QString describeProblem(bool supportsSsl, const QStringList &availableBackends,
                                                 const QString &activeBackend,
                                                 Packaging packaging = thisPackaging());
};
