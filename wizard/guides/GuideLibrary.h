#pragma once

#include "guides/Guide.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The guides MailFix knows: the bundled ones (":/guides/*.json") and any from a folder given at run
// time (an MSP's or translator's own), which replace a bundled guide of the same program and version.
class GuideLibrary
{
    Q_DECLARE_TR_FUNCTIONS(GuideLibrary)

public:
    // The bundled guides; errors (there should be none: a unit test checks) go to errors().
    void loadBundled();
    // Every *.json in the folder. Returns how many were loaded; each broken file adds an error.
    int loadFolder(const QString &path);
    // One guide from JSON text; false (and an error) when it is broken.
    bool add(const QByteArray &json, const QString &sourceName);

    // The guides for a program ("outlook", ...), highest `sort` first (the newest); only the ones of this
    // purpose (the fix guides: the version list).
    [[nodiscard]] QList<const Guide *> guidesFor(const QString &program,
                                                 Guide::Purpose purpose = Guide::Purpose::Fix) const;
    [[nodiscard]] const Guide *find(const QString &program, const QString &version) const;
    [[nodiscard]] const QList<Guide> &guides() const { return m_guides; }
    [[nodiscard]] const QStringList &errors() const { return m_errors; }

    // The names of the bundled guide files (":/guides/....json").
    [[nodiscard]] static QStringList bundledFiles();

private:
    QList<Guide> m_guides;
    QStringList m_errors;
};
