#include "pages/CheckingPage.h"

#include "WizardContext.h"
#include "report/ProbeReport.h"
#include "report/Wording.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { What = 0, Status = 1, Time = 2 };
}

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
    m_steps->setColumnCount(3);
    m_steps->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(Time, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("again"));
    m_again->setVisible(false);

    auto *buttons = new QHBoxLayout;
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
    connect(m_context, &WizardContext::runStarted, this, &CheckingPage::onRunStarted);
    connect(m_context, &WizardContext::detectionFinished, this, &CheckingPage::onDetected);
    connect(m_context, &WizardContext::probesPlanned, this, &CheckingPage::onPlanned);
    connect(m_context, &WizardContext::probesAdded, this, &CheckingPage::onAdded);
    connect(m_context, &WizardContext::probeStageStarted, this, &CheckingPage::onStage);
    connect(m_context, &WizardContext::probeFinished, this, &CheckingPage::onProbeFinished);
    connect(m_context, &WizardContext::runFinished, this, &CheckingPage::onFinished);
    retranslate();
}

void CheckingPage::retranslate()
{
    setTitle(tr("Checking"));
    setSubTitle(tr("MailFix is talking to your mail server. This takes a few seconds."));
    m_progress->setAccessibleName(tr("Progress of the check"));
    m_steps->setAccessibleName(tr("What MailFix is trying"));
    m_steps->setHeaderLabels({tr("What"), tr("Result"), tr("Time")});
    m_stop->setText(tr("&Stop"));
    m_again->setText(tr("Check &again"));
    if (m_statusText)
        m_status->setText(m_statusText());
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        it.key().first->setText(it.key().second, it.value()());
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

QString CheckingPage::seconds(qint64 ms, int decimals)
{
    return tr("%1 s").arg(ms / 1000.0, 0, 'f', decimals);
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
    if (r.verifiedSending())
        return tr("Works: signed in and a recipient was accepted");
    switch (r.connect) {
    case ConnectOutcome::ResolveFailed:
        return tr("The server name does not exist");
    case ConnectOutcome::Refused:
        return tr("Refused: nothing takes mail on this port");
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

void CheckingPage::initializePage()
{
    m_context->startRun();
}

void CheckingPage::cleanupPage()
{
    m_context->cancelRun();
}

bool CheckingPage::isComplete() const
{
    return m_context->hasResult() && !m_context->isRunning();
}

void CheckingPage::onRunStarted()
{
    m_clock.start();
    m_done = 0;
    m_steps->clear();
    m_cells.clear();
    m_probeItems.clear();
    m_detectionItem = new QTreeWidgetItem(m_steps);
    setCell(m_detectionItem, What, [] { return tr("Finding your mail provider's settings"); });
    setCell(m_detectionItem, Status, [] { return tr("Working..."); });
    m_progress->setRange(0, 0); // busy until the ports are known
    const QString address = m_context->address;
    setStatus([address] { return tr("Looking up where mail for %1 goes.").arg(address); });
    m_stop->setVisible(true);
    m_stop->setEnabled(true);
    m_again->setVisible(false);
    emit completeChanged();
}

void CheckingPage::onDetected(const DetectionResult &result)
{
    if (!m_detectionItem)
        return;
    setCell(m_detectionItem, Status, [result] {
        if (!result.providerName.isEmpty())
            return tr("Found: %1").arg(result.providerName);
        if (!result.candidates.isEmpty())
            return tr("Found %n possible server(s)", nullptr, int(result.candidates.size()));
        if (!result.domainExists)
            return tr("The domain %1 does not exist").arg(result.address.domain);
        return tr("Nothing found");
    });
    const qint64 elapsed = m_clock.elapsed();
    setCell(m_detectionItem, Time, [elapsed] { return seconds(elapsed, 1); });
}

void CheckingPage::addItems(const QList<ProbeEndpoint> &endpoints)
{
    for (const ProbeEndpoint &e : endpoints) {
        auto *item = new QTreeWidgetItem(m_steps);
        setCell(item, What, [e] {
            return tr("%1, port %2 (%3)")
                .arg(e.host)
                .arg(e.port)
                .arg(Wording::securityInSentence(e.security));
        });
        setCell(item, Status, [] { return tr("Waiting"); });
        m_probeItems.append(item);
    }
}

void CheckingPage::onPlanned(const QList<ProbeEndpoint> &endpoints)
{
    addItems(endpoints);
    m_progress->setRange(0, int(endpoints.size()));
    m_progress->setValue(0);
    const int ways = int(endpoints.size());
    setStatus([ways] { return tr("Trying %n way(s) to send, all at the same time.", nullptr, ways); });
}

// The names the server's certificate gave, checked once the first ports are done.
void CheckingPage::onAdded(const QList<ProbeEndpoint> &endpoints)
{
    addItems(endpoints);
    m_progress->setRange(0, int(m_probeItems.size()));
    setStatus([] {
        return tr("The server's certificate gives it another name. MailFix is trying that name too.");
    });
}

void CheckingPage::onStage(int index, ProbeStage stage)
{
    if (index >= 0 && index < m_probeItems.size())
        setCell(m_probeItems.at(index), Status, [stage] { return stageText(stage) + QStringLiteral("..."); });
}

void CheckingPage::onProbeFinished(int index, const ProbeResult &result)
{
    if (index < 0 || index >= m_probeItems.size())
        return;
    QTreeWidgetItem *item = m_probeItems.at(index);
    setCell(item, Status, [result] { return outcomeText(result); });
    const qint64 elapsed = result.elapsedMs;
    setCell(item, Time, [elapsed] { return seconds(elapsed, 2); });
    item->setToolTip(Status, result.failure);
    m_progress->setValue(++m_done);
}

void CheckingPage::onFinished(const Diagnosis &)
{
    m_stop->setVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (m_context->wasCancelled()) {
        setStatus([] { return tr("Stopped. Click \"Check again\" to start over."); });
        m_again->setVisible(true);
    } else {
        const qint64 elapsed = m_clock.elapsed();
        setStatus([elapsed] {
            return tr("Done in %1 seconds. Click Next to see what MailFix found.")
                .arg(elapsed / 1000.0, 0, 'f', 1);
        });
    }
    emit completeChanged();
}
