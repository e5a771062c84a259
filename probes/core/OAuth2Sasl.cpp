#include "core/OAuth2Sasl.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OAuth2Sasl {

QByteArray xoauth2Response(const QString &user, const QString &token)
{
    return "user=" + user.toUtf8() + "\x01" + "auth=Bearer " + token.toUtf8() + "\x01\x01";
}

QByteArray oauthBearerResponse(const QString &user, const QString &token, const QString &host, int port)
{
    QByteArray authzid = user.toUtf8();
    authzid.replace('=', "=3D").replace(',', "=2C");
    QByteArray message = "n,a=" + authzid + ",\x01";
    if (!host.isEmpty())
        message += "host=" + host.toUtf8() + "\x01";
    if (port > 0)
        message += "port=" + QByteArray::number(port) + "\x01";
    return message + "auth=Bearer " + token.toUtf8() + "\x01\x01";
}

QByteArray errorChallengeAnswer(bool oauthBearer)
{
    return oauthBearer ? QByteArray("\x01") : QByteArray();
}

QString errorFromChallenge(const QByteArray &base64Challenge)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(base64Challenge.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject() || json.object().isEmpty())
        return {};
    return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
}

} // namespace OAuth2Sasl
