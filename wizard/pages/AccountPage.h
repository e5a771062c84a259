#pragma once

#include "clients/MailClients.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class WizardContext;

// Second page: the email address, the password (optional, memory only), the mail program (pre-selected
// when one is installed) and, optionally, the outgoing settings used now (typed in, or read from a
// Thunderbird profile with the user's consent).
class AccountPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Sets the texts again in the language installed now; what was typed and chosen stays.
    void retranslate();

    // Fills the current-settings fields (for the Thunderbird reader and for tests).
    void setCurrentSettings(const MailSettings &settings);

private:
    void checkAddress();
    // Asks, then reads the accounts of a mail program; the first that sends as the address fills the
    // fields, and every one is judged by the diagnosis.
    void readProgram(MailClients::Program program);
    [[nodiscard]] MailSettings fieldSettings() const;

    WizardContext *m_context;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressProblem = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_useProvider = nullptr;
    QLabel *m_why = nullptr;
    QList<QLabel *> m_labels; // the fields' labels
    QComboBox *m_program = nullptr;
    QGroupBox *m_currentBox = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_auth = nullptr;
    QPushButton *m_readThunderbird = nullptr;
    QPushButton *m_readOutlook = nullptr;
    QList<ProgramAccount> m_readAccounts; // what was read, for the diagnosis
    std::optional<MailSettings>
        m_readValues; // the fields as read: unchanged, the diagnosis picks the account
};
