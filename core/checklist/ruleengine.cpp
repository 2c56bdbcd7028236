#include "checklist/ruleengine.h"

#include "checklist/checklist.h"

#include <algorithm>

namespace spinesignal {

CheckResult RuleEngine::evaluate(const AnswerSet& answers) const {
    CheckResult result;
    Tier top = Tier::Incomplete;
    for (const Rule& rule : m_checklist.rules()) {
        if (rule.when.evaluate(answers)) {
            result.fired.append(&rule);
            top = std::max(top, rule.tier);
        }
    }
    std::stable_sort(result.fired.begin(), result.fired.end(),
                     [](const Rule* a, const Rule* b) { return a->tier > b->tier; });
    for (const Question& q : m_checklist.questions()) {
        if (q.redFlag && answers.yesNo(q.id) == true) {
            result.redFlags.insert(*q.redFlag);
        }
        if (q.redFlag && !answers.has(q.id)) {
            result.unansweredRedFlags.append(q.id);
        }
        if (!answers.has(q.id) && q.required.evaluate(answers)) {
            result.missing.append(q.id);
        }
    }
    for (const ConsistencyCheck& c : m_checklist.checks()) {
        if (c.when.evaluate(answers)) {
            result.contradictions.append(&c);
        }
    }
    // The reassuring tier is only given on complete, consistent answers.
    if (top <= Tier::SelfCare && (!result.missing.isEmpty() || !result.contradictions.isEmpty())) {
        top = Tier::Incomplete;
        result.fired.clear();
    }
    result.tier = top;
    for (const Rule* r : result.fired) {
        for (const QString& d : r->departments) {
            if (!result.departments.contains(d)) {
                result.departments.append(d);
            }
        }
        for (const QString& l : r->links) {
            if (!result.links.contains(l)) {
                result.links.append(l);
            }
        }
    }
    return result;
}

AnswerSet RuleEngine::visibleOnly(const AnswerSet& answers) const {
    AnswerSet out = answers;
    for (const Question& q : m_checklist.questions()) {
        if (!q.showIf.evaluate(answers)) {
            out.clear(q.id);
        }
    }
    return out;
}

}  // namespace spinesignal
