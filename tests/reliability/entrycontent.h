#pragma once

#include "domain/episode.h"

#include <QByteArray>

namespace spinesignal::testing {

/// A valid entry whose every field is drawn from `seed` (past dates, random intensities, notes of
/// mixed scripts up to a few thousand characters), so that lost or torn data shows up.
Episode randomEpisode(quint64 seed);

/// A short digest of everything the person entered (not the id): equal digests mean the stored
/// entry is intact.
QByteArray contentDigest(const Episode& e);

}  // namespace spinesignal::testing
