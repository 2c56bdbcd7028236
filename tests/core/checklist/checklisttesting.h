#pragma once

// Helpers for the checklist tests: the embedded checklist and short ways to write answer sets.

#include "checklist/answerset.h"
#include "checklist/checklist.h"
#include "checklist/ruleengine.h"

#include <gtest/gtest.h>

#include <utility>

namespace spinesignal::testing {

inline const Checklist& checklist() {
    return Checklist::embedded();
}

inline AnswerSet answersOf(std::initializer_list<std::pair<const char*, Answer>> items) {
    AnswerSet a;
    for (const auto& [id, value] : items) {
        a.set(QString::fromLatin1(id), value);
    }
    return a;
}

/// Every red-flag question answered "no".
inline AnswerSet noRedFlags(AnswerSet a = {}) {
    for (const Question& q : checklist().questions()) {
        if (q.redFlag) {
            a.set(q.id, false);
        }
    }
    return a;
}

/// A complete set with no symptoms at all and no red flags: the neutral starting point.
inline AnswerSet allClear() {
    AnswerSet a = noRedFlags();
    for (const char* id : {"soreness", "numbness", "radiating_pain", "weakness", "back_pain"}) {
        a.set(QString::fromLatin1(id), 0);
    }
    a.set(QStringLiteral("tingling"), false);
    return a;
}

/// Mild (2/10), occasional, clearly fatigue-related calf soreness that goes with rest; nothing
/// else.
inline AnswerSet mildFatigueSoreness() {
    AnswerSet a = allClear();
    a.set(QStringLiteral("soreness"), 2);
    a.set(QStringLiteral("side"), QStringLiteral("both"));
    a.set(QStringLiteral("worse_fatigue"), true);
    a.set(QStringLiteral("worse_sitting"), false);
    a.set(QStringLiteral("worse_weather"), false);
    a.set(QStringLiteral("frequency"), QStringLiteral("occasional"));
    a.set(QStringLiteral("eases_with_rest"), true);
    a.set(QStringLiteral("recurring_2w"), false);
    a.set(QStringLiteral("pregnant"), false);
    a.set(QStringLiteral("diabetes"), false);
    a.set(QStringLiteral("age_50_plus"), false);
    return a;
}

inline CheckResult evaluate(const AnswerSet& a) {
    return RuleEngine(checklist()).evaluate(a);
}

}  // namespace spinesignal::testing
