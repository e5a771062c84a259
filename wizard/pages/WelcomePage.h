#pragma once

#include <QWizardPage>

class QPlainTextEdit;

// First page: says what MailFix does and takes the error message the user saw, if any.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_errorText = nullptr;
};
