#include "analysis/habitcomparison.h"

namespace spinesignal {

HabitComparison HabitComparer::compare(const QList<DaySummary>& days, HabitComparison::Habit habit, int threshold,
                                       Symptom symptom, int minDaysEachSide) {
    HabitComparison c;
    c.habit = habit;
    c.threshold = threshold;
    c.symptom = symptom;
    double sumWith = 0;
    double sumWithout = 0;
    for (const DaySummary& d : days) {
        const auto value = d.meanOf(symptom);
        if (!value) {
            continue;
        }
        const auto count = habit == HabitComparison::Habit::SitBreaks ? d.sitBreaks : d.exerciseSets;
        if (count.value_or(0) >= threshold) {
            ++c.daysWith;
            sumWith += *value;
        } else {
            ++c.daysWithout;
            sumWithout += *value;
        }
    }
    c.meanWith = c.daysWith > 0 ? sumWith / c.daysWith : 0;
    c.meanWithout = c.daysWithout > 0 ? sumWithout / c.daysWithout : 0;
    c.enough = c.daysWith >= minDaysEachSide && c.daysWithout >= minDaysEachSide;
    return c;
}

}  // namespace spinesignal
