#pragma once

#include "diagnose/Diagnosis.h"

#include <QDateTime>
#include <QWizardPage>

#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class WizardContext;

// Last page: checks sending again with the settings the user's program has now. Thunderbird's are read
// again (when the user agreed to that on the account page); for other programs the user confirms or types
// them, or says how a test message sent from the program went. The result says which was checked, and when.
class CheckAgainPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckAgainPage(WizardContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Sets the texts again in the language installed now.
    void retranslate();

    // What the last check looked at.
    enum class Source {
        None,           // nothing checked yet
        ProgramRead,    // the settings read again from the mail program
        Confirmed,      // the settings MailFix suggested, confirmed by the user
        Typed,          // settings the user typed
        TestMessageOk,  // the user sent a test message from the program, and it arrived
        TestMessageLost // ... and it did not arrive
    };
    [[nodiscard]] Source lastSource() const { return m_source; }
    // Tests: the clock used for "Checked at".
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    [[nodiscard]] bool canReadProgram() const;
    void checkProgram();
    void checkFields();
    void testMessage(bool arrived);
    void retryPassword();
    void start(Source source);
    void stop();
    void onFinished();
    void onProgress();
    void showResult();
    void setFields(const MailSettings &settings);
    [[nodiscard]] MailSettings fieldSettings() const;
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QString whatWasChecked() const;
    void updateVisibility();

    WizardContext *m_context;
    QLabel *m_intro = nullptr;
    QGroupBox *m_fieldsBox = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_auth = nullptr;
    QPushButton *m_checkFields = nullptr;
    QLabel *m_testIntro = nullptr;
    QPushButton *m_arrived = nullptr;
    QPushButton *m_lost = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_checkedAt = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_again = nullptr;
    QList<QLabel *> m_labels; // the fields' labels, in the order retranslate() names them

    std::function<QDateTime()> m_clock;
    std::optional<MailSettings> m_suggested; // what the Fix page told the user to put in
    std::optional<MailSettings> m_checked;   // the settings the last check used
    QString m_readError;                     // the program's settings could not be read again: why
    QDateTime m_checkedTime;
    Source m_source = Source::None;
    Source m_running = Source::None; // while a check runs: what it checks
    int m_probesDone = 0;            // of the running check
    bool m_waiting = false;
    bool m_stopped = false;
};
