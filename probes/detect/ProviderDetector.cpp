#include "detect/ProviderDetector.h"

#include "TlsSupport.h"
#include "Version.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <tuple>
#include <utility>

namespace {
constexpr int kGuessTimeoutMs = 5000;
constexpr const char *kTooLargeProperty = "mailfixTooLarge";

QString trimDot(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}
} // namespace

namespace DetectionNames {
QString source(CandidateSource source)
{
    switch (source) {
    case CandidateSource::Override:
        return QStringLiteral("override");
    case CandidateSource::Bundled:
        return QStringLiteral("bundled");
    case CandidateSource::Autoconfig:
        return QStringLiteral("autoconfig");
    case CandidateSource::AutoconfigWellKnown:
        return QStringLiteral("autoconfig-well-known");
    case CandidateSource::Ispdb:
        return QStringLiteral("ispdb");
    case CandidateSource::MxBundled:
        return QStringLiteral("mx-bundled");
    case CandidateSource::MxAutoconfig:
        return QStringLiteral("mx-autoconfig");
    case CandidateSource::MxIspdb:
        return QStringLiteral("mx-ispdb");
    case CandidateSource::Srv:
        return QStringLiteral("srv");
    case CandidateSource::AutoconfigHttp:
        return QStringLiteral("autoconfig-http");
    case CandidateSource::Guess:
        return QStringLiteral("guess");
    case CandidateSource::Certificate:
        return QStringLiteral("certificate");
    }
    return {};
}

QString trust(Trust trust)
{
    switch (trust) {
    case Trust::High:
        return QStringLiteral("high");
    case Trust::Medium:
        return QStringLiteral("medium");
    case Trust::Low:
        return QStringLiteral("low");
    case Trust::Untrusted:
        return QStringLiteral("untrusted");
    }
    return {};
}

QString outcome(SourceReport::Outcome outcome)
{
    switch (outcome) {
    case SourceReport::Outcome::Found:
        return QStringLiteral("found");
    case SourceReport::Outcome::NotFound:
        return QStringLiteral("not-found");
    case SourceReport::Outcome::Refused:
        return QStringLiteral("refused");
    case SourceReport::Outcome::Failed:
        return QStringLiteral("failed");
    case SourceReport::Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case SourceReport::Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

Trust trustOf(CandidateSource source)
{
    switch (source) {
    case CandidateSource::Override:
    case CandidateSource::Bundled:
    case CandidateSource::Autoconfig:
    case CandidateSource::AutoconfigWellKnown:
        return Trust::High;
    case CandidateSource::Ispdb:
    case CandidateSource::MxBundled:
    case CandidateSource::MxAutoconfig:
    case CandidateSource::MxIspdb:
    case CandidateSource::Srv:
    case CandidateSource::Certificate:
        return Trust::Medium;
    case CandidateSource::Guess:
        return Trust::Low;
    case CandidateSource::AutoconfigHttp:
        return Trust::Untrusted;
    }
    return Trust::Low;
}
} // namespace DetectionNames

// ---- pure helpers ----

QString ProviderDetector::baseDomain(const QString &host)
{
    const QStringList labels = trimDot(host).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    // A small stand-in for the public suffix list: "co.uk", "com.au", "ne.jp", "or.at", ... are
    // second-level registries when the country code is two letters and the label before it is short.
    const QString &tld = labels.last();
    const QString &second = labels.at(labels.size() - 2);
    static const QStringList kSecondLevel = {
        QStringLiteral("co"),  QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"),
        QStringLiteral("ne"),  QStringLiteral("or"),  QStringLiteral("ac"),  QStringLiteral("gv"),
        QStringLiteral("gov"), QStringLiteral("edu"), QStringLiteral("ad"),  QStringLiteral("go")};
    const int keep = (tld.size() == 2 && kSecondLevel.contains(second)) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

bool ProviderDetector::isInsideDomain(const QString &host, const QString &domain)
{
    const QString h = trimDot(host);
    const QString d = trimDot(domain);
    return !d.isEmpty() && (h == d || h.endsWith(QLatin1Char('.') + d));
}

bool ProviderDetector::acceptSrvTarget(const QString &target, const QString &domain)
{
    return isInsideDomain(target, domain);
}

SecurityMode ProviderDetector::securityOf(OutgoingServerConfig::SocketType type)
{
    switch (type) {
    case OutgoingServerConfig::SocketType::Plain:
        return SecurityMode::None;
    case OutgoingServerConfig::SocketType::StartTls:
        return SecurityMode::StartTls;
    case OutgoingServerConfig::SocketType::Ssl:
        return SecurityMode::ImplicitTls;
    }
    return SecurityMode::StartTls;
}

namespace {
// One server of a clientConfig as a candidate; false when its host name is unusable once filled in.
bool candidateFromServer(const OutgoingServerConfig &server, const EmailAddress &address,
                         CandidateSource source, const QString &origin, Protocol protocol, Candidate *c)
{
    const QString asTyped = address.localPart + QLatin1Char('@') + address.domain;
    c->endpoint.host = trimDot(ClientConfig::expandPlaceholders(server.hostname, address.aceAddress()));
    c->endpoint.port = server.port;
    c->endpoint.security = ProviderDetector::securityOf(server.socketType);
    c->endpoint.protocol = protocol;
    c->authentication = server.authentication;
    c->username = ClientConfig::expandPlaceholders(server.usernameTemplate, asTyped);
    c->source = source;
    c->trust = DetectionNames::trustOf(source);
    c->origin = origin;
    // a placeholder left over, or a name that is not a host name
    return EmailAddress::isHostName(QString::fromLatin1(QUrl::toAce(c->endpoint.host)));
}
} // namespace

QList<Candidate> ProviderDetector::candidatesFromServers(const QList<OutgoingServerConfig> &servers,
                                                         const EmailAddress &address, CandidateSource source,
                                                         const QString &origin)
{
    QList<Candidate> out;
    for (const OutgoingServerConfig &server : servers) {
        Candidate c;
        if (candidateFromServer(server, address, source, origin, Protocol::Smtp, &c))
            out.append(c);
    }
    return out;
}

QList<Candidate> ProviderDetector::incomingCandidatesFromServers(const QList<IncomingServerConfig> &servers,
                                                                 const EmailAddress &address,
                                                                 CandidateSource source,
                                                                 const QString &origin)
{
    QList<Candidate> out;
    for (const IncomingServerConfig &server : servers) {
        const Protocol protocol =
            server.type == IncomingServerConfig::Type::Pop3 ? Protocol::Pop3 : Protocol::Imap;
        Candidate c;
        if (candidateFromServer(server, address, source, origin, protocol, &c))
            out.append(c);
    }
    return out;
}

namespace {
// The first of equal endpoints stays.
QList<Candidate> withoutDuplicates(const QList<Candidate> &candidates)
{
    QList<Candidate> unique;
    for (const Candidate &c : candidates) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(),
                                      [&c](const Candidate &u) { return u.endpoint == c.endpoint; });
        if (!seen)
            unique.append(c);
    }
    return unique;
}
} // namespace

namespace {
// Sources asked at several URLs at once (the two plain-http autoconfig URLs) answer in any order: their URL
// orders them, so that the ranking is the same on every run. Other sources keep their own order.
QString tieBreak(const Candidate &c)
{
    return c.source == CandidateSource::AutoconfigHttp ? c.origin : QString();
}
} // namespace

QList<Candidate> ProviderDetector::rank(QList<Candidate> candidates)
{
    // The two SRV lookups answer in either order: implicit TLS (_submissions) comes first (RFC 8314). The two
    // plain-http autoconfig URLs also answer in either order: the URL decides (tieBreak()).
    const auto key = [](const Candidate &c) {
        return std::make_tuple(int(c.source),
                               c.source == CandidateSource::Srv &&
                                   c.endpoint.security != SecurityMode::ImplicitTls,
                               tieBreak(c));
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&key](const Candidate &a, const Candidate &b) { return key(a) < key(b); });
    return withoutDuplicates(candidates);
}

QList<Candidate> ProviderDetector::rankIncoming(QList<Candidate> candidates, Protocol srvPrefers)
{
    // SRV lookups answer in any order and guesses come per host: their protocol and security decide.
    const auto key = [srvPrefers](const Candidate &c) {
        const bool ordered = c.source == CandidateSource::Srv || c.source == CandidateSource::Guess;
        const Protocol first = c.source == CandidateSource::Srv ? srvPrefers : Protocol::Imap;
        return std::make_tuple(int(c.source), ordered && c.endpoint.protocol != first,
                               ordered && c.endpoint.security != SecurityMode::ImplicitTls, tieBreak(c));
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&key](const Candidate &a, const Candidate &b) { return key(a) < key(b); });
    return withoutDuplicates(candidates);
}

QList<ProbeEndpoint> ProviderDetector::incomingGuessesFor(const QString &host)
{
    const ProbeEndpoint imaps{host, 993, SecurityMode::ImplicitTls, Protocol::Imap};
    const ProbeEndpoint imap{host, 143, SecurityMode::StartTls, Protocol::Imap};
    const ProbeEndpoint pop3s{host, 995, SecurityMode::ImplicitTls, Protocol::Pop3};
    const ProbeEndpoint pop3{host, 110, SecurityMode::StartTls, Protocol::Pop3};
    if (host.startsWith(QLatin1String("imap.")))
        return {imaps, imap};
    if (host.startsWith(QLatin1String("pop.")))
        return {pop3s, pop3};
    return {imaps, imap, pop3s, pop3};
}

void ProviderDetector::markApproval(QList<Candidate> *candidates, const QString &aceDomain,
                                    const QStringList &trustedDomains)
{
    for (Candidate &c : *candidates) {
        if (c.source == CandidateSource::Override) { // configured by the MSP or the user
            c.needsApproval = false;
            continue;
        }
        bool inside = isInsideDomain(c.endpoint.host, aceDomain);
        for (const QString &trusted : trustedDomains)
            inside = inside || isInsideDomain(c.endpoint.host, trusted);
        c.needsApproval = !inside;
    }
}

// ---- the detector ----

ProviderDetector::ProviderDetector(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_database(m_options.database ? m_options.database : &ProviderDatabase::bundled())
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ProviderDetector::onDeadline);
}

ProviderDetector::~ProviderDetector()
{
    m_finished = true; // nothing is reported from here on
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
    for (const int id : std::as_const(m_guessLookups))
        QHostInfo::abortHostLookup(id);
}

void ProviderDetector::start(const QString &emailAddress)
{
    if (m_started)
        return;
    m_started = true;
    m_result.address = EmailAddress::parse(emailAddress);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished)
                return;
            if (!m_result.address.isValid()) {
                complete();
                return;
            }
            const QString domain = m_result.address.aceDomain;
            lookupOverrides();
            lookupBundled();
            // The names servers most often have (and the guesses): asked now, beside the sources that may
            // name them, so that a probe of one of them finds its address answered or on the way (Qt asks
            // once for a name already being asked).
            for (const char *label : {"smtp.", "mail.", "imap.", "pop."})
                resolveAhead(QLatin1String(label) + domain);
            m_deadline.start(std::max(1, m_options.timeoutMs));
            const QString email = m_result.address.aceAddress();
            QUrl autoconfig(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain));
            autoconfig.setQuery(QUrlQuery{{QStringLiteral("emailaddress"), email}});
            const QUrl wellKnown(
                QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(domain));
            fetch(CandidateSource::Autoconfig, autoconfig);
            fetch(CandidateSource::AutoconfigWellKnown, wellKnown);
            if (m_options.allowHttp) {
                QUrl plain = autoconfig;
                plain.setScheme(QStringLiteral("http"));
                QUrl plainWellKnown = wellKnown;
                plainWellKnown.setScheme(QStringLiteral("http"));
                fetch(CandidateSource::AutoconfigHttp, plain);
                fetch(CandidateSource::AutoconfigHttp, plainWellKnown);
            }
            if (!m_options.ispdbBaseUrl.isEmpty())
                fetch(CandidateSource::Ispdb, QUrl(m_options.ispdbBaseUrl + domain));
            lookupDns(QDnsLookup::MX, domain, CandidateSource::MxBundled);
            const struct
            {
                const char *label;
                Protocol protocol;
                SecurityMode security;
            } services[] = {
                {"_submissions._tcp.", Protocol::Smtp, SecurityMode::ImplicitTls}, // RFC 8314
                {"_submission._tcp.", Protocol::Smtp, SecurityMode::StartTls},     // RFC 6186
                {"_imaps._tcp.", Protocol::Imap, SecurityMode::ImplicitTls},
                {"_imap._tcp.", Protocol::Imap, SecurityMode::StartTls},
                {"_pop3s._tcp.", Protocol::Pop3, SecurityMode::ImplicitTls},
                {"_pop3._tcp.", Protocol::Pop3, SecurityMode::StartTls},
            };
            for (const auto &service : services)
                lookupDns(QDnsLookup::SRV, QLatin1String(service.label) + domain, CandidateSource::Srv,
                          service.protocol, service.security);
            reportProgress(); // the override folder and the bundled data answered at once
        },
        Qt::QueuedConnection);
}

void ProviderDetector::cancel()
{
    if (m_finished)
        return;
    m_result.cancelled = true;
    m_timedOut = true; // what is still open is reported as not finished
    complete();
}

int ProviderDetector::addReport(CandidateSource source, const QString &query)
{
    SourceReport report;
    report.source = source;
    report.query = query;
    report.outcome = SourceReport::Outcome::Skipped;
    m_result.sources.append(report);
    QElapsedTimer clock;
    clock.start();
    m_reportClocks.append(clock);
    return int(m_result.sources.size() - 1);
}

void ProviderDetector::closeReport(int index, SourceReport::Outcome outcome, const QString &detail)
{
    SourceReport &report = m_result.sources[index];
    report.outcome = outcome;
    report.detail = detail;
    report.elapsedMs = m_reportClocks.at(index).elapsed();
}

void ProviderDetector::lookupOverrides()
{
    if (m_options.overridesDir.isEmpty())
        return;
    const QDir dir(m_options.overridesDir);
    const int index = addReport(CandidateSource::Override, dir.absolutePath());
    if (!dir.exists()) {
        closeReport(index, SourceReport::Outcome::Failed, tr("the folder does not exist"));
        return;
    }
    QStringList problems;
    bool found = false;
    const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (file.size() > ClientConfig::kMaxBytes || !file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: cannot be read or is too large").arg(name);
            continue;
        }
        const ClientConfig::ParseResult parsed = ClientConfig::parse(file.readAll());
        if (!parsed.ok()) {
            problems << QStringLiteral("%1: %2").arg(name, parsed.error);
            continue;
        }
        const QStringList &domains = parsed.config.domains;
        if (!domains.contains(m_result.address.aceDomain) && !domains.contains(m_result.address.domain))
            continue;
        found = true;
        QList<Candidate> candidates = candidatesFromServers(parsed.config.outgoingServers, m_result.address,
                                                            CandidateSource::Override, file.fileName());
        candidates += incomingCandidatesFromServers(parsed.config.incomingServers, m_result.address,
                                                    CandidateSource::Override, file.fileName());
        for (Candidate &c : candidates) {
            c.providerId = parsed.config.providerId;
            c.providerName = parsed.config.displayName;
        }
        addCandidates(candidates);
        m_trustedDomains += domains;
    }
    closeReport(index, found ? SourceReport::Outcome::Found : SourceReport::Outcome::NotFound,
                problems.join(QLatin1String("; ")));
}

void ProviderDetector::addProviderCandidates(const ProviderRecord &record, CandidateSource source,
                                             const QString &origin)
{
    QList<Candidate> candidates = candidatesFromServers(record.outgoing, m_result.address, source, origin);
    candidates += incomingCandidatesFromServers(record.incoming, m_result.address, source, origin);
    for (Candidate &c : candidates) {
        c.providerId = record.id;
        c.providerName = record.name;
        c.notes = record.notes;
    }
    addCandidates(candidates);
    m_trustedDomains += record.domains;
    m_trustedDomains += record.mxDomains;
}

void ProviderDetector::addCandidates(const QList<Candidate> &candidates)
{
    for (const Candidate &c : candidates) {
        (c.endpoint.protocol == Protocol::Smtp ? m_result.candidates : m_result.incomingCandidates).append(c);
        resolveAhead(c.endpoint.host);
    }
}

void ProviderDetector::resolveAhead(const QString &host)
{
    if (m_options.resolveCandidateHosts && !m_finished && !m_resolvedAhead.contains(host)) {
        m_resolvedAhead << host;
        // by name (SLOT()): Qt 6.4 leaks the slot object of an aborted lookupHost() to a functor. Never
        // aborted: the answer is for the cache, also after detection is over.
        QHostInfo::lookupHost(host, this, SLOT(onHostResolvedAhead(QHostInfo)));
    }
}

void ProviderDetector::onHostResolvedAhead(const QHostInfo &info)
{
    Q_UNUSED(info) // Qt's host cache has it now
}

void ProviderDetector::lookupBundled()
{
    const int index = addReport(CandidateSource::Bundled, m_result.address.aceDomain);
    const ProviderRecord *record = m_database->findByDomain(m_result.address.aceDomain);
    if (!record) {
        closeReport(index, SourceReport::Outcome::NotFound, QString());
        return;
    }
    addProviderCandidates(*record, CandidateSource::Bundled, record->id);
    closeReport(index, SourceReport::Outcome::Found, record->name);
}

void ProviderDetector::fetch(CandidateSource source, const QUrl &url)
{
    const int index = addReport(source, url.toString());
    QNetworkRequest request(url);
    request.setTransferTimeout(std::max(1, m_options.timeoutMs));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("MailFix/%1").arg(QLatin1String(MailFix::kVersion)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(TlsSupport::trusting(m_options.caFiles));
    QNetworkReply *reply = m_nam.get(request);
    m_replies.append(reply);
    ++m_pending;
    // a hostile server cannot make MailFix hold more than one clientConfig's worth of bytes
    auto tooLarge = [reply](qint64 received, qint64 total) {
        if (received > ClientConfig::kMaxBytes || total > ClientConfig::kMaxBytes) {
            reply->setProperty(kTooLargeProperty, true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, this, tooLarge);
    connect(reply, &QNetworkReply::readyRead, this,
            [reply, tooLarge] { tooLarge(reply->bytesAvailable(), -1); });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, index, source] { onHttpFinished(reply, index, source); });
}

void ProviderDetector::onHttpFinished(QNetworkReply *reply, int index, CandidateSource source)
{
    reply->deleteLater();
    if (m_finished)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool tooLarge =
        reply->property(kTooLargeProperty).toBool() || reply->bytesAvailable() > ClientConfig::kMaxBytes;
    const QByteArray body = tooLarge ? QByteArray() : reply->readAll();
    if (tooLarge) {
        closeReport(index, SourceReport::Outcome::Failed,
                    tr("the answer was larger than %1 bytes").arg(ClientConfig::kMaxBytes));
    } else if (reply->error() == QNetworkReply::OperationCanceledError && m_timedOut) {
        closeReport(index, SourceReport::Outcome::TimedOut, tr("no answer in time"));
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        closeReport(index, SourceReport::Outcome::Failed, reply->errorString());
    } else if (reply->error() == QNetworkReply::TimeoutError) {
        closeReport(index, SourceReport::Outcome::TimedOut, reply->errorString());
    } else if (status == 404 || status == 410 || reply->error() == QNetworkReply::HostNotFoundError ||
               reply->error() == QNetworkReply::ContentNotFoundError) {
        closeReport(index, SourceReport::Outcome::NotFound, reply->errorString());
    } else if (reply->error() != QNetworkReply::NoError || status != 200) {
        closeReport(index, SourceReport::Outcome::Failed,
                    reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                             : tr("HTTP status %1").arg(status));
    } else {
        const ClientConfig::ParseResult parsed = ClientConfig::parse(body);
        if (!parsed.ok()) {
            closeReport(index, SourceReport::Outcome::Failed, parsed.error);
        } else {
            const QString origin = reply->url().toString();
            QList<Candidate> candidates =
                candidatesFromServers(parsed.config.outgoingServers, m_result.address, source, origin);
            candidates += incomingCandidatesFromServers(parsed.config.incomingServers, m_result.address,
                                                        source, origin);
            for (Candidate &c : candidates) {
                c.providerId = parsed.config.providerId;
                c.providerName = parsed.config.displayName;
            }
            // An http answer could have been written by anyone on the way: its names earn no trust.
            if (source == CandidateSource::Ispdb || source == CandidateSource::MxIspdb)
                m_trustedDomains += parsed.config.domains;
            addCandidates(candidates);
            closeReport(index,
                        candidates.isEmpty() ? SourceReport::Outcome::NotFound : SourceReport::Outcome::Found,
                        parsed.config.displayName);
        }
    }
    lookupDone();
}

void ProviderDetector::lookupDns(QDnsLookup::Type type, const QString &name, CandidateSource source,
                                 Protocol protocol, SecurityMode security)
{
    const int index =
        addReport(source, QStringLiteral("%1 %2").arg(
                              type == QDnsLookup::MX ? QStringLiteral("MX") : QStringLiteral("SRV"), name));
    auto *lookup = new QDnsLookup(type, name, this);
    m_lookups.append(lookup);
    ++m_pending;
    connect(lookup, &QDnsLookup::finished, this, [this, lookup, index, type, protocol, security] {
        lookup->deleteLater();
        if (m_finished)
            return;
        if (type == QDnsLookup::MX)
            onMxFinished(lookup, index);
        else
            onSrvFinished(lookup, index, protocol, security);
    });
    lookup->lookup();
}

namespace {
// Qt 6.4 reports a name that exists but has no record of the asked type as InvalidReplyError, and
// a name that does not exist as NotFoundError.
SourceReport::Outcome dnsOutcome(const QDnsLookup *lookup, bool timedOut)
{
    switch (lookup->error()) {
    case QDnsLookup::NoError:
        return SourceReport::Outcome::Found;
    case QDnsLookup::NotFoundError:
    case QDnsLookup::InvalidReplyError:
        return SourceReport::Outcome::NotFound;
    case QDnsLookup::OperationCancelledError:
        return timedOut ? SourceReport::Outcome::TimedOut : SourceReport::Outcome::Failed;
    default:
        return SourceReport::Outcome::Failed;
    }
}
} // namespace

void ProviderDetector::onMxFinished(QDnsLookup *lookup, int index)
{
    const SourceReport::Outcome outcome = dnsOutcome(lookup, m_timedOut);
    if (lookup->error() == QDnsLookup::NotFoundError && !m_finished) {
        m_result.domainExists = false; // unless the domain has an address (onDomainChecked)
        ++m_pending;
        // by name (SLOT()): Qt 6.4 leaks the slot object of an aborted lookupHost() to a functor
        m_domainCheck =
            QHostInfo::lookupHost(m_result.address.aceDomain, this, SLOT(onDomainChecked(QHostInfo)));
    }
    // no DNS at all (offline, or the resolver is unreachable): guesses are kept even unresolved
    m_dnsUnavailable = outcome == SourceReport::Outcome::Failed || outcome == SourceReport::Outcome::TimedOut;
    QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
    std::stable_sort(records.begin(), records.end(),
                     [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
    for (const QDnsMailExchangeRecord &record : std::as_const(records))
        m_result.mxHosts << trimDot(record.exchange());
    if (outcome != SourceReport::Outcome::Found || m_result.mxHosts.isEmpty() ||
        m_result.mxHosts.first().isEmpty()) { // RFC 7505 null MX: "."
        closeReport(index,
                    outcome == SourceReport::Outcome::Found ? SourceReport::Outcome::NotFound : outcome,
                    lookup->errorString());
        lookupDone();
        return;
    }
    const QString mx = m_result.mxHosts.first();
    const ProviderRecord *record = m_database->findByMxHost(mx);
    if (record && !isInsideDomain(mx, m_result.address.aceDomain)) {
        addProviderCandidates(*record, CandidateSource::MxBundled,
                              QStringLiteral("MX %1 -> %2").arg(mx, record->id));
        closeReport(index, SourceReport::Outcome::Found, QStringLiteral("%1 (%2)").arg(mx, record->name));
    } else {
        closeReport(index, SourceReport::Outcome::NotFound, tr("MX %1: no known platform").arg(mx));
    }
    // The MX host's base domain may have its own autoconfig or ISPDB entry (a hoster's customers).
    const QString base = baseDomain(mx);
    if (!m_timedOut && !base.isEmpty() && !isInsideDomain(base, m_result.address.aceDomain) &&
        !isInsideDomain(m_result.address.aceDomain, base)) {
        fetch(CandidateSource::MxAutoconfig,
              QUrl(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(base)));
        if (!m_options.ispdbBaseUrl.isEmpty())
            fetch(CandidateSource::MxIspdb, QUrl(m_options.ispdbBaseUrl + base));
    }
    lookupDone();
}

void ProviderDetector::onSrvFinished(QDnsLookup *lookup, int index, Protocol protocol, SecurityMode security)
{
    const SourceReport::Outcome outcome = dnsOutcome(lookup, m_timedOut);
    if (outcome != SourceReport::Outcome::Found) {
        closeReport(index, outcome, lookup->errorString());
        lookupDone();
        return;
    }
    QList<QDnsServiceRecord> records = lookup->serviceRecords();
    std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        return a.priority() < b.priority() || (a.priority() == b.priority() && a.weight() > b.weight());
    });
    QStringList refused;
    int accepted = 0;
    for (const QDnsServiceRecord &record : std::as_const(records)) {
        const QString target = trimDot(record.target());
        if (target.isEmpty() || record.port() == 0) // RFC 6186 3.4: "." means no such service
            continue;
        if (!acceptSrvTarget(target, m_result.address.aceDomain)) {
            refused << tr("%1 lies outside %2").arg(target, m_result.address.aceDomain);
            continue;
        }
        Candidate c;
        c.endpoint = {target, record.port(), security, protocol};
        c.authentication = {OutgoingServerConfig::Auth::PasswordCleartext};
        c.username = m_result.address.localPart + QLatin1Char('@') + m_result.address.domain;
        c.source = CandidateSource::Srv;
        c.trust = DetectionNames::trustOf(CandidateSource::Srv);
        c.origin = lookup->name();
        addCandidates({c});
        // RFC 6186 3.4: with both IMAP and POP3 offered, the lower priority says which to use
        if (protocol == Protocol::Imap)
            m_srvImapPriority = std::min(m_srvImapPriority, int(record.priority()));
        else if (protocol == Protocol::Pop3)
            m_srvPop3Priority = std::min(m_srvPop3Priority, int(record.priority()));
        ++accepted;
    }
    if (accepted > 0)
        closeReport(index, SourceReport::Outcome::Found, refused.join(QLatin1String("; ")));
    else if (!refused.isEmpty())
        closeReport(index, SourceReport::Outcome::Refused, refused.join(QLatin1String("; ")));
    else
        closeReport(index, SourceReport::Outcome::NotFound, QString());
    lookupDone();
}

void ProviderDetector::onDomainChecked(const QHostInfo &info)
{
    if (m_finished || info.lookupId() != m_domainCheck)
        return;
    m_domainCheck = -1;
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty())
        m_result.domainExists = true;
    lookupDone();
}

void ProviderDetector::onDeadline()
{
    if (m_finished)
        return;
    m_timedOut = true;
    if (m_domainCheck >= 0) { // no answer: the MX lookup's "no such name" stands
        QHostInfo::abortHostLookup(std::exchange(m_domainCheck, -1));
        lookupDone();
        if (m_finished)
            return;
    }
    if (m_guessing) {
        flushGuesses(); // the names that resolved in time
        if (m_dnsUnavailable)
            addUncheckedGuesses();
        complete();
        return;
    }
    // Aborting makes each outstanding lookup report in; the last one moves on. (Copies: reporting in
    // may change the lists.)
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply && reply->isRunning())
            reply->abort();
    }
    const QList<QPointer<QDnsLookup>> lookups = m_lookups;
    for (const QPointer<QDnsLookup> &lookup : lookups) {
        if (lookup && !lookup->isFinished())
            lookup->abort();
    }
}

void ProviderDetector::lookupDone()
{
    if (--m_pending > 0 || m_finished) {
        reportProgress();
        return;
    }
    m_deadline.stop();
    const auto found = [](const QList<Candidate> &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [](const Candidate &c) { return c.source != CandidateSource::Guess; });
    };
    m_guessOutgoing = !found(m_result.candidates);
    m_guessIncoming = !found(m_result.incomingCandidates);
    if ((!m_guessOutgoing && !m_guessIncoming) || !m_result.domainExists) {
        complete();
        return;
    }
    startGuessing();
}

void ProviderDetector::startGuessing()
{
    m_guessing = true;
    m_timedOut = false;
    const QString domain = m_result.address.aceDomain;
    QStringList hosts;
    if (m_guessOutgoing)
        hosts << QStringLiteral("smtp.") + domain << QStringLiteral("mail.") + domain << domain;
    if (m_guessIncoming) {
        for (const QString &host : {QStringLiteral("imap.") + domain, QStringLiteral("pop.") + domain,
                                    QStringLiteral("mail.") + domain}) {
            if (!hosts.contains(host))
                hosts << host;
        }
    }
    // answers come in any order; the candidates keep the order of the guesses
    m_guessFound = QList<QList<Candidate>>(hosts.size());
    m_guessesLeft = int(hosts.size());
    m_deadline.start(std::min(kGuessTimeoutMs, std::max(1, m_options.timeoutMs)));
    for (int h = 0; h < hosts.size(); ++h) {
        const int report = addReport(CandidateSource::Guess, hosts.at(h));
        // by name (SLOT()): Qt 6.4 leaks the slot object of an aborted lookupHost() to a functor
        const int id = QHostInfo::lookupHost(hosts.at(h), this, SLOT(onGuessResolved(QHostInfo)));
        m_guesses.insert(id, {hosts.at(h), h, report}); // the answer always comes from the event loop
        m_guessLookups.append(id);
    }
}

void ProviderDetector::onGuessResolved(const QHostInfo &info)
{
    const auto it = m_guesses.constFind(info.lookupId());
    if (m_finished || it == m_guesses.cend())
        return;
    const Guess guess = it.value();
    m_guesses.erase(it);
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
        const QString domain = m_result.address.aceDomain;
        const QString origin = tr("guessed from the domain");
        const bool outgoingHost = guess.host == QLatin1String("smtp.") + domain ||
                                  guess.host == QLatin1String("mail.") + domain || guess.host == domain;
        if (m_guessOutgoing && outgoingHost) {
            for (const quint16 port : {quint16(587), quint16(465)})
                m_guessFound[guess.position].append(
                    guessCandidate({guess.host, port, ProbeEndpoint::defaultSecurityFor(port)}, origin));
        }
        const bool incomingHost = guess.host == QLatin1String("imap.") + domain ||
                                  guess.host == QLatin1String("pop.") + domain ||
                                  guess.host == QLatin1String("mail.") + domain;
        if (m_guessIncoming && incomingHost) {
            for (const ProbeEndpoint &endpoint : incomingGuessesFor(guess.host))
                m_guessFound[guess.position].append(guessCandidate(endpoint, origin));
        }
        closeReport(guess.report, SourceReport::Outcome::Found, info.addresses().first().toString());
    } else {
        closeReport(guess.report, SourceReport::Outcome::NotFound, info.errorString());
    }
    if (--m_guessesLeft == 0) {
        flushGuesses();
        complete();
    }
}

Candidate ProviderDetector::guessCandidate(const ProbeEndpoint &endpoint, const QString &origin) const
{
    Candidate c;
    c.endpoint = endpoint;
    c.authentication = {OutgoingServerConfig::Auth::PasswordCleartext};
    c.username = m_result.address.localPart + QLatin1Char('@') + m_result.address.domain;
    c.source = CandidateSource::Guess;
    c.trust = Trust::Low;
    c.origin = origin;
    return c;
}

// The resolved guesses, in the order of the guessed names.
void ProviderDetector::flushGuesses()
{
    for (const QList<Candidate> &list : std::as_const(m_guessFound))
        addCandidates(list);
    m_guessFound.clear();
}

// Without DNS nothing can be checked: the likeliest names, for the kinds nothing else gave.
void ProviderDetector::addUncheckedGuesses()
{
    const QString domain = m_result.address.aceDomain;
    const QString origin = tr("guessed from the domain; not checked, because DNS did not answer");
    if (m_result.candidates.isEmpty()) {
        for (const QString &host : {QStringLiteral("smtp.") + domain, QStringLiteral("mail.") + domain}) {
            for (const quint16 port : {quint16(587), quint16(465)})
                m_result.candidates.append(
                    guessCandidate({host, port, ProbeEndpoint::defaultSecurityFor(port)}, origin));
        }
    }
    if (m_result.incomingCandidates.isEmpty()) {
        for (const QString &host : {QStringLiteral("imap.") + domain, QStringLiteral("pop.") + domain,
                                    QStringLiteral("mail.") + domain}) {
            for (const ProbeEndpoint &endpoint : incomingGuessesFor(host))
                m_result.incomingCandidates.append(guessCandidate(endpoint, origin));
        }
    }
}

void ProviderDetector::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    for (const int id : std::as_const(m_guessLookups))
        QHostInfo::abortHostLookup(id);
    if (m_domainCheck >= 0)
        QHostInfo::abortHostLookup(std::exchange(m_domainCheck, -1));
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    const QList<QPointer<QDnsLookup>> lookups = m_lookups;
    for (const QPointer<QDnsLookup> &lookup : lookups) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->abort();
        }
    }
    for (int i = 0; i < m_result.sources.size(); ++i) { // what never answered
        if (m_result.sources.at(i).outcome == SourceReport::Outcome::Skipped &&
            m_result.sources.at(i).source != CandidateSource::Override)
            closeReport(i,
                        m_result.cancelled ? SourceReport::Outcome::Skipped : SourceReport::Outcome::TimedOut,
                        m_result.cancelled ? tr("cancelled") : tr("no answer in time"));
    }
    m_result = ranked(m_result);
    emit finished(m_result);
}

void ProviderDetector::reportProgress()
{
    if (!m_finished)
        emit progressed(ranked(m_result));
}

DetectionResult ProviderDetector::ranked(DetectionResult result) const
{
    result.candidates = rank(result.candidates);
    markApproval(&result.candidates, result.address.aceDomain, m_trustedDomains);
    const Protocol srvPrefers = m_srvPop3Priority < m_srvImapPriority ? Protocol::Pop3 : Protocol::Imap;
    result.incomingCandidates = rankIncoming(result.incomingCandidates, srvPrefers);
    markApproval(&result.incomingCandidates, result.address.aceDomain, m_trustedDomains);
    if (!result.candidates.isEmpty()) {
        const Candidate &best = result.candidates.first();
        result.providerId = best.providerId;
        result.providerName = best.providerName;
        result.providerSource = best.source;
    }
    return result;
}
