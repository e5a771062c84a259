#include "TlsSupport.h"

#include <QCoreApplication>
#include <QSslSocket>

TlsStatus TlsSupport::check()
{
    TlsStatus status;
    const bool supports = QSslSocket::supportsSsl();
    status.backend = QSslSocket::activeBackend();
    status.libraryVersion = QSslSocket::sslLibraryVersionString();
    status.problem = describeProblem(supports, QSslSocket::availableBackends(), status.backend);
    status.available = status.problem.isEmpty();
    return status;
}

TlsSupport::Packaging TlsSupport::thisPackaging()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return Packaging::Bundled;
#else
    return Packaging::SystemPackages;
#endif
}

QString TlsSupport::describeProblem(bool supportsSsl, const QStringList &availableBackends,
                                    const QString &activeBackend, Packaging packaging)
{
    if (supportsSsl && activeBackend == QLatin1String("openssl"))
        return {};
    const bool bundled = packaging == Packaging::Bundled;
    if (!availableBackends.contains(QLatin1String("openssl")))
        return bundled
                   ? QCoreApplication::translate(
                         "TlsSupport",
                         "MailFix cannot make encrypted connections because Qt's OpenSSL plugin, "
                         "which comes with MailFix, is missing; reinstall MailFix and start it "
                         "again.")
                   : QCoreApplication::translate(
                         "TlsSupport",
                         "MailFix cannot make encrypted connections because Qt's OpenSSL plugin is missing; "
                         "reinstall the Qt network library (on Debian: apt-get install --reinstall "
                         "libqt6network6) and start MailFix again.");
    if (!supportsSsl)
        return bundled
                   ? QCoreApplication::translate(
                         "TlsSupport", "MailFix cannot make encrypted connections because the OpenSSL 3 "
                                       "libraries that come with MailFix could not be loaded; reinstall "
                                       "MailFix and start it again.")
                   : QCoreApplication::translate(
                         "TlsSupport",
                         "MailFix cannot make encrypted connections because the OpenSSL 3 library could not "
                         "be loaded; install it (on Debian: apt-get install libssl3) and start MailFix "
                         "again.");
    return bundled
               ? QCoreApplication::translate("TlsSupport",
                                             "MailFix cannot make encrypted connections because Qt is using "
                                             "the \"%1\" TLS backend and MailFix needs OpenSSL; reinstall "
                                             "MailFix and start it again.")
                     .arg(activeBackend)
               : QCoreApplication::translate(
                     "TlsSupport", "MailFix cannot make encrypted connections because Qt is using the "
                                   "\"%1\" TLS backend and MailFix needs OpenSSL; install Qt's OpenSSL "
                                   "plugin (on Debian: libqt6network6) and start MailFix again.")
                     .arg(activeBackend);
}

QSslConfiguration TlsSupport::trusting(const QStringList &caFiles)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    for (const QString &caFile : caFiles)
        config.addCaCertificates(caFile, QSsl::Pem);
    return config;
}
