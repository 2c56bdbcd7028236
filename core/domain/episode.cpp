#include "domain/episode.h"

namespace spinesignal {

bool Episode::sameContentAs(const Episode& o) const {
    return when.toSecsSinceEpoch() == o.when.toSecsSinceEpoch() && when.offsetFromUtc() == o.when.offsetFromUtc() &&
           intensity == o.intensity && side == o.side && regions == o.regions && triggers == o.triggers &&
           sittingMinutes == o.sittingMinutes && durationMinutes == o.durationMinutes && helped == o.helped &&
           redFlags == o.redFlags && habits == o.habits && note == o.note;
}

}  // namespace spinesignal
