#pragma once

#include "clients/MailClients.h"
#include "guides/GuideDocument.h"
#include "guides/GuideLibrary.h"

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class WizardContext;

// Fifth page: the steps to fix the settings in the user's own program, with their values. For
// Outlook, Thunderbird and Mail it shows the drawn guide of the chosen version (the newest first),
// which can be saved as HTML, PDF or pictures; for other programs, the text steps of the guide for
// any mail program (resources/guides/other.json). Both come from the same guide data.
class FixPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FixPage(WizardContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    // Sets the texts again in the language installed now; the steps are drawn again in it.
    void retranslate();

    // Shows the fix for these answers; initializePage() calls it with the context's (tests call it
    // directly).
    void showFix(MailClients::Program program, const Diagnosis &diagnosis,
                 const std::optional<MailSettings> &current, const QString &address);
    // The accounts whose settings to change (steps for each account repeat); empty: just the address.
    void setAccounts(const QStringList &accounts);

    [[nodiscard]] const GuideDocument &document() const { return m_document; }
    [[nodiscard]] const GuideLibrary &library() const { return m_library; }
    [[nodiscard]] const Guide *currentGuide() const;
    // Saves the current guide (pictures at 200%, so they stay sharp when printed or zoomed).
    [[nodiscard]] bool saveGuide(GuideDocument::Format format, const QString &path, QString *error) const;

private:
    void loadLibrary();
    void versionChosen();
    void scrollToStepOne();
    void showGuideErrors();
    void rebuild();
    void clearSteps();
    void addStep(const GuideDocument::Step &step);
    void showLarger(const QImage &image, int stepNumber);
    void saveWithDialog(GuideDocument::Format format);
    void askForAccounts();
    // The checked values, each with a button that copies it (for typing them into the program).
    void showValues();
    // Apple Mail: a setup profile (.mobileconfig) with the checked settings, saved where the user says.
    void saveAppleProfile();
    // After saving it: the drawn steps to install it and remove the old account (resources/guides, the
    // "profile" guide of Apple Mail).
    void showAppleProfileSteps(const QString &savedPath);
    void fixForMe();
    [[nodiscard]] GuideValues values() const;
    [[nodiscard]] QString programLabel() const; // "Outlook", ..., or "your mail program"
    // What comes before the steps: nothing to change, the settings (drawn guides), the notes.
    [[nodiscard]] QString introHtml(const GuideSelection::Result &chosen, bool withSummary) const;
    [[nodiscard]] GuideSelection::Result selection() const;

    WizardContext *m_context;
    GuideLibrary m_library;
    bool m_libraryLoaded = false;

    QLabel *m_steps = nullptr; // the summary (drawn guides) or the text steps (other programs)
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_version = nullptr;
    QPushButton *m_accountsButton = nullptr;
    QPushButton *m_save = nullptr;
    QList<QAction *> m_saveAs; // HTML, PDF, pictures
    QScrollArea *m_scroll = nullptr;
    QPointer<QWidget> m_lastTabStop; // the guide's last control in the Tab order so far
    QWidget *m_stepsHost = nullptr;
    QVBoxLayout *m_stepsLayout = nullptr;
    QLabel *m_guideErrors = nullptr;
    QWidget *m_values = nullptr; // the values and their copy buttons
    QGridLayout *m_valuesLayout = nullptr;
    QPushButton *m_appleProfile = nullptr;
    QPushButton *m_fixForMe = nullptr; // Thunderbird, when its profile was read: ThunderbirdFixDialog

    MailClients::Program m_program = MailClients::Program::Other;
    Diagnosis m_diagnosis;
    std::optional<MailSettings> m_current;
    QString m_address;
    QStringList m_accounts;
    GuideDocument m_document;
};
