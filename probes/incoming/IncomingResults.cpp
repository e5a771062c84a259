#include "incoming/IncomingResults.h"

void IncomingCapabilities::addMechanism(const QString &name)
{
    if (name.isEmpty() || name.size() > 20)
        return;
    QString upper;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            upper += QChar(char16_t(u - u'a' + u'A'));
        else if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_')
            upper += c;
        else
            return;
    }
    if (!authMechanisms.contains(upper))
        authMechanisms << upper;
}

namespace ProbeNames {

QString replyStatus(IncomingReply::Status status)
{
    switch (status) {
    case IncomingReply::Status::None:
        return QStringLiteral("none");
    case IncomingReply::Status::Ok:
        return QStringLiteral("ok");
    case IncomingReply::Status::No:
        return QStringLiteral("no");
    case IncomingReply::Status::Bad:
        return QStringLiteral("bad");
    case IncomingReply::Status::Bye:
        return QStringLiteral("bye");
    case IncomingReply::Status::PreAuth:
        return QStringLiteral("preauth");
    case IncomingReply::Status::Err:
        return QStringLiteral("err");
    case IncomingReply::Status::Continuation:
        return QStringLiteral("continuation");
    }
    return {};
}

QString greeting(GreetingOutcome outcome)
{
    switch (outcome) {
    case GreetingOutcome::NotReached:
        return QStringLiteral("not-reached");
    case GreetingOutcome::Ready:
        return QStringLiteral("ready");
    case GreetingOutcome::PreAuthenticated:
        return QStringLiteral("preauthenticated");
    case GreetingOutcome::Rejected:
        return QStringLiteral("rejected");
    case GreetingOutcome::Silent:
        return QStringLiteral("silent");
    case GreetingOutcome::Closed:
        return QStringLiteral("closed");
    case GreetingOutcome::Garbled:
        return QStringLiteral("garbled");
    }
    return {};
}

QString signInMethod(SignInMethod method)
{
    switch (method) {
    case SignInMethod::None:
        return QStringLiteral("none");
    case SignInMethod::SaslPlain:
        return QStringLiteral("sasl-plain");
    case SignInMethod::SaslLogin:
        return QStringLiteral("sasl-login");
    case SignInMethod::Login:
        return QStringLiteral("login");
    case SignInMethod::UserPass:
        return QStringLiteral("user-pass");
    case SignInMethod::SaslXOAuth2:
        return QStringLiteral("sasl-xoauth2");
    case SignInMethod::SaslOAuthBearer:
        return QStringLiteral("sasl-oauthbearer");
    }
    return {};
}

QString signIn(SignInOutcome outcome)
{
    switch (outcome) {
    case SignInOutcome::NotTried:
        return QStringLiteral("not-tried");
    case SignInOutcome::NotOffered:
        return QStringLiteral("not-offered");
    case SignInOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case SignInOutcome::Rejected:
        return QStringLiteral("rejected");
    case SignInOutcome::TemporaryFailure:
        return QStringLiteral("temporary-failure");
    case SignInOutcome::NeedsOAuth2:
        return QStringLiteral("needs-oauth2");
    case SignInOutcome::NoCommonMechanism:
        return QStringLiteral("no-common-mechanism");
    case SignInOutcome::WithheldNoTls:
        return QStringLiteral("withheld-no-tls");
    case SignInOutcome::WithheldUntrustedCertificate:
        return QStringLiteral("withheld-untrusted-certificate");
    case SignInOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString logout(LogoutOutcome outcome)
{
    switch (outcome) {
    case LogoutOutcome::NotSent:
        return QStringLiteral("not-sent");
    case LogoutOutcome::Ok:
        return QStringLiteral("ok");
    case LogoutOutcome::Refused:
        return QStringLiteral("refused");
    case LogoutOutcome::NoReply:
        return QStringLiteral("no-reply");
    }
    return {};
}

} // namespace ProbeNames
