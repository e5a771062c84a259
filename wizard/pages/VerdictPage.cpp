#include "pages/VerdictPage.h"

#include "ReportExporter.h"
#include "WizardContext.h"
#include "diagnose/Findings.h"
#include "report/DiagnosisReport.h"
#include "report/Wording.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

VerdictPage::VerdictPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headline = m_summary->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.25);
    headline.setBold(true);
    m_summary->setFont(headline);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);

    m_partial = new QLabel(this);
    m_partial->setObjectName(QStringLiteral("partial"));
    m_partial->setWordWrap(true);
    m_partial->setVisible(false);

    m_cause = new QLabel(this);
    m_cause->setObjectName(QStringLiteral("cause"));
    m_cause->setWordWrap(true);
    m_cause->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_cause->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    big.setBold(true);
    m_cause->setFont(big);

    m_fix = new QLabel(this);
    m_fix->setObjectName(QStringLiteral("fix"));
    m_fix->setWordWrap(true);
    m_fix->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_settings = new QLabel(this);
    m_settings->setObjectName(QStringLiteral("settings"));
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verified = new QLabel(this);
    m_verified->setObjectName(QStringLiteral("verified"));
    m_verified->setWordWrap(true);
    m_incoming = new QLabel(this);
    m_incoming->setObjectName(QStringLiteral("incomingSettings"));
    m_incoming->setWordWrap(true);
    m_incoming->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_incoming->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_incoming->setVisible(false);
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("otherFindings"));
    m_others->setWordWrap(true);
    m_others->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_others->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_support = new QLabel(m_context->environment().deployment.branding.supportLine(), this);
    m_support->setObjectName(QStringLiteral("support"));
    m_support->setTextFormat(Qt::PlainText);
    m_support->setWordWrap(true);
    m_support->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_support->setVisible(!m_support->text().isEmpty());

    m_allowCertificate = new QPushButton(this);
    m_allowCertificate->setObjectName(QStringLiteral("allowCertificate"));
    m_detailsButton = new QPushButton(this);
    m_detailsButton->setObjectName(QStringLiteral("showDetails"));
    m_detailsButton->setCheckable(true);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setVisible(false);
    m_details->setLineWrapMode(QTextEdit::WidgetWidth); // long transcript lines wrap: no sideways scrolling
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("reportFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->setVisible(false);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openReportFolder"));
    m_openFolder->setVisible(false);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *feedback = new QHBoxLayout;
    feedback->addWidget(m_feedback, 1);
    feedback->addWidget(m_openFolder);
    auto *outgoing = new QVBoxLayout;
    outgoing->addWidget(m_settings);
    outgoing->addWidget(m_verified);
    outgoing->addStretch(1);
    auto *settings = new QHBoxLayout;
    settings->addLayout(outgoing, 1);
    settings->addWidget(m_incoming, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_partial);
    layout->addSpacing(4);
    layout->addWidget(m_cause);
    layout->addWidget(m_fix);
    layout->addSpacing(8);
    layout->addLayout(settings);
    layout->addWidget(m_allowCertificate);
    layout->addWidget(m_others, 1);
    layout->addWidget(m_details, 3);
    layout->addWidget(m_support);
    layout->addLayout(buttons);
    layout->addLayout(feedback);

    connect(m_detailsButton, &QPushButton::toggled, this, &VerdictPage::toggleDetails);
    connect(m_copy, &QPushButton::clicked, this, &VerdictPage::copyReport);
    connect(m_openFolder, &QPushButton::clicked, this, &VerdictPage::openFolder);
    connect(m_save, &QPushButton::clicked, this, &VerdictPage::saveReport);
    connect(m_allowCertificate, &QPushButton::clicked, this, &VerdictPage::allowCertificate);
    retranslate();
}

void VerdictPage::retranslate()
{
    setTitle(tr("What MailFix found"));
    setSubTitle(tr("What works, what does not, and what to change.")); // keeps the header band
    m_openFolder->setText(tr("Open &folder"));
    m_allowCertificate->setText(tr("Allow this server's certificate and check again..."));
    m_detailsButton->setText(m_detailsButton->isChecked() ? tr("Hide technical &details")
                                                          : tr("Show technical &details"));
    m_copy->setText(tr("&Copy report"));
    m_save->setText(tr("Sa&ve report..."));
    m_details->setAccessibleName(tr("Technical details"));
    if (m_shown) // the findings, judged again in the new language (WizardContext::judgeAgain)
        initializePage();
}

// One line per account of the user's program, when they were read: which works, which does not and why.
QString VerdictPage::accountLines(const Diagnosis &d)
{
    QString out;
    for (const AccountVerdict &v : d.accounts) {
        const QString name = (v.account.name.isEmpty() ? v.account.email : v.account.name).toHtmlEscaped();
        const Finding *cause = v.cause();
        out += cause ? tr("<li><b>Account \"%1\" (port %2): this one does not work.</b> %3</li>")
                           .arg(name)
                           .arg(v.account.outgoing.port)
                           .arg(cause->title.toHtmlEscaped())
                     : tr("<li>Account \"%1\" (port %2): this one works.</li>")
                           .arg(name)
                           .arg(v.account.outgoing.port);
    }
    return out;
}

bool VerdictPage::incomingNeedsChange(const Diagnosis &d)
{
    if (!d.incoming)
        return false;
    if (d.find(FindingCode::PopBeforeSmtp) || d.find(FindingCode::SmtpPasswordRefusedIncomingOk))
        return true;
    const QString &in = d.incoming->settings.settings.username;
    return d.recommended && !in.isEmpty() && !d.recommended->settings.username.isEmpty() &&
           d.recommended->settings.username.compare(in, Qt::CaseInsensitive) != 0;
}

QString VerdictPage::incomingSettingsHtml(const IncomingRecommendation &incoming)
{
    const MailSettings &s = incoming.settings.settings;
    const QString protocol =
        incoming.settings.protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP");
    QString html = tr("<table><tr><td>Incoming server (%1):&nbsp;</td><td><b>%2</b></td></tr>"
                      "<tr><td>Port:</td><td><b>%3</b></td></tr>"
                      "<tr><td>Encryption:</td><td><b>%4</b></td></tr>"
                      "<tr><td>User name:</td><td><b>%5</b></td></tr></table>")
                       .arg(protocol, s.host.toHtmlEscaped())
                       .arg(s.port)
                       .arg(Wording::security(s.security).toHtmlEscaped(), s.username.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(incoming.verified
                         ? tr("We checked this: signing in to receive mail works with these settings.")
                         : tr("This should work, but it is not confirmed: %1")
                               .arg(incoming.unconfirmed.join(QLatin1Char(' ')).toHtmlEscaped()));
    return html;
}

void VerdictPage::initializePage()
{
    m_shown = true;
    const Diagnosis &d = m_context->diagnosis();
    m_summary->setText(d.summaryLine);
    m_summary->setVisible(!d.summaryLine.isEmpty());
    m_partial->setText(tr("<b>Partial result.</b> You stopped the check, so this shows only what finished "
                          "before that. For the whole answer, click Back and then \"Check again\"."));
    m_partial->setVisible(m_context->wasCancelled());
    const bool incoming = incomingNeedsChange(d);
    m_incoming->setText(incoming ? incomingSettingsHtml(*d.incoming) : QString());
    m_incoming->setVisible(incoming);
    const Finding *main = d.findings.isEmpty() ? nullptr : &d.findings.first();
    m_fix->clear();
    if (passwordRefused()) { // the headline, before anything the pasted error suggests
        main = d.find(FindingCode::AuthFailed);
        m_summary->setText(tr("The server did not accept this password."));
        m_summary->setVisible(true);
        m_cause->setText(main->detail.isEmpty() ? main->title : main->detail);
        m_fix->setText(main->fix);
    } else if (main && main->severity == Finding::Severity::Cause) {
        m_cause->setText(main->title);
        m_fix->setText(main->fix);
    } else if (d.find(FindingCode::SettingsOk)) {
        m_cause->setText(d.find(FindingCode::SettingsOk)->title);
    } else if (d.recommended) {
        m_cause->setText(tr("MailFix found settings that should work. Use them as shown below."));
    } else {
        m_cause->setText(tr("MailFix could not find a server that answers. See the notes below."));
    }

    if (d.recommended) {
        const MailSettings &s = d.recommended->settings;
        m_settings->setText(tr("<table><tr><td>Outgoing server:&nbsp;</td><td><b>%1</b></td></tr>"
                               "<tr><td>Port:</td><td><b>%2</b></td></tr>"
                               "<tr><td>Encryption:</td><td><b>%3</b></td></tr>"
                               "<tr><td>Sign-in:</td><td><b>%4</b></td></tr>"
                               "<tr><td>User name:</td><td><b>%5</b></td></tr></table>")
                                .arg(s.host.toHtmlEscaped())
                                .arg(s.port)
                                .arg(Wording::security(s.security).toHtmlEscaped(),
                                     Wording::auth(s.auth).toHtmlEscaped(), s.username.toHtmlEscaped()));
        m_verified->setText(
            d.recommended->verified
                ? tr("We checked this: signing in on port %1 works, and the server accepted a "
                     "recipient.")
                      .arg(s.port)
                : tr("This should work, but it is not confirmed: %1")
                      .arg(d.recommended->unconfirmed.join(QLatin1Char(' '))));
    } else {
        m_settings->clear();
        m_verified->clear();
    }
    QString others = accountLines(d);
    for (const Finding &f : d.findings) {
        if (&f == main)
            continue;
        others +=
            QStringLiteral("<li><b>%1</b> %2</li>").arg(f.title.toHtmlEscaped(), f.detail.toHtmlEscaped());
    }
    if (!d.hasCause()) {
        for (const Finding &f : d.nextSteps)
            others += QStringLiteral("<li>%1 %2</li>").arg(f.title.toHtmlEscaped(), f.detail.toHtmlEscaped());
    }
    m_others->setText(others.isEmpty() ? QString() : tr("<p>Also:</p><ul>%1</ul>").arg(others));
    // the summary already says the cause in the same words: not twice
    m_cause->setVisible(!m_summary->isVisibleTo(this) || !m_summary->text().contains(m_cause->text()));
    m_allowCertificate->setVisible(d.find(FindingCode::TlsCertificateInvalid) &&
                                   !m_context->password.isEmpty() && !m_context->approveCertificateProblems &&
                                   m_context->environment().deployment.allowCertificateOverride);
    m_details->setPlainText(ReportExporter::text(*m_context));
}

void VerdictPage::toggleDetails()
{
    m_details->setVisible(m_detailsButton->isChecked());
    // the open details take the free space; closed, the other findings do
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_others, m_detailsButton->isChecked() ? 0 : 1);
    m_detailsButton->setText(m_detailsButton->isChecked() ? tr("Hide technical &details")
                                                          : tr("Show technical &details"));
}

bool VerdictPage::passwordRefused() const
{
    // auth-failed comes only from MailFix's own sign-in (never from the pasted error alone)
    return !m_context->password.isEmpty() && m_context->diagnosis().find(FindingCode::AuthFailed);
}

QString VerdictPage::lastFolderKey()
{
    return QStringLiteral("reports/lastFolder");
}

QString VerdictPage::saveFolder() const
{
    const QString last = QSettings().value(lastFolderKey()).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString msp = m_context->environment().deployment.reportsDir; // the MSP's, created when missing
    if (!msp.isEmpty() && QDir().mkpath(msp))
        return msp;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void VerdictPage::saveReport()
{
    const QString suggested = QDir(saveFolder()).filePath(QStringLiteral("mailfix-report.html"));
    const QString caption = tr("Save report");
    const QString filter = tr("Web page (*.html);;PDF document (*.pdf);;JSON for technicians (*.json)");
    const auto &ask = m_context->environment().askSaveFileName;
    const QString path = ask ? ask(this, caption, suggested, filter)
                             : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportExporter::save(*m_context, ReportExporter::formatForPath(path), path, &error)) {
        QMessageBox::warning(this, tr("Report not saved"),
                             tr("MailFix could not save the report to %1: %2").arg(path, error));
        return;
    }
    const QFileInfo saved(path);
    QSettings().setValue(lastFolderKey(), saved.absolutePath());
    confirm(
        tr("Report saved as %1 in %2.").arg(saved.fileName(), QDir::toNativeSeparators(saved.absolutePath())),
        saved.absolutePath());
}

void VerdictPage::copyReport()
{
    ReportExporter::copyToClipboard(*m_context);
    confirm(tr("Report copied. You can paste it into an email or a chat with your helper."), QString());
}

void VerdictPage::confirm(const QString &text, const QString &folder)
{
    m_savedFolder = folder;
    m_feedback->setText(text);
    m_feedback->setVisible(true);
    m_openFolder->setVisible(!folder.isEmpty());
}

void VerdictPage::openFolder()
{
    if (!m_savedFolder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedFolder));
}

void VerdictPage::allowCertificate()
{
    const auto answer = QMessageBox::warning(
        this, tr("Allow this certificate?"),
        tr("The server could not prove that it really is your mail server. If someone is listening in on "
           "your "
           "network, your password could reach them. Allow it only if your provider or your technician told "
           "you "
           "this server's certificate is right.\n\nSend your password to this server for this check?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_context->approveCertificateProblems = true;
    emit checkAgainRequested();
}
