#pragma once

#include "WizardContext.h"

#include <QWizard>

class LanguageMenu;

// The main window: a wizard that leads from "what went wrong" to a verified fix.
class MailFixWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        WelcomePageId = 0,
        AccountPageId,
        CheckingPageId,
        VerdictPageId,
        FixPageId,
        CheckAgainPageId
    };

    explicit MailFixWizard(WizardContext::Environment environment = {}, QWidget *parent = nullptr);
    ~MailFixWizard() override;

    [[nodiscard]] WizardContext *context() const { return m_context; }

    // The question before the password goes to a host outside the user's domain, naming the host (and,
    // for a name a server's certificate gave, the name the user's program uses).
    struct Question
    {
        QString title;
        QString text;
    };
    [[nodiscard]] static Question approvalQuestion(const QString &host, const DetectionResult &detection,
                                                   const QString &address);

    // Sets every text again in the language installed now (the window, its buttons, each page); the pages,
    // the answers and the results stay. Done by itself when the language changes (QEvent::LanguageChange).
    void retranslate();

public slots:
    void showAbout();

signals:
    // The user chose a language in the Language menu (a code, or empty: the system's); already saved.
    void languageChangeRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Asks whether the password may go to hosts outside the user's domain and provider.
    QStringList askApproval(const QStringList &hosts, const DetectionResult &detection);
    void checkAgainFromVerdict();
    // The MSP's deployment settings: branding, the default program, automatic reports.
    void applyDeployment();

    WizardContext *m_context;
    LanguageMenu *m_languages = nullptr;
    bool m_retranslatePending = false;
};
