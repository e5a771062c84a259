#pragma once

#include <QString>

// The user's sign-in, for any protocol. Kept in memory only; never written anywhere.
struct Credentials
{
    QString username;
    QString password;
    [[nodiscard]] bool isEmpty() const { return username.isEmpty() || password.isEmpty(); }
};
