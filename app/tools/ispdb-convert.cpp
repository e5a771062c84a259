// mailfix-ispdb-convert ISPDB_DIR OUT_JSON: turns the ISPDB's clientConfig files into MailFix's provider
// JSON (resources/providers/ispdb.json). Used by the update-providers target; not installed.
#include "detect/ProviderDatabase.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: mailfix-ispdb-convert ISPDB_DIR OUT_JSON\n";
        return 2;
    }

    const ProviderDataConverter::Result result = ProviderDataConverter::convertFolder(arguments.at(1));
    for (const QString &problem : result.problems)
        err << "problem: " << problem << '\n';
    err.flush();
    if (result.json.isEmpty() || result.providerCount == 0) {
        err << "nothing converted from " << arguments.at(1) << '\n';
        return 1;
    }

    QSaveFile file(arguments.at(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(result.json) != result.json.size() || !file.commit()) {
        err << "cannot write " << arguments.at(2) << ": " << file.errorString() << '\n';
        return 1;
    }
    out << result.providerCount << " providers, " << result.domainCount << " domains, "
        << result.problems.size() << " problems: wrote " << arguments.at(2) << '\n';
    return 0;
}
