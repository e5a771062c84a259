#include "config/DeploymentConfig.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {
constexpr const char *kOrganization = "MailFix";
constexpr const char *kApplication = "MailFix";
constexpr const char *kFileBesideExecutable = "mailfix.conf";
constexpr int kMaxTextLength = 100;
constexpr int kMaxPhoneLength = 40;

enum class Kind {
    Text,         // one line of text
    Phone,        // a telephone number
    ImageFile,    // an existing image file
    Folder,       // an existing folder
    ReportFolder, // a folder that may not exist yet (it is created when a report is saved)
    Program,      // a mail program's id (MailClients::programs())
    Allow,        // true/false; unreadable counts as false
    Flag,         // true/false; unreadable is ignored
    HttpsUrl,     // an https:// URL (an identity provider's endpoint)
};

// One key: how to read it, and how to get and set it in a DeploymentConfig (for merging).
struct Field
{
    const char *key;
    Kind kind;
    QVariant (*get)(const DeploymentConfig &);
    void (*set)(DeploymentConfig &, const QVariant &);
};

const Field kFields[] = {
    {"branding/productName", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.branding.productName); },
     [](DeploymentConfig &c, const QVariant &v) { c.branding.productName = v.toString(); }},
    {"branding/logo", Kind::ImageFile,
     [](const DeploymentConfig &c) { return QVariant(c.branding.logoPath); },
     [](DeploymentConfig &c, const QVariant &v) { c.branding.logoPath = v.toString(); }},
    {"branding/supportContact", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.branding.supportContact); },
     [](DeploymentConfig &c, const QVariant &v) { c.branding.supportContact = v.toString(); }},
    {"branding/supportPhone", Kind::Phone,
     [](const DeploymentConfig &c) { return QVariant(c.branding.supportPhone); },
     [](DeploymentConfig &c, const QVariant &v) { c.branding.supportPhone = v.toString(); }},
    {"providers/overridesDir", Kind::Folder,
     [](const DeploymentConfig &c) { return QVariant(c.overridesDir); },
     [](DeploymentConfig &c, const QVariant &v) { c.overridesDir = v.toString(); }},
    {"providers/allowOnlineIspdb", Kind::Allow,
     [](const DeploymentConfig &c) { return QVariant(c.allowOnlineIspdb); },
     [](DeploymentConfig &c, const QVariant &v) { c.allowOnlineIspdb = v.toBool(); }},
    {"wizard/defaultProgram", Kind::Program,
     [](const DeploymentConfig &c) {
         return c.defaultProgram ? QVariant(int(*c.defaultProgram)) : QVariant();
     },
     [](DeploymentConfig &c, const QVariant &v) {
         c.defaultProgram = v.isValid() ? std::optional(MailClients::Program(v.toInt())) : std::nullopt;
     }},
    {"checks/allowSendTest", Kind::Allow, [](const DeploymentConfig &c) { return QVariant(c.allowSendTest); },
     [](DeploymentConfig &c, const QVariant &v) { c.allowSendTest = v.toBool(); }},
    {"checks/allowPlaintextAuth", Kind::Allow,
     [](const DeploymentConfig &c) { return QVariant(c.allowPlaintextAuth); },
     [](DeploymentConfig &c, const QVariant &v) { c.allowPlaintextAuth = v.toBool(); }},
    {"checks/allowCertificateOverride", Kind::Allow,
     [](const DeploymentConfig &c) { return QVariant(c.allowCertificateOverride); },
     [](DeploymentConfig &c, const QVariant &v) { c.allowCertificateOverride = v.toBool(); }},
    {"reports/folder", Kind::ReportFolder, [](const DeploymentConfig &c) { return QVariant(c.reportsDir); },
     [](DeploymentConfig &c, const QVariant &v) { c.reportsDir = v.toString(); }},
    {"reports/autoSave", Kind::Flag, [](const DeploymentConfig &c) { return QVariant(c.autoSaveReports); },
     [](DeploymentConfig &c, const QVariant &v) { c.autoSaveReports = v.toBool(); }},
    {"oauth2/microsoftClientId", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.microsoftClientId); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.microsoftClientId = v.toString(); }},
    {"oauth2/microsoftTenant", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.microsoftTenant); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.microsoftTenant = v.toString(); }},
    {"oauth2/googleClientId", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.googleClientId); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.googleClientId = v.toString(); }},
    {"oauth2/customIssuer", Kind::HttpsUrl,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.customIssuer); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.customIssuer = v.toString(); }},
    {"oauth2/customAuthorizeUrl", Kind::HttpsUrl,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.customAuthorizeUrl); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.customAuthorizeUrl = v.toString(); }},
    {"oauth2/customTokenUrl", Kind::HttpsUrl,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.customTokenUrl); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.customTokenUrl = v.toString(); }},
    {"oauth2/customClientId", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.customClientId); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.customClientId = v.toString(); }},
    {"oauth2/customScopes", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.customScopes); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.customScopes = v.toString(); }},
    {"oauth2/customSmtpScope", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.customSmtpScope); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.customSmtpScope = v.toString(); }},
    {"oauth2/customDomains", Kind::Text,
     [](const DeploymentConfig &c) { return QVariant(c.oauth2.customDomains); },
     [](DeploymentConfig &c, const QVariant &v) { c.oauth2.customDomains = v.toString(); }},
};

const Field *fieldFor(const QString &key)
{
    for (const Field &field : kFields) {
        if (key.compare(QLatin1String(field.key), Qt::CaseInsensitive) == 0) // the registry ignores case
            return &field;
    }
    return nullptr;
}

// A settings value as text. QSettings splits an unquoted INI value at commas ("Contoso, Inc.").
QString rawText(const QVariant &value)
{
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1String(", "));
    return value.toString();
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// "~", ${VAR} and %VAR% in a path; false with *problem when a variable is not set.
bool expandPath(QString *path, QString *problem)
{
    if (*path == QLatin1String("~") || path->startsWith(QLatin1String("~/")))
        path->replace(0, 1, QDir::homePath());
    static const QRegularExpression variable(
        QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}|%([A-Za-z_][A-Za-z0-9_()]*)%"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = variable.globalMatch(*path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
            *problem = DeploymentConfig::tr("the environment variable %1 is not set").arg(name);
            return false;
        }
        result += path->mid(last, match.capturedStart() - last) +
                  qEnvironmentVariable(name.toLocal8Bit().constData());
        last = match.capturedEnd();
    }
    *path = QDir::cleanPath(result + path->mid(last));
    return true;
}

// A path from the settings: expanded, and absolute (relative to baseDir).
bool resolvePath(QString *path, const QString &baseDir, QString *problem)
{
    if (!expandPath(path, problem))
        return false;
    if (QDir::isRelativePath(*path)) {
        if (baseDir.isEmpty()) {
            *problem = DeploymentConfig::tr("give an absolute path here");
            return false;
        }
        *path = QDir::cleanPath(QDir(baseDir).absoluteFilePath(*path));
    }
    return true;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
        t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
        t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// Reads one value. Returns the value to use, or an invalid QVariant to ignore the key; *problem says
// what was wrong (it may be set together with a value: an unreadable allow* value is false).
QVariant parseValue(const Field &field, const QVariant &raw, const QString &baseDir, QString *problem)
{
    const QString text = rawText(raw).trimmed();
    switch (field.kind) {
    case Kind::Text:
        if (hasControlCharacters(text)) {
            *problem = DeploymentConfig::tr("line breaks and control characters are not allowed");
            return {};
        }
        if (text.size() > kMaxTextLength) {
            *problem = DeploymentConfig::tr("longer than %1 characters").arg(kMaxTextLength);
            return {};
        }
        return text;
    case Kind::HttpsUrl: {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            *problem = DeploymentConfig::tr("not an https:// address");
            return {};
        }
        return text;
    }
    case Kind::Phone: {
        static const QRegularExpression phone(QStringLiteral("^[0-9A-Za-z +()./#*-]+$"));
        const qsizetype digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
        if (!phone.match(text).hasMatch() || digits < 3 || text.size() > kMaxPhoneLength) {
            *problem = DeploymentConfig::tr("not a telephone number (digits, spaces and + ( ) . / - only, at "
                                            "most %1 characters)")
                           .arg(kMaxPhoneLength);
            return {};
        }
        return text;
    }
    case Kind::ImageFile: {
        QString path = text;
        if (!resolvePath(&path, baseDir, problem))
            return {};
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            *problem =
                DeploymentConfig::tr("there is no readable file %1").arg(QDir::toNativeSeparators(path));
            return {};
        }
        static const QStringList images{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                        QStringLiteral("svg"), QStringLiteral("bmp"), QStringLiteral("gif")};
        if (!images.contains(info.suffix().toLower())) {
            *problem = DeploymentConfig::tr("not an image MailFix can show (PNG, JPEG, SVG, BMP or GIF)");
            return {};
        }
        return path;
    }
    case Kind::Folder:
    case Kind::ReportFolder: {
        QString path = text;
        if (!resolvePath(&path, baseDir, problem))
            return {};
        const QFileInfo info(path);
        if (field.kind == Kind::Folder ? !info.isDir() : info.exists() && !info.isDir()) {
            *problem = DeploymentConfig::tr("there is no folder %1").arg(QDir::toNativeSeparators(path));
            return {};
        }
        return path;
    }
    case Kind::Program:
        if (const std::optional<MailClients::Program> program = MailClients::parseProgram(text))
            return int(*program);
        *problem = DeploymentConfig::tr("use %1").arg(MailClients::programIdList());
        return {};
    case Kind::Allow:
    case Kind::Flag:
        if (const std::optional<bool> value = parseBool(text))
            return *value;
        if (field.kind == Kind::Allow) {
            *problem = DeploymentConfig::tr("not true or false; counted as false, so this is not allowed");
            return false;
        }
        *problem = DeploymentConfig::tr("not true or false; ignored");
        return {};
    }
    return {};
}
} // namespace

bool DeploymentConfig::Branding::isCustom() const
{
    return productName != QLatin1String(kApplication) || !logoPath.isEmpty() || !supportContact.isEmpty() ||
           !supportPhone.isEmpty();
}

QString DeploymentConfig::Branding::supportLine() const
{
    if (!supportContact.isEmpty() && !supportPhone.isEmpty())
        return tr("Need help? Call %1 at %2.").arg(supportContact, supportPhone);
    if (!supportPhone.isEmpty())
        return tr("Need help? Call %1.").arg(supportPhone);
    if (!supportContact.isEmpty())
        return tr("Need help? Contact %1.").arg(supportContact);
    return {};
}

QJsonObject DeploymentConfig::Branding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("productName"), productName},
        {QStringLiteral("logo"), logoPath},
        {QStringLiteral("supportContact"), supportContact},
        {QStringLiteral("supportPhone"), supportPhone},
    };
}

QStringList DeploymentConfig::knownKeys()
{
    QStringList keys;
    for (const Field &field : kFields)
        keys << QLatin1String(field.key);
    return keys;
}

DeploymentConfig DeploymentConfig::fromSettings(QSettings &settings)
{
    DeploymentConfig config;
    QString location = QDir::toNativeSeparators(settings.fileName());
    if (location.startsWith(QLatin1String("\\HKEY_"))) // Qt names a registry key "\HKEY_LOCAL_MACHINE\..."
        location.remove(0, 1);
    const QFileInfo file(settings.fileName());
    const QString baseDir = file.isFile() ? file.absolutePath() : QString();
    if (settings.status() != QSettings::NoError) {
        config.warnings << (settings.status() == QSettings::FormatError
                                ? tr("%1: not a valid settings file; it is ignored").arg(location)
                                : tr("%1: cannot be read; it is ignored").arg(location));
        return config;
    }
    const QStringList keys = settings.allKeys();
    if (!keys.isEmpty())
        config.sources << location;
    for (const QString &key : keys) {
        const Field *field = fieldFor(key);
        if (!field) {
            config.warnings << tr("%1: unknown setting \"%2\", ignored (the README lists the settings)")
                                   .arg(location, key);
            continue;
        }
        const QVariant raw = settings.value(key);
        if (rawText(raw).trimmed().isEmpty())
            continue; // "key=" leaves the key to the next location
        QString problem;
        const QVariant value = parseValue(*field, raw, baseDir, &problem);
        if (!problem.isEmpty())
            config.warnings << tr("%1: %2 = \"%3\": %4").arg(location, key, rawText(raw), problem);
        if (!value.isValid())
            continue;
        field->set(config, value);
        config.origins.insert(QLatin1String(field->key), location);
    }
    return config;
}

QString DeploymentConfig::systemPolicyMarker()
{
    return QStringLiteral("<system policy>");
}

QString DeploymentConfig::systemIniMarker()
{
    return QStringLiteral("<system ini>");
}

QStringList DeploymentConfig::defaultCandidates()
{
    return {QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(kFileBesideExecutable)),
            systemPolicyMarker(), systemIniMarker()};
}

DeploymentConfig DeploymentConfig::load(const QStringList &candidates, const QString &explicitFile)
{
    QList<DeploymentConfig> layers; // highest precedence first
    QStringList warnings;
    QStringList read; // file names already read (on Linux both system markers name the same file)
    const auto readFile = [&](const QString &path, bool mustExist) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (mustExist)
                warnings << tr("The settings file %1 does not exist.").arg(QDir::toNativeSeparators(path));
            return;
        }
        if (!info.isFile() || !info.isReadable()) {
            warnings << tr("%1: cannot be read; it is ignored").arg(QDir::toNativeSeparators(path));
            return;
        }
        if (read.contains(info.absoluteFilePath()))
            return;
        read << info.absoluteFilePath();
        QSettings settings(info.absoluteFilePath(), QSettings::IniFormat);
        layers << fromSettings(settings);
    };
    for (const QString &candidate : candidates) {
        if (candidate == systemPolicyMarker() || candidate == systemIniMarker()) {
            QSettings settings(
                candidate == systemPolicyMarker() ? QSettings::NativeFormat : QSettings::IniFormat,
                QSettings::SystemScope, QLatin1String(kOrganization), QLatin1String(kApplication));
            settings.setFallbacksEnabled(false);
            const QFileInfo info(settings.fileName());
            bool iniFile = info.isFile(); // Linux: both markers; macOS and Windows: the INI marker
#ifdef Q_OS_MACOS
            if (candidate == systemPolicyMarker())
                iniFile = false; // /Library/Preferences/com.mailfix.MailFix.plist: a property list (not run)
#endif
            if (info.exists() || !settings.allKeys().isEmpty()) {
                if (iniFile)
                    readFile(settings.fileName(), false);
                else if (!read.contains(settings.fileName())) {
                    read << settings.fileName(); // the registry, or macOS's property list
                    layers << fromSettings(settings);
                }
            }
            continue;
        }
        readFile(candidate, false);
    }
    if (!explicitFile.isEmpty())
        readFile(explicitFile, true);

    DeploymentConfig merged;
    for (const DeploymentConfig &layer : std::as_const(layers)) {
        merged.sources += layer.sources;
        merged.warnings += layer.warnings;
    }
    merged.warnings = warnings + merged.warnings;
    for (const Field &field : kFields) {
        const QString key = QLatin1String(field.key);
        for (const DeploymentConfig &layer : std::as_const(layers)) {
            if (!layer.origins.contains(key))
                continue;
            field.set(merged, field.get(layer));
            merged.origins.insert(key, layer.origins.value(key));
            break;
        }
    }
    return merged;
}

DeploymentConfig DeploymentConfig::load()
{
    return load(defaultCandidates(), qEnvironmentVariable("MAILFIX_CONFIG"));
}

QString DeploymentConfig::describe(const QString &key) const
{
    const Field *field = fieldFor(key);
    if (!field)
        return key;
    const QVariant value = field->get(*this);
    const QString text = value.userType() == QMetaType::Bool
                             ? QLatin1String(value.toBool() ? "true" : "false")
                             : value.toString();
    const QString name = key.section(QLatin1Char('/'), 1);
    if (!origins.contains(key))
        return QStringLiteral("%1=%2").arg(name, text);
    return tr("%1=%2 in %3").arg(name, text, origins.value(key));
}

QString DeploymentConfig::reportFileName(const QString &address, const QDateTime &when)
{
    QString name = QStringLiteral("mailfix-report-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString safe;
    for (const QChar c : address.left(64)) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('@') ||
                        c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
        safe += ok ? c : QLatin1Char('_');
    }
    if (!safe.isEmpty())
        name += QLatin1Char('-') + safe;
    return name + QStringLiteral(".json");
}

bool DeploymentConfig::saveReport(const QString &address, const QByteArray &json, const QDateTime &when,
                                  QString *path, QString *error) const
{
    if (reportsDir.isEmpty()) {
        *error = tr("no folder for reports is set (reports/folder)");
        return false;
    }
    const QDir dir(reportsDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(reportsDir));
        return false;
    }
    const QString name = reportFileName(address, when);
    QString target = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(target) && n < 1000; ++n)
        target = dir.filePath(name.chopped(5) + QStringLiteral("-%1.json").arg(n));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
        return false;
    }
    *path = target;
    return true;
}
