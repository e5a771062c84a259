#include "guides/GuideSelection.h"

#include "diagnose/Findings.h"

#include <QHash>

QStringList GuideSelection::needsForFinding(FindingCode code)
{
    QStringList needs;
    for (const QLatin1String &need : Findings::info(code).needs)
        needs << need;
    return needs;
}

namespace {
bool sameSettings(const MailSettings &a, const MailSettings &b)
{
    return a == b && (a.username.isEmpty() || b.username.isEmpty() ||
                      a.username.compare(b.username, Qt::CaseInsensitive) == 0);
}
} // namespace

GuideSelection::Result GuideSelection::select(const Diagnosis &d, const std::optional<MailSettings> &current,
                                              int accountCount)
{
    Result r;
    if (!d.recommended)
        return r;
    QStringList needs;
    bool anyCause = false;
    bool incoming = false;
    for (const Finding &f : d.findings) {
        // The incoming server is fixed whenever a finding says its settings are wrong (a warning: receiving
        // does not stop the mail going out).
        if (f.severity != Finding::Severity::Cause) {
            if (f.severity == Finding::Severity::Warning && d.incoming &&
                needsForFinding(f.code).contains(GuideNeed::Incoming))
                incoming = true;
            continue;
        }
        anyCause = true;
        const QStringList forThis = needsForFinding(f.code);
        needs << forThis;
        if (f.code == FindingCode::AppPasswordRequired)
            r.notes << tr(
                "Type an app password in the password box, not your usual password. You make one in "
                "your mail account's security settings on your provider's website.");
        else if (f.code == FindingCode::AuthFailed)
            r.notes << tr("The server did not accept the password you typed into MailFix. Check it, then "
                          "type it carefully into your program's password box.");
        else if (forThis.isEmpty() && !f.fix.isEmpty())
            r.notes << f.fix;
    }
    if (!anyCause) {
        if (d.find(FindingCode::SettingsOk) || (current && sameSettings(*current, d.recommended->settings)))
            r.nothingToChange = !incoming;
        else
            needs = GuideNeed::settings();
    }
    if (!d.incoming)
        needs.removeAll(GuideNeed::Incoming); // nothing to fill the incoming steps with
    else if (incoming)
        needs << GuideNeed::Incoming;
    if (r.nothingToChange)
        return r;
    const bool outgoing =
        std::any_of(needs.cbegin(), needs.cend(), [](const QString &n) { return n != GuideNeed::Incoming; });
    if (outgoing && accountCount > 1)
        needs << GuideNeed::AccountServer;
    // In a fixed order, once each.
    for (const QString &need : GuideNeed::all()) {
        if (needs.contains(need))
            r.needs << need;
    }
    r.notes.removeDuplicates();
    return r;
}

bool GuideSelection::stepSelected(const GuideStep &step, const QStringList &needs)
{
    if (needs.isEmpty())
        return false;
    if (step.needs.contains(GuideNeed::Always))
        return true;
    return std::any_of(step.needs.cbegin(), step.needs.cend(),
                       [&needs](const QString &n) { return needs.contains(n); });
}

bool GuideSelection::itemSelected(const GuideItem &item, const QStringList &needs, const GuideValues &values)
{
    if (!item.when.test(values))
        return false;
    if (std::any_of(item.unless.cbegin(), item.unless.cend(),
                    [&needs](const QString &n) { return needs.contains(n); }))
        return false;
    if (item.needs.isEmpty() || item.needs.contains(GuideNeed::Always))
        return true;
    return std::any_of(item.needs.cbegin(), item.needs.cend(),
                       [&needs](const QString &n) { return needs.contains(n); });
}

QList<GuideSelection::Step> GuideSelection::steps(const Guide &guide, const QStringList &needs,
                                                  const QStringList &accounts, const GuideValues &values)
{
    QList<Step> out;
    const QStringList names = accounts.isEmpty() ? QStringList{values.account} : accounts;
    auto add = [&](const GuideStep &s, const QString &account) {
        if (!stepSelected(s, needs) || !s.when.test(values))
            return;
        Step step;
        step.step = &s;
        step.account = account;
        for (const GuideItem &item : s.items) {
            if (itemSelected(item, needs, values))
                step.items << &item;
        }
        out << step;
    };
    const qsizetype n = guide.steps.size();
    for (qsizetype i = 0; i < n;) {
        if (!guide.steps.at(i).perAccount) {
            add(guide.steps.at(i), values.account);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && guide.steps.at(end).perAccount)
            ++end;
        for (const QString &account : names) {
            for (qsizetype k = i; k < end; ++k)
                add(guide.steps.at(k), account);
        }
        i = end;
    }
    return out;
}
