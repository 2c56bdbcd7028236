#include "analysis/reliefoutcome.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace spinesignal {

namespace {

std::optional<int> highestOf(const Episode& e) {
    std::optional<int> best;
    for (const auto& v : e.intensity) {
        if (v && (!best || *v > *best)) {
            best = v;
        }
    }
    return best;
}

}  // namespace

Result<QList<ReliefEntry>> ReliefAnalyzer::fromDatabase(Database& db, QDate from, QDate to) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT local_day, occurred_utc, helped, soreness, numbness, "
                       "radiating_pain, weakness, back_pain"
                       " FROM episodes WHERE local_day BETWEEN ? AND ? ORDER BY occurred_utc, id"));
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!q.exec()) {
        return Error{Error::Kind::Io, db.describeFailure(tr("Reading what helped"), q.lastError().text())};
    }
    QList<ReliefEntry> out;
    while (q.next()) {
        ReliefEntry e;
        e.localDay = q.value(0).toLongLong();
        e.utcSecs = q.value(1).toLongLong();
        e.helped = static_cast<quint64>(q.value(2).toLongLong());
        for (int s = 0; s < kSymptomCount; ++s) {
            const QVariant v = q.value(3 + s);
            if (!v.isNull() && (!e.highest || v.toInt() > *e.highest)) {
                e.highest = v.toInt();
            }
        }
        out.append(e);
    }
    return out;
}

QList<ReliefEntry> ReliefAnalyzer::fromEpisodes(const QList<Episode>& episodes) {
    QList<ReliefEntry> out;
    out.reserve(episodes.size());
    for (const Episode& e : episodes) {
        out.append({e.localDate().toJulianDay(), e.when.toSecsSinceEpoch(), e.helped.bits(), highestOf(e)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReliefEntry& a, const ReliefEntry& b) { return a.utcSecs < b.utcSecs; });
    return out;
}

std::array<ReliefOutcome, kReliefCount> ReliefAnalyzer::outcomes(const QList<ReliefEntry>& entries, int minCases) {
    std::array<ReliefOutcome, kReliefCount> out{};
    std::array<double, kReliefCount> sumChange{};
    for (int r = 0; r < kReliefCount; ++r) {
        out[static_cast<std::size_t>(r)].relief = static_cast<Relief>(r);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ReliefEntry& e = entries[i];
        if (e.helped == 0) {
            continue;
        }
        // The next entry of the same wall-clock day, if it has a rating.
        const ReliefEntry* next =
            i + 1 < entries.size() && entries[i + 1].localDay == e.localDay ? &entries[i + 1] : nullptr;
        const bool comparable = e.highest && next != nullptr && next->highest;
        for (std::size_t r = 0; r < static_cast<std::size_t>(kReliefCount); ++r) {
            if ((e.helped & (quint64{1} << r)) == 0) {
                continue;
            }
            ReliefOutcome& o = out[r];
            ++o.tried;
            if (!comparable) {
                continue;
            }
            const int change = *next->highest - *e.highest;
            ++o.compared;
            sumChange[r] += change;
            if (change < 0) {
                ++o.lower;
            } else if (change == 0) {
                ++o.same;
            } else {
                ++o.higher;
            }
        }
    }
    for (std::size_t r = 0; r < static_cast<std::size_t>(kReliefCount); ++r) {
        ReliefOutcome& o = out[r];
        o.meanChange = o.compared > 0 ? sumChange[r] / o.compared : 0;
        o.enough = o.compared >= minCases;
    }
    return out;
}

}  // namespace spinesignal
