#pragma once

#include "domain/enums.h"
#include "domain/episode.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace spinesignal {

class Database;

/// The few columns of one entry that "what helped" needs.
struct ReliefEntry {
    qint64 localDay = 0;  ///< Julian day of the wall-clock date
    qint64 utcSecs = 0;
    quint64 helped = 0;          ///< EnumSet<Relief> bits
    std::optional<int> highest;  ///< highest rating of any symptom in the entry
};

/// How often a measure was tried, and how the next entry of the same day compared with the entry
/// where it was tried (by the entry's highest rating). An observation, not a cause.
struct ReliefOutcome {
    Relief relief = Relief::Rest;
    int tried = 0;     ///< entries that name it
    int compared = 0;  ///< … that were followed by a rated entry later the same day
    int lower = 0;
    int same = 0;
    int higher = 0;
    double meanChange = 0;  ///< mean of (next − this) over the compared pairs
    bool enough = false;    ///< compared ≥ the minimum number of cases
};

class ReliefAnalyzer {
    Q_DECLARE_TR_FUNCTIONS(ReliefAnalyzer)
public:
    static constexpr int kMinCases = 5;

    /// Entries in [from, to] in time order.
    static Result<QList<ReliefEntry>> fromDatabase(Database& db, QDate from, QDate to);
    static QList<ReliefEntry> fromEpisodes(const QList<Episode>& episodes);
    /// One outcome per measure, in enum order. `entries` must be in time order.
    static std::array<ReliefOutcome, kReliefCount> outcomes(const QList<ReliefEntry>& entries,
                                                            int minCases = kMinCases);
};

}  // namespace spinesignal
