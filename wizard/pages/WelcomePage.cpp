#include "pages/WelcomePage.h"

#include "WizardContext.h"
#include "diagnose/ErrorExplainer.h"
#include "pages/WelcomeSteps.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

WelcomePage::WelcomePage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    m_steps = new WelcomeSteps(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorText = new QPlainTextEdit(this);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setTabChangesFocus(true);
    m_errorLabel->setBuddy(m_errorText);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addSpacing(6);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_errorText, 1);
    layout->addWidget(m_explanation);
    registerField(QStringLiteral("errorText"), m_errorText, "plainText", SIGNAL(textChanged()));
    connect(m_errorText, &QPlainTextEdit::textChanged, this, &WelcomePage::explain);
    retranslate();
}

void WelcomePage::retranslate()
{
    setTitle(tr("Your mail program cannot send?"));
    setSubTitle(tr("MailFix finds out why, and shows you how to fix it in your own mail program."));
    m_steps->retranslate();
    m_intro->setText(tr("It does not send any mail unless you ask it to, and your password stays on this "
                        "computer and with your mail server."));
    m_errorLabel->setText(tr("If your mail program showed an error message, paste it here "
                             "(you can leave this empty):"));
    m_errorText->setAccessibleName(tr("Error message from your mail program"));
    m_errorText->setPlaceholderText(tr("For example: 503 valid RCPT command must precede DATA"));
    m_explanation->setAccessibleName(tr("What the error message means"));
    explain();
}

void WelcomePage::explain()
{
    const QString text = m_errorText->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_explanation->clear();
        return;
    }
    const ErrorExplainer::Explanation e = ErrorExplainer::explain(text);
    if (!e.recognized) {
        m_explanation->setText(tr("MailFix does not know this message. That is fine: the check will find out "
                                  "more."));
        return;
    }
    m_explanation->setText(tr("<b>What this means:</b> %1").arg(e.summary.toHtmlEscaped()));
}

// The error box has the focus from the start: pasting is the first thing to do here.
void WelcomePage::initializePage()
{
    m_errorText->setFocus();
}

bool WelcomePage::validatePage()
{
    m_context->errorText = m_errorText->toPlainText();
    return true;
}
