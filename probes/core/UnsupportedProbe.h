#pragma once

#include "core/Probe.h"

// Stands in for a probe of a protocol MailFix cannot speak yet (IMAP and POP3 until issue 15): it ends
// at once, from the event loop, with outcome Failed and a note saying why.
class UnsupportedProbe : public Probe
{
    Q_OBJECT

public:
    explicit UnsupportedProbe(ProbeEndpoint endpoint, QObject *parent = nullptr);

    void start() override;
    void cancel() override;
    [[nodiscard]] const ProbeEndpoint &endpoint() const override { return m_result.endpoint; }
    [[nodiscard]] ProbeStage currentStage() const override { return ProbeStage::Resolve; }

private:
    void finish(ProbeResult::Outcome outcome, const QString &why);

    ProbeResult m_result;
    bool m_started = false;
};
