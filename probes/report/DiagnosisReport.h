#pragma once

#include "detect/DetectionTypes.h"
#include "diagnose/Diagnosis.h"
#include "smtp/ProbeTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

// Turns a diagnosis into JSON (the schema in the README) and into readable text for the console: the
// main cause first, then the settings to use and how sure MailFix is of them, then the rest. Neither
// ever contains a password.
class DiagnosisReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisReport)

public:
    [[nodiscard]] static QJsonObject toJson(const Diagnosis &diagnosis, const DetectionResult &detection,
                                            const QList<ProbeResult> &probes);
    [[nodiscard]] static QJsonObject findingToJson(const Finding &finding);
    // {host, port, security, auth, username}
    [[nodiscard]] static QJsonObject settingsToJson(const MailSettings &settings);
    // null, or the recommendation with verified, unconfirmed[] and alternatives[]
    [[nodiscard]] static QJsonValue recommendationToJson(const std::optional<Recommendation> &recommended);
    // null, or the incoming server to use: {host, port, security, auth, username, protocol, verified,
    // unconfirmed[], alternatives[]}
    [[nodiscard]] static QJsonValue incomingToJson(const std::optional<IncomingRecommendation> &incoming);
    // [{name, email, current, works, findings[]}]: the program's accounts for the address, each judged
    [[nodiscard]] static QJsonValue accountsToJson(const QList<AccountVerdict> &accounts);
    // The POP-before-SMTP check: the sign-in to receive and the relay tests right after it; null when it did
    // not run.
    [[nodiscard]] static QJsonValue popBeforeSmtpToJson(const std::optional<PopBeforeSmtp::Check> &check);
    [[nodiscard]] static QString incomingText(const std::optional<IncomingRecommendation> &incoming);
    [[nodiscard]] static QString accountsText(const QList<AccountVerdict> &accounts);
    // The alternatives as text: "These work too" (verified), then "These should also work (not checked)".
    [[nodiscard]] static QString alternativesText(const QList<Alternative> &alternatives);

    // withProbeDetails appends every probe's stages and transcript, for a technician.
    [[nodiscard]] static QString toText(const Diagnosis &diagnosis, const DetectionResult &detection,
                                        const QList<ProbeResult> &probes, bool withProbeDetails = false);
};
