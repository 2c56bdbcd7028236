#pragma once

// Prints each figure beside its floor, measured in the same run, as a ratio against a target, so the
// noisy absolute numbers of a 2-core machine still give a fair verdict.

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

namespace spinesignal::bench {

/// One line of the verdict table: figure / floor compared with a maximum ratio.
struct RatioTarget {
    std::string figure;    ///< printed name
    std::string measured;  ///< benchmark name (as Google Benchmark prints it)
    std::string floor;     ///< benchmark name of the floor
    double maxRatio;       ///< measured/floor must not exceed this (for times)
    bool higherIsBetter;   ///< compare items_per_second instead of time (ratio = measured/floor ≥ maxRatio)
};

/// Console output as usual, plus a record of every run's time per iteration and rate.
class RecordingReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override;
    /// Prints the verdict table; returns the number of targets missed.
    int printVerdicts(const std::vector<RatioTarget>& targets) const;

private:
    std::map<std::string, double> m_secondsPerIteration;
    std::map<std::string, double> m_itemsPerSecond;
};

}  // namespace spinesignal::bench
