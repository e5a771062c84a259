#pragma once

#include <QList>
#include <QString>

// The texts of the bundled guides, for lupdate (generated into GuideStrings.cpp by
// scripts/update-guide-strings.py). A unit test checks that it matches the guides.
namespace GuideStrings {
struct Entry
{
    QString context; // Guide::translationContext(), e.g. "Guide/thunderbird"
    QString text;
};
[[nodiscard]] QList<Entry> all();
} // namespace GuideStrings
