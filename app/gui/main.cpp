#include "MailFixWizard.h"
#include "TlsSupport.h"
#include "Translations.h"
#include "Version.h"
#include "WizardWindow.h"
#include "options/WizardOptions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {
// Peak resident memory in kB (Linux), for --measure-startup.
long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    // --version and --help must work without a display, so they are answered before QApplication.
    for (int i = 1; i < argc; ++i) {
        const bool version = std::strcmp(argv[i], "--version") == 0;
        const bool help = std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0;
        if (!version && !help)
            continue;
        QCoreApplication consoleApp(argc, argv);
        Translations::install();
        const QString text =
            version ? QStringLiteral("%1 %2\n").arg(QLatin1String(MailFix::kProductName),
                                                    QLatin1String(MailFix::kVersion))
                    : QCoreApplication::translate(
                          "main",
                          "Usage: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]\n"
                          "               [--version] [--help]\n"
                          "Starts the MailFix wizard. For the console program, run mailfix-cli --help.\n");
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailFix"));
    QApplication::setOrganizationName(QStringLiteral("MailFix"));
    QApplication::setApplicationVersion(QLatin1String(MailFix::kVersion));
    // The language chosen in the wizard's Language menu, else the system's.
    Translations::install(QSettings().value(Translations::settingsKey()).toString());

    // The MSP's deployment settings (README, "Deployment"); --overrides still wins over theirs.
    const DeploymentConfig deployment = DeploymentConfig::load();
    for (const QString &warning : std::as_const(deployment.warnings))
        printError(QApplication::translate("main", "mailfix: deployment settings: %1").arg(warning));
    // The same options, checks and messages as mailfix-cli's.
    QString problem;
    const std::optional<WizardOptions> options =
        WizardOptions::parse(QApplication::arguments(), deployment, &problem);
    if (!options) {
        printError(QApplication::translate("main", "mailfix: %1").arg(problem));
        QMessageBox::critical(nullptr, QApplication::translate("main", "MailFix"), problem);
        return 2;
    }
    for (const QString &warning : options->warnings)
        printError(warning);

    const TlsStatus tls = TlsSupport::check();
    if (!tls.available) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "MailFix cannot start"), tls.problem);
        return 1;
    }

    WizardContext::Environment environment;
    environment.caFiles = options->caFiles;
    environment.ispdbBaseUrl = options->ispdbBaseUrl;
    environment.overridesDir = options->overridesDir;
    environment.timeoutMs = options->timeoutMs;
    environment.deployment = deployment;

    WizardWindow window(environment); // the wizard; another language retranslates it in place
    window.show();
    if (options->measureStartup) {
        // after the first paint: the window is on screen
        QTimer::singleShot(0, window.wizard(), [&] {
            std::printf("first-window-ms %lld\npeak-rss-kb %ld\n", static_cast<long long>(startup.elapsed()),
                        peakResidentKb());
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return app.exec();
}
