#pragma once

#include <QString>

// What the real-server harness (tests/harness/harness.sh) tells the integration tests through the
// environment: addresses, the test CA and the test account. Tests run inside its network namespace.
struct HarnessEnv
{
    QString caFile;
    QString otherCaFile;
    QString user;
    QString postfixUser;
    QString password;
    QString eximHost;
    QString postfixHost;
    QString blockedHost;
    QString httpHost;

    // Reads the environment; returns false and fills *missing when the harness did not start the test.
    [[nodiscard]] static bool load(HarnessEnv *env, QString *missing);
};

// Fails the current test (a harness test must not skip) when the harness environment is absent.
#define MAILFIX_REQUIRE_HARNESS(env)                                                                         \
    do {                                                                                                     \
        QString missing_;                                                                                    \
        if (!HarnessEnv::load(&(env), &missing_))                                                            \
            QFAIL(qPrintable(                                                                                \
                QStringLiteral("not running under the test harness (%1 unset); run it with ctest "           \
                               "so that the harness.start fixture runs first")                               \
                    .arg(missing_)));                                                                        \
    } while (false)
