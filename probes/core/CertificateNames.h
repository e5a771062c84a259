#pragma once

#include <QString>
#include <QStringList>

// Which host names a server certificate vouches for, by the rules browsers and Thunderbird follow
// (RFC 6125 6.4): a certificate with DNS names among its subject alternative names is checked against
// those alone, never against its common name; a wildcard stands for exactly one whole left-most label
// ("*.example.com" covers "mail.example.com", not "example.com" or "a.b.example.com"). Pure functions.
namespace CertificateNames {

// Whether one name from a certificate (maybe a wildcard) covers the host. Case and a final dot are
// ignored; internationalised names are compared in their ACE form.
[[nodiscard]] bool matches(const QString &pattern, const QString &host);
// Whether a certificate with this common name and these DNS names (its subject alternative names of
// type DNS) vouches for the host: the DNS names when there are any, else the common name.
[[nodiscard]] bool validFor(const QString &host, const QString &commonName, const QStringList &dnsNames);
[[nodiscard]] bool isWildcard(const QString &pattern);
// The names of a subject-alternative-name list that are DNS names (without IP addresses).
[[nodiscard]] QStringList dnsNames(const QStringList &subjectAltNames);

} // namespace CertificateNames
