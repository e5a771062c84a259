#include "MailFixWizard.h"

#include "AboutDialog.h"
#include "LanguageMenu.h"
#include "ReportExporter.h"
#include "pages/AccountPage.h"
#include "pages/CheckAgainPage.h"
#include "pages/CheckingPage.h"
#include "pages/FixPage.h"
#include "pages/VerdictPage.h"
#include "pages/WelcomePage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>

MailFixWizard::MailFixWizard(WizardContext::Environment environment, QWidget *parent)
    : QWizard(parent), m_context(new WizardContext(std::move(environment), this))
{
    setObjectName(QStringLiteral("MailFixWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(WelcomePageId, new WelcomePage(m_context, this));
    setPage(AccountPageId, new AccountPage(m_context, this));
    setPage(CheckingPageId, new CheckingPage(m_context, this));
    auto *verdict = new VerdictPage(m_context, this);
    setPage(VerdictPageId, verdict);
    setPage(FixPageId, new FixPage(m_context, this));
    setPage(CheckAgainPageId, new CheckAgainPage(m_context, this));
    setStartId(WelcomePageId);
    applyDeployment();
    setMinimumSize(640, 480);

    setOption(QWizard::HaveCustomButton1, true);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
    });
    // Language: a menu of the languages MailFix speaks; choosing one retranslates the window in place.
    setOption(QWizard::HaveCustomButton2, true);
    m_languages = new LanguageMenu(this);
    if (auto *languageButton = qobject_cast<QPushButton *>(button(QWizard::CustomButton2)))
        languageButton->setMenu(m_languages);
    connect(m_languages, &LanguageMenu::languageChosen, this, &MailFixWizard::languageChangeRequested);
    retranslate();
    // Alt and a letter that no button or label answers must not type the letter into a field.
    for (QWidget *field : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field) ||
            qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field))
            field->installEventFilter(this);
    }
    connect(verdict, &VerdictPage::checkAgainRequested, this, &MailFixWizard::checkAgainFromVerdict);
    if (!m_context->environment().approveHosts) {
        m_context->setApproveHosts([this](const QStringList &hosts, const DetectionResult &detection) {
            return askApproval(hosts, detection);
        });
    }

    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("windowGeometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(760, 560);
}

MailFixWizard::~MailFixWizard()
{
    m_context->cancelRun();
    QSettings settings; // the window size; never the password
    settings.setValue(QStringLiteral("windowGeometry"), saveGeometry());
}

void MailFixWizard::retranslate()
{
    m_retranslatePending = false;
    const DeploymentConfig::Branding &branding = m_context->environment().deployment.branding;
    setWindowTitle(branding.isCustom() ? branding.productName : tr("MailFix"));
    // QWizard's own buttons (their texts are Qt's, translated in MailFix's files: QtStrings.cpp)
    static constexpr std::pair<QWizard::WizardButton, const char *> kQtButtons[] = {
        {QWizard::BackButton, "< &Back"},  {QWizard::NextButton, "&Next >"},
        {QWizard::CommitButton, "Commit"}, {QWizard::FinishButton, "&Finish"},
        {QWizard::CancelButton, "Cancel"}, {QWizard::HelpButton, "&Help"}};
    for (const auto &[which, text] : kQtButtons)
        setButtonText(which, QCoreApplication::translate("QWizard", text));
    setButtonText(QWizard::CustomButton1, tr("Abo&ut"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("About MailFix and its licences"));
    setButtonText(QWizard::CustomButton2, tr("&Language"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("Choose the language of MailFix"));
    m_languages->retranslate();
    m_context->judgeAgain(); // the findings' sentences in the new language
    qobject_cast<WelcomePage *>(page(WelcomePageId))->retranslate();
    qobject_cast<AccountPage *>(page(AccountPageId))->retranslate();
    qobject_cast<CheckingPage *>(page(CheckingPageId))->retranslate();
    qobject_cast<VerdictPage *>(page(VerdictPageId))->retranslate();
    qobject_cast<FixPage *>(page(FixPageId))->retranslate();
    qobject_cast<CheckAgainPage *>(page(CheckAgainPageId))->retranslate();
}

void MailFixWizard::changeEvent(QEvent *event)
{
    // Installing a language sends this once per translator: the window is retranslated once, after them.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MailFixWizard::retranslate, Qt::QueuedConnection);
    }
    QWizard::changeEvent(event);
}

bool MailFixWizard::eventFilter(QObject *watched, QEvent *event)
{
#ifndef Q_OS_MACOS // there, Option and a letter types characters (Option+L is @ on German keyboards)
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::ShiftModifier;
        // Alt alone (AltGr is Ctrl+Alt on Windows, and no Alt on X11 and Wayland): a mnemonic. Had a button
        // or label answered it, no key press would arrive; none did (e.g. Next is disabled): type nothing.
        if (modifiers == Qt::AltModifier && !key->text().isEmpty() && key->text().at(0).isPrint())
            return true;
    }
#endif
    return QWizard::eventFilter(watched, event);
}

void MailFixWizard::showAbout()
{
    AboutDialog about(this, m_context->environment().deployment.branding);
    about.exec();
}

QStringList MailFixWizard::askApproval(const QStringList &hosts, const DetectionResult &detection)
{
    QStringList approved;
    for (const QString &host : hosts) {
        const Question q = approvalQuestion(host, detection, m_context->address);
        if (QMessageBox::question(this, q.title, q.text, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) == QMessageBox::Yes)
            approved << host;
    }
    return approved;
}

MailFixWizard::Question MailFixWizard::approvalQuestion(const QString &host, const DetectionResult &detection,
                                                        const QString &address)
{
    const QString domain = address.section(QLatin1Char('@'), 1);
    const auto fromCertificate =
        std::find_if(detection.candidates.cbegin(), detection.candidates.cend(), [&host](const Candidate &c) {
            return c.source == CandidateSource::Certificate &&
                   c.endpoint.host.compare(host, Qt::CaseInsensitive) == 0;
        });
    Question q;
    q.title = tr("Send your password to %1?").arg(host);
    if (fromCertificate != detection.candidates.cend()) {
        q.text =
            tr("The server at %1 says its real name is %2: its certificate is for %2. This is usual when "
               "many websites share one server, and %2 leads to the same server. But %2 is not part of "
               "%3, so MailFix asks first.\n\n"
               "Should MailFix test signing in at %2?")
                .arg(fromCertificate->origin, host, domain);
        return q;
    }
    q.text = tr("Your provider's settings point to the server %1, which is not part of "
                "%2. Mail providers sometimes "
                "use another company's servers, but a wrong setting could also send "
                "your password to a stranger.\n\n"
                "Should MailFix test signing in at %1?")
                 .arg(host, domain);
    return q;
}

void MailFixWizard::applyDeployment()
{
    const DeploymentConfig &deployment = m_context->environment().deployment;
    if (!deployment.branding.logoPath.isEmpty()) {
        const QPixmap logo(deployment.branding.logoPath);
        if (logo.isNull())
            qWarning("MailFix: the logo %s cannot be shown", qUtf8Printable(deployment.branding.logoPath));
        else
            page(WelcomePageId)
                ->setPixmap(QWizard::LogoPixmap,
                            logo.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    if (deployment.defaultProgram)
        m_context->program = *deployment.defaultProgram;
    if (deployment.autoSaveReports) {
        connect(m_context, &WizardContext::runFinished, this, [this] {
            if (!m_context->hasResult())
                return;
            QString path;
            QString error;
            if (!m_context->environment().deployment.saveReport(m_context->address,
                                                                ReportExporter::json(*m_context),
                                                                QDateTime::currentDateTime(), &path, &error))
                qWarning("MailFix: the report was not saved: %s", qUtf8Printable(error));
        });
    }
}

void MailFixWizard::checkAgainFromVerdict()
{
    while (currentId() != CheckingPageId && currentId() != WelcomePageId)
        back();
    m_context->startRun();
}
