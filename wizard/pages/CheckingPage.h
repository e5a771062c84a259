#pragma once

#include "smtp/ProbeTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class WizardContext;
struct DetectionResult;
struct Diagnosis;

// Third page: runs the check and shows, live, what is being tried on each port, and then whether it
// worked, failed or timed out, with the time taken. Never blocks; can be stopped.
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

private:
    // A text that is set again when the language changes.
    void setStatus(std::function<QString()> text);
    void setCell(QTreeWidgetItem *item, int column, std::function<QString()> text);
    [[nodiscard]] static QString seconds(qint64 ms, int decimals);
    void onRunStarted();
    void onDetected(const DetectionResult &result);
    void onPlanned(const QList<ProbeEndpoint> &endpoints);
    void onAdded(const QList<ProbeEndpoint> &endpoints);
    void addItems(const QList<ProbeEndpoint> &endpoints);
    void onStage(int index, ProbeStage stage);
    void onProbeFinished(int index, const ProbeResult &result);
    void onFinished(const Diagnosis &diagnosis);

    WizardContext *m_context;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_steps = nullptr;
    QTreeWidgetItem *m_detectionItem = nullptr;
    QList<QTreeWidgetItem *> m_probeItems;
    QPushButton *m_stop = nullptr;
    QPushButton *m_again = nullptr;
    std::function<QString()> m_statusText;
    QHash<QPair<QTreeWidgetItem *, int>, std::function<QString()>> m_cells;
    QElapsedTimer m_clock;
    int m_done = 0;
};
