#include "analysis/trend.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace spinesignal {

namespace {

double median(std::vector<double>& v) {
    if (v.empty()) {
        return 0;
    }
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

double slopeOf(const std::vector<std::pair<double, double>>& xy) {
    std::vector<double> slopes;
    slopes.reserve(xy.size() * (xy.size() - 1) / 2);
    for (std::size_t i = 0; i < xy.size(); ++i) {
        for (std::size_t j = i + 1; j < xy.size(); ++j) {
            const double dx = xy[j].first - xy[i].first;
            if (dx != 0) {
                slopes.push_back((xy[j].second - xy[i].second) / dx);
            }
        }
    }
    return median(slopes);
}

double meanOf(const QList<DayValue>& v, qsizetype begin, qsizetype end) {
    double sum = 0;
    for (qsizetype i = begin; i < end; ++i) {
        sum += v[i].value;
    }
    return end > begin ? sum / static_cast<double>(end - begin) : 0;
}

}  // namespace

double TrendAnalyzer::theilSenSlope(const QList<DayValue>& points) {
    std::vector<std::pair<double, double>> xy;
    xy.reserve(static_cast<std::size_t>(points.size()));
    for (const DayValue& p : points) {
        xy.emplace_back(static_cast<double>(p.date.toJulianDay()), p.value);
    }
    return slopeOf(xy);
}

QList<std::pair<double, double>> TrendAnalyzer::bucketMeans(const QList<DayValue>& values, int bucketDays) {
    QList<std::pair<double, double>> out;
    if (values.isEmpty()) {
        return out;
    }
    const qint64 origin = values.constFirst().date.toJulianDay();
    qint64 bucket = -1;
    double sumX = 0;
    double sumY = 0;
    int n = 0;
    auto flush = [&] {
        if (n > 0) {
            out.append({sumX / n, sumY / n});
        }
        sumX = sumY = 0;
        n = 0;
    };
    for (const DayValue& v : values) {
        const qint64 b = (v.date.toJulianDay() - origin) / bucketDays;
        if (b != bucket) {
            flush();
            bucket = b;
        }
        sumX += static_cast<double>(v.date.toJulianDay());
        sumY += v.value;
        ++n;
    }
    flush();
    return out;
}

Trend TrendAnalyzer::analyse(const QList<DayValue>& dailyMeans, QDate from, QDate to) {
    Trend trend;
    trend.from = from;
    trend.to = to;
    QList<DayValue> values;
    for (const DayValue& v : dailyMeans) {
        if (v.date >= from && v.date <= to) {
            values.append(v);
        }
    }
    std::sort(values.begin(), values.end(), [](const DayValue& a, const DayValue& b) { return a.date < b.date; });
    trend.daysWithData = static_cast<int>(values.size());
    if (trend.daysWithData < kMinDays) {
        return trend;
    }
    const qint64 spanDays = values.constFirst().date.daysTo(values.constLast().date) + 1;
    if (values.size() > kMaxDailyPoints) {
        // Weeks up to five years, months beyond: at most a few hundred points, a few ten thousand slopes.
        const auto means = bucketMeans(values, spanDays <= 5 * 366 ? 7 : 30);
        trend.slopePerDay = slopeOf(std::vector<std::pair<double, double>>(means.begin(), means.end()));
    } else {
        trend.slopePerDay = theilSenSlope(values);
    }
    const qsizetype k = std::min<qsizetype>(7, values.size() / 2);
    trend.startAverage = meanOf(values, 0, k);
    trend.endAverage = meanOf(values, values.size() - k, values.size());

    const double span = static_cast<double>(values.constFirst().date.daysTo(values.constLast().date));
    const double fittedChange = trend.slopePerDay * span;
    const double averageChange = trend.endAverage - trend.startAverage;
    const bool agree = (fittedChange < 0) == (averageChange < 0);
    if (agree && std::abs(fittedChange) >= kMinChange && std::abs(averageChange) >= kMinChange) {
        trend.direction = averageChange < 0 ? Trend::Direction::Eased : Trend::Direction::Worsened;
    } else {
        trend.direction = Trend::Direction::Steady;
    }
    return trend;
}

}  // namespace spinesignal
