// The chart-pages module's entry point and the installer for programs that link the pages in.
#include "chartpages/linkedchartpages.h"

#include "mainwindow/chartpages.h"
#include "summary/summaryarea.h"
#include "trends/trendsarea.h"

namespace spinesignal::ui {

void installLinkedChartPages() {
    ChartPages::install({createTrendsPage, createSummaryPage});
}

}  // namespace spinesignal::ui

/// Called by ChartPages::factory() once it has loaded libspinesignal_chartpages.so.
extern "C" __attribute__((visibility("default"))) void spinesignal_install_chart_pages() {
    spinesignal::ui::installLinkedChartPages();
}
