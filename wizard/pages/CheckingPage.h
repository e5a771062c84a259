#pragma once

#include "smtp/ProbeTypes.h"

#include <QElapsedTimer>
#include <QWizardPage>

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

    // Plain words for a stage and for a finished probe (public for tests).
    [[nodiscard]] static QString stageText(ProbeStage stage);
    [[nodiscard]] static QString outcomeText(const ProbeResult &result);

private:
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
    QElapsedTimer m_clock;
    int m_done = 0;
};
