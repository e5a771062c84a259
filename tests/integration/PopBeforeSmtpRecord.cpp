#include "PopBeforeSmtpRecord.h"

#include <QFile>
#include <QSaveFile>
#include <QStringList>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

// Holds the record's lock (RECORD.lock, flock) for as long as it lives.
class RecordLock
{
public:
    explicit RecordLock(const QString &recordFile)
        : m_fd(::open(QFile::encodeName(recordFile + QStringLiteral(".lock")).constData(),
                      O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644))
    {
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~RecordLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    RecordLock(const RecordLock &) = delete;
    RecordLock &operator=(const RecordLock &) = delete;
    [[nodiscard]] bool locked() const { return m_fd >= 0; }

private:
    int m_fd;
};

QStringList readLines(const QString &recordFile)
{
    QFile file(recordFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString keyOf(const QString &line)
{
    const QString first = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    return first.endsWith(QLatin1Char(':')) ? first.chopped(1) : first;
}

// Rewrites the record without the address's line, plus `extra` when it is not empty.
bool rewrite(const QString &recordFile, const QString &address, const QString &extra)
{
    const RecordLock lock(recordFile);
    if (!lock.locked())
        return false;
    QStringList lines;
    for (const QString &line : readLines(recordFile)) {
        if (keyOf(line) != address)
            lines << line;
    }
    if (!extra.isEmpty())
        lines << extra;
    QSaveFile file(recordFile); // a temporary file renamed over the record: Exim never sees half of it
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + (lines.isEmpty() ? "" : "\n"));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    return file.commit();
}

} // namespace

QHash<QString, qint64> PopBeforeSmtpRecord::read(const QString &recordFile)
{
    QHash<QString, qint64> times;
    for (const QString &line : readLines(recordFile))
        times.insert(keyOf(line),
                     line.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty).toLongLong());
    return times;
}

bool PopBeforeSmtpRecord::forget(const QString &recordFile, const QString &address)
{
    return rewrite(recordFile, address, QString());
}

bool PopBeforeSmtpRecord::set(const QString &recordFile, const QString &address, qint64 epochSeconds)
{
    return rewrite(recordFile, address, address + QStringLiteral(": ") + QString::number(epochSeconds));
}
