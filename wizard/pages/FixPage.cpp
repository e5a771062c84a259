#include "pages/FixPage.h"

#include "FixSteps.h"
#include "WizardContext.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

FixPage::FixPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    setTitle(tr("Fix it"));
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("fixSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_steps);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
}

void FixPage::initializePage()
{
    setSubTitle(tr("Change these settings in %1, then click Next to check again.")
                    .arg(MailClients::displayName(m_context->program)));
    const QStringList steps = FixSteps::steps(m_context->program, m_context->diagnosis());
    if (steps.isEmpty()) {
        m_steps->setText(
            tr("MailFix has no settings to suggest, because no server answered. Check your internet "
               "connection, then go back and check again."));
        return;
    }
    QString html = QStringLiteral("<ol>");
    for (const QString &step : steps)
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(step.toHtmlEscaped());
    m_steps->setText(html + QStringLiteral("</ol>"));
}
