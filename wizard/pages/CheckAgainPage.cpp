#include "pages/CheckAgainPage.h"

#include "WizardContext.h"
#include "clients/ProgramAccounts.h"
#include "diagnose/DiagnosisRun.h"
#include "diagnose/Findings.h"
#include "report/Wording.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

CheckAgainPage::CheckAgainPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_clock([] { return QDateTime::currentDateTime(); })
{
    const auto make = [this](auto *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };
    m_intro = make(new QLabel(this), "checkAgainIntro");
    m_intro->setWordWrap(true);

    m_fieldsBox = make(new QGroupBox(this), "checkAgainSettings");
    m_host = make(new QLineEdit(m_fieldsBox), "checkAgainHost");
    m_port = make(new QSpinBox(m_fieldsBox), "checkAgainPort");
    m_port->setRange(1, 65535);
    m_security = make(new QComboBox(m_fieldsBox), "checkAgainSecurity");
    for (const SecurityMode mode : {SecurityMode::None, SecurityMode::StartTls, SecurityMode::ImplicitTls})
        m_security->addItem(QString(), int(mode));
    m_auth = make(new QComboBox(m_fieldsBox), "checkAgainAuth");
    using Auth = MailSettings::Auth;
    for (const Auth auth : {Auth::None, Auth::NormalPassword, Auth::EncryptedPassword, Auth::OAuth2})
        m_auth->addItem(QString(), int(auth));
    m_checkFields = make(new QPushButton(m_fieldsBox), "checkAgainFields");
    const auto label = [this](QWidget *owner, QWidget *buddy) {
        auto *l = new QLabel(owner);
        l->setBuddy(buddy);
        m_labels.append(l);
        return l;
    };
    auto *fields = new QFormLayout(m_fieldsBox);
    fields->addRow(label(m_fieldsBox, m_host), m_host);
    fields->addRow(label(m_fieldsBox, m_port), m_port);
    fields->addRow(label(m_fieldsBox, m_security), m_security);
    fields->addRow(label(m_fieldsBox, m_auth), m_auth);
    fields->addRow(m_checkFields);

    m_testIntro = make(new QLabel(this), "checkAgainTestIntro");
    m_testIntro->setWordWrap(true);
    m_arrived = make(new QPushButton(this), "testMessageArrived");
    m_lost = make(new QPushButton(this), "testMessageLost");
    auto *testButtons = new QHBoxLayout;
    testButtons->addWidget(m_arrived);
    testButtons->addWidget(m_lost);
    testButtons->addStretch(1);

    m_progress = make(new QProgressBar(this), "checkAgainProgress");
    m_stop = make(new QPushButton(this), "checkAgainStop");
    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_stop);

    m_result = make(new QLabel(this), "checkAgainResult");
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkedAt = make(new QLabel(this), "checkedAt");

    m_password = make(new QLineEdit(this), "checkAgainPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = label(this, m_password);
    m_retry = make(new QPushButton(this), "checkAgainRetryPassword");
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_retry);

    m_again = make(new QPushButton(this), "checkAgain");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_testIntro);
    layout->addLayout(testButtons);
    layout->addLayout(running);
    layout->addWidget(m_result);
    layout->addWidget(m_checkedAt);
    layout->addLayout(passwordRow);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_again, &QPushButton::clicked, this, &CheckAgainPage::checkProgram);
    connect(m_checkFields, &QPushButton::clicked, this, &CheckAgainPage::checkFields);
    connect(m_arrived, &QPushButton::clicked, this, [this] { testMessage(true); });
    connect(m_lost, &QPushButton::clicked, this, [this] { testMessage(false); });
    connect(m_stop, &QPushButton::clicked, this, &CheckAgainPage::stop);
    connect(m_retry, &QPushButton::clicked, this, &CheckAgainPage::retryPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &CheckAgainPage::retryPassword);
    connect(m_context, &WizardContext::runFinished, this, &CheckAgainPage::onFinished);
    connect(m_context, &WizardContext::probesPlanned, this, &CheckAgainPage::onProgress);
    connect(m_context, &WizardContext::probesAdded, this, &CheckAgainPage::onProgress);
    connect(m_context, &WizardContext::probeFinished, this, [this] {
        ++m_probesDone;
        onProgress();
    });
    setFinalPage(true);
    retranslate();
    updateVisibility();
}

void CheckAgainPage::retranslate()
{
    setTitle(tr("Check again"));
    setSubTitle(tr("Is sending fixed now? MailFix checks the settings your mail program uses now."));
    const QString program = MailClients::displayName(m_context->program);
    if (canReadProgram() && m_readError.isEmpty())
        m_intro->setText(tr("MailFix reads the settings %1 uses now for %2 again and checks them. It only "
                            "reads them, as you agreed before, and changes nothing.")
                             .arg(program, m_context->address));
    else
        m_intro->setText(tr("Which settings does your mail program use now? Confirm the ones below, or "
                            "type the ones you see in your program, and let MailFix check them."));
    m_fieldsBox->setTitle(tr("The outgoing server settings your program uses now"));
    for (int i = 0; i < m_security->count(); ++i)
        m_security->setItemText(i, Wording::security(SecurityMode(m_security->itemData(i).toInt())));
    for (int i = 0; i < m_auth->count(); ++i)
        m_auth->setItemText(i, Wording::auth(MailSettings::Auth(m_auth->itemData(i).toInt())));
    m_checkFields->setText(tr("Check &these settings"));
    m_testIntro->setText(tr("Or send yourself a test message from your mail program. Did it arrive?"));
    m_arrived->setText(tr("It arri&ved"));
    m_lost->setText(tr("It did n&ot arrive"));
    m_stop->setText(tr("&Stop"));
    m_stop->setAccessibleName(tr("Stop checking"));
    m_progress->setAccessibleName(tr("Progress of the check"));
    m_retry->setText(tr("Chec&k with this password"));
    m_again->setText(tr("Check &again"));
    // in the order of the constructor's label() calls
    const QStringList labels = {tr("Outgoing se&rver:"), tr("&Port:"), tr("En&cryption:"), tr("S&ign-in:"),
                                tr("Your pass&word:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_host->setAccessibleName(tr("Outgoing server"));
    m_port->setAccessibleName(tr("Port"));
    m_security->setAccessibleName(tr("Encryption"));
    m_auth->setAccessibleName(tr("Sign-in"));
    m_password->setAccessibleName(tr("Your password"));
    showResult();
}

void CheckAgainPage::initializePage()
{
    m_suggested.reset();
    if (m_context->hasResult() && m_context->diagnosis().recommended)
        m_suggested = m_context->diagnosis().recommended->settings;
    else if (m_context->current)
        m_suggested = m_context->current;
    if (m_suggested)
        setFields(*m_suggested);
    m_source = Source::None;
    m_checked.reset();
    m_checkedTime = {};
    m_readError.clear();
    m_stopped = false;
    retranslate();
    if (canReadProgram())
        checkProgram(); // the user agreed to reading the program's settings on the account page
    else
        m_host->setFocus();
    updateVisibility();
}

void CheckAgainPage::cleanupPage()
{
    if (m_waiting) {
        m_waiting = false;
        m_context->cancelRun();
    }
}

bool CheckAgainPage::canReadProgram() const
{
    // The accounts are there only when the user agreed to reading them (account page).
    if (m_context->accounts.isEmpty())
        return false;
#ifdef Q_OS_WIN
    if (m_context->program == MailClients::Program::Outlook)
        return true;
#endif
    return m_context->program == MailClients::Program::Thunderbird;
}

void CheckAgainPage::checkProgram()
{
    QString error;
    const QList<ProgramAccount> accounts = ProgramAccounts::read(m_context->program, &error);
    const QList<ProgramAccount> own = DiagnosisRun::accountsOf(m_context->address, accounts);
    if (own.isEmpty()) {
        m_readError = !accounts.isEmpty() || error.isEmpty()
                          ? tr("%1 has no account for %2 now")
                                .arg(MailClients::displayName(m_context->program), m_context->address)
                          : error;
        m_source = Source::None;
        m_checkedTime = {};
        retranslate();
        updateVisibility();
        return;
    }
    m_readError.clear();
    m_context->accounts = accounts;
    m_context->current = own.first().outgoing;
    start(Source::ProgramRead);
}

void CheckAgainPage::checkFields()
{
    const MailSettings settings = fieldSettings();
    if (settings.host.isEmpty()) {
        m_host->setFocus();
        return;
    }
    m_context->current = settings;
    start(m_suggested && settings == *m_suggested ? Source::Confirmed : Source::Typed);
}

void CheckAgainPage::testMessage(bool arrived)
{
    m_source = arrived ? Source::TestMessageOk : Source::TestMessageLost;
    m_checked.reset();
    m_stopped = false;
    m_checkedTime = m_clock();
    showResult();
    updateVisibility();
}

void CheckAgainPage::retryPassword()
{
    if (m_waiting || m_password->text().isEmpty())
        return;
    m_context->password = m_password->text(); // memory only, as on the account page
    m_password->clear();
    if (m_source == Source::ProgramRead)
        checkProgram();
    else
        checkFields();
}

void CheckAgainPage::start(Source source)
{
    m_running = source;
    m_checked = m_context->current;
    m_waiting = true;
    m_stopped = false;
    m_probesDone = 0;
    m_progress->setRange(0, 0); // nothing to count until the probes are planned
    m_progress->setValue(0);
    showResult();
    updateVisibility();
    emit completeChanged();
    m_context->startRun();
    m_stop->setFocus();
}

void CheckAgainPage::stop()
{
    if (m_waiting)
        m_context->cancelRun();
}

void CheckAgainPage::onProgress()
{
    if (!m_waiting)
        return;
    const int planned = int(m_context->endpoints().size());
    m_progress->setRange(0, planned);
    m_progress->setValue(std::min(m_probesDone, planned));
}

void CheckAgainPage::onFinished()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_stopped = m_context->wasCancelled();
    m_source = m_running;
    m_checkedTime = m_clock();
    showResult();
    updateVisibility();
    emit completeChanged();
    if (m_password->isVisible())
        m_password->setFocus();
}

void CheckAgainPage::showResult()
{
    m_result->setText(resultText());
    m_checkedAt->setText(
        m_checkedTime.isValid()
            ? tr("Checked at %1").arg(QLocale().toString(m_checkedTime.time(), QLocale::ShortFormat))
            : QString());
}

QString CheckAgainPage::whatWasChecked() const
{
    const QString settings = m_checked ? Wording::settings(*m_checked) : QString();
    switch (m_source) {
    case Source::ProgramRead:
        return tr("MailFix read the settings %1 uses now and checked them (%2).")
            .arg(MailClients::displayName(m_context->program), settings);
    case Source::Confirmed:
        return tr("MailFix checked the settings you confirmed (%1).").arg(settings);
    case Source::Typed:
        return tr("MailFix checked the settings you typed (%1).").arg(settings);
    default:
        return {};
    }
}

QString CheckAgainPage::resultText() const
{
    if (m_waiting)
        return tr("Checking...");
    if (!m_readError.isEmpty())
        return tr("MailFix could not read the settings of %1 again: %2. Type the settings your program uses "
                  "now, or send yourself a test message.")
            .arg(MailClients::displayName(m_context->program), m_readError);
    if (m_source == Source::None)
        return {};
    if (m_source == Source::TestMessageOk)
        return tr("You sent a test message from your mail program and it arrived: sending works. MailFix "
                  "did not check the settings itself this time.");
    if (m_source == Source::TestMessageLost)
        return tr("You sent a test message from your mail program and it did not arrive. Compare your "
                  "program's settings with the ones above, and let MailFix check them.");
    if (m_stopped)
        return tr("You stopped the check. Nothing was confirmed.");
    const Diagnosis &d = m_context->diagnosis();
    const QString what = whatWasChecked() + QLatin1Char(' ');
    if (d.find(FindingCode::AuthFailed))
        return what + tr("The server did not accept this password. Type your password again below and "
                         "check once more.");
    if (d.find(FindingCode::SettingsOk)) {
        if (d.recommended && !d.recommended->verified && m_context->password.isEmpty())
            return what + tr("The server answers as expected. Without your password MailFix cannot "
                             "confirm that signing in works: send yourself a message to be sure.");
        if (m_source == Source::ProgramRead)
            return what + tr("Sending works with them. You can close MailFix.");
        return what + tr("Sending works with them. If your program still cannot send, make sure it uses "
                         "exactly these settings.");
    }
    if (!d.findings.isEmpty())
        return what + tr("Not yet: %1").arg(d.findings.first().title);
    return what + tr("MailFix could not confirm that sending works.");
}

void CheckAgainPage::updateVisibility()
{
    const bool programMode = canReadProgram() && m_readError.isEmpty();
    m_fieldsBox->setVisible(!programMode);
    m_testIntro->setVisible(!programMode);
    m_arrived->setVisible(!programMode);
    m_lost->setVisible(!programMode);
    m_again->setVisible(programMode);
    for (QWidget *w : {static_cast<QWidget *>(m_fieldsBox), static_cast<QWidget *>(m_arrived),
                       static_cast<QWidget *>(m_lost), static_cast<QWidget *>(m_again)})
        w->setEnabled(!m_waiting);
    m_progress->setVisible(m_waiting);
    m_stop->setVisible(m_waiting);
    m_checkedAt->setVisible(!m_waiting && m_checkedTime.isValid());
    const bool refused =
        !m_waiting && !m_stopped &&
        (m_source == Source::ProgramRead || m_source == Source::Confirmed || m_source == Source::Typed) &&
        m_context->diagnosis().find(FindingCode::AuthFailed);
    m_passwordLabel->setVisible(refused);
    m_password->setVisible(refused);
    m_retry->setVisible(refused);
}

void CheckAgainPage::setFields(const MailSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_security->setCurrentIndex(m_security->findData(int(settings.security)));
    m_auth->setCurrentIndex(m_auth->findData(int(settings.auth)));
}

MailSettings CheckAgainPage::fieldSettings() const
{
    MailSettings s;
    s.host = m_host->text().trimmed().toLower();
    s.port = quint16(m_port->value());
    s.security = SecurityMode(m_security->currentData().toInt());
    s.auth = MailSettings::Auth(m_auth->currentData().toInt());
    if (m_suggested)
        s.username = m_suggested->username;
    return s;
}

bool CheckAgainPage::isComplete() const
{
    return !m_waiting;
}
