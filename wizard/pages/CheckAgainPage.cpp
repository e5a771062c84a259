#include "pages/CheckAgainPage.h"

#include "WizardContext.h"
#include "diagnose/Findings.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CheckAgainPage::CheckAgainPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent), m_context(context)
{
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("checkAgainResult"));
    m_result->setWordWrap(true);
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_again, &QPushButton::clicked, this, &CheckAgainPage::initializePage);
    connect(m_context, &WizardContext::runFinished, this, &CheckAgainPage::onFinished);
    setFinalPage(true);
    retranslate();
}

void CheckAgainPage::retranslate()
{
    setTitle(tr("Check again"));
    setSubTitle(tr("MailFix checks the settings you have just put into your mail program."));
    m_again->setText(tr("Check &again"));
    if (m_resultText)
        m_result->setText(m_resultText());
}

void CheckAgainPage::setResult(std::function<QString()> text)
{
    m_resultText = std::move(text);
    m_result->setText(m_resultText());
}

void CheckAgainPage::initializePage()
{
    // The program now uses the recommended settings, with sign-in.
    if (m_context->hasResult() && m_context->diagnosis().recommended)
        m_context->current = m_context->diagnosis().recommended->settings;
    m_waiting = true;
    m_again->setEnabled(false);
    setResult([] { return tr("Checking..."); });
    emit completeChanged();
    m_context->startRun();
}

void CheckAgainPage::onFinished()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_again->setEnabled(true);
    const Diagnosis &d = m_context->diagnosis();
    if (m_context->wasCancelled()) {
        setResult([] { return tr("Stopped."); });
    } else if (d.find(FindingCode::SettingsOk)) {
        setResult([] { return tr("Sending works now with these settings. You can close MailFix."); });
    } else if (d.recommended && !d.recommended->verified && m_context->password.isEmpty()) {
        setResult([] {
            return tr("The server answers as expected. Without your password MailFix cannot confirm that "
                      "signing in works: send yourself a message to be sure.");
        });
    } else if (!d.findings.isEmpty()) {
        const QString title = d.findings.first().title;
        setResult([title] { return tr("Not yet: %1").arg(title); });
    } else {
        setResult([] { return tr("MailFix could not confirm that sending works."); });
    }
    emit completeChanged();
}

bool CheckAgainPage::isComplete() const
{
    return !m_waiting;
}
