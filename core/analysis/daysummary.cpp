#include "analysis/daysummary.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace spinesignal {

namespace {

// Column order of the symptoms in the table, matching enum Symptom.
constexpr std::array<const char*, kSymptomCount> kSymptomColumns{"soreness", "numbness", "radiating_pain", "weakness",
                                                                 "back_pain"};

QString aggregateSql() {
    QString sql = QStringLiteral("SELECT local_day, COUNT(*)");
    for (const char* column : kSymptomColumns) {
        const QString c = QString::fromLatin1(column);
        sql += QStringLiteral(", MAX(") + c + QStringLiteral("), AVG(") + c + QLatin1Char(')');
    }
    sql += QStringLiteral(
        ", MAX(red_flags <> 0), MAX(sit_breaks),"
        " MAX(CASE WHEN swallow_sets IS NULL AND bridge_sets IS NULL THEN NULL"
        " ELSE IFNULL(swallow_sets, 0) + IFNULL(bridge_sets, 0) END)"
        " FROM episodes WHERE local_day BETWEEN ? AND ? GROUP BY local_day ORDER BY local_day");
    return sql;
}

std::optional<int> exerciseSetsOf(const Habits& h) {
    if (!h.swallowSets && !h.bridgeSets) {
        return std::nullopt;
    }
    return h.swallowSets.value_or(0) + h.bridgeSets.value_or(0);
}

void keepHigher(std::optional<int>& into, std::optional<int> value) {
    if (value && (!into || *value > *into)) {
        into = value;
    }
}

}  // namespace

Result<QList<DaySummary>> DayAggregator::fromDatabase(Database& db, QDate from, QDate to) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    static const QString sql = aggregateSql();
    q.prepare(sql);
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!q.exec()) {
        return Error{Error::Kind::Io, db.describeFailure(tr("Summarising entries by day"), q.lastError().text())};
    }
    QList<DaySummary> days;
    days.reserve(static_cast<qsizetype>(std::clamp<qint64>(to.toJulianDay() - from.toJulianDay() + 1, 0, 40000)));
    while (q.next()) {
        DaySummary d;
        d.date = QDate::fromJulianDay(q.value(0).toLongLong());
        d.entries = q.value(1).toInt();
        for (int s = 0; s < kSymptomCount; ++s) {
            const QVariant max = q.value(2 + 2 * s);
            if (!max.isNull()) {
                d.max[static_cast<std::size_t>(s)] = max.toInt();
                d.mean[static_cast<std::size_t>(s)] = q.value(3 + 2 * s).toDouble();
            }
        }
        constexpr int tail = 2 + 2 * kSymptomCount;
        d.redFlag = q.value(tail).toInt() != 0;
        if (const QVariant v = q.value(tail + 1); !v.isNull()) {
            d.sitBreaks = v.toInt();
        }
        if (const QVariant v = q.value(tail + 2); !v.isNull()) {
            d.exerciseSets = v.toInt();
        }
        days.append(d);
    }
    return days;
}

QList<DaySummary> DayAggregator::fromEpisodes(const QList<Episode>& episodes, QDate from, QDate to) {
    struct Acc {
        DaySummary day;
        std::array<int, kSymptomCount> sum{};
        std::array<int, kSymptomCount> count{};
    };
    std::map<qint64, Acc> byDay;
    for (const Episode& e : episodes) {
        const QDate date = e.localDate();
        if ((from.isValid() && date < from) || (to.isValid() && date > to)) {
            continue;
        }
        Acc& acc = byDay[date.toJulianDay()];
        acc.day.date = date;
        ++acc.day.entries;
        for (std::size_t s = 0; s < static_cast<std::size_t>(kSymptomCount); ++s) {
            if (const auto v = e.intensity[s]) {
                keepHigher(acc.day.max[s], v);
                acc.sum[s] += *v;
                ++acc.count[s];
            }
        }
        acc.day.redFlag = acc.day.redFlag || e.hasRedFlag();
        keepHigher(acc.day.sitBreaks, e.habits.sitBreaks);
        keepHigher(acc.day.exerciseSets, exerciseSetsOf(e.habits));
    }
    QList<DaySummary> days;
    days.reserve(static_cast<qsizetype>(byDay.size()));
    for (auto& [julian, acc] : byDay) {
        for (std::size_t s = 0; s < static_cast<std::size_t>(kSymptomCount); ++s) {
            if (acc.count[s] > 0) {
                acc.day.mean[s] = static_cast<double>(acc.sum[s]) / acc.count[s];
            }
        }
        days.append(acc.day);
    }
    return days;
}

Result<DataExtent> DayAggregator::extent(Database& db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(local_day), MAX(local_day), COUNT(*) FROM episodes")) || !q.next()) {
        return Error{Error::Kind::Io, db.describeFailure(tr("Summarising entries by day"), q.lastError().text())};
    }
    DataExtent extent;
    extent.entries = q.value(2).toLongLong();
    if (extent.entries > 0) {
        extent.first = QDate::fromJulianDay(q.value(0).toLongLong());
        extent.last = QDate::fromJulianDay(q.value(1).toLongLong());
    }
    return extent;
}

}  // namespace spinesignal
