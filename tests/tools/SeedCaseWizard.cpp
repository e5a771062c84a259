#include "SeedCaseWizard.h"

#include "pages/AccountPage.h"

#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace SeedCaseWizard {

WizardContext::Environment environment(const HarnessEnv &env)
{
    WizardContext::Environment e;
    e.caFiles = {env.caFile};
    e.ispdbBaseUrl = QStringLiteral("https://ispdb.test/v1.1/");
    e.timeoutMs = 3000;
    e.approveHosts = [](const QStringList &, const DetectionResult &) { return QStringList(); };
    return e;
}

void settle(int ms)
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

void pasteError(MailFixWizard &wizard)
{
    wizard.findChild<QPlainTextEdit *>(QStringLiteral("errorText"))
        ->setPlainText(QStringLiteral("Sending of the message failed.\nThe mail server responded: 503 valid "
                                      "RCPT command must precede DATA"));
}

void fillAccount(MailFixWizard &wizard, const QString &address, const QString &password)
{
    wizard.findChild<QLineEdit *>(QStringLiteral("address"))->setText(address);
    wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    QString error;
    qobject_cast<AccountPage *>(wizard.currentPage())
        ->setCurrentSettings(
            *MailSettings::parse(QStringLiteral("smtp.example.test:587:starttls:none"), &error));
}

} // namespace SeedCaseWizard
