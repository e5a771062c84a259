#pragma once

#include "guides/Guide.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Which steps of a guide the user needs: each finding that is a cause asks for some kinds of change
// ("needs"), and only the steps serving those are shown, with the navigation steps ("always") that
// lead to them. With no cause, settings that differ from the current ones ask for every setting.
class GuideSelection
{
    Q_DECLARE_TR_FUNCTIONS(GuideSelection)

public:
    struct Result
    {
        QStringList needs;            // fix kinds, in GuideNeed::all() order; empty: no step
        QStringList notes;            // sentences to show beside the steps (app password, ...)
        bool nothingToChange = false; // the settings work or already match: say so, show no step
    };

    // What a finding's fix changes in the program (the registry's needs; empty: nothing in the settings).
    [[nodiscard]] static QStringList needsForFinding(FindingCode code);
    // The kinds of change a diagnosis asks for. accountCount > 1 adds "account-server" (the outgoing
    // server chosen for each account) whenever any setting changes.
    [[nodiscard]] static Result select(const Diagnosis &diagnosis, const std::optional<MailSettings> &current,
                                       int accountCount = 1);

    // One step to show, for one account, with the items that apply.
    struct Step
    {
        const GuideStep *step = nullptr;
        QString account; // the account it is for ({account}); never empty
        QList<const GuideItem *> items;
    };
    [[nodiscard]] static bool stepSelected(const GuideStep &step, const QStringList &needs);
    [[nodiscard]] static bool itemSelected(const GuideItem &item, const QStringList &needs,
                                           const GuideValues &values);
    // The steps of a guide for these needs. A run of consecutive perAccount steps is repeated, as a
    // block, for each account (accounts empty: the values' account).
    [[nodiscard]] static QList<Step> steps(const Guide &guide, const QStringList &needs,
                                           const QStringList &accounts, const GuideValues &values);
};
