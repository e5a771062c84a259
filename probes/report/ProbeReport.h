#pragma once

#include "smtp/ProbeTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

// Turns probe results into JSON (the schema in the README) and into readable text for the console.
// Neither ever contains a password: credentials are not part of ProbeResult, and transcripts are
// redacted when written.
class ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    [[nodiscard]] static QJsonObject toJson(const ProbeResult &result);
    [[nodiscard]] static QJsonObject replyToJson(const SmtpReply &reply);
    [[nodiscard]] static QJsonObject capabilitiesToJson(const SmtpCapabilities &caps);
    [[nodiscard]] static QJsonObject tlsToJson(const TlsInfo &tls);
    [[nodiscard]] static QString sslErrorName(QSslError::SslError error);
    // IMAP and POP3: ProbeResult::incoming ("incoming" in a probe's JSON).
    [[nodiscard]] static QJsonObject incomingToJson(const IncomingResult &incoming);
    [[nodiscard]] static QJsonObject incomingReplyToJson(const IncomingReply &reply);
    [[nodiscard]] static QJsonObject incomingCapabilitiesToJson(const IncomingCapabilities &caps);

    // A few lines per probe: each stage that ran, with its outcome and the server's words.
    [[nodiscard]] static QString toText(const ProbeResult &result, bool withTranscript);
    // One line: "smtp.example.com:587 (STARTTLS)".
    [[nodiscard]] static QString endpointLabel(const ProbeEndpoint &endpoint);

private:
    // The incoming section's rows of toText().
    static void incomingText(const IncomingResult &incoming,
                             const std::function<void(const QString &, const QString &)> &row);
};
