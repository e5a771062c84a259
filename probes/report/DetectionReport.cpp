#include "report/DetectionReport.h"

#include "report/ProbeReport.h"

#include <QJsonArray>

QJsonObject DetectionReport::candidateToJson(const Candidate &c)
{
    QJsonArray auth;
    for (const OutgoingServerConfig::Auth method : c.authentication)
        auth.append(ClientConfig::authName(method));
    return QJsonObject{
        {QStringLiteral("host"), c.endpoint.host},
        {QStringLiteral("port"), c.endpoint.port},
        {QStringLiteral("security"), ProbeNames::security(c.endpoint.security)},
        {QStringLiteral("authentication"), auth},
        {QStringLiteral("username"), c.username},
        {QStringLiteral("source"), DetectionNames::source(c.source)},
        {QStringLiteral("trust"), DetectionNames::trust(c.trust)},
        {QStringLiteral("origin"), c.origin},
        {QStringLiteral("providerId"), c.providerId},
        {QStringLiteral("providerName"), c.providerName},
        {QStringLiteral("notes"),
         QJsonObject{{QStringLiteral("oauth2Required"), c.notes.oauth2Required},
                     {QStringLiteral("appPasswordRequired"), c.notes.appPasswordRequired},
                     {QStringLiteral("smtpAuthMayBeDisabled"), c.notes.smtpAuthMayBeDisabled}}},
        {QStringLiteral("needsApproval"), c.needsApproval},
    };
}

QJsonObject DetectionReport::toJson(const DetectionResult &result)
{
    QJsonArray candidates;
    for (const Candidate &c : result.candidates)
        candidates.append(candidateToJson(c));
    QJsonArray incoming;
    for (const Candidate &c : result.incomingCandidates) {
        QJsonObject object = candidateToJson(c);
        object.insert(QStringLiteral("protocol"), ProbeNames::protocol(c.endpoint.protocol));
        incoming.append(object);
    }
    QJsonArray sources;
    for (const SourceReport &s : result.sources) {
        sources.append(QJsonObject{{QStringLiteral("source"), DetectionNames::source(s.source)},
                                   {QStringLiteral("query"), s.query},
                                   {QStringLiteral("outcome"), DetectionNames::outcome(s.outcome)},
                                   {QStringLiteral("detail"), s.detail},
                                   {QStringLiteral("elapsedMs"), double(s.elapsedMs)}});
    }
    return QJsonObject{
        {QStringLiteral("address"), result.address.text},
        {QStringLiteral("domain"), result.address.domain},
        {QStringLiteral("aceDomain"), result.address.aceDomain},
        {QStringLiteral("domainExists"), result.domainExists},
        {QStringLiteral("provider"),
         result.candidates.isEmpty()
             ? QJsonValue()
             : QJsonValue(
                   QJsonObject{{QStringLiteral("id"), result.providerId},
                               {QStringLiteral("name"), result.providerName},
                               {QStringLiteral("source"), DetectionNames::source(result.providerSource)}})},
        {QStringLiteral("mxHosts"), QJsonArray::fromStringList(result.mxHosts)},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("incomingCandidates"), incoming},
        {QStringLiteral("sources"), sources},
    };
}

QString DetectionReport::candidatesText(const QList<Candidate> &candidates, bool withProtocol)
{
    QString out;
    int n = 0;
    for (const Candidate &c : candidates) {
        const QString protocol =
            withProtocol ? ProbeNames::protocol(c.endpoint.protocol).toUpper() + QLatin1Char(' ') : QString();
        out += QStringLiteral("  %1. %2%3  %4, trust %5%6\n")
                   .arg(++n)
                   .arg(protocol, ProbeReport::endpointLabel(c.endpoint), DetectionNames::source(c.source),
                        DetectionNames::trust(c.trust),
                        c.needsApproval ? tr(", outside your domain: ask before sending a password")
                                        : QString());
        if (!c.username.isEmpty())
            out += tr("     user name %1\n").arg(c.username);
    }
    return out;
}

QString DetectionReport::toText(const DetectionResult &result)
{
    QString out;
    if (!result.domainExists)
        out += tr("The domain %1 does not exist.\n").arg(result.address.domain);
    if (!result.providerName.isEmpty())
        out += tr("Provider: %1 (from %2)\n")
                   .arg(result.providerName, DetectionNames::source(result.providerSource));
    if (!result.mxHosts.isEmpty())
        out += tr("Mail for %1 goes to: %2\n")
                   .arg(result.address.domain, result.mxHosts.join(QLatin1String(", ")));
    if (result.candidates.isEmpty()) {
        out += tr("No outgoing server found.\n");
    } else {
        out += tr("Outgoing servers, best first:\n");
        out += candidatesText(result.candidates, false);
    }
    if (result.incomingCandidates.isEmpty()) {
        out += tr("No incoming server found.\n");
    } else {
        out += tr("Incoming servers, best first:\n");
        out += candidatesText(result.incomingCandidates, true);
    }
    out += tr("Sources asked:\n");
    for (const SourceReport &s : result.sources) {
        out += QStringLiteral("  %1 %2 %3 (%4 ms)%5\n")
                   .arg(DetectionNames::source(s.source), -22)
                   .arg(DetectionNames::outcome(s.outcome), -10)
                   .arg(s.query)
                   .arg(s.elapsedMs)
                   .arg(s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail);
    }
    return out;
}
