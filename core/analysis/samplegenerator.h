#pragma once

#include "domain/episode.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace spinesignal {

/// Deterministic, realistic synthetic entries for demonstrations and benchmarks. The same seed,
/// last day and number of days always give the same entries, on every platform (own random
/// generator and distributions; std:: distributions differ between standard libraries).
///
/// The model: a few entries on most days (some days and the odd holiday week are not logged);
/// symptoms worse on working days (long sitting), in winter and in the evening; a slow drift over
/// the years; flare-ups every few months that fade over one to two weeks; sit breaks and back
/// exercises on many days, a little lower soreness after them; relief measures followed by a
/// slightly lower next entry; very rare red flags, only during flare-ups.
class SampleGenerator {
public:
    struct Options {
        int days = 3650;
        quint64 seed = 20240601;
        QDate lastDay;  ///< default: today
        QDateTime now;  ///< entries after this are dropped (default: the current time)
    };
    static QList<Episode> generate(const Options& options);
};

}  // namespace spinesignal
