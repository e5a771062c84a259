#include "Translations.h"
#include "Version.h"
#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = CliApp::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailfix-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailFix"));
    QCoreApplication::setApplicationVersion(QLatin1String(MailFix::kVersion));
    Translations::install(); // the system's language: LANGUAGE, LC_ALL, LC_MESSAGES, LANG

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
