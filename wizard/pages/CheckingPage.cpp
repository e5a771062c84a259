#include "pages/CheckingPage.h"

#include "WizardContext.h"
#include "report/ProbeReport.h"
#include "report/Wording.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column { What = 0, Status = 1, Time = 2, Server = 3 };
constexpr int kTickMs = 250;
constexpr qint64 kWaitingAfterMs = 1000; // a row that has not finished by then is waiting for an answer

// Wraps a cell's text at its column's width instead of cutting it off with "...": long titles in
// German or French stay whole, the row grows.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (m_view->header()->sectionResizeMode(index.column()) != QHeaderView::Stretch)
            return QStyledItemDelegate::sizeHint(option, index); // sized to its contents: one line
        QStyleOptionViewItem wrapped(option);
        wrapped.rect =
            QRect(0, 0, m_view->columnWidth(index.column()), 1); // the style wraps only in a valid rect
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView *m_view;
};
} // namespace

CheckingPage::CheckingPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(4);
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setItemDelegate(new WrappingDelegate(m_steps));
    m_steps->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(Status, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(Time, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(Server, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setColumnHidden(Server, true);
    // the rows' heights follow their columns' widths
    connect(m_steps->header(), &QHeaderView::sectionResized, m_steps, &QTreeView::doItemsLayout,
            Qt::QueuedConnection);
    m_detailsButton = new QPushButton(this);
    m_detailsButton->setObjectName(QStringLiteral("showCheckDetails"));
    m_detailsButton->setCheckable(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("again"));
    m_again->setVisible(false);
    m_tick.setInterval(kTickMs);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);

    connect(m_stop, &QPushButton::clicked, m_context, &WizardContext::cancelRun);
    connect(m_again, &QPushButton::clicked, m_context, &WizardContext::startRun);
    connect(m_detailsButton, &QPushButton::toggled, this, &CheckingPage::toggleDetails);
    connect(&m_tick, &QTimer::timeout, this, &CheckingPage::onTick);
    connect(m_context, &WizardContext::runStarted, this, &CheckingPage::onRunStarted);
    connect(m_context, &WizardContext::detectionFinished, this, &CheckingPage::onDetected);
    connect(m_context, &WizardContext::probesPlanned, this, &CheckingPage::onPlanned);
    connect(m_context, &WizardContext::probesAdded, this, &CheckingPage::onAdded);
    connect(m_context, &WizardContext::incomingProbesPlanned, this, &CheckingPage::onIncomingPlanned);
    connect(m_context, &WizardContext::probeStageStarted, this, &CheckingPage::onStage);
    connect(m_context, &WizardContext::probeFinished, this, [this](int index, const ProbeResult &result) {
        if (index >= 0 && index < m_sending.size())
            finishRow(&m_sending[index], result);
    });
    connect(m_context, &WizardContext::incomingProbeFinished, this,
            [this](int index, const ProbeResult &result) {
                if (index >= 0 && index < m_receiving.size())
                    finishRow(&m_receiving[index], result);
            });
    connect(m_context, &WizardContext::runFinished, this, &CheckingPage::onFinished);
    connect(m_context, &WizardContext::oauth2SigningIn, this, &CheckingPage::onSigningIn);
    connect(m_context, &WizardContext::oauth2BrowserOpened, this, [this](const QUrl &url) {
        if (m_signInItem) // where to go when no browser window came up
            m_signInItem->setToolTip(Status, url.toString(QUrl::FullyEncoded));
    });
    connect(m_context, &WizardContext::oauth2Finished, this, [this](bool signedIn, const QString &outcome) {
        if (!m_signInItem)
            return;
        setCell(m_signInItem, Status, [outcome] { return outcome; });
        setState(m_signInItem, signedIn ? ProbeRow::State::Works : ProbeRow::State::Answers);
    });
    retranslate();
}

void CheckingPage::retranslate()
{
    setTitle(tr("Checking"));
    setSubTitle(tr("MailFix is talking to your mail server. This takes a few seconds."));
    m_progress->setAccessibleName(tr("Progress of the check"));
    m_steps->setAccessibleName(tr("What MailFix is trying"));
    m_steps->setHeaderLabels({tr("What"), tr("Result"), tr("Time"), tr("Server")});
    m_detailsButton->setText(m_detailsButton->isChecked() ? tr("&Hide technical details")
                                                          : tr("Show tec&hnical details"));
    m_stop->setText(tr("&Stop"));
    m_again->setText(tr("Check &again"));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_progressText)
        m_progress->setFormat(m_progressText());
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        it.key().first->setText(it.key().second, it.value()());
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        const QVariant state = item->data(What, kStateRole);
        if (state.isValid())
            item->setToolTip(What, ProbeRow::stateName(ProbeRow::State(state.toInt())));
    }
    onTick();
}

void CheckingPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void CheckingPage::setCell(QTreeWidgetItem *item, int column, std::function<QString()> text)
{
    item->setText(column, text());
    m_cells.insert({item, column}, std::move(text));
}

// The icon's shape and the tool tip and accessible text say the state, not only the colour.
void CheckingPage::setState(QTreeWidgetItem *item, ProbeRow::State state)
{
    item->setIcon(What, ProbeRow::icon(state));
    item->setData(What, kStateRole, int(state));
    item->setToolTip(What, ProbeRow::stateName(state));
}

QString CheckingPage::stageText(ProbeStage stage)
{
    switch (stage) {
    case ProbeStage::Resolve:
        return tr("Looking up the server");
    case ProbeStage::Connect:
        return tr("Connecting");
    case ProbeStage::TlsHandshake:
        return tr("Starting encryption");
    case ProbeStage::Banner:
        return tr("Waiting for the server to greet");
    case ProbeStage::Ehlo:
        return tr("Saying hello");
    case ProbeStage::StartTls:
        return tr("Asking for encryption");
    case ProbeStage::EhloAfterTls:
        return tr("Saying hello again, encrypted");
    case ProbeStage::RelayWithoutAuth:
        return tr("Trying a recipient without signing in");
    case ProbeStage::Auth:
        return tr("Signing in");
    case ProbeStage::RelayWithAuth:
        return tr("Trying a recipient after signing in");
    case ProbeStage::SendTest:
        return tr("Sending a test message");
    case ProbeStage::Quit:
        return tr("Saying goodbye");
    case ProbeStage::Capabilities:
        return tr("Asking what the server offers");
    case ProbeStage::CapabilitiesAfterTls:
        return tr("Asking again, encrypted");
    }
    return {};
}

QString CheckingPage::outcomeText(const ProbeResult &r)
{
    if (r.outcome == ProbeResult::Outcome::Cancelled)
        return tr("Stopped");
    if (r.protocol() == Protocol::Smtp && r.verifiedSending())
        return tr("Works: signed in and a recipient was accepted");
    if (r.protocol() != Protocol::Smtp && r.verifiedSignIn())
        return tr("Works: signed in");
    switch (r.connect) {
    case ConnectOutcome::ResolveFailed:
        return tr("The server name does not exist");
    case ConnectOutcome::Refused:
        return tr("Not offered: nothing answers on this port");
    case ConnectOutcome::TimedOut:
        return tr("No answer: blocked or switched off");
    case ConnectOutcome::Unreachable:
    case ConnectOutcome::Error:
        return tr("Cannot be reached");
    case ConnectOutcome::NotTried:
    case ConnectOutcome::Connected:
        break;
    }
    if (!r.reachedServer())
        return r.outcome == ProbeResult::Outcome::TimedOut ? tr("Connected, but the server does not answer")
                                                           : tr("Connected, but the server did not greet");
    if (r.protocol() != Protocol::Smtp)
        return incomingOutcomeText(r);
    switch (r.auth.outcome) {
    case AuthOutcome::Rejected:
        return tr("Answers, but signing in failed");
    case AuthOutcome::WithheldUntrustedCertificate:
        return tr("Answers, but its certificate is not trusted");
    case AuthOutcome::NeedsOAuth2:
        return tr("Answers; wants OAuth2 sign-in");
    default:
        break;
    }
    if (r.relayWithAuth.outcome == RelayOutcome::SenderRejected)
        return tr("Answers, but refuses your From address");
    return tr("Answers");
}

// IMAP and POP3, once the server greeted.
QString CheckingPage::incomingOutcomeText(const ProbeResult &r)
{
    switch (r.incoming.signIn.outcome) {
    case SignInOutcome::Rejected:
        return tr("Answers, but signing in failed");
    case SignInOutcome::WithheldUntrustedCertificate:
        return tr("Answers, but its certificate is not trusted");
    case SignInOutcome::WithheldNoTls:
        return tr("Answers, but not encrypted: MailFix kept your password back");
    case SignInOutcome::NeedsOAuth2:
        return tr("Answers; wants OAuth2 sign-in");
    case SignInOutcome::TemporaryFailure:
        return tr("Answers, but cannot sign you in just now");
    default:
        break;
    }
    return tr("Answers");
}

void CheckingPage::initializePage()
{
    m_context->startRun();
}

void CheckingPage::cleanupPage()
{
    m_context->cancelRun();
}

// Done, or stopped after something finished: then the verdict page shows what finished, marked partial.
bool CheckingPage::isComplete() const
{
    if (m_context->isRunning())
        return false;
    return m_context->hasResult() || (m_context->wasCancelled() && m_done > 0);
}

void CheckingPage::onRunStarted()
{
    m_clock.start();
    m_done = 0;
    m_steps->clear();
    m_cells.clear();
    m_sending.clear();
    m_receiving.clear();
    m_signInItem = nullptr;
    m_detectionItem = new QTreeWidgetItem(m_steps);
    setCell(m_detectionItem, What, [] { return tr("Finding your mail provider's settings"); });
    setCell(m_detectionItem, Status, [] { return tr("Working..."); });
    setState(m_detectionItem, ProbeRow::State::Waiting);
    m_progressText = nullptr;
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->setRange(0, 0); // busy: nothing can be counted until the ways to try are known
    const QString address = m_context->address;
    setStatus([address] { return tr("Looking up where mail for %1 goes.").arg(address); });
    m_stop->setVisible(true);
    m_stop->setEnabled(true);
    m_again->setVisible(false);
    m_tick.start();
    emit completeChanged();
}

// "Sign in with my provider": a row for the browser sign-in, before the checks that use it.
void CheckingPage::onSigningIn(const QString &providerName)
{
    m_signInItem = new QTreeWidgetItem;
    m_steps->addTopLevelItem(m_signInItem); // after detection: its rows come before the probes'
    setCell(m_signInItem, What,
            [providerName] { return tr("Signing in with %1 in your browser").arg(providerName); });
    setCell(m_signInItem, Status, [] { return tr("Waiting for you to sign in in the browser window"); });
    setState(m_signInItem, ProbeRow::State::Waiting);
    setStatus([providerName] {
        return tr("Sign in with %1 in the browser window that opened, then come back here. MailFix keeps "
                  "nothing of the sign-in after the check.")
            .arg(providerName);
    });
}

void CheckingPage::onDetected(const DetectionResult &result)
{
    if (!m_detectionItem)
        return;
    setCell(m_detectionItem, Status, [result] {
        if (!result.providerName.isEmpty())
            return tr("Found: %1").arg(result.providerName);
        const int n = int(result.candidates.size());
        if (n == 1)
            return tr("Found one possible server");
        if (n > 1)
            return tr("Found %n possible servers", nullptr, n);
        if (!result.domainExists)
            return tr("The domain %1 does not exist").arg(result.address.domain);
        return tr("Nothing found");
    });
    setState(m_detectionItem, result.candidates.isEmpty() && result.providerName.isEmpty()
                                  ? ProbeRow::State::Failed
                                  : ProbeRow::State::Works);
    const qint64 elapsed = m_clock.elapsed();
    setCell(m_detectionItem, Time, [elapsed] { return ProbeRow::seconds(elapsed, 1); });
}

// The rows of one kind (sending or receiving), at insertAt in the list; each server name after the
// first of its kind is numbered.
void CheckingPage::addRows(QList<Row> *rows, const QList<ProbeEndpoint> &endpoints, int insertAt)
{
    const std::optional<MailSettings> current = m_context->current;
    const auto isCurrent = [&current](const ProbeEndpoint &e) {
        return e.protocol == Protocol::Smtp && current &&
               e.host.compare(current->host, Qt::CaseInsensitive) == 0 && e.port == current->port &&
               e.security == current->security;
    };
    QStringList hosts; // lower case, the user's own settings left out
    for (const Row &row : std::as_const(*rows)) {
        if (!isCurrent(row.endpoint) && !hosts.contains(row.endpoint.host.toLower()))
            hosts << row.endpoint.host.toLower();
    }
    for (const ProbeEndpoint &e : endpoints) {
        if (!isCurrent(e) && !hosts.contains(e.host.toLower()))
            hosts << e.host.toLower();
        const int server = isCurrent(e) ? 0 : int(hosts.indexOf(e.host.toLower())) + 1;
        auto *item = new QTreeWidgetItem;
        m_steps->insertTopLevelItem(insertAt++, item);
        setCell(item, What, [e, server] { return ProbeRow::title(e, server); });
        setCell(item, Status, [] { return tr("Waiting"); });
        setCell(item, Server, [e] {
            return e.protocol == Protocol::Smtp
                       ? ProbeReport::endpointLabel(e)
                       : QStringLiteral("%1 %2").arg(ProbeNames::protocol(e.protocol).toUpper(),
                                                     ProbeReport::endpointLabel(e));
        });
        setState(item, ProbeRow::State::Waiting);
        rows->append(Row{item, e, m_clock.elapsed(), std::nullopt, false, server == 0});
    }
}

void CheckingPage::onPlanned(const QList<ProbeEndpoint> &endpoints)
{
    addRows(&m_sending, endpoints, m_signInItem ? 2 : 1); // after detection and the sign-in
    updateProgress();
    setTryingStatus();
}

// "Trying 5 ways to send, all at the same time. Also 4 ways to receive."
void CheckingPage::setTryingStatus()
{
    const int send = int(m_sending.size());
    const int receive = int(m_receiving.size());
    setStatus([send, receive] {
        QString text = send == 1 ? tr("Trying one way to send.")
                                 : tr("Trying %n ways to send, all at the same time.", nullptr, send);
        if (receive == 1)
            text += QLatin1Char(' ') + tr("Also one way to receive.");
        else if (receive > 1)
            text += QLatin1Char(' ') + tr("Also %n ways to receive.", nullptr, receive);
        return text;
    });
}

// The names the server's certificate gave, checked once the first ports are done.
void CheckingPage::onAdded(const QList<ProbeEndpoint> &endpoints)
{
    addRows(&m_sending, endpoints, 1 + int(m_sending.size()));
    updateProgress();
    setStatus([] {
        return tr("The server's certificate gives it another name. MailFix is trying that name too.");
    });
}

void CheckingPage::onIncomingPlanned(const QList<ProbeEndpoint> &endpoints)
{
    addRows(&m_receiving, endpoints, m_steps->topLevelItemCount());
    updateProgress();
    if (!m_sending.isEmpty())
        setTryingStatus();
}

void CheckingPage::onStage(int index, ProbeStage stage)
{
    if (index < 0 || index >= m_sending.size() || m_sending.at(index).finished)
        return;
    m_sending[index].stage = stage;
    onTick();
}

void CheckingPage::finishRow(Row *row, const ProbeResult &result)
{
    if (row->finished)
        return;
    row->finished = true;
    setCell(row->item, Status, [result] { return outcomeText(result); });
    const qint64 elapsed = result.elapsedMs;
    setCell(row->item, Time, [elapsed] { return ProbeRow::seconds(elapsed, 2); });
    setState(row->item, ProbeRow::state(result, row->usersOwn));
    row->item->setToolTip(Status, result.failure);
    if (result.outcome != ProbeResult::Outcome::Cancelled) // stopped: not done
        ++m_done;
    updateProgress();
}

// A row not finished after a second shows how long it has waited, and for how long it may.
void CheckingPage::onTick()
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    const qint64 limit = m_context->environment().timeoutMs;
    for (QList<Row> *rows : {&m_sending, &m_receiving}) {
        for (const Row &row : std::as_const(*rows)) {
            if (row.finished)
                continue;
            const qint64 waited = now - row.startedMs;
            const std::optional<ProbeStage> stage = row.stage;
            if (waited >= kWaitingAfterMs)
                setCell(row.item, Status, [waited, limit] { return ProbeRow::waiting(waited, limit); });
            else if (stage)
                setCell(row.item, Status, [stage] { return stageText(*stage) + QStringLiteral("..."); });
        }
    }
}

// Counted once the ways to try are known; busy (indeterminate) only before that.
void CheckingPage::updateProgress()
{
    const int total = int(m_sending.size() + m_receiving.size());
    if (total == 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(std::min(m_done, total));
}

// Its own mnemonic (H): the verdict page's D is Stop's or About's letter in some languages.
void CheckingPage::toggleDetails(bool shown)
{
    m_steps->setColumnHidden(Server, !shown);
    m_detailsButton->setText(shown ? tr("&Hide technical details") : tr("Show tec&hnical details"));
}

void CheckingPage::onFinished(const Diagnosis &)
{
    m_tick.stop();
    m_stop->setVisible(false);
    const int total = int(m_sending.size() + m_receiving.size());
    if (m_context->wasCancelled()) {
        // Never 100 %: the bar keeps what finished, and says that the check was stopped.
        for (QList<Row> *rows : {&m_sending, &m_receiving}) {
            for (const Row &row : std::as_const(*rows)) {
                if (row.finished)
                    continue;
                setCell(row.item, Status, [] { return tr("Stopped"); });
                setState(row.item, ProbeRow::State::Stopped);
            }
        }
        if (m_detectionItem &&
            m_detectionItem->data(What, kStateRole).toInt() == int(ProbeRow::State::Waiting)) {
            setCell(m_detectionItem, Status, [] { return tr("Stopped"); });
            setState(m_detectionItem, ProbeRow::State::Stopped);
        }
        const int done = m_done;
        m_progressText = [done, total] {
            const QLocale here = ProbeRow::locale();
            return tr("Stopped: %1 of %2 checks finished").arg(here.toString(done), here.toString(total));
        };
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(
            std::min(done, std::max(total - 1, 0))); // all done, but a later step was stopped
        m_progress->setFormat(m_progressText());
        if (done > 0)
            setStatus([] {
                return tr("Stopped. Click Next to see what MailFix found so far, or \"Check again\" to start "
                          "over.");
            });
        else
            setStatus([] { return tr("Stopped. Click \"Check again\" to start over."); });
        m_again->setVisible(true);
    } else {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(std::max(total, 1));
        const qint64 elapsed = m_clock.elapsed();
        setStatus([elapsed] {
            return tr("Done in %1 seconds. Click Next to see what MailFix found.")
                .arg(ProbeRow::locale().toString(double(elapsed) / 1000.0, 'f', 1));
        });
    }
    emit completeChanged();
}
