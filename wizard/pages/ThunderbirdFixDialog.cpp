#include "pages/ThunderbirdFixDialog.h"

#include "report/Wording.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Writer = ThunderbirdSettingsWriter;

ThunderbirdFixDialog::ThunderbirdFixDialog(const QString &profilePath, const MailSettings &verified,
                                           QWidget *parent)
    : QDialog(parent), m_writer(profilePath), m_verified(verified)
{
    setWindowTitle(tr("Fix it for me: Thunderbird"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accounts"));
    m_list->setAccessibleName(tr("Accounts to change"));
    m_changes = new QPlainTextEdit(this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setReadOnly(true);
    m_changes->setAccessibleName(tr("The values that change"));
    m_consent = new QCheckBox(tr("I have &closed Thunderbird. Change its settings as shown."), this);
    m_consent->setObjectName(QStringLiteral("consent"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("C&hange the settings"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undo"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ThunderbirdFixDialog::applyChanges);
    connect(m_undo, &QPushButton::clicked, this, &ThunderbirdFixDialog::undoChanges);
    connect(m_consent, &QCheckBox::toggled, this,
            [this] { m_apply->setEnabled(m_consent->isChecked() && !m_plan.changes.isEmpty()); });
    connect(m_list, &QListWidget::itemChanged, this, &ThunderbirdFixDialog::preview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(new QLabel(tr("What changes:"), this));
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_consent);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 480);

    const Writer::Outcome loaded = m_writer.load();
    m_loaded = loaded.status == Writer::Status::Ok;
    m_undo->setEnabled(!Writer::backups(profilePath).isEmpty());
    if (!m_loaded) {
        m_intro->setText(loaded.message);
        m_list->setVisible(false);
        m_changes->setVisible(false);
        m_consent->setVisible(false);
        m_apply->setEnabled(false);
        return;
    }
    m_intro->setText(tr("MailFix can write the checked settings (%1) into Thunderbird for you. Choose the "
                        "accounts to change. MailFix keeps a copy of the old settings, so you can undo it.")
                         .arg(Wording::settings(verified)));
    m_accounts = Writer::accounts(m_writer.profile(), verified);
    const QStringList suggested = Writer::defaultSelection(m_accounts, verified);
    const QSignalBlocker block(m_list);
    for (const Writer::Account &a : std::as_const(m_accounts)) {
        // the accounts that send as the address or through its broken server; another account's server
        // is not this check's to change (mailfix-cli apply --account can)
        if (!a.needsFix || !suggested.contains(a.identityKey))
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 (now: %2)").arg(a.email, Wording::settings(a.current)), m_list);
        item->setData(Qt::UserRole, a.identityKey);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(suggested.contains(a.identityKey) ? Qt::Checked : Qt::Unchecked);
    }
    preview();
}

QString ThunderbirdFixDialog::defaultProfile()
{
    for (const QString &root : MailClients::thunderbirdRoots()) {
        const QStringList profiles = MailClients::thunderbirdProfiles(root);
        if (!profiles.isEmpty())
            return profiles.first();
    }
    return {};
}

QStringList ThunderbirdFixDialog::chosenAccounts() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

void ThunderbirdFixDialog::preview()
{
    m_plan = Writer::plan(m_writer.prefs(), m_writer.profile(), m_verified, chosenAccounts());
    QStringList lines;
    for (const Writer::Change &c : std::as_const(m_plan.changes))
        lines << Writer::describe(c, m_writer.profile());
    m_changes->setPlainText(lines.isEmpty()
                                ? tr("Nothing changes: Thunderbird already uses these settings for the "
                                     "chosen accounts.")
                                : lines.join(QLatin1Char('\n')));
    m_apply->setEnabled(m_consent->isChecked() && !m_plan.changes.isEmpty());
}

void ThunderbirdFixDialog::applyChanges()
{
    const Writer::Outcome outcome = m_writer.apply(m_plan);
    if (outcome.status == Writer::Status::Ok) {
        m_result->setText(
            tr("Done. Start Thunderbird and send a message to try it. The old settings are saved in "
               "%1.")
                .arg(QDir::toNativeSeparators(outcome.backupPath)));
        m_undo->setEnabled(true);
        m_consent->setChecked(false);
        preview();
    } else {
        m_result->setText(outcome.message);
    }
}

void ThunderbirdFixDialog::undoChanges()
{
    Writer writer(m_writer.profile().path);
    const Writer::Outcome outcome = writer.undo();
    if (outcome.status != Writer::Status::Ok) {
        m_result->setText(outcome.message);
        return;
    }
    m_result->setText(tr("Undone: Thunderbird's settings are back as they were."));
    m_undo->setEnabled(!Writer::backups(m_writer.profile().path).isEmpty());
    const Writer::Outcome reloaded = m_writer.load();
    if (reloaded.status == Writer::Status::Ok)
        preview();
}
