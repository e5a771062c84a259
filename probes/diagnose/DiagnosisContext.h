#pragma once

#include "diagnose/Diagnosis.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

// What every diagnosis rule may read: the input, and the facts derived from it once (the probe of the
// user's current settings, the recommendation, the provider's notes). Read-only for the rules.
class DiagnosisContext
{
public:
    explicit DiagnosisContext(const DiagnosisInput &input);

    const DiagnosisInput &in;
    const QList<ProbeResult> &probes;
    const std::optional<MailSettings> &current;
    QList<FindingCode> explained; // what the pasted error points to, most likely first
    QString username;             // the user name signed in with (or the address)
    ProviderNotes notes;          // the best candidate's provider notes
    bool anythingReachable = false;
    const ProbeResult *currentProbe = nullptr; // the probe of the user's current endpoint
    QList<MailSettings> verified;              // settings a probe verified, best first
    std::optional<Recommendation> recommended;

    // The recommended settings, which most fixes point to; null when there are none.
    [[nodiscard]] const MailSettings *fix() const { return recommended ? &recommended->settings : nullptr; }
    void attachFix(Finding &finding) const; // the recommended settings as the finding's fixSettings

    // Facts about probes, shared by several rules.
    [[nodiscard]] static SecurityMode usedSecurity(const ProbeResult &p);
    [[nodiscard]] static bool sameEndpoint(const ProbeResult &p, const MailSettings &s);
    [[nodiscard]] static QStringList replyLines(const SmtpReply &reply);
    [[nodiscard]] static bool mentions(const SmtpReply &reply, const QRegularExpression &re);

private:
    void recommend();
    void explainUnconfirmed();
};
