#pragma once

#include <QWizardPage>

#include <functional>

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
    // Sets the texts again in the language installed now.
    void retranslate();

private:
    void onFinished();
    void setResult(std::function<QString()> text); // set again when the language changes

    WizardContext *m_context;
    QLabel *m_result = nullptr;
    QPushButton *m_again = nullptr;
    std::function<QString()> m_resultText;
    bool m_waiting = false;
};
