#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;
class WizardContext;
struct Diagnosis;
struct IncomingRecommendation;

// Fourth page: what works and what does not in one line (receiving and sending), the main cause in one
// sentence, the settings that work (and whether they were
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

    // The incoming check found something to change on the incoming side: the incoming server is part of the
    // fix (POP-before-SMTP, a password the incoming server accepts and the outgoing one refuses, a different
    // user name), so its settings are shown beside the outgoing ones.
    [[nodiscard]] static bool incomingNeedsChange(const Diagnosis &diagnosis);
    [[nodiscard]] static QString incomingSettingsHtml(const IncomingRecommendation &incoming);
    // The QSettings key of the folder a report was last saved in (a folder name, never a secret).
    [[nodiscard]] static QString lastFolderKey();

signals:
    void checkAgainRequested();

private:
    [[nodiscard]] static QString accountLines(const Diagnosis &diagnosis);
    void toggleDetails();
    void saveReport();
    void copyReport();
    [[nodiscard]] QString saveFolder() const; // the last folder, the MSP's, or Documents
    // "Report saved as x.html." with an "Open folder" button for `folder`; empty folder: no button.
    void confirm(const QString &text, const QString &folder);
    void openFolder();
    // MailFix's own sign-in was refused with the password typed into it: that is the headline.
    [[nodiscard]] bool passwordRefused() const;
    void allowCertificate();

    WizardContext *m_context;
    QLabel *m_summary = nullptr; // Diagnosis::summaryLine
    QLabel *m_partial = nullptr; // shown after Stop: only what finished
    QLabel *m_cause = nullptr;
    QLabel *m_fix = nullptr;
    QLabel *m_settings = nullptr;
    QLabel *m_verified = nullptr;
    QLabel *m_incoming = nullptr; // the incoming settings, when they need a change
    QLabel *m_others = nullptr;
    QLabel *m_support = nullptr; // the MSP's "Need help? Call ..."
    QPushButton *m_allowCertificate = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_feedback = nullptr;        // "Report saved as ..." / "Report copied ..."
    QPushButton *m_openFolder = nullptr; // opens the folder the report was saved in
    QString m_savedFolder;
    bool m_shown = false; // initializePage() ran: there are results to show
    QTextBrowser *m_details = nullptr;
};
