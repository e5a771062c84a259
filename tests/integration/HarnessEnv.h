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
    // POP before SMTP (popfirst.test, see tests/harness/exim-popfirst.conf.in): the server's address and
    // name, its account, the sign-in record Dovecot writes and Exim reads ("ADDRESS: EPOCH" lines; edit it
    // with PopBeforeSmtpRecord), and how many minutes a sign-in opens relay.
    QString popfirstHost;
    QString popfirstName;
    QString popfirstUser;
    QString popfirstRecord;
    int popfirstMinutes = 0;

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
