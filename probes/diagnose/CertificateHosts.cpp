#include "diagnose/CertificateHosts.h"

#include "core/CertificateNames.h"
#include "detect/EmailAddress.h"

#include <QUrl>

#include <algorithm>

namespace CertificateHosts {
namespace {

constexpr int kMaxEndpointsPerHost = 4;

QString hostName(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (!name.contains(QLatin1Char('.')) || !QHostAddress(name).isNull() || name.contains(QLatin1Char('*')) ||
        !EmailAddress::isHostName(QString::fromLatin1(QUrl::toAce(name))))
        return {};
    return name;
}

QString parentDomain(const QString &host)
{
    return host.section(QLatin1Char('.'), 1);
}

void addName(QStringList &out, const QString &name, const QString &probed)
{
    const QString n = hostName(name);
    if (!n.isEmpty() && n.compare(probed, Qt::CaseInsensitive) != 0 && !out.contains(n))
        out << n;
}

} // namespace

bool onlyNameMismatch(const ProbeResult &p)
{
    return p.tls.established && !p.tls.certificateTrusted &&
           p.tls.errors == QList<QSslError::SslError>{QSslError::HostNameMismatch};
}

QStringList serverNames(const ProbeResult &p)
{
    QStringList out;
    if (p.bannerReply.isValid() && !p.bannerReply.lines.isEmpty())
        addName(out, p.bannerReply.lines.first().section(QLatin1Char(' '), 0, 0), QString());
    addName(out, p.capabilities.serverName, QString());
    addName(out, p.capabilitiesBeforeTls.serverName, QString());
    return out;
}

QStringList namesFor(const ProbeResult &p)
{
    const QString probed = p.endpoint.host.toLower();
    const QStringList dns = CertificateNames::dnsNames(p.tls.subjectAltNames);
    const QStringList vouched = dns.isEmpty() ? QStringList{p.tls.subject} : dns;
    QStringList out;
    // 1. the same domain under another first label: smtp.example.com for mail.example.com
    for (const QString &name : vouched) {
        if (!CertificateNames::isWildcard(name) && parentDomain(name.toLower()) == parentDomain(probed))
            addName(out, name, probed);
    }
    // 2. the server's own name, when the certificate is valid for it (the only way past a wildcard)
    for (const QString &name : serverNames(p)) {
        if (CertificateNames::validFor(name, p.tls.subject, dns))
            addName(out, name, probed);
    }
    // 3. the certificate's other names
    for (const QString &name : vouched) {
        if (!CertificateNames::isWildcard(name))
            addName(out, name, probed);
    }
    return out.mid(0, kMaxHosts);
}

QList<Proposal> proposals(const QList<ProbeResult> &probes, const QStringList &probedHosts)
{
    QList<Proposal> out;
    for (const ProbeResult &p : probes) {
        if (!onlyNameMismatch(p))
            continue;
        for (const QString &name : namesFor(p)) {
            if (probedHosts.contains(name, Qt::CaseInsensitive))
                continue;
            auto it =
                std::find_if(out.begin(), out.end(), [&name](const Proposal &x) { return x.host == name; });
            if (it == out.end()) {
                if (out.size() >= kMaxHosts)
                    continue;
                out.append(Proposal{name, p.endpoint.host, {}, p.addresses});
                it = out.end() - 1;
            }
            const ProbeEndpoint endpoint{name, p.endpoint.port, p.endpoint.security};
            if (it->endpoints.size() < kMaxEndpointsPerHost && !it->endpoints.contains(endpoint))
                it->endpoints.append(endpoint);
            if (!p.connectedAddress.isNull() && !it->originAddresses.contains(p.connectedAddress))
                it->originAddresses.append(p.connectedAddress);
        }
    }
    return out;
}

bool sameAddress(const QList<QHostAddress> &resolved, const QList<QHostAddress> &origin)
{
    return std::any_of(resolved.cbegin(), resolved.cend(),
                       [&origin](const QHostAddress &a) { return origin.contains(a); });
}

bool sameServer(const ProbeResult &named, const ProbeResult &origin)
{
    const QList<QHostAddress> originAddresses =
        origin.addresses + QList<QHostAddress>{origin.connectedAddress};
    const bool address = !named.connectedAddress.isNull() && originAddresses.contains(named.connectedAddress);
    const bool certificate = !named.tls.sha256.isEmpty() && named.tls.sha256 == origin.tls.sha256;
    return address || certificate;
}

} // namespace CertificateHosts
