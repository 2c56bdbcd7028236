#pragma once

// The vocabulary of an entry (PRODUCT.md §4). The numeric values are stored in the database and the
// ids in CSV and JSON files: both are part of the file formats, so only ever append.

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace spinesignal {

/// The five 0–10 numeric-rating-scale intensities.
enum class Symptom { Soreness, Numbness, RadiatingPain, Weakness, BackPain };
inline constexpr int kSymptomCount = 5;

enum class Side { Unspecified, Left, Right, Both };
inline constexpr int kSideCount = 4;

/// Regions on one leg of the leg map; a RegionSet pairs them with a leg.
enum class LegRegion {
    Buttock,
    ThighFront,
    ThighBack,
    ThighOuter,
    ShinInner,
    ShinOuter,
    CalfBack,
    FootTop,
    BigToe,
    Sole,
    Heel,
    FootOuter,
};
inline constexpr int kLegRegionCount = 12;

enum class Leg { Left, Right };

enum class Trigger { LongSitting, Walking, Standing, AfterSleep, Lifting, WeatherChange, Fatigue, Other };
inline constexpr int kTriggerCount = 8;

/// What helped (or was tried).
enum class Relief { Rest, Heat, Stretching, Exercises, Medicine, Massage, Physiotherapy, Nothing };
inline constexpr int kReliefCount = 8;

/// The red flags of PRODUCT.md §3: any one means "seek care today".
enum class RedFlag {
    BladderBowelSexual,
    SaddleNumbness,
    SpreadToBothLegs,
    WorseningWeakness,
    MuscleWasting,
    CalfSwollenWarm,
    FeverWeightLoss,
};
inline constexpr int kRedFlagCount = 7;

/// Nerve-root territory a region is usually associated with (textbook dermatomes; education only).
enum class NerveRoot { None, L4, L5, S1 };

/// Stable ids, e.g. "radiating_pain", "weather_change".
template <typename Enum>
struct EnumIds;

template <>
struct EnumIds<Symptom> {
    static constexpr std::array<const char*, kSymptomCount> ids{"soreness", "numbness", "radiating_pain", "weakness",
                                                                "back_pain"};
};
template <>
struct EnumIds<Side> {
    static constexpr std::array<const char*, kSideCount> ids{"", "left", "right", "both"};
};
template <>
struct EnumIds<LegRegion> {
    static constexpr std::array<const char*, kLegRegionCount> ids{
        "buttock",   "thigh_front", "thigh_back", "thigh_outer", "shin_inner", "shin_outer",
        "calf_back", "foot_top",    "big_toe",    "sole",        "heel",       "foot_outer"};
};
template <>
struct EnumIds<Leg> {
    static constexpr std::array<const char*, 2> ids{"left", "right"};
};
template <>
struct EnumIds<Trigger> {
    static constexpr std::array<const char*, kTriggerCount> ids{
        "long_sitting", "walking", "standing", "after_sleep", "lifting", "weather_change", "fatigue", "other"};
};
template <>
struct EnumIds<Relief> {
    static constexpr std::array<const char*, kReliefCount> ids{"rest",     "heat",    "stretching",    "exercises",
                                                               "medicine", "massage", "physiotherapy", "nothing"};
};
template <>
struct EnumIds<RedFlag> {
    static constexpr std::array<const char*, kRedFlagCount> ids{
        "bladder_bowel_sexual", "saddle_numbness",   "spread_to_both_legs", "worsening_weakness",
        "muscle_wasting",       "calf_swollen_warm", "fever_weight_loss"};
};

template <typename Enum>
constexpr int enumCount() {
    return static_cast<int>(EnumIds<Enum>::ids.size());
}

template <typename Enum>
QString enumId(Enum value) {
    return QString::fromLatin1(EnumIds<Enum>::ids[static_cast<std::size_t>(value)]);
}

template <typename Enum>
std::optional<Enum> enumFromId(QStringView id) {
    const auto& ids = EnumIds<Enum>::ids;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (id == QLatin1String(ids[i])) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}

/// The usual root for a region (L4: front of thigh, inner shin; L5: outer shin, top of foot, big toe;
/// S1: back of thigh and calf, sole, heel, outer foot). Where it hurts does not pin down the level.
NerveRoot usualRootOf(LegRegion region);

}  // namespace spinesignal
