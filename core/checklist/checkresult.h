#pragma once

#include "checklist/rule.h"
#include "domain/enumset.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace spinesignal {

class Checklist;

/// What the rules made of one set of answers. Guidance, never a diagnosis.
struct CheckResult {
    Tier tier = Tier::Incomplete;
    /// Every rule that fired, highest tier first (data order within a tier).
    QList<const Rule*> fired;
    /// Suggested departments (ids), from the fired rules in the order above, without repeats.
    QStringList departments;
    /// Article section ids the fired rules link to, without repeats.
    QStringList links;
    /// Required questions still unanswered (why the result is Incomplete, or what to add).
    QStringList missing;
    /// Red-flag questions not answered yet (shown even with a see-a-doctor result).
    QStringList unansweredRedFlags;
    /// Answers that contradict each other.
    QList<const ConsistencyCheck*> contradictions;
    /// Red flags answered yes.
    EnumSet<RedFlag> redFlags;

    QStringList firedIds() const;
    bool hasFired(const QString& ruleId) const { return firedIds().contains(ruleId); }

    /// {"tier", "departments", "department_names", "rules":[{"id","tier","text"}], "fired",
    ///  "missing", "unanswered_red_flags", "contradictions":[{"id","text"}], "red_flags", "links"}
    /// with the sentences in `language`.
    QJsonObject toJson(const Checklist& checklist, const QString& language) const;
};

}  // namespace spinesignal
