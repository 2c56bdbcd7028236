#pragma once

#include "analysis/dayseries.h"

#include <QDate>
#include <QList>

namespace spinesignal {

/// Which way a symptom has gone over a period, decided robustly and conservatively.
struct Trend {
    enum class Direction { NotEnoughData, Eased, Worsened, Steady };
    Direction direction = Direction::NotEnoughData;
    QDate from;  ///< the period asked about
    QDate to;
    int daysWithData = 0;     ///< days in the period with a rating
    double slopePerDay = 0;   ///< Theil–Sen slope of the daily means, points per day
    double startAverage = 0;  ///< mean of the daily means of the first k days with data
    double endAverage = 0;    ///< … and of the last k days (k = min(7, days / 2))
};

class TrendAnalyzer {
public:
    /// Fewer days with a rating than this, and nothing is said about a direction.
    static constexpr int kMinDays = 7;
    /// A change smaller than this (points on the 0–10 scale) is "about the same".
    static constexpr double kMinChange = 0.5;
    /// Above this many days, the slope is taken over means of 7-day blocks (up to five years) or
    /// 30-day blocks (longer): all pairs of 3650 days would be 6.7 million slopes; 122 blocks of 30
    /// days give 7 thousand and the same answer for a trend that is slow compared with a month.
    static constexpr int kMaxDailyPoints = 366;

    /// The direction of `dailyMeans` (one value per day with data) within [from, to]. It is Eased
    /// or Worsened only when both the Theil–Sen line changes by at least kMinChange over the days
    /// with data and the plain start and end averages moved the same way by at least kMinChange;
    /// otherwise Steady.
    static Trend analyse(const QList<DayValue>& dailyMeans, QDate from, QDate to);

    /// Median of all pairwise slopes (x in days); 0 with fewer than two distinct x.
    static double theilSenSlope(const QList<DayValue>& points);
    /// Means of the daily values in consecutive blocks of `bucketDays` days from the first value,
    /// each placed at the mean day of its values.
    static QList<std::pair<double, double>> bucketMeans(const QList<DayValue>& values, int bucketDays);
};

}  // namespace spinesignal
