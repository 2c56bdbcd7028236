#pragma once

#include "domain/episode.h"
#include "report/summarydata.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace spinesignal {

class EpisodeRepository;

/// Builds the figures of the doctor summary from entries. Pure: the same entries give the same
/// data. Definitions (also in docs/data-format.md): a "logged day" is a local calendar day with at
/// least one entry; averages are over every entry that rated the symptom (0 included); the baseline
/// is the first 14 days of the period and "now" the last 14 days.
class SummaryBuilder {
    Q_DECLARE_TR_FUNCTIONS(SummaryBuilder)
public:
    /// Uses the entries whose local day lies in [from, to]; others are ignored.
    static SummaryData build(const QList<Episode>& episodes, QDate from, QDate to);

    /// The period to report: `from` defaults to the first logged day and `to` to the last one
    /// (today when nothing is logged). An error when from is after to.
    static Result<std::pair<QDate, QDate>> resolvePeriod(const EpisodeRepository& repo, std::optional<QDate> from,
                                                         std::optional<QDate> to);

    /// Reads the period from the store and builds its data.
    static Result<SummaryData> fromStore(const EpisodeRepository& repo, std::optional<QDate> from,
                                         std::optional<QDate> to);
};

}  // namespace spinesignal
