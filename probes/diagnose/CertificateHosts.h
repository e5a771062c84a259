#pragma once

#include "core/ProbeResult.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// Shared hosting: the server's certificate is for the hosting machine ("server17.hoster.example"), not
// for the name the user's program uses ("mail.theirdomain.example"). When a probed host's certificate
// failed only because of its name (the chain is trusted), the names the certificate is valid for become
// candidates of their own, probed once they are known to lead to the same server. Pure functions.
//
// Which names: the certificate's own DNS names (a name in the probed host's domain first, e.g.
// smtp.example.com for mail.example.com), and the name the server gives itself in its greeting when the
// certificate is valid for it. A wildcard ("*.hoster.example") names no host by itself, and guessing one
// under it would only send the password to a host nobody named: with a wildcard certificate MailFix
// proposes the server's own name when the wildcard covers it, and otherwise says plainly which names
// the certificate is for.
namespace CertificateHosts {

inline constexpr int kMaxHosts = 4;

struct Proposal
{
    QString host;                        // a name the certificate is valid for
    QString origin;                      // the probed host whose certificate names it
    QList<ProbeEndpoint> endpoints;      // the origin's ports and security, with the new name
    QList<QHostAddress> originAddresses; // where the origin led
};

// The certificate was trusted except for the host name.
[[nodiscard]] bool onlyNameMismatch(const ProbeResult &p);
// The names the server gives itself: its greeting ("220 server17.hoster.example ESMTP") and EHLO reply.
[[nodiscard]] QStringList serverNames(const ProbeResult &p);
// The names the probe's certificate vouches for that may stand in for the probed host, best first.
[[nodiscard]] QStringList namesFor(const ProbeResult &p);
// Every name to try, from the probes whose certificate failed only because of its name; hosts already
// probed are left out.
[[nodiscard]] QList<Proposal> proposals(const QList<ProbeResult> &probes, const QStringList &probedHosts);
// A name that resolved to one of these addresses reaches the origin's server.
[[nodiscard]] bool sameAddress(const QList<QHostAddress> &resolved, const QList<QHostAddress> &origin);
// A probe of a certificate-named host reached the same server as its origin's probe: the same address,
// or the very same certificate.
[[nodiscard]] bool sameServer(const ProbeResult &named, const ProbeResult &origin);

} // namespace CertificateHosts
