#pragma once

#include "diagnose/Diagnosis.h"

#include <QList>

// The findings a diagnosis collects, in the order the rules add them, each id once; sorted by severity
// at the end.
class FindingList
{
public:
    // Adds the finding with the registry's severity, or returns the one already there.
    Finding &add(FindingCode code, const QString &title, const QString &detail);
    // The same with a severity the rule decided; an existing finding keeps the graver of the two.
    Finding &add(FindingCode code, FindingSeverity severity, const QString &title, const QString &detail);
    [[nodiscard]] bool has(FindingCode code) const;
    [[nodiscard]] bool hasCause() const;
    [[nodiscard]] QList<Finding> sorted() const; // settings-ok, causes, warnings, info; stable

private:
    QList<Finding> m_items;
};
