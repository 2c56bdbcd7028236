#pragma once

#include "domain/enums.h"
#include "domain/episode.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>

namespace spinesignal {

class Database;

/// How many entries in a period name each trigger, each measure tried, each side and each leg
/// region.
struct Frequencies {
    int entries = 0;
    std::array<int, kTriggerCount> triggers{};
    std::array<int, kReliefCount> helped{};
    std::array<int, kSideCount> sides{};
    /// [leg][region]: entries that marked that region on that leg.
    std::array<std::array<int, kLegRegionCount>, 2> regions{};

    int triggerCount(Trigger t) const { return triggers[static_cast<std::size_t>(t)]; }
    int helpedCount(Relief r) const { return helped[static_cast<std::size_t>(r)]; }
    int sideCount(Side s) const { return sides[static_cast<std::size_t>(s)]; }
    int regionCount(Leg l, LegRegion r) const {
        return regions[static_cast<std::size_t>(l)][static_cast<std::size_t>(r)];
    }
    friend bool operator==(const Frequencies&, const Frequencies&) = default;
};

class FrequencyCounter {
    Q_DECLARE_TR_FUNCTIONS(FrequencyCounter)
public:
    /// One query over the bit-mask columns of the entries in [from, to].
    static Result<Frequencies> fromDatabase(Database& db, QDate from, QDate to);
    /// The same from entries (those in [from, to]; both invalid: all).
    static Frequencies fromEpisodes(const QList<Episode>& episodes, QDate from = {}, QDate to = {});
};

}  // namespace spinesignal
