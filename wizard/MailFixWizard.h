#pragma once

#include <QWizard>

// The main window: a wizard that leads from "what went wrong" to a verified fix.
class MailFixWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId = 0 };

    explicit MailFixWizard(QWidget *parent = nullptr);

public slots:
    void showAbout();
};
