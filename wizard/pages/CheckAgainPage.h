#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class WizardContext;

// Last page: checks again with the settings the user has now put into their program, and says
// whether sending works.
class CheckAgainPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckAgainPage(WizardContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void onFinished();

    WizardContext *m_context;
    QLabel *m_result = nullptr;
    QPushButton *m_again = nullptr;
    bool m_waiting = false;
};
