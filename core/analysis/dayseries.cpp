#include "analysis/dayseries.h"

namespace spinesignal {

QList<DayValue> DaySeries::daily(const QList<DaySummary>& days, Symptom symptom, Statistic statistic) {
    QList<DayValue> out;
    out.reserve(days.size());
    for (const DaySummary& d : days) {
        if (statistic == Statistic::DailyMax) {
            if (const auto v = d.maxOf(symptom)) {
                out.append({d.date, static_cast<double>(*v)});
            }
        } else if (const auto v = d.meanOf(symptom)) {
            out.append({d.date, *v});
        }
    }
    return out;
}

QList<DayValue> DaySeries::rollingMean(const QList<DaySummary>& days, Symptom symptom, int windowDays) {
    const QList<DayValue> means = daily(days, symptom, Statistic::DailyMean);
    QList<DayValue> out;
    out.reserve(means.size());
    // Two pointers over the days that have a value: [start, i] is the window ending on day i.
    double sum = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < means.size(); ++i) {
        sum += means[i].value;
        const qint64 firstDay = means[i].date.toJulianDay() - windowDays + 1;
        while (means[start].date.toJulianDay() < firstDay) {
            sum -= means[start].value;
            ++start;
        }
        out.append({means[i].date, sum / static_cast<double>(i - start + 1)});
    }
    return out;
}

QList<WeekCount> DaySeries::entriesPerWeek(const QList<DaySummary>& days) {
    QList<WeekCount> out;
    for (const DaySummary& d : days) {
        const QDate monday = d.date.addDays(1 - d.date.dayOfWeek());
        if (out.isEmpty() || out.constLast().monday != monday) {
            out.append({monday, 0, 0});
        }
        out.last().entries += d.entries;
        ++out.last().daysWithEntries;
    }
    return out;
}

QList<DayValue> DaySeries::perWeek(const QList<DayValue>& values, WeekPick pick) {
    QList<DayValue> out;
    for (const DayValue& v : values) {
        const QDate thursday = v.date.addDays(4 - v.date.dayOfWeek());
        if (out.isEmpty() || out.constLast().date != thursday) {
            out.append({thursday, v.value});
        } else if (pick == WeekPick::Last || v.value > out.constLast().value) {
            out.last().value = v.value;
        }
    }
    return out;
}

QList<QDate> DaySeries::redFlagDays(const QList<DaySummary>& days) {
    QList<QDate> out;
    for (const DaySummary& d : days) {
        if (d.redFlag) {
            out.append(d.date);
        }
    }
    return out;
}

QList<QList<DayValue>> DaySeries::splitAtGaps(const QList<DayValue>& values, int maxGapDays) {
    QList<QList<DayValue>> runs;
    for (const DayValue& v : values) {
        if (runs.isEmpty() || runs.constLast().constLast().date.daysTo(v.date) > maxGapDays) {
            runs.append(QList<DayValue>{});
        }
        runs.last().append(v);
    }
    return runs;
}

}  // namespace spinesignal
