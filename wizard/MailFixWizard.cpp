#include "MailFixWizard.h"

#include "pages/WelcomePage.h"

MailFixWizard::MailFixWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("MailFix"));
    setObjectName(QStringLiteral("MailFixWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(WelcomePageId, new WelcomePage(this));
    setStartId(WelcomePageId);
    setMinimumSize(640, 480);
}
