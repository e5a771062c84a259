#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;
class WizardContext;
struct Diagnosis;

// Fourth page: the main cause in one sentence, the settings that work (and whether they were
// verified), the other findings, and the technical details one click away. Reports can be copied
// or saved from here. When a certificate problem stopped the sign-in test, the user may allow it.
class VerdictPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerdictPage(WizardContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    // Sets the texts again in the language installed now.
    void retranslate();

signals:
    void checkAgainRequested();

private:
    [[nodiscard]] static QString accountLines(const Diagnosis &diagnosis);
    void toggleDetails();
    void saveReport();
    void allowCertificate();

    WizardContext *m_context;
    QLabel *m_cause = nullptr;
    QLabel *m_fix = nullptr;
    QLabel *m_settings = nullptr;
    QLabel *m_verified = nullptr;
    QLabel *m_others = nullptr;
    QLabel *m_support = nullptr; // the MSP's "Need help? Call ..."
    QPushButton *m_allowCertificate = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    bool m_shown = false; // initializePage() ran: there are results to show
    QTextBrowser *m_details = nullptr;
};
