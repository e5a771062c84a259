#include "cli/OAuth2Console.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>

OAuth2Console::OAuth2Console(QTextStream &err, OAuth2Settings settings, QString browserCommand, int waitMs)
    : m_err(err), m_settings(std::move(settings)), m_browserCommand(std::move(browserCommand)),
      m_waitMs(waitMs)
{}

void OAuth2Console::openBrowser(const QUrl &url) const
{
    const QString shown = url.toString(QUrl::FullyEncoded);
    m_err << tr("To sign in, open this address in a browser on this computer:\n  %1\n").arg(shown)
          << Qt::flush;
    QStringList command = QProcess::splitCommand(m_browserCommand);
    if (command.isEmpty()) {
#if defined(Q_OS_WIN)
        command = {QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler")};
#elif defined(Q_OS_MACOS)
        command = {QStringLiteral("open")};
#else
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            return; // no display: the technician opens the address
        command = {QStringLiteral("xdg-open")};
#endif
    }
    const QString program = command.takeFirst();
    if (!QProcess::startDetached(program, command << shown))
        m_err << tr("Could not start %1; open the address above yourself.\n").arg(program) << Qt::flush;
}

OAuth2Console::Result OAuth2Console::signIn(DiagnosisRun::Options *options)
{
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
    OAuth2Preflight::Options preflightOptions;
    preflightOptions.address = options->address;
    preflightOptions.detection = options->detection;
    preflightOptions.detection.timeoutMs = options->timeoutMs;
    preflightOptions.detection.caFiles = options->caFiles;
    preflightOptions.settings = m_settings;
    preflightOptions.waitMs = m_waitMs;
    OAuth2Preflight preflight(preflightOptions);
    OAuth2Preflight::Result result;
    QEventLoop loop;
    QObject::connect(&preflight, &OAuth2Preflight::openBrowser, &preflight,
                     [this](const QUrl &url) { openBrowser(url); });
    QObject::connect(&preflight, &OAuth2Preflight::signingIn, &preflight, [this](const OAuth2Provider &p) {
        m_err << tr("Signing in with %1 (waiting up to %n second(s) for the browser)...\n", nullptr,
                    std::max(1, m_waitMs / 1000))
                     .arg(p.name)
              << Qt::flush;
    });
    QObject::connect(&preflight, &OAuth2Preflight::finished, &loop, [&](const OAuth2Preflight::Result &r) {
        result = r;
        loop.quit();
    });
    preflight.start();
    loop.exec();
    return conclude(result, options);
#else
    Q_UNUSED(options)
    m_summary = {{QStringLiteral("outcome"), QStringLiteral("not-built")}};
    m_err << tr("This build of MailFix cannot sign in with OAuth2 (it was built without Qt NetworkAuth).\n")
          << Qt::flush;
    return Result::Failed;
#endif
}

#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
// What the sign-in gave: the token for the diagnosis, or why there is none, on the console and for the JSON.
OAuth2Console::Result OAuth2Console::conclude(const OAuth2Preflight::Result &result,
                                              DiagnosisRun::Options *options)
{
    const QString domain = options->address.section(QLatin1Char('@'), -1).toLower();
    if (!result.provider) {
        m_summary = {{QStringLiteral("outcome"), QStringLiteral("not-oauth2")}};
        m_err << tr("MailFix knows no OAuth2 sign-in for %1: its provider takes a password (or is not "
                    "known). Run it without --oauth2.\n")
                     .arg(domain)
              << Qt::flush;
        return Result::NotOAuth2;
    }
    const OAuth2Provider &provider = *result.provider;
    m_summary = {{QStringLiteral("provider"), provider.id}, {QStringLiteral("providerName"), provider.name}};
    if (result.outcome == OAuth2Preflight::Outcome::NotConfigured) {
        m_summary.insert(QStringLiteral("outcome"), QStringLiteral("not-configured"));
        m_summary.insert(QStringLiteral("settingsKey"), provider.settingsKey);
        m_err
            << tr("%1 accounts sign in with OAuth2 (the provider's own sign-in window), not with a password. "
                  "MailFix could not test that sign-in here: it has no client id for %1 (an administrator "
                  "sets %2 in mailfix.conf). The check below runs without signing in. In your mail "
                  "program, choose OAuth2 (or sign in with %1) as the way to sign in.\n")
                   .arg(provider.name, provider.settingsKey)
            << Qt::flush;
        return Result::NotConfigured;
    }
    m_summary.insert(QStringLiteral("outcome"), OAuth2SignIn::outcomeName(result.signIn.outcome));
    if (result.outcome != OAuth2Preflight::Outcome::SignedIn) {
        m_summary.insert(QStringLiteral("error"), result.signIn.error);
        m_err << tr("The sign-in with %1 did not work: %2\n").arg(provider.name, result.signIn.error)
              << Qt::flush;
        return Result::Failed;
    }
    m_summary.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(result.signIn.scopes));
    m_sendScopeMissing = result.sendScopeMissing;
    m_summary.insert(QStringLiteral("sendScopeGranted"), !m_sendScopeMissing);
    options->credentials.oauth2Token = result.signIn.accessToken;
    options->credentials.password.clear();
    if (options->credentials.username.isEmpty())
        options->credentials.username = options->address;
    return Result::SignedIn;
}
#endif
