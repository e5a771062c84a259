#pragma once

#include "WizardContext.h"

#include <QWizard>

// The main window: a wizard that leads from "what went wrong" to a verified fix.
class MailFixWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId = 0,
        AccountPageId,
        CheckingPageId,
        VerdictPageId,
        FixPageId,
        CheckAgainPageId
    };

    explicit MailFixWizard(WizardContext::Environment environment = {}, QWidget *parent = nullptr);
    ~MailFixWizard() override;

    [[nodiscard]] WizardContext *context() const { return m_context; }

public slots:
    void showAbout();

signals:
    // The user chose a language in the Language menu (a code, or empty: the system's); already saved.
    void languageChangeRequested(const QString &language);

private:
    // Asks whether the password may go to hosts outside the user's domain and provider.
    QStringList askApproval(const QStringList &hosts);
    void checkAgainFromVerdict();
    // The MSP's deployment settings: branding, the default program, automatic reports.
    void applyDeployment();

    WizardContext *m_context;
};
