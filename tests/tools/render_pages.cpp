// mailfix-render-pages OUTDIR: renders every wizard page to PNG for review, against the real-server
// harness (run it through tests/harness/harness.sh exec, under Xvfb or offscreen), in the system's
// language, with a dark palette when MAILFIX_RENDER_DARK=1. See scripts/render-pages.sh.
#include "SeedCaseWizard.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPushButton>

#include <cstdio>

namespace {
// A dark system palette, as a desktop in dark mode gives applications (MAILFIX_RENDER_DARK=1).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x96, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MailFixRender"));
    Translations::install(); // the system's language, as the wizard does: LANGUAGE=de renders German pages
    if (qEnvironmentVariableIntValue("MAILFIX_RENDER_DARK") == 1)
        QApplication::setPalette(darkPalette());
    if (argc < 2) {
        std::fputs("usage: mailfix-render-pages OUTDIR [ADDRESS]\n", stderr);
        return 2;
    }
    HarnessEnv env;
    QString missing;
    if (!HarnessEnv::load(&env, &missing)) {
        std::fprintf(stderr, "not inside the harness (%s unset)\n", qPrintable(missing));
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    const QString address = argc > 2 ? QString::fromLocal8Bit(argv[2]) : env.user;

    MailFixWizard wizard(SeedCaseWizard::environment(env));
    wizard.resize(820, 620);
    wizard.show();
    int n = 0;
    auto shot = [&](const char *name) {
        SeedCaseWizard::settle(150);
        const QString file = out.filePath(
            QStringLiteral("%1-%2.png").arg(++n, 2, 10, QLatin1Char('0')).arg(QLatin1String(name)));
        wizard.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };

    SeedCaseWizard::pasteError(wizard);
    shot("welcome");
    wizard.next();
    SeedCaseWizard::fillAccount(wizard, address, env.password);
    shot("account");
    wizard.next();
    SeedCaseWizard::settle(40);
    shot("checking-running");
    if (!SeedCaseWizard::waitForRun(wizard.context())) {
        std::fputs("the check did not finish in 30 s\n", stderr);
        return 1;
    }
    shot("checking-done");
    wizard.next();
    shot("verdict");
    wizard.findChild<QPushButton *>(QStringLiteral("showDetails"))->click();
    shot("verdict-details");
    wizard.findChild<QPushButton *>(QStringLiteral("showDetails"))->click();
    wizard.next();
    shot("fix");
    wizard.next();
    if (!SeedCaseWizard::waitForRun(wizard.context())) {
        std::fputs("the check did not finish in 30 s\n", stderr);
        return 1;
    }
    shot("check-again");
    return 0;
}
