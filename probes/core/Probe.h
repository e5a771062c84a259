#pragma once

#include "core/Endpoint.h"
#include "core/ProbeResult.h"
#include "core/ProbeStage.h"

#include <QObject>

// One conversation with one server endpoint, in one protocol: what ProbeSession runs, whatever the
// protocol (SmtpProbe, ImapProbe, Pop3Probe). Asynchronous; a probe ends within its options' timeout and
// emits finished() exactly once on every path, cancel() included, never from inside start().
class Probe : public QObject
{
    Q_OBJECT

public:
    explicit Probe(QObject *parent = nullptr);
    ~Probe() override;

    // Starts the conversation; the first step runs from the event loop. A second call does nothing.
    virtual void start() = 0;
    // Ends at once: finished() (outcome Cancelled) comes before cancel() returns, unless it already came.
    virtual void cancel() = 0;

    [[nodiscard]] virtual const ProbeEndpoint &endpoint() const = 0;
    // The stage running now (for progress displays).
    [[nodiscard]] virtual ProbeStage currentStage() const = 0;
    [[nodiscard]] bool isFinished() const { return m_finished; }

signals:
    void stageStarted(ProbeStage stage);
    void finished(const ProbeResult &result);

protected:
    // Call once the probe is ending, before it emits finished(): true the first time, false when it has
    // already ended (then it must not emit finished() again).
    [[nodiscard]] bool markFinished();

private:
    bool m_finished = false;
};
