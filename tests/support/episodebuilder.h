#pragma once

#include "domain/episode.h"

namespace spinesignal::testing {

/// A valid entry at a given local time with one intensity, for tests that need "some entry".
Episode simpleEpisode(const QDateTime& when, int soreness = 4);

/// An entry with every field set to a non-default value.
Episode fullEpisode(const QDateTime& when);

/// 2024-03-05 10:30 local time: a fixed past moment.
QDateTime pastMoment();

}  // namespace spinesignal::testing
