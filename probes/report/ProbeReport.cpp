#include "report/ProbeReport.h"

#include "report/Wording.h"

#include <QMetaEnum>

QJsonObject ProbeReport::replyToJson(const SmtpReply &reply)
{
    if (!reply.isValid())
        return {};
    return QJsonObject{
        {QStringLiteral("code"), reply.code},
        {QStringLiteral("enhancedCode"), reply.enhancedCode},
        {QStringLiteral("lines"), QJsonArray::fromStringList(reply.rawLines)},
    };
}

QJsonObject ProbeReport::capabilitiesToJson(const SmtpCapabilities &caps)
{
    return QJsonObject{
        {QStringLiteral("serverName"), caps.serverName},
        {QStringLiteral("startTls"), caps.startTls},
        {QStringLiteral("pipelining"), caps.pipelining},
        {QStringLiteral("eightBitMime"), caps.eightBitMime},
        {QStringLiteral("smtpUtf8"), caps.smtpUtf8},
        {QStringLiteral("enhancedStatusCodes"), caps.enhancedStatusCodes},
        {QStringLiteral("chunking"), caps.chunking},
        {QStringLiteral("sizeLimit"),
         caps.sizeAdvertised ? QJsonValue(double(caps.sizeLimit)) : QJsonValue()},
        {QStringLiteral("auth"), QJsonArray::fromStringList(caps.authMechanisms)},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(caps.keywords)},
    };
}

QString ProbeReport::sslErrorName(QSslError::SslError error)
{
    const char *name = QMetaEnum::fromType<QSslError::SslError>().valueToKey(error);
    return name ? QLatin1String(name) : QStringLiteral("SslError%1").arg(int(error));
}

QJsonObject ProbeReport::tlsToJson(const TlsInfo &tls)
{
    QJsonArray errors;
    for (int i = 0; i < tls.errors.size(); ++i) {
        errors.append(QJsonObject{{QStringLiteral("error"), sslErrorName(tls.errors.at(i))},
                                  {QStringLiteral("text"), tls.errorTexts.value(i)}});
    }
    return QJsonObject{
        {QStringLiteral("offered"), tls.offered},
        {QStringLiteral("attempted"), tls.attempted},
        {QStringLiteral("established"), tls.established},
        {QStringLiteral("certificateTrusted"), tls.certificateTrusted},
        {QStringLiteral("protocol"), tls.protocol},
        {QStringLiteral("cipher"), tls.cipher},
        {QStringLiteral("subject"), tls.subject},
        {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(tls.subjectAltNames)},
        {QStringLiteral("issuer"), tls.issuer},
        {QStringLiteral("notBefore"),
         tls.notBefore.isValid() ? tls.notBefore.toString(Qt::ISODate) : QString()},
        {QStringLiteral("notAfter"), tls.notAfter.isValid() ? tls.notAfter.toString(Qt::ISODate) : QString()},
        {QStringLiteral("sha256"), tls.sha256},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("failure"), tls.failure},
    };
}

QJsonObject ProbeReport::incomingReplyToJson(const IncomingReply &reply)
{
    if (!reply.isValid())
        return {};
    return QJsonObject{
        {QStringLiteral("status"), ProbeNames::replyStatus(reply.status)},
        {QStringLiteral("code"), reply.code},
        {QStringLiteral("text"), reply.text},
        {QStringLiteral("lines"), QJsonArray::fromStringList(reply.rawLines)},
    };
}

QJsonObject ProbeReport::incomingCapabilitiesToJson(const IncomingCapabilities &caps)
{
    return QJsonObject{
        {QStringLiteral("known"), caps.known},
        {QStringLiteral("startTls"), caps.startTls},
        {QStringLiteral("loginDisabled"), caps.loginDisabled},
        {QStringLiteral("userPass"), caps.userPass},
        {QStringLiteral("initialResponse"), caps.initialResponse},
        {QStringLiteral("auth"), QJsonArray::fromStringList(caps.authMechanisms)},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(caps.keywords)},
    };
}

QJsonObject ProbeReport::incomingToJson(const IncomingResult &incoming)
{
    QJsonObject signIn{{QStringLiteral("outcome"), ProbeNames::signIn(incoming.signIn.outcome)},
                       {QStringLiteral("method"), ProbeNames::signInMethod(incoming.signIn.method)},
                       {QStringLiteral("reply"), incomingReplyToJson(incoming.signIn.reply)}};
    if (!incoming.signIn.serverError.isEmpty()) // OAuth2's error challenge, decoded
        signIn.insert(QStringLiteral("serverError"), incoming.signIn.serverError);
    return QJsonObject{
        {QStringLiteral("greeting"),
         QJsonObject{{QStringLiteral("outcome"), ProbeNames::greeting(incoming.greeting)},
                     {QStringLiteral("reply"), incomingReplyToJson(incoming.greetingReply)}}},
        {QStringLiteral("capabilitiesBeforeTls"), incomingCapabilitiesToJson(incoming.capabilitiesBeforeTls)},
        {QStringLiteral("capabilities"), incomingCapabilitiesToJson(incoming.capabilities)},
        {QStringLiteral("signIn"), signIn},
        {QStringLiteral("logout"),
         QJsonObject{{QStringLiteral("outcome"), ProbeNames::logout(incoming.logout)},
                     {QStringLiteral("reply"), incomingReplyToJson(incoming.logoutReply)}}},
    };
}

namespace {
QJsonObject relayToJson(const RelayResult &relay)
{
    return QJsonObject{
        {QStringLiteral("outcome"), ProbeNames::relay(relay.outcome)},
        {QStringLiteral("mail"), ProbeReport::replyToJson(relay.mailReply)},
        {QStringLiteral("rcpt"), ProbeReport::replyToJson(relay.rcptReply)},
        {QStringLiteral("data"), ProbeReport::replyToJson(relay.dataReply)},
    };
}

QString directionMark(Transcript::Direction direction)
{
    switch (direction) {
    case Transcript::Direction::Client:
        return QStringLiteral("C");
    case Transcript::Direction::Server:
        return QStringLiteral("S");
    case Transcript::Direction::Note:
        return QStringLiteral("*");
    }
    return {};
}
} // namespace

QJsonObject ProbeReport::toJson(const ProbeResult &result)
{
    QJsonArray addresses;
    for (const QHostAddress &address : result.addresses)
        addresses.append(address.toString());
    QJsonArray stages;
    for (const StageRecord &stage : result.stages) {
        stages.append(QJsonObject{
            {QStringLiteral("stage"), ProbeNames::stage(stage.stage)},
            {QStringLiteral("outcome"), ProbeNames::stageOutcome(stage.outcome)},
            {QStringLiteral("startedMs"), double(stage.startedMs)},
            {QStringLiteral("elapsedMs"), double(stage.elapsedMs)},
            {QStringLiteral("detail"), stage.detail},
        });
    }
    QJsonArray transcript;
    for (const Transcript::Line &line : result.transcript.lines()) {
        transcript.append(QJsonObject{{QStringLiteral("ms"), double(line.msecs)},
                                      {QStringLiteral("dir"), directionMark(line.direction)},
                                      {QStringLiteral("text"), line.text}});
    }
    QJsonObject json{
        {QStringLiteral("host"), result.endpoint.host},
        {QStringLiteral("port"), result.endpoint.port},
        {QStringLiteral("security"), ProbeNames::security(result.endpoint.security)},
        {QStringLiteral("outcome"), ProbeNames::outcome(result.outcome)},
        {QStringLiteral("lastStage"), ProbeNames::stage(result.lastStage)},
        {QStringLiteral("failure"), result.failure},
        {QStringLiteral("elapsedMs"), double(result.elapsedMs)},
        {QStringLiteral("addresses"), addresses},
        {QStringLiteral("connectedAddress"),
         result.connectedAddress.isNull() ? QString() : result.connectedAddress.toString()},
        {QStringLiteral("connect"), ProbeNames::connect(result.connect)},
        {QStringLiteral("banner"), QJsonObject{{QStringLiteral("outcome"), ProbeNames::banner(result.banner)},
                                               {QStringLiteral("reply"), replyToJson(result.bannerReply)}}},
        {QStringLiteral("usedHelo"), result.usedHelo},
        {QStringLiteral("capabilitiesBeforeTls"), capabilitiesToJson(result.capabilitiesBeforeTls)},
        {QStringLiteral("capabilities"), capabilitiesToJson(result.capabilities)},
        {QStringLiteral("tls"), tlsToJson(result.tls)},
        {QStringLiteral("relayWithoutAuth"), relayToJson(result.relayWithoutAuth)},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("outcome"), ProbeNames::auth(result.auth.outcome)},
                     {QStringLiteral("mechanism"), result.auth.mechanism},
                     {QStringLiteral("reply"), replyToJson(result.auth.reply)}}},
        {QStringLiteral("relayWithAuth"), relayToJson(result.relayWithAuth)},
        {QStringLiteral("sendTest"),
         QJsonObject{{QStringLiteral("outcome"), ProbeNames::sendTest(result.sendTest)},
                     {QStringLiteral("reply"), replyToJson(result.sendTestReply)}}},
        {QStringLiteral("verifiedSending"), result.verifiedSending()},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("transcript"), transcript},
    };
    json.insert(QStringLiteral("protocol"), ProbeNames::protocol(result.protocol()));
    if (result.protocol() == Protocol::Smtp)
        return json;
    // IMAP and POP3: the incoming section in place of SMTP's.
    for (const char *smtpOnly : {"banner", "usedHelo", "capabilitiesBeforeTls", "capabilities",
                                 "relayWithoutAuth", "auth", "relayWithAuth", "sendTest", "verifiedSending"})
        json.remove(QLatin1String(smtpOnly));
    json.insert(QStringLiteral("incoming"), incomingToJson(result.incoming));
    json.insert(QStringLiteral("verifiedSignIn"), result.verifiedSignIn());
    return json;
}

QString ProbeReport::endpointLabel(const ProbeEndpoint &endpoint)
{
    return Wording::endpoint(endpoint);
}

namespace {
QString replyText(const SmtpReply &reply)
{
    return reply.isValid() ? reply.rawLines.join(QStringLiteral(" / ")) : QString();
}
} // namespace

void ProbeReport::incomingText(const IncomingResult &incoming,
                               const std::function<void(const QString &, const QString &)> &row)
{
    const auto replyLine = [](const IncomingReply &reply) {
        return reply.rawLines.isEmpty() ? QString() : QStringLiteral(": ") + reply.rawLines.last();
    };
    if (incoming.greeting != GreetingOutcome::NotReached)
        row(tr("greeting"), ProbeNames::greeting(incoming.greeting) + replyLine(incoming.greetingReply));
    if (incoming.capabilities.known)
        row(tr("capabilities"), incoming.capabilities.keywords.join(u' '));
    if (incoming.signIn.outcome != SignInOutcome::NotTried) {
        QString text = ProbeNames::signIn(incoming.signIn.outcome);
        if (incoming.signIn.method != SignInMethod::None)
            text += QStringLiteral(" (%1)").arg(ProbeNames::signInMethod(incoming.signIn.method));
        row(tr("sign-in"), text + replyLine(incoming.signIn.reply));
        if (!incoming.signIn.serverError.isEmpty())
            row(tr("server's error"), incoming.signIn.serverError);
    }
    if (incoming.logout != LogoutOutcome::NotSent)
        row(tr("logout"), ProbeNames::logout(incoming.logout) + replyLine(incoming.logoutReply));
}

QString ProbeReport::toText(const ProbeResult &result, bool withTranscript)
{
    QString out;
    if (result.protocol() != Protocol::Smtp) // "IMAP host:993 (SSL/TLS)"; SMTP's lines stay as they were
        out += ProbeNames::protocol(result.protocol()).toUpper() + QLatin1Char(' ');
    out += QStringLiteral("%1  %2, %3 s\n")
               .arg(endpointLabel(result.endpoint), ProbeNames::outcome(result.outcome))
               .arg(result.elapsedMs / 1000.0, 0, 'f', 2);
    auto row = [&out](const QString &label, const QString &text) {
        out += QStringLiteral("  %1 %2\n").arg(label, -20).arg(text);
    };
    for (const StageRecord &stage : result.stages) {
        QString text = ProbeNames::stageOutcome(stage.outcome);
        if (!stage.detail.isEmpty())
            text += QStringLiteral(": ") + stage.detail;
        text += QStringLiteral(" (%1 ms)").arg(stage.elapsedMs);
        row(ProbeNames::stage(stage.stage), text);
    }
    if (result.tls.established) {
        row(tr("certificate"),
            tr("%1, issued by %2, valid until %3, %4")
                .arg(result.tls.subject, result.tls.issuer, result.tls.notAfter.toString(Qt::ISODate),
                     result.tls.certificateTrusted
                         ? tr("trusted")
                         : tr("NOT trusted: %1").arg(result.tls.errorTexts.join(QLatin1String("; ")))));
    }
    if (result.protocol() != Protocol::Smtp)
        incomingText(result.incoming, row);
    if (result.relayWithoutAuth.outcome != RelayOutcome::NotTested) {
        QString text = ProbeNames::relay(result.relayWithoutAuth.outcome);
        if (result.relayWithoutAuth.rcptReply.isValid())
            text += QStringLiteral(": RCPT ") + replyText(result.relayWithoutAuth.rcptReply);
        if (result.relayWithoutAuth.dataReply.isValid())
            text += QStringLiteral("; DATA ") + replyText(result.relayWithoutAuth.dataReply);
        row(tr("without sign-in"), text);
    }
    if (result.auth.outcome != AuthOutcome::NotTried) {
        QString text = ProbeNames::auth(result.auth.outcome);
        if (!result.auth.mechanism.isEmpty())
            text += QStringLiteral(" (%1)").arg(result.auth.mechanism);
        if (result.auth.reply.isValid())
            text += QStringLiteral(": ") + replyText(result.auth.reply);
        row(tr("sign-in"), text);
    }
    if (result.relayWithAuth.outcome != RelayOutcome::NotTested) {
        QString text = ProbeNames::relay(result.relayWithAuth.outcome);
        if (result.relayWithAuth.rcptReply.isValid())
            text += QStringLiteral(": RCPT ") + replyText(result.relayWithAuth.rcptReply);
        row(tr("signed in"), text);
    }
    if (result.sendTest != SendTestOutcome::NotRequested)
        row(tr("test message"),
            ProbeNames::sendTest(result.sendTest) + QStringLiteral(": ") + replyText(result.sendTestReply));
    if (withTranscript) {
        out += QStringLiteral("  transcript:\n");
        for (const QString &line : result.transcript.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    return out;
}
