#include "report/summarybuilder.h"

#include "report/summarystats.h"
#include "storage/episoderepository.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace spinesignal {

namespace {

using namespace summarystats;

bool inRange(QDate d, QDate from, QDate to) {
    return d >= from && d <= to;
}

/// Sorts (item, count) pairs by count, most common first; ties keep the enum order.
template <typename T>
QList<std::pair<T, int>> ranked(const QList<std::pair<T, int>>& counts) {
    QList<std::pair<T, int>> out;
    for (const auto& c : counts) {
        if (c.second > 0) {
            out.append(c);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

void summariseSymptoms(SummaryData& d, const QList<Episode>& inPeriod) {
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        SymptomSummary& sum = d.symptoms[static_cast<std::size_t>(i)];
        sum.symptom = s;
        QList<int> all, base, recent;
        for (const Episode& e : inPeriod) {
            const auto v = e.intensityOf(s);
            if (!v) {
                continue;
            }
            all.append(*v);
            if (!sum.worst || *v > *sum.worst) {
                sum.worst = *v;
                sum.worstDate = e.localDate();
            }
            if (inRange(e.localDate(), d.baselineFrom, d.baselineTo)) {
                base.append(*v);
            }
            if (inRange(e.localDate(), d.recentFrom, d.recentTo)) {
                recent.append(*v);
            }
        }
        sum.ratings = static_cast<int>(all.size());
        sum.average = mean(all);
        sum.baselineRatings = static_cast<int>(base.size());
        sum.recentRatings = static_cast<int>(recent.size());
        sum.baseline = mean(base);
        sum.recent = mean(recent);
        sum.direction = direction(sum.baseline, sum.baselineRatings, sum.recent, sum.recentRatings);
    }
}

void summariseDays(SummaryData& d, const QList<Episode>& inPeriod) {
    // Daily worst per symptom, and the daily worst over the leg symptoms.
    QMap<QDate, DailyWorst> days;
    QMap<QDate, int> legWorst;
    QSet<QDate> legDays, medicineDays;
    for (const Episode& e : inPeriod) {
        const QDate day = e.localDate();
        DailyWorst& dw = days[day];
        dw.day = day;
        for (int i = 0; i < kSymptomCount; ++i) {
            const auto v = e.intensity[static_cast<std::size_t>(i)];
            auto& slot = dw.worst[static_cast<std::size_t>(i)];
            if (v && (!slot || *v > *slot)) {
                slot = v;
            }
        }
        if (const auto leg = worstRating(e, true)) {
            legWorst[day] = std::max(legWorst.value(day, 0), *leg);
        }
        if (hasLegSymptom(e)) {
            legDays.insert(day);
        }
        if (e.helped.contains(Relief::Medicine)) {
            medicineDays.insert(day);
        }
    }
    d.daysLogged = static_cast<int>(days.size());
    d.legSymptomDays = static_cast<int>(legDays.size());
    d.medicineDays = static_cast<int>(medicineDays.size());
    d.daily = days.values();

    QList<int> base, recent;
    for (auto it = legWorst.cbegin(); it != legWorst.cend(); ++it) {
        if (inRange(it.key(), d.baselineFrom, d.baselineTo)) {
            base.append(it.value());
        }
        if (inRange(it.key(), d.recentFrom, d.recentTo)) {
            recent.append(it.value());
        }
    }
    d.legBaseline = mean(base);
    d.legRecent = mean(recent);
    d.legDirection =
        direction(d.legBaseline, static_cast<int>(base.size()), d.legRecent, static_cast<int>(recent.size()));
}

void summariseContext(SummaryData& d, const QList<Episode>& inPeriod) {
    QList<std::pair<Trigger, int>> triggers;
    for (int i = 0; i < kTriggerCount; ++i) {
        triggers.append({static_cast<Trigger>(i), 0});
    }
    QList<std::pair<Side, int>> sides;
    for (Side s : {Side::Left, Side::Right, Side::Both}) {
        sides.append({s, 0});
    }
    QList<std::pair<std::pair<Leg, LegRegion>, int>> regions;
    for (Leg leg : {Leg::Left, Leg::Right}) {
        for (int r = 0; r < kLegRegionCount; ++r) {
            regions.append({{leg, static_cast<LegRegion>(r)}, 0});
        }
    }
    QMap<int, QList<QDate>> flags;
    for (const Episode& e : inPeriod) {
        for (auto& t : triggers) {
            t.second += e.triggers.contains(t.first) ? 1 : 0;
        }
        for (auto& s : sides) {
            s.second += e.side == s.first ? 1 : 0;
        }
        for (auto& r : regions) {
            r.second += e.regions.contains(r.first.first, r.first.second) ? 1 : 0;
        }
        for (int f = 0; f < kRedFlagCount; ++f) {
            if (e.redFlags.contains(static_cast<RedFlag>(f))) {
                QList<QDate>& dates = flags[f];
                if (!dates.contains(e.localDate())) {
                    dates.append(e.localDate());
                }
            }
        }
    }
    d.triggers = ranked(triggers);
    d.sides = ranked(sides);
    d.regions = ranked(regions);
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        d.redFlags.append({static_cast<RedFlag>(it.key()), it.value()});
    }
}

void summariseReliefs(SummaryData& d, const QList<Episode>& inPeriod) {
    // inPeriod is oldest first; the "next entry" is the next rated one on the same local day.
    for (int r = 0; r < kReliefCount; ++r) {
        ReliefSummary rs;
        rs.relief = static_cast<Relief>(r);
        QSet<QDate> days;
        for (qsizetype i = 0; i < inPeriod.size(); ++i) {
            const Episode& e = inPeriod[i];
            if (!e.helped.contains(rs.relief)) {
                continue;
            }
            ++rs.entries;
            days.insert(e.localDate());
            const auto here = worstRating(e, false);
            if (!here) {
                continue;
            }
            for (qsizetype j = i + 1; j < inPeriod.size() && inPeriod[j].localDate() == e.localDate(); ++j) {
                if (const auto next = worstRating(inPeriod[j], false)) {
                    ++rs.compared;
                    rs.lowerNext += *next < *here ? 1 : 0;
                    break;
                }
            }
        }
        rs.days = static_cast<int>(days.size());
        if (rs.entries > 0) {
            d.reliefs.append(rs);
        }
    }
    std::stable_sort(d.reliefs.begin(), d.reliefs.end(),
                     [](const ReliefSummary& a, const ReliefSummary& b) { return a.entries > b.entries; });
}

}  // namespace

SummaryData SummaryBuilder::build(const QList<Episode>& episodes, QDate from, QDate to) {
    SummaryData d;
    d.from = from;
    d.to = to;
    d.periodDays = static_cast<int>(from.daysTo(to)) + 1;
    std::tie(d.baselineFrom, d.baselineTo) = firstWindow(from, to);
    std::tie(d.recentFrom, d.recentTo) = lastWindow(from, to);
    d.windowsOverlap = d.periodDays < 2 * kWindowDays;

    QList<Episode> inPeriod;
    for (const Episode& e : episodes) {
        if (inRange(e.localDate(), from, to)) {
            inPeriod.append(e);
        }
    }
    std::stable_sort(inPeriod.begin(), inPeriod.end(), [](const Episode& a, const Episode& b) {
        return a.when.toSecsSinceEpoch() < b.when.toSecsSinceEpoch();
    });
    d.entries = static_cast<int>(inPeriod.size());
    summariseSymptoms(d, inPeriod);
    summariseDays(d, inPeriod);
    summariseContext(d, inPeriod);
    summariseReliefs(d, inPeriod);
    return d;
}

Result<std::pair<QDate, QDate>> SummaryBuilder::resolvePeriod(const EpisodeRepository& repo, std::optional<QDate> from,
                                                              std::optional<QDate> to) {
    if (!from || !to) {
        auto all = repo.listAll();
        if (!all) {
            return all.error();
        }
        QDate first, last;
        for (const Episode& e : all.value()) {
            const QDate d = e.localDate();
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
        if (!to) {
            to = last.isValid() ? last : QDate::currentDate();
        }
        if (!from) {
            from = first.isValid() ? std::min(first, *to) : *to;
        }
    }
    if (*from > *to) {
        return Error{Error::Kind::Invalid, tr("The period starts (%1) after it ends (%2): swap the two dates.")
                                               .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))};
    }
    return std::pair<QDate, QDate>{*from, *to};
}

Result<SummaryData> SummaryBuilder::fromStore(const EpisodeRepository& repo, std::optional<QDate> from,
                                              std::optional<QDate> to) {
    auto period = resolvePeriod(repo, from, to);
    if (!period) {
        return period.error();
    }
    auto episodes = repo.listBetween(period.value().first, period.value().second);
    if (!episodes) {
        return episodes.error();
    }
    return build(episodes.value(), period.value().first, period.value().second);
}

}  // namespace spinesignal
