#include "reminders/breakrecorder.h"

#include "storage/episoderepository.h"

namespace spinesignal::ui {

Result<int> recordSitBreak(EpisodeRepository& episodes, const QDateTime& now) {
    auto today = episodes.listBetween(now.date(), now.date());
    if (!today) {
        return today.error();
    }
    // Breaks already counted today, wherever they were written.
    int total = 0;
    for (const Episode& e : today.value()) {
        total += e.habits.sitBreaks.value_or(0);
    }
    if (!today.value().isEmpty()) {
        Episode latest = today.value().constLast();
        latest.habits.sitBreaks = latest.habits.sitBreaks.value_or(0) + 1;
        if (Status s = episodes.update(latest); !s) {
            return s.error();
        }
        return total + 1;
    }
    Episode entry;
    entry.when = now;
    entry.habits.sitBreaks = 1;
    if (auto added = episodes.add(entry); !added) {
        return added.error();
    }
    return 1;
}

}  // namespace spinesignal::ui
