// The chart-pages module's two entry points, and the installer for programs that link the pages in.
#include "chartpages/linkedchartpages.h"

#include "mainwindow/chartpages.h"
#include "summary/summaryarea.h"
#include "trends/trendsarea.h"

namespace spinesignal::ui {

void installLinkedChartPages() {
    ChartPages::install({createTrendsPage, createSummaryPage});
}

}  // namespace spinesignal::ui

/// The version these pages were built as; ChartPages::factory() refuses a module of another one.
extern "C" __attribute__((visibility("default"))) const char* spinesignal_chart_pages_version() {
    return SPINESIGNAL_VERSION;
}

/// Called by ChartPages::factory() once it has loaded libspinesignal_chartpages.so.
extern "C" __attribute__((visibility("default"))) void spinesignal_install_chart_pages() {
    spinesignal::ui::installLinkedChartPages();
}
