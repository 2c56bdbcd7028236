#pragma once

#include "domain/enums.h"
#include "domain/episode.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace spinesignal {

class Database;

/// What one calendar day holds (the wall-clock day where the entries were logged,
/// Episode::localDate). Only days with at least one entry exist: a day without entries is a gap,
/// never a zero.
struct DaySummary {
    QDate date;
    int entries = 0;
    /// Highest and mean rating of each symptom over the day's entries that rated it; empty when
    /// none did.
    std::array<std::optional<int>, kSymptomCount> max{};
    std::array<std::optional<double>, kSymptomCount> mean{};
    bool redFlag = false;
    /// Habits are "done that day" (PRODUCT.md §4); when several entries of a day record them, the
    /// highest count is the day's (a later check-in repeats and extends the earlier one; summing
    /// would count the same breaks twice).
    std::optional<int> sitBreaks;
    std::optional<int> exerciseSets;  ///< 小燕飞 + 五点支撑 sets of one entry; the day's highest

    std::optional<int> maxOf(Symptom s) const { return max[static_cast<std::size_t>(s)]; }
    std::optional<double> meanOf(Symptom s) const { return mean[static_cast<std::size_t>(s)]; }
};

/// First and last day with entries, and how many entries there are.
struct DataExtent {
    QDate first;
    QDate last;
    qint64 entries = 0;
    bool isEmpty() const { return entries == 0; }
};

/// Builds the per-day summaries. Two ways with one meaning: from the store with one GROUP BY query
/// (fast: ten years in a few milliseconds) and from a list of entries (tests, imports).
class DayAggregator {
    Q_DECLARE_TR_FUNCTIONS(DayAggregator)
public:
    /// Days in [from, to] that have entries, oldest first.
    static Result<QList<DaySummary>> fromDatabase(Database& db, QDate from, QDate to);
    /// The same from entries in any order; only days in [from, to] (both invalid: every day).
    static QList<DaySummary> fromEpisodes(const QList<Episode>& episodes, QDate from = {}, QDate to = {});
    static Result<DataExtent> extent(Database& db);
};

}  // namespace spinesignal
