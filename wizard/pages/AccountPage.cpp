#include "pages/AccountPage.h"

#include "WizardContext.h"
#include "clients/ProgramAccounts.h"
#include "detect/EmailAddress.h"
#include "diagnose/DiagnosisRun.h"
#include "report/Wording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

AccountPage::AccountPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_addressProblem = new QLabel(this);
    m_addressProblem->setObjectName(QStringLiteral("addressProblem"));
    m_addressProblem->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    // OAuth2 in the browser instead of a password, where the administrator set MailFix up for it
    m_useProvider = new QCheckBox(this);
    m_useProvider->setObjectName(QStringLiteral("signInWithProvider"));
    const OAuth2Settings &oauth2 = m_context->environment().deployment.oauth2;
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
    const bool canSignIn = !oauth2.microsoftClientId.isEmpty() || !oauth2.googleClientId.isEmpty() ||
                           !oauth2.customClientId.isEmpty();
#else
    const bool canSignIn = false;
    Q_UNUSED(oauth2)
#endif
    m_useProvider->setVisible(canSignIn);
    connect(m_useProvider, &QCheckBox::toggled, m_password, &QWidget::setDisabled);

    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("program"));
    for (const MailClients::ProgramInfo &p : MailClients::programs())
        m_program->addItem(QString(), int(p.program));

    m_currentBox = new QGroupBox(this);
    m_currentBox->setObjectName(QStringLiteral("currentSettings"));
    m_currentBox->setCheckable(true);
    m_currentBox->setChecked(false);
    m_host = new QLineEdit(m_currentBox);
    m_host->setObjectName(QStringLiteral("currentHost"));
    m_port = new QSpinBox(m_currentBox);
    m_port->setObjectName(QStringLiteral("currentPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = new QComboBox(m_currentBox);
    m_security->setObjectName(QStringLiteral("currentSecurity"));
    for (const SecurityMode mode : {SecurityMode::None, SecurityMode::StartTls, SecurityMode::ImplicitTls})
        m_security->addItem(QString(), int(mode));
    m_security->setCurrentIndex(1);
    m_auth = new QComboBox(m_currentBox);
    m_auth->setObjectName(QStringLiteral("currentAuth"));
    using Auth = MailSettings::Auth;
    for (const Auth auth : {Auth::None, Auth::NormalPassword, Auth::EncryptedPassword, Auth::OAuth2})
        m_auth->addItem(QString(), int(auth));
    m_auth->setCurrentIndex(1);
    m_readThunderbird = new QPushButton(m_currentBox);
    m_readThunderbird->setObjectName(QStringLiteral("readThunderbird"));
    m_readThunderbird->setVisible(false);
    m_readOutlook = new QPushButton(m_currentBox);
    m_readOutlook->setObjectName(QStringLiteral("readOutlook"));
    m_readOutlook->setVisible(false);
    // each field's label, its text set by retranslate()
    const auto label = [this](QWidget *owner, QWidget *buddy) {
        auto *l = new QLabel(owner);
        l->setBuddy(buddy);
        m_labels.append(l);
        return l;
    };
    auto *currentForm = new QFormLayout(m_currentBox);
    currentForm->addRow(label(m_currentBox, m_host), m_host);
    currentForm->addRow(label(m_currentBox, m_port), m_port);
    currentForm->addRow(label(m_currentBox, m_security), m_security);
    currentForm->addRow(label(m_currentBox, m_auth), m_auth);
    currentForm->addRow(m_readThunderbird);
    currentForm->addRow(m_readOutlook);

    auto *form = new QFormLayout;
    form->addRow(label(this, m_address), m_address);
    form->addRow(QString(), m_addressProblem);
    form->addRow(label(this, m_password), m_password);
    form->addRow(QString(), m_why);
    form->addRow(QString(), m_useProvider);
    form->addRow(label(this, m_program), m_program);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_currentBox);
    layout->addStretch(1);

    connect(m_address, &QLineEdit::textChanged, this, &AccountPage::checkAddress);
    connect(m_readThunderbird, &QPushButton::clicked, this,
            [this] { readProgram(MailClients::Program::Thunderbird); });
    connect(m_readOutlook, &QPushButton::clicked, this,
            [this] { readProgram(MailClients::Program::Outlook); });
    retranslate();
}

void AccountPage::retranslate()
{
    setTitle(tr("Your account"));
    setSubTitle(tr("Tell MailFix which account cannot send."));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_password->setAccessibleName(tr("Password (optional)"));
    m_useProvider->setText(tr("Sign in with my provider's own sign-in win&dow instead (OAuth2)"));
    m_useProvider->setToolTip(tr("Microsoft 365, Outlook.com and Google accounts sign in this way. MailFix "
                                 "opens the sign-in page in your browser and keeps nothing afterwards."));
    m_why->setText(
        tr("With your password, MailFix can test signing in. It is used only for this test, "
           "never stored, and sent only over an encrypted connection to a server it has checked."));
    m_program->setAccessibleName(tr("Your mail program"));
    for (int i = 0; i < m_program->count(); ++i)
        m_program->setItemText(
            i, MailClients::displayName(MailClients::Program(m_program->itemData(i).toInt())));
    m_currentBox->setTitle(tr("I know the outgoing server settings my program uses now"));
    m_host->setAccessibleName(tr("Outgoing server"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setAccessibleName(tr("Port"));
    m_security->setAccessibleName(tr("Encryption"));
    for (int i = 0; i < m_security->count(); ++i)
        m_security->setItemText(i, Wording::security(SecurityMode(m_security->itemData(i).toInt())));
    m_auth->setAccessibleName(tr("Sign-in"));
    for (int i = 0; i < m_auth->count(); ++i)
        m_auth->setItemText(i, Wording::auth(MailSettings::Auth(m_auth->itemData(i).toInt())));
    m_readThunderbird->setText(tr("Read them from &Thunderbird"));
    m_readOutlook->setText(tr("Read them from &Outlook"));
    // in the order of the constructor's label() calls
    const QStringList labels = {tr("Outgoing &server:"), tr("&Port:"),          tr("En&cryption:"),
                                tr("Sign-&in:"),         tr("&Email address:"), tr("Pass&word:"),
                                tr("&Mail program:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    checkAddress();
}

void AccountPage::initializePage()
{
    if (m_address->text().isEmpty()) {
        const QSettings settings;
        m_address->setText(settings.value(QStringLiteral("lastAddress")).toString());
    }
    const QList<MailClients::Installed> installed = MailClients::detectInstalled();
    if (m_context->program != MailClients::Program::Other) // chosen before, or the MSP's default
        m_program->setCurrentIndex(m_program->findData(int(m_context->program)));
    else if (!installed.isEmpty())
        m_program->setCurrentIndex(m_program->findData(int(installed.first().program)));
    const auto installedProgram = [&installed](MailClients::Program program) {
        return std::any_of(installed.cbegin(), installed.cend(),
                           [program](const MailClients::Installed &i) { return i.program == program; });
    };
    m_readThunderbird->setVisible(installedProgram(MailClients::Program::Thunderbird));
#ifdef Q_OS_WIN
    m_readOutlook->setVisible(installedProgram(MailClients::Program::Outlook));
#endif
    checkAddress();
}

void AccountPage::checkAddress()
{
    const EmailAddress address = EmailAddress::parse(m_address->text());
    m_addressProblem->setText(m_address->text().isEmpty() || address.isValid() ? QString()
                                                                               : address.problemText());
    emit completeChanged();
}

bool AccountPage::isComplete() const
{
    return EmailAddress::parse(m_address->text()).isValid();
}

void AccountPage::setCurrentSettings(const MailSettings &settings)
{
    m_currentBox->setChecked(true);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_security->setCurrentIndex(m_security->findData(int(settings.security)));
    m_auth->setCurrentIndex(m_auth->findData(int(settings.auth)));
}

void AccountPage::readProgram(MailClients::Program program)
{
    const QString name = MailClients::displayName(program);
    const QString where = program == MailClients::Program::Outlook
                              ? tr("its settings in the Windows registry")
                              : tr("your Thunderbird profile (the file prefs.js)");
    const auto answer = QMessageBox::question(
        this, tr("Read %1's settings?").arg(name),
        tr("MailFix can read the outgoing server settings of every account from %1. It only reads them, "
           "changes nothing, and does not read your passwords or your mail. Read them now?")
            .arg(where));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    const QList<ProgramAccount> accounts = ProgramAccounts::read(program, &error);
    const QList<ProgramAccount> own =
        DiagnosisRun::accountsOf(EmailAddress::parse(m_address->text()).text, accounts);
    if (accounts.isEmpty()) {
        QMessageBox::information(
            this, tr("Nothing found"),
            tr("MailFix could not find outgoing server settings in %1: %2").arg(name, error));
        return;
    }
    m_readAccounts = accounts;
    setCurrentSettings((own.isEmpty() ? accounts : own).first().outgoing);
    m_readValues = fieldSettings();
    m_program->setCurrentIndex(m_program->findData(int(program)));
}

MailSettings AccountPage::fieldSettings() const
{
    MailSettings s;
    s.host = m_host->text().trimmed().toLower();
    s.port = quint16(m_port->value());
    s.security = SecurityMode(m_security->currentData().toInt());
    s.auth = MailSettings::Auth(m_auth->currentData().toInt());
    return s;
}

bool AccountPage::validatePage()
{
    const EmailAddress address = EmailAddress::parse(m_address->text());
    if (!address.isValid())
        return false;
    m_context->address = address.text;
    m_context->signInWithProvider = m_useProvider->isVisible() && m_useProvider->isChecked();
    m_context->password = m_context->signInWithProvider ? QString() : m_password->text();
    m_context->program = MailClients::Program(m_program->currentData().toInt());
    m_context->accounts = m_readAccounts;
    const bool asRead = m_readValues && fieldSettings() == *m_readValues &&
                        !DiagnosisRun::accountsOf(address.text, m_readAccounts).isEmpty();
    if (m_currentBox->isChecked() && !m_host->text().trimmed().isEmpty() && !asRead)
        m_context->current = fieldSettings(); // typed by the user: these are the settings to judge
    else
        m_context->current.reset(); // none, or as read: the diagnosis picks the account that fails
    QSettings settings;             // the address is remembered; the password never is
    settings.setValue(QStringLiteral("lastAddress"), address.text);
    return true;
}
