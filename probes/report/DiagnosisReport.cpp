#include "report/DiagnosisReport.h"

#include "report/DetectionReport.h"
#include "report/ProbeReport.h"
#include "report/Wording.h"

#include <QJsonArray>

QJsonObject DiagnosisReport::settingsToJson(const MailSettings &settings)
{
    return QJsonObject{
        {QStringLiteral("host"), settings.host},
        {QStringLiteral("port"), settings.port},
        {QStringLiteral("security"), ProbeNames::security(settings.security)},
        {QStringLiteral("auth"), MailSettings::authName(settings.auth)},
        {QStringLiteral("username"), settings.username},
    };
}

QJsonObject DiagnosisReport::findingToJson(const Finding &finding)
{
    return QJsonObject{
        {QStringLiteral("id"), QString(finding.id())},
        {QStringLiteral("severity"), Findings::severityName(finding.severity)},
        {QStringLiteral("title"), finding.title},
        {QStringLiteral("detail"), finding.detail},
        {QStringLiteral("fix"), finding.fix},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(finding.evidence)},
        {QStringLiteral("fixSettings"),
         finding.fixSettings ? QJsonValue(settingsToJson(*finding.fixSettings)) : QJsonValue()},
    };
}

QJsonValue DiagnosisReport::recommendationToJson(const std::optional<Recommendation> &recommended)
{
    if (!recommended)
        return QJsonValue();
    QJsonObject json = settingsToJson(recommended->settings);
    json.insert(QStringLiteral("verified"), recommended->verified);
    json.insert(QStringLiteral("unconfirmed"), QJsonArray::fromStringList(recommended->unconfirmed));
    QJsonArray alternatives;
    for (const Alternative &alternative : recommended->alternatives) {
        QJsonObject one = settingsToJson(alternative.settings);
        one.insert(QStringLiteral("verified"), alternative.verified);
        alternatives.append(one);
    }
    json.insert(QStringLiteral("alternatives"), alternatives);
    return json;
}

QJsonValue DiagnosisReport::incomingToJson(const std::optional<IncomingRecommendation> &incoming)
{
    if (!incoming)
        return QJsonValue();
    const auto settings = [](const IncomingSettings &s) {
        QJsonObject json = settingsToJson(s.settings);
        json.insert(QStringLiteral("protocol"), ProbeNames::protocol(s.protocol));
        return json;
    };
    QJsonObject json = settings(incoming->settings);
    json.insert(QStringLiteral("verified"), incoming->verified);
    json.insert(QStringLiteral("unconfirmed"), QJsonArray::fromStringList(incoming->unconfirmed));
    QJsonArray alternatives;
    for (const IncomingSettings &alternative : incoming->alternatives) {
        QJsonObject one = settings(alternative);
        one.insert(QStringLiteral("verified"), incoming->verified);
        alternatives.append(one);
    }
    json.insert(QStringLiteral("alternatives"), alternatives);
    return json;
}

namespace {
QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(DiagnosisReport::findingToJson(finding));
    return array;
}
} // namespace

QJsonValue DiagnosisReport::accountsToJson(const QList<AccountVerdict> &accounts)
{
    QJsonArray array;
    for (const AccountVerdict &verdict : accounts) {
        array.append(QJsonObject{
            {QStringLiteral("name"), verdict.account.name},
            {QStringLiteral("email"), verdict.account.email},
            {QStringLiteral("current"), settingsToJson(verdict.account.outgoing)},
            {QStringLiteral("works"), verdict.cause() == nullptr},
            {QStringLiteral("findings"), findingsToJson(verdict.findings)},
        });
    }
    return array;
}

QJsonValue DiagnosisReport::popBeforeSmtpToJson(const std::optional<PopBeforeSmtp::Check> &check)
{
    if (!check)
        return QJsonValue();
    QJsonArray retests;
    for (const ProbeResult &probe : check->retests)
        retests.append(ProbeReport::toJson(probe));
    return QJsonObject{
        {QStringLiteral("signedIn"), check->signIn.verifiedSignIn()},
        {QStringLiteral("relayAccepted"), check->relayOpened()},
        {QStringLiteral("signIn"), ProbeReport::toJson(check->signIn)},
        {QStringLiteral("retests"), retests},
    };
}

QJsonObject DiagnosisReport::toJson(const Diagnosis &diagnosis, const DetectionResult &detection,
                                    const QList<ProbeResult> &probes)
{
    QJsonArray probeArray;
    for (const ProbeResult &probe : probes)
        probeArray.append(ProbeReport::toJson(probe));
    QJsonObject json{
        {QStringLiteral("summaryLine"), diagnosis.summaryLine},
        {QStringLiteral("findings"), findingsToJson(diagnosis.findings)},
        {QStringLiteral("recommended"), recommendationToJson(diagnosis.recommended)},
        {QStringLiteral("incoming"), incomingToJson(diagnosis.incoming)},
        {QStringLiteral("provider"),
         diagnosis.providerName.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject{
                   {QStringLiteral("name"), diagnosis.providerName},
                   {QStringLiteral("source"), DetectionNames::source(diagnosis.providerSource)}})},
        {QStringLiteral("nextSteps"), findingsToJson(diagnosis.nextSteps)},
        {QStringLiteral("probes"), probeArray},
        {QStringLiteral("detection"), DetectionReport::toJson(detection)},
    };
    if (!diagnosis.accounts.isEmpty())
        json.insert(QStringLiteral("accounts"), accountsToJson(diagnosis.accounts));
    if (diagnosis.popBeforeSmtp)
        json.insert(QStringLiteral("popBeforeSmtp"), popBeforeSmtpToJson(diagnosis.popBeforeSmtp));
    return json;
}

namespace {
// Indents every line of a (possibly multi-line) text.
QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += pad + line + QLatin1Char('\n');
    return out;
}

// A finding in full: title, what it means, what to do, and the server's own words.
QString findingText(const Finding &finding, const QString &prefix)
{
    QString out = prefix + finding.title + QStringLiteral("  [%1]\n").arg(finding.id());
    if (!finding.detail.isEmpty())
        out += indented(finding.detail, 2);
    if (!finding.fix.isEmpty())
        out += indented(DiagnosisReport::tr("What to do: %1").arg(finding.fix), 2);
    if (!finding.evidence.isEmpty()) {
        out += DiagnosisReport::tr("  What we saw:\n");
        for (const QString &line : finding.evidence)
            out += indented(line, 4);
    }
    return out;
}

QString settingsLine(const MailSettings &s)
{
    return DiagnosisReport::tr("%1, port %2, %3, %4")
        .arg(s.host)
        .arg(s.port)
        .arg(Wording::security(s.security), Wording::auth(s.auth));
}
} // namespace

QString DiagnosisReport::incomingText(const std::optional<IncomingRecommendation> &incoming)
{
    if (!incoming)
        return {};
    const MailSettings &s = incoming->settings.settings;
    QString out = QLatin1Char('\n') + (incoming->settings.protocol == Protocol::Pop3
                                           ? tr("For receiving (incoming server, POP3):\n")
                                           : tr("For receiving (incoming server, IMAP):\n"));
    out += QStringLiteral("  %1\n").arg(settingsLine(s));
    out += incoming->verified
               ? tr("  Verified: signing in works with these settings.\n")
               : indented(tr("Not verified: %1").arg(incoming->unconfirmed.join(QLatin1Char(' '))), 2);
    return out;
}

// Other settings: those verified ("These work too"), then those not checked, said as such.
QString DiagnosisReport::alternativesText(const QList<Alternative> &alternatives)
{
    QString out;
    for (const bool verified : {true, false}) {
        QString lines;
        for (const Alternative &alternative : alternatives) {
            if (alternative.verified == verified)
                lines += QStringLiteral("    %1\n").arg(settingsLine(alternative.settings));
        }
        if (!lines.isEmpty())
            out += (verified ? tr("  These work too:\n") : tr("  These should also work (not checked):\n")) +
                   lines;
    }
    return out;
}

QString DiagnosisReport::accountsText(const QList<AccountVerdict> &accounts)
{
    if (accounts.isEmpty())
        return {};
    QString out = QLatin1Char('\n') + tr("Your mail program's accounts for this address:\n");
    for (const AccountVerdict &verdict : accounts) {
        const QString name = verdict.account.name.isEmpty() ? verdict.account.email : verdict.account.name;
        const Finding *cause = verdict.cause();
        out += cause ? tr("- \"%1\" (%2): does not work. %3\n")
                           .arg(name, settingsLine(verdict.account.outgoing), cause->title)
                     : tr("- \"%1\" (%2): works.\n").arg(name, settingsLine(verdict.account.outgoing));
    }
    return out;
}

QString DiagnosisReport::toText(const Diagnosis &diagnosis, const DetectionResult &detection,
                                const QList<ProbeResult> &probes, bool withProbeDetails)
{
    QString out;
    if (!diagnosis.summaryLine.isEmpty())
        out += diagnosis.summaryLine + QStringLiteral("\n\n");
    // The main cause (or, when all is well, the best news) first.
    const Finding *headline = diagnosis.findings.isEmpty() ? nullptr : &diagnosis.findings.first();
    if (!headline) {
        out += tr("MailFix found nothing to report.\n");
    } else {
        out += findingText(*headline,
                           headline->severity == Finding::Severity::Cause ? tr("The problem: ") : QString());
    }

    out += accountsText(diagnosis.accounts);

    // The settings to use, and how sure MailFix is of them.
    out += QLatin1Char('\n');
    if (const std::optional<Recommendation> &r = diagnosis.recommended) {
        const MailSettings &s = r->settings;
        out += tr("Use these settings for the outgoing server:\n");
        const auto row = [&out](const QString &label, const QString &value) {
            out += QStringLiteral("  %1 %2\n").arg(label, -26).arg(value);
        };
        row(tr("Outgoing server (SMTP):"), s.host);
        row(tr("Port:"), QString::number(s.port));
        row(tr("Connection security:"), Wording::security(s.security));
        row(tr("Authentication method:"), Wording::auth(s.auth));
        if (!s.username.isEmpty() && s.auth != MailSettings::Auth::None)
            row(tr("User name:"), s.username);
        if (r->verified && s.auth == MailSettings::Auth::None) {
            out += tr("  Verified: we checked this. Sending works with these settings.\n");
        } else if (r->verified) {
            out += tr("  Verified: we checked this. Signing in and sending works with these settings.\n");
        } else {
            const QString why = r->unconfirmed.isEmpty()
                                    ? tr("MailFix could not sign in and send with these settings.")
                                    : r->unconfirmed.join(QLatin1Char(' '));
            out += indented(tr("Not verified: %1").arg(why), 2);
        }
        out += alternativesText(r->alternatives);
    } else if (!diagnosis.anythingReachable) {
        out +=
            tr("MailFix could not reach any outgoing mail server for %1, so it cannot recommend settings.\n")
                .arg(detection.address.text);
    } else {
        out += tr("MailFix could not find settings that work.\n");
    }
    out += incomingText(diagnosis.incoming);

    // Everything else it found.
    if (diagnosis.findings.size() > 1) {
        out += QLatin1Char('\n') + tr("Also found:\n");
        for (qsizetype i = 1; i < diagnosis.findings.size(); ++i)
            out += findingText(diagnosis.findings.at(i), QStringLiteral("- "));
    }
    if (!diagnosis.nextSteps.isEmpty()) {
        out += QLatin1Char('\n') + tr("If it still does not work, check these:\n");
        for (const Finding &step : diagnosis.nextSteps)
            out += findingText(step, QStringLiteral("- "));
    }

    out += QLatin1Char('\n');
    if (!diagnosis.providerName.isEmpty())
        out += tr("Provider: %1 (from %2)\n")
                   .arg(diagnosis.providerName, DetectionNames::source(diagnosis.providerSource));
    if (withProbeDetails) {
        out += QLatin1Char('\n') + tr("Technical details:\n\n") + DetectionReport::toText(detection);
        for (const ProbeResult &probe : probes)
            out += QLatin1Char('\n') + ProbeReport::toText(probe, true);
    } else {
        QStringList checked;
        for (const ProbeResult &probe : probes)
            checked << ProbeReport::endpointLabel(probe.endpoint);
        if (!checked.isEmpty())
            out += tr("Checked: %1. Add --transcript to see each conversation with the server.\n")
                       .arg(checked.join(QLatin1String(", ")));
    }
    return out;
}
