#pragma once

#include "checklist/answerset.h"
#include "checklist/checkresult.h"

namespace spinesignal {

class Checklist;

/// Runs every rule of the checklist over a set of answers.
///
/// - Every rule whose condition holds fires; the highest tier wins; the result lists them all.
/// - A red flag answered yes is urgent at once, whatever else is (not) answered.
/// - A see-a-doctor result stands on partial answers (sending someone to a doctor on what they did
///   say is safe); unanswered red-flag questions are listed with it.
/// - The reassuring self-care result needs every required question answered (all red flags, the
///   symptom ratings, and the pattern when there are symptoms) and no contradictions; otherwise the
///   result is Incomplete, naming what to answer or check — never a confident result.
class RuleEngine {
public:
    explicit RuleEngine(const Checklist& checklist) : m_checklist(checklist) {}

    CheckResult evaluate(const AnswerSet& answers) const;
    /// The answers with those to questions not asked (their showIf is false) removed: what the
    /// page evaluates after someone changed an earlier answer.
    AnswerSet visibleOnly(const AnswerSet& answers) const;

private:
    const Checklist& m_checklist;
};

}  // namespace spinesignal
