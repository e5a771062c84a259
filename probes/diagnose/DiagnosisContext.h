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
    const QList<ProbeResult> &incomingProbes; // IMAP and POP3
    QList<FindingCode> explained;             // what the pasted error points to, most likely first
    QString username;                         // the user name signed in with (or the address)
    // The user's mail program: as the user said, else as the pasted error shows it; empty when unknown.
    // Sentences name only this program's settings (neutral words when unknown or another program).
    std::optional<MailProgram> program;
    ProviderNotes notes; // the best candidate's provider notes
    bool anythingReachable = false;
    const ProbeResult *currentProbe = nullptr; // the probe of the user's current endpoint
    QList<MailSettings> verified;              // settings a probe verified, best first
    std::optional<Recommendation> recommended;
    std::optional<IncomingRecommendation> incoming;
    // An incoming probe that signed in with the same user name and password (the user's own incoming
    // server first), and one whose server refused them; null when none.
    const ProbeResult *incomingSignedIn = nullptr;
    const ProbeResult *incomingRefused = nullptr;

    // A server whose certificate failed only because of the name the user's program (or detection) gave
    // it, reached under a name its certificate is valid for (shared hosting: the hosting machine's name).
    struct RealName
    {
        QString host;                         // the name the certificate is valid for
        QString pattern;                      // the certificate's name that covers it (maybe "*.x")
        QStringList origins;                  // the names whose certificate check failed
        const ProbeResult *origin = nullptr;  // a probe of the first of them
        const ProbeResult *reached = nullptr; // a probe of the real name, certificate trusted
    };
    QList<RealName> realNames;
    [[nodiscard]] const RealName *realName(const QString &host) const;
    // The host's certificate failed only because of its name, and its real name was reached.
    [[nodiscard]] bool hasRealName(const QString &host) const;

    // The recommended settings, which most fixes point to; null when there are none.
    [[nodiscard]] const MailSettings *fix() const { return recommended ? &recommended->settings : nullptr; }
    void attachFix(Finding &finding) const; // the recommended settings as the finding's fixSettings

    // Facts about probes, shared by several rules.
    [[nodiscard]] static SecurityMode usedSecurity(const ProbeResult &p);
    [[nodiscard]] static bool sameEndpoint(const ProbeResult &p, const MailSettings &s);
    [[nodiscard]] static QStringList replyLines(const SmtpReply &reply);
    [[nodiscard]] static bool mentions(const SmtpReply &reply, const QRegularExpression &re);
    // "IMAP, port 993" (the protocol and the port, for sentences)
    [[nodiscard]] static QString incomingLabel(const ProbeResult &p);
    // Pure: whether a is the better incoming setting to recommend (the user's protocol, then IMAP before
    // POP3, then implicit TLS before STARTTLS).
    [[nodiscard]] static bool incomingPreferred(const IncomingSettings &a, const IncomingSettings &b,
                                                const std::optional<IncomingSettings> &current);

private:
    [[nodiscard]] std::optional<MailProgram> programOf() const;
    void findRealNames();
    // A probe of a name a certificate gave that turned out to be another server: it does not count.
    [[nodiscard]] bool strayCertificateName(const ProbeResult &p) const;
    void recommend();
    void explainUnconfirmed();
    void judgeIncoming();
};
