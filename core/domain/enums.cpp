#include "domain/enums.h"

#include "domain/regionset.h"

namespace spinesignal {

NerveRoot usualRootOf(LegRegion region) {
    switch (region) {
        case LegRegion::ThighFront:
        case LegRegion::ShinInner:
            return NerveRoot::L4;
        case LegRegion::ThighOuter:
        case LegRegion::ShinOuter:
        case LegRegion::FootTop:
        case LegRegion::BigToe:
            return NerveRoot::L5;
        case LegRegion::ThighBack:
        case LegRegion::CalfBack:
        case LegRegion::Sole:
        case LegRegion::Heel:
        case LegRegion::FootOuter:
            return NerveRoot::S1;
        case LegRegion::Buttock:
            return NerveRoot::None;
    }
    return NerveRoot::None;
}

QList<std::pair<Leg, LegRegion>> RegionSet::items() const {
    QList<std::pair<Leg, LegRegion>> out;
    for (Leg leg : {Leg::Left, Leg::Right}) {
        for (int r = 0; r < kLegRegionCount; ++r) {
            if (contains(leg, static_cast<LegRegion>(r))) {
                out.append({leg, static_cast<LegRegion>(r)});
            }
        }
    }
    return out;
}

QString RegionSet::idOf(Leg leg, LegRegion r) {
    return enumId(leg) + QLatin1Char('.') + enumId(r);
}

std::optional<std::pair<Leg, LegRegion>> RegionSet::fromId(QStringView id) {
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return std::nullopt;
    }
    const auto leg = enumFromId<Leg>(id.left(dot));
    const auto region = enumFromId<LegRegion>(id.mid(dot + 1));
    if (!leg || !region) {
        return std::nullopt;
    }
    return std::make_pair(*leg, *region);
}

}  // namespace spinesignal
