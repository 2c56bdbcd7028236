#pragma once

// Prints each figure beside its floor, measured in the same run, as a ratio against a target, so the
// noisy absolute numbers of a 2-core machine still give a fair verdict. With
// --benchmark_repetitions=N every figure is the median of the N runs, printed with its min–max.

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

namespace spinesignal::bench {

/// One line of the verdict table: figure / floor compared with a maximum ratio. Names are the
/// benchmark's function name and arguments ("ExportPdf/365"), without min_time or iterations.
struct RatioTarget {
    std::string figure;    ///< printed name
    std::string measured;  ///< benchmark of the figure
    std::string floor;     ///< benchmark of the floor
    double maxRatio;       ///< measured/floor must not exceed this (for times); 0: no target, ratio only
    bool higherIsBetter;   ///< compare items_per_second instead of time (ratio = measured/floor ≥ maxRatio)
};

/// A figure with an absolute target in milliseconds (this machine's).
struct AbsoluteTarget {
    std::string figure;
    std::string measured;
    double scale;  ///< multiplies the time per iteration (e.g. 1/8 when an iteration runs 8 queries)
    double maxMilliseconds;
};

/// How one figure grows with the amount of data: `pattern` holds "%d" for the size argument.
struct GrowthSeries {
    std::string figure;
    std::string pattern;
};

/// Median, min and max of the repetitions of one benchmark.
struct Spread {
    double median = 0;
    double min = 0;
    double max = 0;
    int runs = 0;
};

/// Console output as usual, plus a record of every repetition's time per iteration and rate.
class RecordingReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override;
    /// Prints the verdict table; returns the number of targets missed.
    int printVerdicts(const std::vector<RatioTarget>& targets) const;
    /// Prints figures against absolute targets; returns the number missed.
    int printAbsolute(const std::vector<AbsoluteTarget>& targets) const;
    /// Prints each series at every size, the cost per 1,000 entries, and the growth exponent
    /// log(t_last/t_first)/log(n_last/n_first): 1 is linear, below 1 better; returns how many grew
    /// faster than linear (exponent above 1.2, which leaves room for the noise of this machine).
    int printGrowth(const std::vector<GrowthSeries>& series, const std::vector<int>& sizes,
                    const std::vector<double>& entries) const;

private:
    std::map<std::string, std::vector<double>> m_secondsPerIteration;
    std::map<std::string, std::vector<double>> m_itemsPerSecond;
};

/// Median and range of a list of values.
Spread spreadOf(std::vector<double> values);

}  // namespace spinesignal::bench
