#include "auth/OAuth2Preflight.h"

OAuth2Preflight::OAuth2Preflight(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{}

void OAuth2Preflight::start()
{
    m_detector = new ProviderDetector(m_options.detection, this);
    connect(m_detector, &ProviderDetector::finished, this, &OAuth2Preflight::onDetected);
    m_detector->start(m_options.address);
}

void OAuth2Preflight::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_signIn) {
        m_signIn->cancel(); // reports in through finished
        return;
    }
    if (m_detector)
        m_detector->cancel(); // reports in through onDetected
}

void OAuth2Preflight::onDetected(const DetectionResult &detection)
{
    Result result;
    const QString domain = m_options.address.section(QLatin1Char('@'), -1).toLower();
    result.provider = OAuth2Providers::forAccount(detection.providerId, domain, m_options.settings);
    if (m_cancelled) {
        result.signIn.outcome = OAuth2SignIn::Outcome::Cancelled;
        finish(result);
        return;
    }
    if (!result.provider || !result.provider->canSignIn()) {
        result.outcome = result.provider ? Outcome::NotConfigured : Outcome::NotOAuth2;
        finish(result);
        return;
    }
    OAuth2SignIn::Options options;
    options.loginHint = m_options.address;
    options.timeoutMs = m_options.waitMs;
    options.caFiles = m_options.detection.caFiles;
    m_signIn = new OAuth2SignIn(*result.provider, options, this);
    connect(m_signIn, &OAuth2SignIn::openBrowser, this, &OAuth2Preflight::openBrowser);
    connect(m_signIn, &OAuth2SignIn::finished, this,
            [this, result](const OAuth2SignIn::Result &signIn) mutable {
                result.signIn = signIn;
                result.outcome =
                    signIn.outcome == OAuth2SignIn::Outcome::SignedIn ? Outcome::SignedIn : Outcome::Failed;
                result.sendScopeMissing = result.outcome == Outcome::SignedIn &&
                                          !result.provider->smtpScope.isEmpty() &&
                                          !signIn.scopes.contains(result.provider->smtpScope);
                finish(result);
            });
    emit signingIn(*result.provider);
    m_signIn->start();
}

void OAuth2Preflight::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}
