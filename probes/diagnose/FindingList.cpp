#include "diagnose/FindingList.h"

#include <algorithm>

Finding &FindingList::add(FindingCode code, const QString &title, const QString &detail)
{
    return add(code, Findings::info(code).severity, title, detail);
}

Finding &FindingList::add(FindingCode code, FindingSeverity severity, const QString &title,
                          const QString &detail)
{
    for (Finding &f : m_items) {
        if (f.code == code) {
            if (int(severity) < int(f.severity))
                f.severity = severity;
            return f;
        }
    }
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    m_items.append(f);
    return m_items.last();
}

bool FindingList::has(FindingCode code) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [code](const Finding &f) { return f.code == code; });
}

bool FindingList::hasCause() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const Finding &f) { return f.severity == FindingSeverity::Cause; });
}

QList<Finding> FindingList::sorted() const
{
    QList<Finding> out = m_items;
    // Causes first, then warnings, then the rest; but "your settings work" (only ever found when nothing is a
    // cause) is the headline, before any warning or remark; and among the causes, a password the server
    // refused when MailFix signed in comes first: whatever else is wrong, that password will not work.
    const auto rank = [](const Finding &f) {
        if (f.code == FindingCode::SettingsOk)
            return -1;
        return 2 * int(f.severity) + (f.code == FindingCode::AuthFailed ? 0 : 1);
    };
    std::stable_sort(out.begin(), out.end(),
                     [&rank](const Finding &a, const Finding &b) { return rank(a) < rank(b); });
    return out;
}
