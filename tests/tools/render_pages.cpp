// mailfix-render-pages OUTDIR: renders every wizard page to PNG for review, against the real-server
// harness (run it through tests/harness/harness.sh exec, under Xvfb or offscreen). See
// scripts/render-pages.sh.
#include "HarnessEnv.h"
#include "MailFixWizard.h"
#include "Translations.h"
#include "pages/AccountPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace {
void settle(int ms = 150)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitForRun(WizardContext *context)
{
    QEventLoop loop;
    QObject::connect(context, &WizardContext::runFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (context->isRunning())
        loop.exec();
    return !context->isRunning();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MailFixRender"));
    Translations::install(); // the system's language, as the wizard does: LANGUAGE=de renders German pages
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

    WizardContext::Environment e;
    e.caFiles = {env.caFile};
    e.ispdbBaseUrl = QStringLiteral("https://ispdb.test/v1.1/");
    e.timeoutMs = 3000;
    e.approveHosts = [](const QStringList &, const DetectionResult &) { return QStringList(); };
    MailFixWizard wizard(e);
    wizard.resize(820, 620);
    wizard.show();
    int n = 0;
    auto shot = [&](const char *name) {
        settle();
        const QString file = out.filePath(
            QStringLiteral("%1-%2.png").arg(++n, 2, 10, QLatin1Char('0')).arg(QLatin1String(name)));
        wizard.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };

    wizard.findChild<QPlainTextEdit *>(QStringLiteral("errorText"))
        ->setPlainText(QStringLiteral(
            "Sending of the message failed.\nThe mail server responded: 503 valid RCPT command "
            "must precede DATA"));
    shot("welcome");
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("address"))->setText(address);
    wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setText(env.password);
    QString error;
    qobject_cast<AccountPage *>(wizard.currentPage())
        ->setCurrentSettings(
            *MailSettings::parse(QStringLiteral("smtp.example.test:587:starttls:none"), &error));
    shot("account");
    wizard.next();
    settle(40);
    shot("checking-running");
    waitForRun(wizard.context());
    shot("checking-done");
    wizard.next();
    shot("verdict");
    wizard.findChild<QPushButton *>(QStringLiteral("showDetails"))->click();
    shot("verdict-details");
    wizard.findChild<QPushButton *>(QStringLiteral("showDetails"))->click();
    wizard.next();
    shot("fix");
    wizard.next();
    waitForRun(wizard.context());
    shot("check-again");
    return 0;
}
