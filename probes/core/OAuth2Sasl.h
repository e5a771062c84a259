#pragma once

#include <QByteArray>
#include <QString>

// The client messages of the two OAuth2 SASL mechanisms, for any protocol: Google's and Microsoft's
// XOAUTH2 and RFC 7628's OAUTHBEARER. Raw bytes; the protocol sends them base64-encoded. Pure functions.
namespace OAuth2Sasl {

// XOAUTH2: "user=USER ^A auth=Bearer TOKEN ^A ^A"
[[nodiscard]] QByteArray xoauth2Response(const QString &user, const QString &token);

// OAUTHBEARER (RFC 7628 3.1): the GS2 header "n,a=USER," (RFC 5801: ',' and '=' in USER escaped as =2C and
// =3D), then "host=HOST ^A port=PORT ^A auth=Bearer TOKEN ^A ^A"; host and port only when known.
[[nodiscard]] QByteArray oauthBearerResponse(const QString &user, const QString &token, const QString &host,
                                             int port);

// What a client answers to the server's error challenge: OAUTHBEARER's dummy response, a single ^A
// (RFC 7628 3.2.3); XOAUTH2's is empty.
[[nodiscard]] QByteArray errorChallengeAnswer(bool oauthBearer);

// The server's error challenge (base64 of a JSON object, RFC 7628 3.2.2, Google's and Microsoft's XOAUTH2
// alike), decoded and compact; empty when it is not one.
[[nodiscard]] QString errorFromChallenge(const QByteArray &base64Challenge);

} // namespace OAuth2Sasl
