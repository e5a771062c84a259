#include "options/CommonOptions.h"

#include "detect/EmailAddress.h"
#include "smtp/ProbeTypes.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSslCertificate>
#include <QUrl>

bool CommonOptions::parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(arguments))
        return true;
    *error = parser.errorText();
    return false;
}

bool CommonOptions::parseTimeout(const QString &text, int *ms, QString *error)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > kMaxTimeoutSeconds) {
        *error = tr("--timeout must be a number of seconds between 0 and %1").arg(kMaxTimeoutSeconds);
        return false;
    }
    *ms = int(seconds * 1000);
    return true;
}

bool CommonOptions::checkCaFiles(const QStringList &paths, QString *error)
{
    for (const QString &path : paths) {
        if (!QFileInfo(path).isReadable()) {
            *error = tr("cannot read the CA file \"%1\"").arg(path);
            return false;
        }
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
            *error = tr("\"%1\" holds no PEM certificate").arg(path);
            return false;
        }
    }
    return true;
}

bool CommonOptions::readTimeoutAndCaFiles(const QCommandLineParser &parser, int *timeoutMs,
                                          QStringList *caFiles, QString *error) const
{
    if (!parseTimeout(parser.value(timeout), timeoutMs, error) || !checkCaFiles(parser.values(caFile), error))
        return false;
    *caFiles = parser.values(caFile);
    return true;
}

bool CommonOptions::checkDeploymentPolicy(const QCommandLineParser &parser, const DeploymentConfig &config,
                                          QString *error)
{
    const struct
    {
        const char *option;
        bool allowed;
        const char *key;
    } rules[] = {
        {"send-test", config.allowSendTest, "checks/allowSendTest"},
        {"allow-plaintext-auth", config.allowPlaintextAuth, "checks/allowPlaintextAuth"},
        {"accept-certificate", config.allowCertificateOverride, "checks/allowCertificateOverride"},
        {"ispdb-url", config.allowOnlineIspdb, "providers/allowOnlineIspdb"},
    };
    const QStringList given = parser.optionNames();
    for (const auto &rule : rules) {
        if (!rule.allowed && given.contains(QLatin1String(rule.option))) {
            *error = tr("--%1 is not allowed on this computer: its deployment settings forbid it (%2)")
                         .arg(QLatin1String(rule.option), config.describe(QLatin1String(rule.key)));
            return false;
        }
    }
    return true;
}

bool CommonOptions::parseIspdbUrl(const QString &text, QString *url, QString *error)
{
    const QUrl parsed(text);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) ||
        parsed.host().isEmpty()) {
        *error = tr("\"%1\" is not an http or https URL").arg(text);
        return false;
    }
    *url = parsed.toString();
    if (!url->endsWith(QLatin1Char('/')))
        *url += QLatin1Char('/');
    return true;
}

bool CommonOptions::readDetectionOptions(const QCommandLineParser &parser, const DeploymentConfig &config,
                                         ProviderDetector::Options *options, QString *error) const
{
    options->overridesDir = config.overridesDir;
    if (!config.allowOnlineIspdb)
        options->ispdbBaseUrl.clear();
    else if (parser.isSet(ispdbUrl) && !parseIspdbUrl(parser.value(ispdbUrl), &options->ispdbBaseUrl, error))
        return false;
    if (parser.isSet(overrides)) {
        if (!QFileInfo(parser.value(overrides)).isDir()) {
            *error = tr("\"%1\" is not a folder").arg(parser.value(overrides));
            return false;
        }
        options->overridesDir = parser.value(overrides);
    }
    options->allowHttp =
        !parser.optionNames().contains(noHttp.names().constFirst()); // not all parsers know it
    return true;
}

bool CommonOptions::readCredentials(const QCommandLineParser &parser, bool userRequired,
                                    const PasswordReader &readPassword, Credentials *credentials,
                                    QString *error) const
{
    // only the parsers that have it know the option: isSet() would warn on the others
    const bool tokenStdin = parser.optionNames().contains(oauth2TokenStdin.names().constFirst());
    if (tokenStdin && parser.isSet(passwordStdin)) {
        *error = tr("give either --password-stdin or --oauth2-token-stdin");
        return false;
    }
    if (userRequired && parser.isSet(passwordStdin) && !parser.isSet(user)) {
        *error = tr("--password-stdin needs --user");
        return false;
    }
    if (userRequired && tokenStdin && !parser.isSet(user)) {
        *error = tr("--oauth2-token-stdin needs --user");
        return false;
    }
    if (parser.isSet(user) && !parser.isSet(passwordStdin) && !tokenStdin) {
        *error = tr("--user needs --password-stdin (the password is never taken from an argument)");
        return false;
    }
    if (parser.isSet(user) && parser.value(user).trimmed().isEmpty()) {
        *error = tr("--user is empty");
        return false;
    }
    credentials->username = parser.value(user).trimmed();
    if (parser.isSet(passwordStdin) && !readPassword(&credentials->password)) {
        *error = tr("no password on standard input");
        return false;
    }
    if (tokenStdin && !readPassword(&credentials->oauth2Token)) {
        *error = tr("no token on standard input");
        return false;
    }
    return true;
}

bool CommonOptions::checkNoArguments(const QCommandLineParser &parser, QString *error)
{
    if (parser.positionalArguments().isEmpty())
        return true;
    *error = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
    return false;
}

bool CommonOptions::readAddressArgument(const QCommandLineParser &parser, EmailAddress *address,
                                        QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? tr("give one email address") : tr("give only one email address");
        return false;
    }
    *address = EmailAddress::parse(positional.first());
    if (!address->isValid()) {
        *error = address->problemText();
        return false;
    }
    return true;
}

bool CommonOptions::checkHostName(const QString &host, QString *error)
{
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')) ||
        host.contains(QLatin1Char('@'))) {
        *error = tr("\"%1\" is not a server name").arg(host);
        return false;
    }
    return true;
}

bool CommonOptions::checkEmailAddresses(const QStringList &addresses, QString *error)
{
    for (const QString &address : addresses) {
        if (!address.isEmpty() &&
            (!address.contains(QLatin1Char('@')) || address.contains(QLatin1Char('<')) ||
             address.contains(QLatin1Char('>')) || address.contains(QLatin1Char('\r')) ||
             address.contains(QLatin1Char('\n')) || address.contains(QLatin1Char(' ')))) {
            *error = tr("\"%1\" is not an email address").arg(address);
            return false;
        }
    }
    return true;
}
