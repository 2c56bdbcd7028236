#pragma once

// Small, separately tested calculations behind the doctor summary. Kept here rather than in
// analysis/ so the summary does not wait for the Trends work; the lead may merge the two later.

#include "domain/episode.h"
#include "report/summarydata.h"

#include <QDate>
#include <QList>

#include <optional>
#include <utility>

namespace spinesignal::summarystats {

/// Days in the baseline and in the "now" window (PRODUCT.md §6).
inline constexpr int kWindowDays = 14;
/// A window needs at least this many ratings before a direction is given.
inline constexpr int kMinRatingsPerWindow = 2;
/// A change of at least this many points (0–10 scale) counts as better or worse; less is "stable".
inline constexpr double kChangeThreshold = 1.0;

/// Arithmetic mean, or nothing for an empty list.
std::optional<double> mean(const QList<int>& values);

/// Better / stable / worse from the two window means (lower ratings are better).
TrendDirection direction(std::optional<double> baseline, int baselineCount, std::optional<double> recent,
                         int recentCount);

/// The first `kWindowDays` days of [from, to], clipped to the period.
std::pair<QDate, QDate> firstWindow(QDate from, QDate to);
/// The last `kWindowDays` days of [from, to], clipped to the period.
std::pair<QDate, QDate> lastWindow(QDate from, QDate to);

/// The highest rating of an entry over the leg symptoms (soreness, numbness, radiating pain,
/// weakness), or over all five when `legOnly` is false.
std::optional<int> worstRating(const Episode& e, bool legOnly);

/// True when the entry rates any leg symptom at 1 or more.
bool hasLegSymptom(const Episode& e);

}  // namespace spinesignal::summarystats
