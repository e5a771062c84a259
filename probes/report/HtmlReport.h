#pragma once

#include "diagnose/Diagnosis.h"

#include <QCoreApplication>

// The report a technician saves or sends: the verdict, the findings and next steps, the recommended
// settings, the detection sources, and every probe's stages, certificate and transcript. Plain,
// self-contained HTML (no scripts, no external files), with everything escaped. No secrets: the
// inputs hold none (transcripts are redacted when written).
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    [[nodiscard]] static QString toHtml(const Diagnosis &diagnosis, const DetectionResult &detection,
                                        const QList<ProbeResult> &probes, const QString &programName);
};
