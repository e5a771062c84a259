#pragma once

#include <QWizardPage>

class QLabel;
class WizardContext;

// Fifth page: the steps to fix the settings in the user's own program, with their values.
class FixPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FixPage(WizardContext *context, QWidget *parent = nullptr);
    void initializePage() override;

private:
    WizardContext *m_context;
    QLabel *m_steps = nullptr;
};
