#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace spinesignal {

/// Regions marked on both legs. Bit (leg * 16 + region); the bits are what the store keeps.
class RegionSet {
public:
    constexpr RegionSet() = default;
    static constexpr RegionSet fromBits(quint64 bits) {
        RegionSet s;
        s.m_bits = bits & kValidBits;
        return s;
    }

    constexpr void insert(Leg leg, LegRegion r) { m_bits |= bit(leg, r); }
    constexpr void remove(Leg leg, LegRegion r) { m_bits &= ~bit(leg, r); }
    constexpr void set(Leg leg, LegRegion r, bool on) { on ? insert(leg, r) : remove(leg, r); }
    constexpr bool contains(Leg leg, LegRegion r) const { return (m_bits & bit(leg, r)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr int size() const { return __builtin_popcountll(m_bits); }
    constexpr quint64 bits() const { return m_bits; }
    friend constexpr bool operator==(RegionSet, RegionSet) = default;

    /// Every marked (leg, region), left leg first.
    QList<std::pair<Leg, LegRegion>> items() const;

    /// "left.calf_back"; the id used in CSV and JSON.
    static QString idOf(Leg leg, LegRegion r);
    static std::optional<std::pair<Leg, LegRegion>> fromId(QStringView id);

    static constexpr quint64 kValidBits =
        ((quint64{1} << kLegRegionCount) - 1) | (((quint64{1} << kLegRegionCount) - 1) << 16);

private:
    static constexpr quint64 bit(Leg leg, LegRegion r) {
        return quint64{1} << (static_cast<int>(leg) * 16 + static_cast<int>(r));
    }
    quint64 m_bits = 0;
};

}  // namespace spinesignal
