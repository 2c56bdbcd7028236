#pragma once

#include "util/result.h"

#include <QDateTime>

namespace spinesignal {
class EpisodeRepository;
}

namespace spinesignal::ui {

/// Counts one confirmed sit break into that day's habits: on the latest entry of the day when there
/// is one, else in a new habits-only entry. Returns the day's new total. Goes through the
/// repository, so the log and trends update through its changed() signal.
Result<int> recordSitBreak(EpisodeRepository& episodes,
                           const QDateTime& now = QDateTime::currentDateTime());

}  // namespace spinesignal::ui
