#pragma once

#include <QString>

// The user's sign-in, for any protocol. Kept in memory only; never written anywhere.
struct Credentials
{
    QString username;
    QString password;
    QString oauth2Token{}; // an OAuth2 access token (XOAUTH2, OAUTHBEARER), redacted like the password
    // No user name and password (a token alone does not count: probes without OAuth2 cannot use it).
    [[nodiscard]] bool isEmpty() const { return username.isEmpty() || password.isEmpty(); }
    [[nodiscard]] bool hasOAuth2Token() const { return !username.isEmpty() && !oauth2Token.isEmpty(); }
    // A password or a token: something that may go only to an allowed host.
    [[nodiscard]] bool hasSecret() const { return !password.isEmpty() || !oauth2Token.isEmpty(); }
};
