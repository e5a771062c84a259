#pragma once

#include "config/DeploymentConfig.h"
#include "diagnose/Diagnosis.h"

#include <QCoreApplication>

// The report a technician saves or sends: the verdict, the findings and next steps, the recommended
// settings, the detection sources, and every probe's stages, certificate and transcript. Plain,
// self-contained HTML (no scripts, no external files), with everything escaped. No secrets: the
// inputs hold none (transcripts are redacted when written). An MSP's branding puts its product name in
// the title, its logo (embedded as a data: URL) at the top and its support line under the heading.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    [[nodiscard]] static QString toHtml(const Diagnosis &diagnosis, const DetectionResult &detection,
                                        const QList<ProbeResult> &probes, const QString &programName,
                                        const DeploymentConfig::Branding &branding = {});
    // The logo as a data: URL for an <img> (empty when there is no logo or it is larger than 1 MiB).
    [[nodiscard]] static QString logoDataUrl(const QString &path);
};
