#pragma once

#include "analysis/daysummary.h"

#include <QList>

namespace spinesignal {

/// A symptom on days with at least N of a habit against the other days with entries.
/// An observation about the person's own log, never evidence that the habit caused anything.
struct HabitComparison {
    enum class Habit { SitBreaks, ExerciseSets };
    Habit habit = Habit::SitBreaks;
    int threshold = 1;
    Symptom symptom = Symptom::Soreness;
    int daysWith = 0;     ///< days with the symptom rated and ≥ threshold of the habit
    int daysWithout = 0;  ///< days with the symptom rated and fewer (or none recorded)
    double meanWith = 0;  ///< mean of those days' daily means
    double meanWithout = 0;
    bool enough = false;  ///< both sides have at least the minimum number of days
};

class HabitComparer {
public:
    static constexpr int kMinDaysEachSide = 7;
    /// Sit breaks: the article's rule (stand up every 40 minutes) gives about a dozen in a working
    /// day; six is "clearly took breaks". Exercise: any set at all.
    static constexpr int kDefaultSitBreaks = 6;
    static constexpr int kDefaultExerciseSets = 1;

    /// A day counts on the "without" side when it has entries but recorded fewer than `threshold`
    /// or none: a day with entries and no habit written down is a day the habit was not logged.
    static HabitComparison compare(const QList<DaySummary>& days, HabitComparison::Habit habit, int threshold,
                                   Symptom symptom, int minDaysEachSide = kMinDaysEachSide);
};

}  // namespace spinesignal
