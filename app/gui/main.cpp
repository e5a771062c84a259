#include "MailFixWizard.h"
#include "TlsSupport.h"
#include "Version.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // --version and --help must work without a display, so they are answered before QApplication.
    for (int i = 1; i < argc; ++i) {
        const bool version = std::strcmp(argv[i], "--version") == 0;
        const bool help = std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0;
        if (!version && !help)
            continue;
        QCoreApplication consoleApp(argc, argv);
        const QString text =
            version
                ? QStringLiteral("%1 %2\n").arg(QLatin1String(MailFix::kProductName),
                                                QLatin1String(MailFix::kVersion))
                : QCoreApplication::translate("main", "Usage: mailfix [--version] [--help]\n"
                                                      "Starts the MailFix wizard. For the console program, "
                                                      "run mailfix-cli --help.\n");
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailFix"));
    QApplication::setOrganizationName(QStringLiteral("MailFix"));
    QApplication::setApplicationVersion(QLatin1String(MailFix::kVersion));

    const TlsStatus tls = TlsSupport::check();
    if (!tls.available) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "MailFix cannot start"), tls.problem);
        return 1;
    }

    MailFixWizard wizard;
    wizard.show();
    return app.exec();
}
