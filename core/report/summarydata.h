#pragma once

#include "domain/enums.h"
#include "domain/regionset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace spinesignal {

/// Which way a symptom went between the first and the last 14 days of the period (lower is better).
enum class TrendDirection { NotEnoughData, Better, Stable, Worse };

/// Average and worst of one symptom, and its first-14-days against last-14-days comparison.
struct SymptomSummary {
    Symptom symptom = Symptom::Soreness;
    int ratings = 0;                 ///< entries that rated this symptom (0 counts as a rating)
    std::optional<double> average;   ///< mean of those ratings
    std::optional<int> worst;        ///< highest rating
    std::optional<QDate> worstDate;  ///< first day the worst rating was given
    int baselineRatings = 0;
    int recentRatings = 0;
    std::optional<double> baseline;  ///< mean rating in the first 14 days of the period
    std::optional<double> recent;    ///< mean rating in the last 14 days of the period
    TrendDirection direction = TrendDirection::NotEnoughData;
};

/// How often a measure was noted, and how the next entry the same day compared.
struct ReliefSummary {
    Relief relief = Relief::Rest;
    int entries = 0;    ///< entries that noted it
    int days = 0;       ///< distinct days it was noted
    int compared = 0;   ///< of those entries, how many had a later rated entry the same day
    int lowerNext = 0;  ///< ... whose worst rating was lower
};

/// The worst rating per symptom on one logged day (for the trend chart).
struct DailyWorst {
    QDate day;
    std::array<std::optional<int>, kSymptomCount> worst{};
};

/// Everything page 1 of the doctor summary shows; plain data, no wording (the builder words it).
struct SummaryData {
    QDate from;
    QDate to;
    int periodDays = 0;
    int entries = 0;
    int daysLogged = 0;
    int legSymptomDays = 0;  ///< logged days with soreness, numbness, radiating pain or weakness ≥ 1
    int medicineDays = 0;    ///< logged days with "medicine (as prescribed)" noted

    QDate baselineFrom, baselineTo;  ///< the first 14 days of the period (clipped to it)
    QDate recentFrom, recentTo;      ///< the last 14 days of the period (clipped to it)
    bool windowsOverlap = false;     ///< the period is shorter than 28 days

    /// The daily worst leg rating (any leg symptom), averaged over each window's rated days.
    std::optional<double> legBaseline;
    std::optional<double> legRecent;
    TrendDirection legDirection = TrendDirection::NotEnoughData;

    std::array<SymptomSummary, kSymptomCount> symptoms{};
    QList<std::pair<Trigger, int>> triggers;                   ///< most common first; count of entries
    QList<std::pair<Side, int>> sides;                         ///< left/right/both, most common first
    QList<std::pair<std::pair<Leg, LegRegion>, int>> regions;  ///< most common first
    QList<std::pair<RedFlag, QList<QDate>>> redFlags;          ///< each flag with the days it was noted
    QList<ReliefSummary> reliefs;                              ///< most often noted first
    QList<DailyWorst> daily;                                   ///< one per logged day, oldest first

    QStringList questions;  ///< the person's own questions for the doctor
    QString name;           ///< optional, entered by the person
    std::optional<int> birthYear;

    bool isEmpty() const { return entries == 0; }
};

/// True for the four leg symptoms (everything but low back pain).
constexpr bool isLegSymptom(Symptom s) {
    return s != Symptom::BackPain;
}

}  // namespace spinesignal
