// mailfix-a11y-driver [ADDRESS]: shows the real wizard and walks it through a whole check against the
// real-server harness, one page at a time, for tests/a11y/check_a11y.py, which reads each page through
// AT-SPI. On each page it prints "PAGE <name>" (on the verdict page first "HEADLINE <text>", the headline
// as the wizard shows it) and waits for a line on stdin ("next") before it goes on; it keeps the event loop
// running meanwhile, so that the wizard answers AT-SPI. "quit" or the end of stdin ends it.
#include "SeedCaseWizard.h"
#include "Translations.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QSocketNotifier>

#include <cstdio>
#include <string>

namespace {
// One line from stdin, read while the event loop runs; empty at the end of stdin.
QByteArray readCommand()
{
    QSocketNotifier notifier(0, QSocketNotifier::Read);
    QEventLoop loop;
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(char(c));
    return QByteArray::fromStdString(line).trimmed();
}

// Tells the test which page is showing and waits for it; false when the test said "quit" or went away.
bool announce(const char *page)
{
    SeedCaseWizard::settle(200);
    std::printf("PAGE %s\n", page);
    std::fflush(stdout);
    const QByteArray command = readCommand();
    return command == "next";
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MailFixA11y"));
    Translations::install();
    HarnessEnv env;
    QString missing;
    if (!HarnessEnv::load(&env, &missing)) {
        std::fprintf(stderr, "not inside the harness (%s unset)\n", qPrintable(missing));
        return 2;
    }
    const QString address = argc > 1 ? QString::fromLocal8Bit(argv[1]) : env.user;

    MailFixWizard wizard(SeedCaseWizard::environment(env));
    wizard.resize(820, 620);
    wizard.show();
    wizard.activateWindow(); // no window manager under Xvfb: the keyboard goes to the wizard

    SeedCaseWizard::pasteError(wizard);
    if (!announce("welcome"))
        return 0;
    wizard.next();
    SeedCaseWizard::fillAccount(wizard, address, env.password);
    if (!announce("account"))
        return 0;
    wizard.next();
    if (!SeedCaseWizard::waitForRun(wizard.context())) {
        std::fputs("the check did not finish in 30 s\n", stderr);
        return 1;
    }
    if (!announce("checking"))
        return 0;
    wizard.next();
    const auto *headline = wizard.findChild<QLabel *>(QStringLiteral("summary"));
    const QString shown = headline->isVisibleTo(&wizard) ? headline->text() : QString();
    std::printf("HEADLINE %s\n", shown.toUtf8().replace('\n', ' ').constData());
    if (!announce("verdict"))
        return 0;
    wizard.next();
    if (!announce("fix"))
        return 0;
    wizard.next();
    if (!SeedCaseWizard::waitForRun(wizard.context())) {
        std::fputs("the check again did not finish in 30 s\n", stderr);
        return 1;
    }
    announce("check-again");
    return 0;
}
