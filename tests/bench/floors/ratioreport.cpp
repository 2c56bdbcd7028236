#include "ratioreport.h"

#include <cstdio>

namespace spinesignal::bench {

void RecordingReporter::ReportRuns(const std::vector<Run>& runs) {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
        if (run.error_occurred || run.iterations == 0) {
            continue;
        }
        // With repetitions, keep the median aggregate; without, the single run.
        const bool isMedian = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
        const std::string name = run.run_name.str();
        if (run.run_type == Run::RT_Iteration && m_secondsPerIteration.count(name) != 0) {
            continue;
        }
        if (run.run_type == Run::RT_Aggregate && !isMedian) {
            continue;
        }
        m_secondsPerIteration[name] = run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
        const auto items = run.counters.find("items_per_second");
        if (items != run.counters.end()) {
            m_itemsPerSecond[name] = items->second.value;
        }
    }
}

int RecordingReporter::printVerdicts(const std::vector<RatioTarget>& targets) const {
    int missed = 0;
    std::printf("\n%-46s %14s %14s %8s %8s  %s\n", "figure", "measured", "floor", "ratio", "target", "verdict");
    for (const RatioTarget& t : targets) {
        const auto& table = t.higherIsBetter ? m_itemsPerSecond : m_secondsPerIteration;
        const auto m = table.find(t.measured);
        const auto f = table.find(t.floor);
        if (m == table.end() || f == table.end() || f->second <= 0) {
            std::printf("%-46s %14s %14s %8s %8s  %s\n", t.figure.c_str(), "-", "-", "-", "-", "not run");
            continue;
        }
        const double ratio = m->second / f->second;
        const bool ok = t.higherIsBetter ? ratio >= t.maxRatio : ratio <= t.maxRatio;
        missed += ok ? 0 : 1;
        if (t.higherIsBetter) {
            std::printf("%-46s %12.0f/s %12.0f/s %8.2f %7s%.2f  %s\n", t.figure.c_str(), m->second, f->second, ratio,
                        ">=", t.maxRatio, ok ? "met" : "MISSED");
        } else {
            std::printf("%-46s %12.3fms %12.3fms %8.2f %7s%.2f  %s\n", t.figure.c_str(), m->second * 1e3,
                        f->second * 1e3, ratio, "<=", t.maxRatio, ok ? "met" : "MISSED");
        }
    }
    return missed;
}

}  // namespace spinesignal::bench
