#pragma once

#include "analysis/habitcomparison.h"
#include "analysis/reliefoutcome.h"
#include "analysis/trend.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace spinesignal {

/// Plain-language sentences about the analysis, in the current UI language with correct plurals.
/// They only say what the numbers say; a comparison is always worded as an observation.
class TrendText {
    Q_DECLARE_TR_FUNCTIONS(TrendText)
public:
    /// "Numbness has eased over the last 3 weeks: average 5.1 → 3.2". `latestDay` is the last day
    /// that can have data (today): a period ending there is "the last …", any other period is named
    /// by its dates.
    static QString trendSentence(Symptom symptom, const Trend& trend, QDate latestDay);
    /// "3 weeks", "1 day", "2 years": the length of a period of `days` calendar days in a natural
    /// unit.
    static QString periodLength(int days);
    static QString habitSentence(const HabitComparison& comparison);
    static QString reliefSentence(const ReliefOutcome& outcome);
    /// The reminder shown with every comparison.
    static QString observationNote();
    /// One decimal, e.g. "5.1".
    static QString number(double value);
};

}  // namespace spinesignal
