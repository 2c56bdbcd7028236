#include "analysis/samplegenerator.h"

#include <QTime>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace spinesignal {

namespace {

/// SplitMix64: tiny, fast and identical everywhere.
class Random {
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal() {
        // Box–Muller; 1 − u keeps the logarithm finite.
        const double u = 1.0 - uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
    }

private:
    quint64 m_state;
};

// Typical level of each symptom (Symptom order) and how strongly a flare-up raises it.
constexpr std::array<double, kSymptomCount> kBase{3.2, 2.4, 1.8, 1.2, 2.8};
constexpr std::array<double, kSymptomCount> kFlareWeight{0.9, 0.8, 1.0, 0.5, 0.7};
// How often an entry rates each symptom.
constexpr std::array<double, kSymptomCount> kRated{1.0, 0.7, 0.55, 0.4, 0.6};

void addRegions(Random& rng, Episode& e) {
    static constexpr std::array<LegRegion, 8> kCommon{LegRegion::CalfBack, LegRegion::CalfBack,  LegRegion::Sole,
                                                      LegRegion::Heel,     LegRegion::ShinOuter, LegRegion::FootTop,
                                                      LegRegion::BigToe,   LegRegion::ThighBack};
    const int n = rng.integer(1, 3);
    for (int i = 0; i < n; ++i) {
        const LegRegion r = kCommon[static_cast<std::size_t>(rng.integer(0, 7))];
        if (e.side == Side::Left || e.side == Side::Both) {
            e.regions.insert(Leg::Left, r);
        }
        if (e.side == Side::Right || (e.side == Side::Both && rng.chance(0.7))) {
            e.regions.insert(Leg::Right, r);
        }
    }
}

}  // namespace

QList<Episode> SampleGenerator::generate(const Options& options) {
    Random rng(options.seed);
    const QDate lastDay = options.lastDay.isValid() ? options.lastDay : QDate::currentDate();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTime();
    const QDate firstDay = lastDay.addDays(1 - options.days);
    std::array<double, kSymptomCount> phase{};
    for (double& p : phase) {
        p = rng.uniform(0, 2 * std::numbers::pi);
    }

    QList<Episode> out;
    out.reserve(options.days * 3);
    double flare = 0;  // current flare-up strength, fading day by day
    double flareDecay = 0.9;
    int holiday = 0;         // days left of a stretch without logging
    double reliefCarry = 0;  // effect of yesterday's habits
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const int index = static_cast<int>(firstDay.daysTo(day));
        if (rng.chance(1.0 / 150)) {
            flare = rng.uniform(2.5, 4.5);
            flareDecay = std::exp(std::log(0.5) / rng.uniform(4, 10));
        }
        if (holiday == 0 && rng.chance(1.0 / 300)) {
            holiday = rng.integer(3, 12);
        }
        const bool skip = holiday > 0 || rng.chance(0.08);
        holiday = std::max(0, holiday - 1);
        const bool workday = day.dayOfWeek() <= 5;
        const double season = 0.7 * std::cos(2 * std::numbers::pi * (day.dayOfYear() - 15) / 365.25);
        const double week = workday ? 0.5 : -0.4;

        Habits habits;
        if (rng.chance(workday ? 0.65 : 0.3)) {
            habits.sitBreaks = rng.integer(workday ? 2 : 0, 12);
        }
        if (rng.chance(0.45)) {
            habits.swallowSets = rng.integer(0, 3);
            habits.bridgeSets = rng.integer(0, 3);
        }
        if (rng.chance(0.4)) {
            habits.walkingMinutes = rng.integer(10, 60);
        }
        const double habitEffect = -0.06 * habits.sitBreaks.value_or(0) -
                                   0.15 * (habits.swallowSets.value_or(0) + habits.bridgeSets.value_or(0));

        if (!skip) {
            const int entries = std::min(9, rng.integer(2, 8) + (flare > 1.5 ? 1 : 0));
            QList<int> minutes;
            for (int i = 0; i < entries; ++i) {
                minutes.append(rng.integer(7 * 60 + 30, 22 * 60 + 30));
            }
            std::sort(minutes.begin(), minutes.end());
            double afterRelief = 0;
            for (int i = 0; i < entries; ++i) {
                Episode e;
                e.when = QDateTime(day, QTime(minutes[i] / 60, minutes[i] % 60));
                if (e.when > now) {
                    break;
                }
                const double evening = minutes[i] > 18 * 60 ? 0.4 : 0.0;
                for (int s = 0; s < kSymptomCount; ++s) {
                    if (s != 0 && !rng.chance(kRated[static_cast<std::size_t>(s)])) {  // soreness always rated
                        continue;
                    }
                    const double drift =
                        0.9 * std::sin(2 * std::numbers::pi * index / 900.0 + phase[static_cast<std::size_t>(s)]);
                    const double level = kBase[static_cast<std::size_t>(s)] + drift + season + week + evening +
                                         kFlareWeight[static_cast<std::size_t>(s)] * flare + afterRelief +
                                         0.5 * reliefCarry + rng.normal() * 0.9;
                    e.setIntensity(static_cast<Symptom>(s), std::clamp(static_cast<int>(std::lround(level)), 0, 10));
                }
                const double sideRoll = rng.uniform();
                e.side = sideRoll < 0.6    ? Side::Left
                         : sideRoll < 0.72 ? Side::Right
                         : sideRoll < 0.87 ? Side::Both
                                           : Side::Unspecified;
                if (e.side != Side::Unspecified && rng.chance(0.7)) {
                    addRegions(rng, e);
                }
                if (workday && minutes[i] > 10 * 60 && rng.chance(0.5)) {
                    e.triggers.insert(Trigger::LongSitting);
                    e.sittingMinutes = rng.integer(4, 18) * 10;
                }
                e.triggers.set(Trigger::AfterSleep, i == 0 && minutes[i] < 9 * 60 && rng.chance(0.4));
                e.triggers.set(Trigger::Walking, rng.chance(0.1));
                e.triggers.set(Trigger::Standing, rng.chance(0.08));
                e.triggers.set(Trigger::Fatigue, evening > 0 && rng.chance(0.3));
                e.triggers.set(Trigger::WeatherChange, rng.chance(std::abs(season) < 0.3 ? 0.15 : 0.04));
                e.triggers.set(Trigger::Lifting, rng.chance(0.02));
                e.triggers.set(Trigger::Other, rng.chance(0.02));
                afterRelief = 0;
                if (rng.chance(0.35)) {
                    static constexpr std::array<Relief, 10> kTried{
                        Relief::Rest,          Relief::Rest,       Relief::Heat,      Relief::Heat,
                        Relief::Stretching,    Relief::Stretching, Relief::Exercises, Relief::Massage,
                        Relief::Physiotherapy, Relief::Nothing};
                    e.helped.insert(kTried[static_cast<std::size_t>(rng.integer(0, 9))]);
                    if (flare > 1.5 && rng.chance(0.5)) {
                        e.helped.insert(Relief::Medicine);
                    }
                    afterRelief = e.helped.contains(Relief::Nothing) ? 0.0 : -0.8;
                    e.durationMinutes = rng.integer(1, 24) * 10;
                }
                if (flare > 2.5 && rng.chance(0.01)) {
                    e.redFlags.insert(rng.chance(0.5) ? RedFlag::SpreadToBothLegs : RedFlag::WorseningWeakness);
                }
                if (i == entries - 1 || rng.chance(0.2)) {
                    e.habits = habits;  // the day's check-in carries the habits
                }
                if (rng.chance(0.03)) {
                    e.note = rng.chance(0.5) ? QStringLiteral("开会久坐后小腿发沉")
                                             : QStringLiteral("Long drive; calf felt heavy");
                }
                out.append(e);
            }
        }
        reliefCarry = habitEffect;
        flare *= flareDecay;
        if (flare < 0.2) {
            flare = 0;
        }
    }
    return out;
}

}  // namespace spinesignal
