#pragma once

#include <QStringList>

// The texts of the bundled guides, for lupdate (generated into GuideStrings.cpp by
// scripts/update-guide-strings.py). A unit test checks that it matches the guides.
namespace GuideStrings {
[[nodiscard]] QStringList all();
} // namespace GuideStrings
