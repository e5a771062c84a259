#include "pages/VerdictPage.h"

#include "ReportExporter.h"
#include "WizardContext.h"
#include "diagnose/Findings.h"
#include "report/DiagnosisReport.h"
#include "report/Wording.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

VerdictPage::VerdictPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    m_cause = new QLabel(this);
    m_cause->setObjectName(QStringLiteral("cause"));
    m_cause->setWordWrap(true);
    m_cause->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_cause->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
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
    m_details->setLineWrapMode(QTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cause);
    layout->addWidget(m_fix);
    layout->addSpacing(8);
    layout->addWidget(m_settings);
    layout->addWidget(m_verified);
    layout->addWidget(m_allowCertificate);
    layout->addWidget(m_others, 1);
    layout->addWidget(m_details, 3);
    layout->addWidget(m_support);
    layout->addLayout(buttons);

    connect(m_detailsButton, &QPushButton::toggled, this, &VerdictPage::toggleDetails);
    connect(m_copy, &QPushButton::clicked, this, [this] { ReportExporter::copyToClipboard(*m_context); });
    connect(m_save, &QPushButton::clicked, this, &VerdictPage::saveReport);
    connect(m_allowCertificate, &QPushButton::clicked, this, &VerdictPage::allowCertificate);
    retranslate();
}

void VerdictPage::retranslate()
{
    setTitle(tr("What MailFix found"));
    m_allowCertificate->setText(tr("Allow this server's certificate and check again..."));
    m_detailsButton->setText(m_detailsButton->isChecked() ? tr("Hide technical &details")
                                                          : tr("Show technical &details"));
    m_copy->setText(tr("&Copy report"));
    m_save->setText(tr("Sa&ve report..."));
    m_details->setAccessibleName(tr("Technical details"));
    if (m_shown) // the findings keep the words of the language they were found in
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

void VerdictPage::initializePage()
{
    m_shown = true;
    const Diagnosis &d = m_context->diagnosis();
    const Finding *main = d.findings.isEmpty() ? nullptr : &d.findings.first();
    m_fix->clear();
    if (main && main->severity == Finding::Severity::Cause) {
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
    m_allowCertificate->setVisible(d.find(FindingCode::TlsCertificateInvalid) &&
                                   !m_context->password.isEmpty() && !m_context->approveCertificateProblems &&
                                   m_context->environment().deployment.allowCertificateOverride);
    m_details->setPlainText(ReportExporter::text(*m_context));
}

void VerdictPage::toggleDetails()
{
    m_details->setVisible(m_detailsButton->isChecked());
    m_detailsButton->setText(m_detailsButton->isChecked() ? tr("Hide technical &details")
                                                          : tr("Show technical &details"));
}

void VerdictPage::saveReport()
{
    QString folder = m_context->environment().deployment.reportsDir; // the MSP's, created when missing
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), folder + QStringLiteral("/mailfix-report.html"),
        tr("Web page (*.html);;PDF document (*.pdf);;JSON for technicians (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportExporter::save(*m_context, ReportExporter::formatForPath(path), path, &error))
        QMessageBox::warning(this, tr("Report not saved"),
                             tr("MailFix could not save the report to %1: %2").arg(path, error));
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
