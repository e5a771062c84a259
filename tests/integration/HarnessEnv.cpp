#include "HarnessEnv.h"

#include <QProcessEnvironment>

bool HarnessEnv::load(HarnessEnv *env, QString *missing)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    struct Field
    {
        const char *name;
        QString *target;
    };
    const Field fields[] = {
        {"MAILFIX_TEST_CA", &env->caFile},
        {"MAILFIX_TEST_OTHER_CA", &env->otherCaFile},
        {"MAILFIX_TEST_USER", &env->user},
        {"MAILFIX_TEST_POSTFIX_USER", &env->postfixUser},
        {"MAILFIX_TEST_PASSWORD", &env->password},
        {"MAILFIX_TEST_EXIM_HOST", &env->eximHost},
        {"MAILFIX_TEST_POSTFIX_HOST", &env->postfixHost},
        {"MAILFIX_TEST_BLOCKED_HOST", &env->blockedHost},
        {"MAILFIX_TEST_HTTP_HOST", &env->httpHost},
        {"MAILFIX_TEST_POPFIRST_HOST", &env->popfirstHost},
        {"MAILFIX_TEST_POPFIRST_NAME", &env->popfirstName},
        {"MAILFIX_TEST_POPFIRST_USER", &env->popfirstUser},
        {"MAILFIX_TEST_POPFIRST_RECORD", &env->popfirstRecord},
    };
    for (const Field &field : fields) {
        const QString name = QLatin1String(field.name);
        *field.target = system.value(name);
        if (field.target->isEmpty()) {
            *missing = name;
            return false;
        }
    }
    bool minutesOk = false;
    env->popfirstMinutes = system.value(QStringLiteral("MAILFIX_TEST_POPFIRST_MINUTES")).toInt(&minutesOk);
    if (!minutesOk || env->popfirstMinutes <= 0) {
        *missing = QStringLiteral("MAILFIX_TEST_POPFIRST_MINUTES");
        return false;
    }
    return true;
}
