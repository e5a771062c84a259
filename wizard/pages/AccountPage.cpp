#include "pages/AccountPage.h"

#include "WizardContext.h"
#include "detect/EmailAddress.h"
#include "report/Wording.h"

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

AccountPage::AccountPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    setTitle(tr("Your account"));
    setSubTitle(tr("Tell MailFix which account cannot send."));

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_addressProblem = new QLabel(this);
    m_addressProblem->setObjectName(QStringLiteral("addressProblem"));
    m_addressProblem->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password (optional)"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *why =
        new QLabel(tr("With your password, MailFix can test signing in. It is used only for this test, "
                      "never stored, and sent only over an encrypted connection to a server it has checked."),
                   this);
    why->setWordWrap(true);

    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("program"));
    m_program->setAccessibleName(tr("Your mail program"));
    for (const MailClients::ProgramInfo &p : MailClients::programs())
        m_program->addItem(MailClients::displayName(p.program), int(p.program));

    m_currentBox = new QGroupBox(tr("I know the outgoing server settings my program uses now"), this);
    m_currentBox->setObjectName(QStringLiteral("currentSettings"));
    m_currentBox->setCheckable(true);
    m_currentBox->setChecked(false);
    m_host = new QLineEdit(m_currentBox);
    m_host->setObjectName(QStringLiteral("currentHost"));
    m_host->setAccessibleName(tr("Outgoing server"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port = new QSpinBox(m_currentBox);
    m_port->setObjectName(QStringLiteral("currentPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security = new QComboBox(m_currentBox);
    m_security->setObjectName(QStringLiteral("currentSecurity"));
    m_security->setAccessibleName(tr("Encryption"));
    for (const SecurityMode mode : {SecurityMode::None, SecurityMode::StartTls, SecurityMode::ImplicitTls})
        m_security->addItem(Wording::security(mode), int(mode));
    m_security->setCurrentIndex(1);
    m_auth = new QComboBox(m_currentBox);
    m_auth->setObjectName(QStringLiteral("currentAuth"));
    m_auth->setAccessibleName(tr("Sign-in"));
    using Auth = MailSettings::Auth;
    for (const Auth auth : {Auth::None, Auth::NormalPassword, Auth::EncryptedPassword, Auth::OAuth2})
        m_auth->addItem(Wording::auth(auth), int(auth));
    m_auth->setCurrentIndex(1);
    m_readThunderbird = new QPushButton(tr("Read them from &Thunderbird"), m_currentBox);
    m_readThunderbird->setObjectName(QStringLiteral("readThunderbird"));
    m_readThunderbird->setVisible(false);
    auto *currentForm = new QFormLayout(m_currentBox);
    currentForm->addRow(tr("Outgoing &server:"), m_host);
    currentForm->addRow(tr("&Port:"), m_port);
    currentForm->addRow(tr("&Encryption:"), m_security);
    currentForm->addRow(tr("Sign-&in:"), m_auth);
    currentForm->addRow(m_readThunderbird);

    auto *form = new QFormLayout;
    form->addRow(tr("&Email address:"), m_address);
    form->addRow(QString(), m_addressProblem);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), why);
    form->addRow(tr("&Mail program:"), m_program);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_currentBox);
    layout->addStretch(1);

    connect(m_address, &QLineEdit::textChanged, this, &AccountPage::checkAddress);
    connect(m_readThunderbird, &QPushButton::clicked, this, &AccountPage::readThunderbird);
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
    m_thunderbirdProfiles.clear();
    for (const QString &root : MailClients::thunderbirdRoots())
        m_thunderbirdProfiles += MailClients::thunderbirdProfiles(root);
    m_readThunderbird->setVisible(!m_thunderbirdProfiles.isEmpty());
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

void AccountPage::readThunderbird()
{
    if (m_thunderbirdProfiles.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Read Thunderbird's settings?"),
        tr("MailFix can read the outgoing server settings from your Thunderbird profile (the file prefs.js). "
           "It only reads them, changes nothing, and does not read your passwords or your mail. Read them "
           "now?"));
    if (answer != QMessageBox::Yes)
        return;
    const MailClients::ThunderbirdProfile profile =
        MailClients::readThunderbirdProfile(m_thunderbirdProfiles.first());
    if (!profile.error.isEmpty() || profile.smtpServers.isEmpty()) {
        QMessageBox::information(
            this, tr("Nothing found"),
            tr("MailFix could not find outgoing server settings in your Thunderbird profile."));
        return;
    }
    // the server of the identity with this address, else the default server
    const QString address = EmailAddress::parse(m_address->text()).text;
    const MailClients::ThunderbirdSmtpServer *chosen = nullptr;
    for (const MailClients::ThunderbirdSmtpServer &server : profile.smtpServers) {
        if (server.identities.contains(address, Qt::CaseInsensitive))
            chosen = &server;
        if (!chosen && server.key == profile.defaultServerKey)
            chosen = &server;
    }
    if (!chosen)
        chosen = &profile.smtpServers.first();
    setCurrentSettings(chosen->toMailSettings());
    m_program->setCurrentIndex(m_program->findData(int(MailClients::Program::Thunderbird)));
}

bool AccountPage::validatePage()
{
    const EmailAddress address = EmailAddress::parse(m_address->text());
    if (!address.isValid())
        return false;
    m_context->address = address.text;
    m_context->password = m_password->text();
    m_context->program = MailClients::Program(m_program->currentData().toInt());
    if (m_currentBox->isChecked() && !m_host->text().trimmed().isEmpty()) {
        MailSettings s;
        s.host = m_host->text().trimmed().toLower();
        s.port = quint16(m_port->value());
        s.security = SecurityMode(m_security->currentData().toInt());
        s.auth = MailSettings::Auth(m_auth->currentData().toInt());
        m_context->current = s;
    } else {
        m_context->current.reset();
    }
    QSettings settings; // the address is remembered; the password never is
    settings.setValue(QStringLiteral("lastAddress"), address.text);
    return true;
}
