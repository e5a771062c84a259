#pragma once

#include "pages/ProbeRow.h"
#include "smtp/ProbeTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class WizardContext;
struct DetectionResult;
struct Diagnosis;

// Third page: runs the check and shows, live, each way of sending and of receiving that is tried, in plain
// words with a status icon, and then whether it worked, failed or timed out, with the time taken; the
// server names and the technical words one click away. Never blocks; can be stopped, and then shows what
// finished as a partial result.
class CheckingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckingPage(WizardContext *context, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Sets the texts again in the language installed now, the rows and their results included.
    void retranslate();

    // Plain words for a stage and for a finished probe (public for tests).
    [[nodiscard]] static QString stageText(ProbeStage stage);
    [[nodiscard]] static QString outcomeText(const ProbeResult &result);

    // The item data role that holds a row's ProbeRow::State (as int), for tests and accessibility.
    static constexpr int kStateRole = Qt::UserRole + 1;

private:
    // One probe's row: what it tries, when it started, and how far it got.
    struct Row
    {
        QTreeWidgetItem *item = nullptr;
        ProbeEndpoint endpoint;
        qint64 startedMs = 0;
        std::optional<ProbeStage> stage;
        bool finished = false;
        bool usersOwn = false; // the settings the user's program has now
    };

    // A text that is set again when the language changes.
    void setStatus(std::function<QString()> text);
    void setCell(QTreeWidgetItem *item, int column, std::function<QString()> text);
    void setState(QTreeWidgetItem *item, ProbeRow::State state);
    [[nodiscard]] static QString incomingOutcomeText(const ProbeResult &result);
    void onRunStarted();
    void onSigningIn(const QString &providerName);
    void onDetected(const DetectionResult &result);
    void onPlanned(const QList<ProbeEndpoint> &endpoints);
    void onAdded(const QList<ProbeEndpoint> &endpoints);
    void onIncomingPlanned(const QList<ProbeEndpoint> &endpoints);
    void setTryingStatus();
    void addRows(QList<Row> *rows, const QList<ProbeEndpoint> &endpoints, int insertAt);
    void onStage(int index, ProbeStage stage);
    void finishRow(Row *row, const ProbeResult &result);
    void onTick();
    void updateProgress();
    void toggleDetails(bool shown);
    void onFinished(const Diagnosis &diagnosis);

    WizardContext *m_context;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_steps = nullptr;
    QTreeWidgetItem *m_detectionItem = nullptr;
    QTreeWidgetItem *m_signInItem = nullptr; // the OAuth2 sign-in in the browser, when there is one
    QList<Row> m_sending;                    // SMTP, by the run's probe index
    QList<Row> m_receiving;                  // IMAP and POP3, by the run's incoming index
    QPushButton *m_detailsButton = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_again = nullptr;
    std::function<QString()> m_statusText;
    std::function<QString()> m_progressText;
    QHash<QPair<QTreeWidgetItem *, int>, std::function<QString()>> m_cells;
    QElapsedTimer m_clock;
    QTimer m_tick; // updates the waiting rows' running time
    int m_done = 0;
};
