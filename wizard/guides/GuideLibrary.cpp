#include "guides/GuideLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

// Outside any namespace, as Q_INIT_RESOURCE requires: the resources live in a static library, whose
// resource object would otherwise not be linked in.
static void initGuideResources()
{
    Q_INIT_RESOURCE(guides);
}

namespace {
constexpr qint64 kMaxGuideBytes = 4 * 1024 * 1024;
} // namespace

QStringList GuideLibrary::bundledFiles()
{
    initGuideResources();
    QStringList out;
    const QDir dir(QStringLiteral(":/guides"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

bool GuideLibrary::add(const QByteArray &json, const QString &sourceName)
{
    QString error;
    std::optional<Guide> guide = Guide::parse(json, sourceName, &error);
    if (!guide) {
        m_errors << error;
        return false;
    }
    // A later guide of the same program and version replaces the earlier one.
    const auto same = std::find_if(m_guides.begin(), m_guides.end(),
                                   [&guide](const Guide &g) { return g.key() == guide->key(); });
    if (same != m_guides.end())
        *same = std::move(*guide);
    else
        m_guides << std::move(*guide);
    return true;
}

void GuideLibrary::loadBundled()
{
    for (const QString &path : bundledFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors << tr("%1: could not be read: %2").arg(path, file.errorString());
            continue;
        }
        add(file.readAll(), QFileInfo(path).fileName());
    }
}

int GuideLibrary::loadFolder(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists()) {
        m_errors << tr("%1: the guide folder does not exist").arg(QDir::toNativeSeparators(path));
        return 0;
    }
    int loaded = 0;
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (info.size() > kMaxGuideBytes) {
            m_errors << tr("%1: too large for a guide (more than 4 MB)")
                            .arg(QDir::toNativeSeparators(info.filePath()));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors << tr("%1: could not be read: %2")
                            .arg(QDir::toNativeSeparators(info.filePath()), file.errorString());
            continue;
        }
        if (add(file.readAll(), QDir::toNativeSeparators(info.filePath())))
            ++loaded;
    }
    return loaded;
}

QList<const Guide *> GuideLibrary::guidesFor(const QString &program, Guide::Purpose purpose) const
{
    QList<const Guide *> out;
    for (const Guide &g : m_guides) {
        if (g.program == program && g.purpose == purpose)
            out << &g;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Guide *a, const Guide *b) { return a->sort > b->sort; });
    return out;
}

const Guide *GuideLibrary::find(const QString &program, const QString &version) const
{
    for (const Guide &g : m_guides) {
        if (g.program == program && g.version == version)
            return &g;
    }
    return nullptr;
}
