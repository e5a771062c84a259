#include "MailFixWizard.h"

#include "AboutDialog.h"
#include "pages/WelcomePage.h"

#include <QAbstractButton>

MailFixWizard::MailFixWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("MailFix"));
    setObjectName(QStringLiteral("MailFixWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(WelcomePageId, new WelcomePage(this));
    setStartId(WelcomePageId);
    setMinimumSize(640, 480);

    setButtonText(QWizard::CustomButton1, tr("&About"));
    setOption(QWizard::HaveCustomButton1, true);
    button(QWizard::CustomButton1)->setAccessibleName(tr("About MailFix and its licences"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
    });
}

void MailFixWizard::showAbout()
{
    AboutDialog about(this);
    about.exec();
}
