#include "report/summarystats.h"

#include <algorithm>

namespace spinesignal::summarystats {

std::optional<double> mean(const QList<int>& values) {
    if (values.isEmpty()) {
        return std::nullopt;
    }
    double sum = 0;
    for (int v : values) {
        sum += v;
    }
    return sum / static_cast<double>(values.size());
}

TrendDirection direction(std::optional<double> baseline, int baselineCount, std::optional<double> recent,
                         int recentCount) {
    if (!baseline || !recent || baselineCount < kMinRatingsPerWindow || recentCount < kMinRatingsPerWindow) {
        return TrendDirection::NotEnoughData;
    }
    // A small epsilon so that a change of exactly 1.0 (e.g. 5.0 → 4.0) counts despite rounding.
    const double change = *recent - *baseline;
    if (change <= -kChangeThreshold + 1e-9) {
        return TrendDirection::Better;
    }
    if (change >= kChangeThreshold - 1e-9) {
        return TrendDirection::Worse;
    }
    return TrendDirection::Stable;
}

std::pair<QDate, QDate> firstWindow(QDate from, QDate to) {
    return {from, std::min(to, from.addDays(kWindowDays - 1))};
}

std::pair<QDate, QDate> lastWindow(QDate from, QDate to) {
    return {std::max(from, to.addDays(-(kWindowDays - 1))), to};
}

std::optional<int> worstRating(const Episode& e, bool legOnly) {
    std::optional<int> worst;
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        if (legOnly && !isLegSymptom(s)) {
            continue;
        }
        if (const auto v = e.intensityOf(s); v && (!worst || *v > *worst)) {
            worst = v;
        }
    }
    return worst;
}

bool hasLegSymptom(const Episode& e) {
    const auto worst = worstRating(e, true);
    return worst && *worst >= 1;
}

}  // namespace spinesignal::summarystats
