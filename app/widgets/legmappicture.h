#pragma once

// What a leg map shows, as a plain value: the same description drives the interactive widget, the
// heat map in Trends and the image in the doctor summary, so all three always look alike.

#include "domain/enums.h"
#include "domain/episode.h"
#include "domain/regionset.h"

#include <QList>
#include <QPalette>

#include <array>
#include <optional>
#include <utility>

namespace spinesignal::ui {

/// How the map behaves and what it paints.
enum class LegMapMode {
    Select,   ///< click or Space toggles regions; selected ones are hatched, outlined and ticked
    Heat,     ///< read-only; regions shaded by how often they were marked, with the count and a legend
    Overlay,  ///< read-only education view: usual L4/L5/S1 territory with the caveat
};

/// A count per (leg, region); index with legMapIndex().
using RegionCounts = std::array<int, 2 * kLegRegionCount>;

constexpr std::size_t legMapIndex(Leg leg, LegRegion region) {
    return static_cast<std::size_t>(static_cast<int>(leg) * kLegRegionCount + static_cast<int>(region));
}

/// How often each (leg, region) was marked in these entries: the input of a Heat map.
inline RegionCounts countRegions(const QList<Episode>& episodes) {
    RegionCounts counts{};
    for (const Episode& e : episodes) {
        for (const auto& [leg, region] : e.regions.items()) {
            ++counts[legMapIndex(leg, region)];
        }
    }
    return counts;
}

/// One (leg, region) on the map.
using LegMapRegion = std::pair<Leg, LegRegion>;

/// Everything needed to paint a leg map (see LegMapWidget::paint / LegMapWidget::render).
struct LegMapPicture {
    LegMapMode mode = LegMapMode::Select;
    RegionSet selected;                 ///< Select mode: the marked regions
    RegionCounts heat{};                ///< Heat mode: how often each region was marked
    bool overlay = false;               ///< also tint L4/L5/S1 territory (always on in Overlay mode)
    bool legend = true;                 ///< paint the legend and, with the overlay, the caveat below the legs
    std::optional<LegMapRegion> focus;  ///< region with the keyboard focus frame, if any
    QPalette palette;                   ///< colours; use LegMapWidget::printPalette() for paper
};

}  // namespace spinesignal::ui
