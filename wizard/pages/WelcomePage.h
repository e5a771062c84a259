#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class WelcomeSteps;
class WizardContext;

// First page: says in one glance what MailFix does (three drawn steps) and takes the error message the user
// saw, if any; a recognised message is explained in plain words as soon as it is pasted.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    // Sets the texts again in the language installed now.
    void retranslate();

private:
    void explain();

    WizardContext *m_context;
    WelcomeSteps *m_steps = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPlainTextEdit *m_errorText = nullptr;
    QLabel *m_explanation = nullptr;
};
