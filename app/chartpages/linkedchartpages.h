#pragma once

namespace spinesignal::ui {

/// Installs the Trends and Doctor summary page factories of the pages linked into this program
/// (tests and benchmarks link spinesignal_chartpages; the executable loads them as a module
/// instead, see mainwindow/chartpages.h).
void installLinkedChartPages();

}  // namespace spinesignal::ui
