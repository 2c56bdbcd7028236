#pragma once

#include "analysis/daysummary.h"

#include <QDate>
#include <QList>

namespace spinesignal {

/// One value on one day.
struct DayValue {
    QDate date;
    double value = 0;
    friend bool operator==(const DayValue&, const DayValue&) = default;
};

/// Entries logged in one week (Monday to Sunday).
struct WeekCount {
    QDate monday;
    int entries = 0;
    int daysWithEntries = 0;
    friend bool operator==(const WeekCount&, const WeekCount&) = default;
};

/// Series for the charts, all computed from day summaries. Days without entries never become zeros:
/// they are simply absent, and a chart decides where to break its line.
class DaySeries {
public:
    enum class Statistic { DailyMax, DailyMean };

    /// The daily maximum or mean of one symptom, on the days that rated it.
    static QList<DayValue> daily(const QList<DaySummary>& days, Symptom symptom, Statistic statistic);

    /// Rolling mean of the daily means over a calendar window of `windowDays` ending on each day:
    /// on a day with a rating, the mean of the daily means of the days in [day − windowDays + 1,
    /// day] that have one. Days without a rating get no value (a gap stays a gap).
    static QList<DayValue> rollingMean(const QList<DaySummary>& days, Symptom symptom, int windowDays = 7);

    /// Entries per ISO week (Monday first); only weeks with entries.
    static QList<WeekCount> entriesPerWeek(const QList<DaySummary>& days);

    enum class WeekPick { Highest, Last };
    /// One value per ISO week with values, dated on its Thursday (the middle of the week): the
    /// week's highest or its last value. For charts spanning years, where one point a day is more
    /// than the screen has pixels for.
    static QList<DayValue> perWeek(const QList<DayValue>& values, WeekPick pick);

    /// Days with a red flag.
    static QList<QDate> redFlagDays(const QList<DaySummary>& days);

    /// Splits a series into runs whose neighbours are at most `maxGapDays` apart, so that a chart
    /// does not draw a line across a long stretch without entries.
    static QList<QList<DayValue>> splitAtGaps(const QList<DayValue>& values, int maxGapDays);
};

}  // namespace spinesignal
