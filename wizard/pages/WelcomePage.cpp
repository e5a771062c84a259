#include "pages/WelcomePage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Your mail program cannot send?"));
    setSubTitle(tr("MailFix finds out why, and shows you how to fix it in your own mail program."));

    auto *intro = new QLabel(tr("MailFix talks to your mail server the way your mail program does, "
                                "one step at a time, and tells you which step goes wrong. "
                                "It does not send any mail unless you ask it to."),
                             this);
    intro->setWordWrap(true);

    auto *errorLabel = new QLabel(tr("If your mail program showed an error message, paste it here "
                                     "(you can leave this empty):"),
                                  this);
    errorLabel->setWordWrap(true);
    m_errorText = new QPlainTextEdit(this);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setAccessibleName(tr("Error message from your mail program"));
    m_errorText->setPlaceholderText(tr("For example: 503 valid RCPT command must precede DATA"));
    m_errorText->setTabChangesFocus(true);
    errorLabel->setBuddy(m_errorText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(errorLabel);
    layout->addWidget(m_errorText, 1);
    registerField(QStringLiteral("errorText"), m_errorText, "plainText", SIGNAL(textChanged()));
}
