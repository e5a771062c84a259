#include "auth/OAuth2SignIn.h"

#include "TlsSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace {

constexpr int kCloseAfterMs = 1000;

// Qt NetworkAuth's own messages may quote a provider's reply (a token among it): never logged.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void quietNetworkAuth(QLoggingCategory *category)
{
    if (qstrncmp(category->categoryName(), "qt.networkauth", 14) == 0) {
        for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, false);
        return;
    }
    if (g_previousFilter)
        g_previousFilter(category);
}

// The provider's HTTPS with the extra CAs (tests' local provider); verification is never switched off.
class CaNetworkAccessManager : public QNetworkAccessManager
{
public:
    CaNetworkAccessManager(QStringList caFiles, QObject *parent)
        : QNetworkAccessManager(parent), m_caFiles(std::move(caFiles))
    {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        if (request.url().scheme() == QLatin1String("https") && !m_caFiles.isEmpty())
            request.setSslConfiguration(TlsSupport::trusting(m_caFiles));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QStringList m_caFiles;
};

QString errorOf(const QVariantMap &values)
{
    const QString description = values.value(QStringLiteral("error_description")).toString();
    const QString code = values.value(QStringLiteral("error")).toString();
    return description.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, description);
}

} // namespace

OAuth2SignIn::OAuth2SignIn(OAuth2Provider provider, Options options, QObject *parent)
    : QObject(parent), m_provider(std::move(provider)), m_options(std::move(options))
{
    static const bool quiet = [] {
        g_previousFilter = QLoggingCategory::installFilter(quietNetworkAuth);
        return true;
    }();
    Q_UNUSED(quiet)
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Outcome::TimedOut, tr("The sign-in was not finished in the browser within %n minute(s).",
                                     nullptr, std::max(1, m_options.timeoutMs / 60000)));
    });
}

OAuth2SignIn::~OAuth2SignIn() = default;

QByteArray OAuth2SignIn::makeVerifier()
{
    static const char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray verifier(64, Qt::Uninitialized);
    for (char &c : verifier)
        c = kUnreserved[QRandomGenerator::system()->bounded(int(sizeof(kUnreserved) - 1))];
    return verifier;
}

QByteArray OAuth2SignIn::challengeOf(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString OAuth2SignIn::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::SignedIn:
        return QStringLiteral("signed-in");
    case Outcome::ProviderRefused:
        return QStringLiteral("provider-refused");
    case Outcome::StateMismatch:
        return QStringLiteral("state-mismatch");
    case Outcome::IssuerMismatch:
        return QStringLiteral("issuer-mismatch");
    case Outcome::TokenRefused:
        return QStringLiteral("token-refused");
    case Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::NotConfigured:
        return QStringLiteral("not-configured");
    case Outcome::ListenFailed:
        return QStringLiteral("listen-failed");
    }
    return {};
}

quint16 OAuth2SignIn::redirectPort() const
{
    return m_handler && m_handler->isListening() ? m_handler->port() : 0;
}

void OAuth2SignIn::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_provider.canSignIn()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(Outcome::NotConfigured); }, Qt::QueuedConnection);
        return;
    }
    m_network = new CaNetworkAccessManager(m_options.caFiles, this);
    // 6.4 listens on every interface unless told: the redirect (with the code) must stay on this computer
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_handler->isListening()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(Outcome::ListenFailed, tr("No port on 127.0.0.1 for the sign-in.")); },
            Qt::QueuedConnection);
        return;
    }
    m_handler->setCallbackText(tr("MailFix received the sign-in. You can close this window."));
    // connected before the flow's own connection: a wrong state or issuer is refused before Qt uses the code
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuth2SignIn::onCallback);
    connect(m_handler, &QAbstractOAuthReplyHandler::replyDataReceived, this, &OAuth2SignIn::onTokenReply);
    connect(m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (m_exchanging && reply->url() == m_provider.tokenUrl && reply->error() != QNetworkReply::NoError) {
            // 6.4 drops a refused token request without a word: read the provider's error here
            const QVariantMap body = QJsonDocument::fromJson(reply->readAll()).object().toVariantMap();
            finish(Outcome::TokenRefused, body.isEmpty() ? reply->errorString() : errorOf(body));
        }
    });

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(m_provider.authorizeUrl);
    m_flow->setAccessTokenUrl(m_provider.tokenUrl);
    m_flow->setClientIdentifier(m_provider.clientId);
    m_flow->setScope(m_provider.scopes.join(QLatin1Char(' ')));
    m_verifier = makeVerifier();
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization: // RFC 7636 4.3
            p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challengeOf(m_verifier)));
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!m_options.loginHint.isEmpty())
                p->insert(QStringLiteral("login_hint"), m_options.loginHint);
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken: // RFC 7636 4.5
            // 6.4 passes the code on still encoded and encodes it (and redirect_uri) once more before the
            // form encoding: a Google code ("4/0A...", sent back as 4%2F0A...) would arrive as 4%252F0A...
            p->replace(QStringLiteral("code"), m_code);
            p->replace(QStringLiteral("redirect_uri"), m_handler->callback());
            p->replace(QStringLiteral("client_id"), m_provider.clientId);
            p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
            m_exchanging = true;
            break;
        case QAbstractOAuth::Stage::RefreshingAccessToken: // 6.4 sends redirect_uri, which RFC 6749 6 has not
            p->remove(QStringLiteral("redirect_uri"));
            break;
        case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
            break;
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuth2SignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuth2SignIn::onGranted);
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                finish(Outcome::ProviderRefused,
                       description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description));
            });
    m_timeout.start(std::max(1, m_options.timeoutMs));
    m_flow->grant();
}

void OAuth2SignIn::onCallback(const QVariantMap &values)
{
    if (m_finished)
        return;
    // 6.4 hands the query's values over still percent-encoded ("https%3A%2F%2F...", Google's "4%2F0A...")
    const auto value = [&values](const char *key) {
        return QUrl::fromPercentEncoding(values.value(QLatin1String(key)).toString().toUtf8());
    };
    const QString state = value("state");
    if (state != m_flow->state()) { // 6.4 ignores it without a word; MailFix refuses and says so
        finish(Outcome::StateMismatch, tr("The sign-in came back with another state than MailFix sent."));
        return;
    }
    const QString issuer = value("iss");
    if (!issuer.isEmpty() && !m_provider.issuer.isEmpty() && issuer != m_provider.issuer) { // RFC 9207 2.4
        finish(Outcome::IssuerMismatch,
               tr("The sign-in came back from %1, not from %2.").arg(issuer, m_provider.issuer));
        return;
    }
    m_code = value("code");
}

void OAuth2SignIn::onTokenReply(const QByteArray &data)
{
    // a 200 answer without a token: 6.4 stops there without a signal
    const QVariantMap body = QJsonDocument::fromJson(data).object().toVariantMap();
    if (!m_finished && body.value(QStringLiteral("access_token")).toString().isEmpty())
        finish(Outcome::TokenRefused,
               body.isEmpty() ? tr("The provider answered without a token.") : errorOf(body));
}

void OAuth2SignIn::onGranted()
{
    finish(Outcome::SignedIn);
}

void OAuth2SignIn::cancel()
{
    finish(Outcome::Cancelled);
}

void OAuth2SignIn::finish(Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    Result result;
    result.outcome = outcome;
    result.error = error;
    if (m_handler) {
        m_handler->disconnect(); // a late redirect reaches nobody (the flow's connection included)
        // closed once the browser had time to get its page (finish() may run while the handler answers it)
        QTimer::singleShot(kCloseAfterMs, m_handler, &QOAuthHttpServerReplyHandler::close);
    }
    if (m_flow) {
        m_flow->disconnect(this);
        if (outcome == Outcome::SignedIn) {
            result.accessToken = m_flow->token();
            result.refreshToken = m_flow->refreshToken();
            result.expires = m_flow->expirationAt();
            const QString granted = m_flow->scope(); // the token response's scope, when it named one
            result.scopes = (granted.isEmpty() ? m_provider.scopes.join(QLatin1Char(' ')) : granted)
                                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        m_flow->setToken(QString()); // the flow keeps no copy
        m_flow->setRefreshToken(QString());
    }
    if (m_network)
        m_network->disconnect(this);
    emit finished(result);
}
