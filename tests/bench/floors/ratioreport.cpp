#include "ratioreport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spinesignal::bench {

namespace {

std::string keyOf(const benchmark::BenchmarkReporter::Run& run) {
    return run.run_name.args.empty() ? run.run_name.function_name
                                     : run.run_name.function_name + "/" + run.run_name.args;
}

}  // namespace

Spread spreadOf(std::vector<double> values) {
    Spread s;
    if (values.empty()) {
        return s;
    }
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    s.median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.min = values.front();
    s.max = values.back();
    s.runs = static_cast<int>(n);
    return s;
}

void RecordingReporter::ReportRuns(const std::vector<Run>& runs) {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
        // Every repetition is kept; the median is taken here, not from the library's aggregates.
        if (run.error_occurred || run.iterations == 0 || run.run_type != Run::RT_Iteration) {
            continue;
        }
        const std::string name = keyOf(run);
        m_secondsPerIteration[name].push_back(run.GetAdjustedRealTime() /
                                              benchmark::GetTimeUnitMultiplier(run.time_unit));
        const auto items = run.counters.find("items_per_second");
        if (items != run.counters.end()) {
            m_itemsPerSecond[name].push_back(items->second.value);
        }
    }
}

int RecordingReporter::printVerdicts(const std::vector<RatioTarget>& targets) const {
    int missed = 0;
    std::printf("\nFigures against floors measured in this run (median; min-max over the repetitions)\n");
    std::printf("%-46s %24s %24s %7s %8s  %s\n", "figure", "measured", "floor", "ratio", "target", "verdict");
    for (const RatioTarget& t : targets) {
        const auto& table = t.higherIsBetter ? m_itemsPerSecond : m_secondsPerIteration;
        const auto m = table.find(t.measured);
        const auto f = table.find(t.floor);
        if (m == table.end() || f == table.end()) {
            std::printf("%-46s %24s %24s %7s %8s  %s\n", t.figure.c_str(), "-", "-", "-", "-", "not run");
            continue;
        }
        const Spread ms = spreadOf(m->second);
        const Spread fs = spreadOf(f->second);
        const double ratio = ms.median / fs.median;
        const bool hasTarget = t.maxRatio > 0;
        const bool ok = !hasTarget || (t.higherIsBetter ? ratio >= t.maxRatio : ratio <= t.maxRatio);
        missed += ok ? 0 : 1;
        char measured[64];
        char floor[64];
        char target[16] = "-";
        if (t.higherIsBetter) {
            std::snprintf(measured, sizeof measured, "%.0f/s (%.0f-%.0f)", ms.median, ms.min, ms.max);
            std::snprintf(floor, sizeof floor, "%.0f/s (%.0f-%.0f)", fs.median, fs.min, fs.max);
            if (hasTarget) {
                std::snprintf(target, sizeof target, ">=%.2f", t.maxRatio);
            }
        } else {
            std::snprintf(measured, sizeof measured, "%.3fms (%.3f-%.3f)", ms.median * 1e3, ms.min * 1e3, ms.max * 1e3);
            std::snprintf(floor, sizeof floor, "%.3fms (%.3f-%.3f)", fs.median * 1e3, fs.min * 1e3, fs.max * 1e3);
            if (hasTarget) {
                std::snprintf(target, sizeof target, "<=%.2f", t.maxRatio);
            }
        }
        std::printf("%-46s %24s %24s %7.2f %8s  %s\n", t.figure.c_str(), measured, floor, ratio, target,
                    !hasTarget ? "(floor)"
                    : ok       ? "met"
                               : "MISSED");
    }
    return missed;
}

int RecordingReporter::printAbsolute(const std::vector<AbsoluteTarget>& targets) const {
    int missed = 0;
    std::printf("\nFigures against absolute targets (this machine)\n");
    std::printf("%-46s %30s %10s  %s\n", "figure", "measured (min-max)", "target", "verdict");
    for (const AbsoluteTarget& t : targets) {
        const auto m = m_secondsPerIteration.find(t.measured);
        if (m == m_secondsPerIteration.end()) {
            std::printf("%-46s %30s %10s  %s\n", t.figure.c_str(), "-", "-", "not run");
            continue;
        }
        const Spread s = spreadOf(m->second);
        const double ms = s.median * 1e3 * t.scale;
        const bool ok = ms <= t.maxMilliseconds;
        missed += ok ? 0 : 1;
        char measured[64];
        std::snprintf(measured, sizeof measured, "%.3f ms (%.3f-%.3f)", ms, s.min * 1e3 * t.scale,
                      s.max * 1e3 * t.scale);
        char target[32];
        std::snprintf(target, sizeof target, "<=%.0f ms", t.maxMilliseconds);
        std::printf("%-46s %30s %10s  %s\n", t.figure.c_str(), measured, target, ok ? "met" : "MISSED");
    }
    return missed;
}

int RecordingReporter::printGrowth(const std::vector<GrowthSeries>& series, const std::vector<int>& sizes,
                                   const std::vector<double>& entries) const {
    int superLinear = 0;
    std::printf("\nHow the cost grows with the data (median ms; per 1,000 entries in brackets)\n");
    std::printf("%-34s", "figure");
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        char head[48];
        std::snprintf(head, sizeof head, "%d days (%.0f entries)", sizes[i], entries[i]);
        std::printf(" %26s", head);
    }
    std::printf(" %9s  %s\n", "exponent", "verdict");
    for (const GrowthSeries& g : series) {
        std::printf("%-34s", g.figure.c_str());
        std::vector<double> medians;
        for (int size : sizes) {
            char name[128];
            std::snprintf(name, sizeof name, g.pattern.c_str(), size);
            const auto m = m_secondsPerIteration.find(name);
            medians.push_back(m == m_secondsPerIteration.end() ? -1 : spreadOf(m->second).median * 1e3);
        }
        bool complete = true;
        for (std::size_t i = 0; i < medians.size(); ++i) {
            if (medians[i] < 0 || entries[i] <= 0) {
                complete = false;
                std::printf(" %26s", "not run");
                continue;
            }
            char cell[48];
            std::snprintf(cell, sizeof cell, "%.2f (%.3f)", medians[i], medians[i] / (entries[i] / 1000.0));
            std::printf(" %26s", cell);
        }
        if (!complete || medians.front() <= 0) {
            std::printf(" %9s  %s\n", "-", "incomplete");
            continue;
        }
        const double exponent = std::log(medians.back() / medians.front()) / std::log(entries.back() / entries.front());
        const bool ok = exponent <= 1.2;
        superLinear += ok ? 0 : 1;
        std::printf(" %9.2f  %s\n", exponent,
                    exponent < 0.2 ? "constant"
                    : ok           ? "linear or better"
                                   : "FASTER THAN LINEAR");
    }
    return superLinear;
}

}  // namespace spinesignal::bench
