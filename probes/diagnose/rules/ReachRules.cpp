// Reaching the server: names that do not exist, servers that cannot be reached or are too busy, ports
// that are blocked or silent, servers that break off after their greeting.
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"
#include "report/Wording.h"

#include <algorithm>

namespace DiagnosisRules {

namespace {
using Severity = FindingSeverity;

QString hostPortFailure(const ProbeResult &p)
{
    return QStringLiteral("%1:%2 %3").arg(p.endpoint.host).arg(p.endpoint.port).arg(p.failure);
}

QString useInstead(const MailSettings &fix)
{
    return Diagnoser::tr("Use port %1 with %2 instead.")
        .arg(fix.port)
        .arg(Wording::securityInSentence(fix.security));
}

bool allUnresolved(const QList<ProbeResult> &probes)
{
    return !probes.isEmpty() && std::all_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
        return p.connect == ConnectOutcome::ResolveFailed;
    });
}
} // namespace

// A server that greets and then breaks off or stalls (in EHLO, STARTTLS or the handshake).
void brokeOffAfterGreeting(const DiagnosisContext &c, FindingList &findings)
{
    const auto brokeOff = [](const ProbeResult &p) {
        return p.reachedServer() && p.outcome != ProbeResult::Outcome::Completed &&
               p.outcome != ProbeResult::Outcome::Cancelled &&
               (p.lastStage == ProbeStage::Ehlo || p.lastStage == ProbeStage::StartTls ||
                p.lastStage == ProbeStage::TlsHandshake || p.lastStage == ProbeStage::EhloAfterTls);
    };
    const auto it = std::find_if(c.probes.cbegin(), c.probes.cend(), brokeOff);
    if (it == c.probes.cend())
        return;
    const ProbeResult &p = *it;
    const bool isCurrent = c.current && DiagnosisContext::sameEndpoint(p, *c.current);
    const bool othersWork = std::any_of(c.probes.cbegin(), c.probes.cend(), [](const ProbeResult &o) {
        return o.reachedServer() && o.outcome == ProbeResult::Outcome::Completed;
    });
    Finding &f = findings.add(
        FindingCode::PortUnresponsive, isCurrent || !othersWork ? Severity::Cause : Severity::Info,
        Diagnoser::tr("The server on port %1 stops answering after its greeting.").arg(p.endpoint.port),
        Diagnoser::tr("It greeted MailFix, then the conversation broke off while setting up (%1). A "
                      "firewall or antivirus program that inspects mail can do this, or the server "
                      "has a problem.")
            .arg(p.failure));
    f.evidence << hostPortFailure(p);
    const MailSettings *fix = c.fix();
    if (fix && (fix->host != p.endpoint.host || fix->port != p.endpoint.port))
        f.fix = useInstead(*fix);
}

void domainNotFound(const DiagnosisContext &c, FindingList &findings)
{
    const bool domainMissing = c.in.detection && !c.in.detection->domainExists;
    if (!domainMissing && !allUnresolved(c.probes))
        return;
    const QString name = domainMissing ? c.in.address.domain : c.probes.first().endpoint.host;
    Finding &f = findings.add(
        FindingCode::DomainNotFound, Severity::Cause, Diagnoser::tr("The name %1 does not exist.").arg(name),
        Diagnoser::tr("The internet's address book (DNS) has no entry for %1. Check the "
                      "spelling of your email address and of the outgoing server.")
            .arg(name));
    f.fix = Diagnoser::tr("Check that %1 is spelled right.").arg(name);
}

void serverUnreachable(const DiagnosisContext &c, FindingList &findings)
{
    const QList<ProbeResult> &probes = c.probes;
    if (c.anythingReachable || probes.isEmpty() || allUnresolved(probes))
        return;
    const bool allTimedOut = std::all_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
        return p.connect == ConnectOutcome::TimedOut;
    });
    const ProbeResult *busy = nullptr;
    for (const ProbeResult &p : probes) {
        if (p.banner == BannerOutcome::Unavailable)
            busy = &p;
    }
    QString title =
        Diagnoser::tr("MailFix could not reach the outgoing server %1.").arg(probes.first().endpoint.host);
    QString detail =
        allTimedOut
            ? Diagnoser::tr(
                  "Nothing answered on any port. A firewall, a VPN or your network may be blocking mail.")
            : Diagnoser::tr("The server did not accept a connection on any port MailFix tried.");
    if (busy) {
        title = Diagnoser::tr("The server %1 is too busy to take mail right now.").arg(busy->endpoint.host);
        detail = Diagnoser::tr(
            "It answered that it cannot take more connections. Try again in a few minutes; if it keeps "
            "happening, your provider may limit how many connections one address may open.");
    }
    Finding &f = findings.add(FindingCode::ServerUnreachable, Severity::Cause, title, detail);
    if (busy)
        f.evidence += DiagnosisContext::replyLines(busy->bannerReply);
    for (const ProbeResult &p : probes)
        f.evidence << QStringLiteral("%1:%2 %3 %4")
                          .arg(p.endpoint.host)
                          .arg(p.endpoint.port)
                          .arg(ProbeNames::connect(p.connect), p.failure);
    f.fix = Diagnoser::tr(
        "Check that you are online, then try again without a VPN and with your firewall allowing "
        "your mail program.");
}

namespace {
// Probes of a host that answered on some other port.
bool sameHostReached(const QList<ProbeResult> &probes, const ProbeResult &p)
{
    return std::any_of(probes.cbegin(), probes.cend(), [&p](const ProbeResult &o) {
        return o.reachedServer() && o.endpoint.host.compare(p.endpoint.host, Qt::CaseInsensitive) == 0;
    });
}
} // namespace

// Ports that time out while other ports of the same server answer.
void portBlocked(const DiagnosisContext &c, FindingList &findings)
{
    if (!c.anythingReachable)
        return;
    QStringList blocked;
    QStringList evidence;
    for (const ProbeResult &p : c.probes) {
        if (sameHostReached(c.probes, p) && p.connect == ConnectOutcome::TimedOut) {
            blocked << QString::number(p.endpoint.port);
            evidence << hostPortFailure(p);
        }
    }
    if (blocked.isEmpty())
        return;
    const bool isCurrent = c.current && blocked.contains(QString::number(c.current->port));
    Finding &f = findings.add(
        FindingCode::PortBlocked, isCurrent ? Severity::Cause : Severity::Warning,
        isCurrent
            ? Diagnoser::tr("Port %1 is blocked on your network.").arg(c.current->port)
            : Diagnoser::tr("Port %1 is blocked on your network.").arg(blocked.join(QLatin1String(", "))),
        Diagnoser::tr("Connections to port %1 get no answer at all, while other ports of the same server "
                      "answer. "
                      "Internet providers often block port 25 so that infected computers cannot send spam.")
            .arg(blocked.join(QLatin1String(", "))));
    f.evidence = evidence;
    if (const MailSettings *fix = c.fix())
        f.fix = useInstead(*fix);
    c.attachFix(f);
}

namespace {
QString whyCurrentUnresponsive(const DiagnosisContext &c)
{
    const quint16 port = c.current->port;
    if (c.currentProbe->connect == ConnectOutcome::Refused)
        return Diagnoser::tr("The server refuses connections on port %1: it does not take mail there.")
            .arg(port);
    if (c.currentProbe->banner == BannerOutcome::Unavailable)
        return Diagnoser::tr("On port %1 the server says it is too busy to take more connections.").arg(port);
    return Diagnoser::tr("The server accepts the connection on port %1 but then does not answer like a "
                         "mail server.")
        .arg(port);
}
} // namespace

// The user's own port does not answer like a mail server (refused, busy, silent), or some other port
// takes connections and never greets.
void portUnresponsive(const DiagnosisContext &c, FindingList &findings)
{
    if (!c.anythingReachable)
        return;
    if (c.current && c.currentProbe && !c.currentProbe->reachedServer() &&
        !findings.has(FindingCode::TlsModeMismatch) && c.currentProbe->connect != ConnectOutcome::TimedOut &&
        !findings.has(FindingCode::PortBlocked)) {
        Finding &f = findings.add(
            FindingCode::PortUnresponsive, Severity::Cause,
            Diagnoser::tr("Nothing answers on port %1 of %2.").arg(c.current->port).arg(c.current->host),
            whyCurrentUnresponsive(c));
        f.evidence << c.currentProbe->failure;
        if (const MailSettings *fix = c.fix())
            f.fix = useInstead(*fix);
        c.attachFix(f);
        return;
    }
    QStringList silent;
    for (const ProbeResult &p : c.probes) {
        if (sameHostReached(c.probes, p) && p.connect == ConnectOutcome::Connected && !p.reachedServer() &&
            p.endpoint.security != SecurityMode::ImplicitTls)
            silent << QString::number(p.endpoint.port);
    }
    if (silent.isEmpty())
        return;
    findings.add(
        FindingCode::PortUnresponsive, Severity::Info,
        Diagnoser::tr("Port %1 accepts connections but does not answer.")
            .arg(silent.join(QLatin1String(", "))),
        Diagnoser::tr("Something on your network or at the server takes the connection but never greets "
                      "your mail program. MailFix uses another port."));
}

} // namespace DiagnosisRules
