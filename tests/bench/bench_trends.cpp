// Trends with ten years of entries: how long the analysis and the charts take (docs/performance.md).
// The raw-SQL floor runs the same GROUP BY and only steps through the rows, so the figures show what
// the aggregation adds on top of what SQLite itself needs.
//   spinesignal_bench_trends [--days=3650] [google benchmark options]
#include "ratioreport.h"

#include "analysis/dayseries.h"
#include "analysis/daysummary.h"
#include "analysis/frequencies.h"
#include "analysis/reliefoutcome.h"
#include "analysis/samplegenerator.h"
#include "analysis/trend.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "startup/languagemanager.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "trends/trendspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace spinesignal;
using spinesignal::ui::TrendsPage;

namespace {

int g_days = 3650;

/// One store with the sample data, shared by every benchmark.
struct Store {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EpisodeRepository> repo;
    std::unique_ptr<QSettings> settings;
    ui::LanguageManager language;
    ui::Navigator navigator;
    std::unique_ptr<ui::AppContext> context;
    qint64 entries = 0;
    QDate first;
    QDate today = QDate::currentDate();

    Store() {
        db = std::move(Database::open(DataLocation::databasePath(dir.path()))).value();
        repo = std::make_unique<EpisodeRepository>(*db);
        SampleGenerator::Options options;
        options.days = g_days;
        const auto list = SampleGenerator::generate(options);
        if (!repo->addAll(list)) {
            std::fputs("could not store the sample data\n", stderr);
            std::abort();
        }
        entries = list.size();
        first = today.addDays(1 - g_days);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        language.apply(QStringLiteral("en"));
        context =
            std::make_unique<ui::AppContext>(ui::AppContext{*db, *repo, *settings, language, navigator, dir.path()});
    }
};

Store& store() {
    static Store s;
    return s;
}

/// Lets the charts finish their layout (posted events) and paints the whole page.
QPixmap paint(QWidget& page) {
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return page.grab();
}

void BM_RawSqlFloor(benchmark::State& state) {
    Store& s = store();
    qint64 rows = 0;
    for (auto _ : state) {
        QSqlQuery q(s.db->connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT local_day, COUNT(*), MAX(soreness), AVG(soreness), MAX(numbness), AVG(numbness),"
                           " MAX(radiating_pain), AVG(radiating_pain), MAX(weakness), AVG(weakness), MAX(back_pain),"
                           " AVG(back_pain), MAX(red_flags <> 0), MAX(sit_breaks), MAX(swallow_sets + bridge_sets)"
                           " FROM episodes WHERE local_day BETWEEN ? AND ? GROUP BY local_day ORDER BY local_day"));
        q.addBindValue(s.first.toJulianDay());
        q.addBindValue(s.today.toJulianDay());
        q.exec();
        rows = 0;
        while (q.next()) {
            ++rows;
        }
        benchmark::DoNotOptimize(rows);
    }
    state.counters["days"] = static_cast<double>(rows);
    state.counters["entries"] = static_cast<double>(s.entries);
}
BENCHMARK(BM_RawSqlFloor)->Unit(benchmark::kMillisecond);

void BM_AggregateDaysAll(benchmark::State& state) {
    Store& s = store();
    qsizetype days = 0;
    for (auto _ : state) {
        auto result = DayAggregator::fromDatabase(*s.db, s.first, s.today);
        days = result.value().size();
        benchmark::DoNotOptimize(days);
    }
    state.counters["days"] = static_cast<double>(days);
}
BENCHMARK(BM_AggregateDaysAll)->Unit(benchmark::kMillisecond);

void BM_AggregateSeriesAndTrendsAll(benchmark::State& state) {
    // Everything the intensity tab computes: days, per-symptom daily and rolling series, trends.
    Store& s = store();
    for (auto _ : state) {
        const auto days = DayAggregator::fromDatabase(*s.db, s.first, s.today).value();
        for (int i = 0; i < kSymptomCount; ++i) {
            const auto symptom = static_cast<Symptom>(i);
            benchmark::DoNotOptimize(DaySeries::daily(days, symptom, DaySeries::Statistic::DailyMax));
            benchmark::DoNotOptimize(DaySeries::rollingMean(days, symptom));
            benchmark::DoNotOptimize(TrendAnalyzer::analyse(
                DaySeries::daily(days, symptom, DaySeries::Statistic::DailyMean), s.first, s.today));
        }
        benchmark::DoNotOptimize(DaySeries::entriesPerWeek(days));
    }
}
BENCHMARK(BM_AggregateSeriesAndTrendsAll)->Unit(benchmark::kMillisecond);

void BM_FrequenciesAll(benchmark::State& state) {
    Store& s = store();
    for (auto _ : state) {
        benchmark::DoNotOptimize(FrequencyCounter::fromDatabase(*s.db, s.first, s.today).value().entries);
    }
}
BENCHMARK(BM_FrequenciesAll)->Unit(benchmark::kMillisecond);

void BM_WhatHelpedAll(benchmark::State& state) {
    Store& s = store();
    for (auto _ : state) {
        const auto entries = ReliefAnalyzer::fromDatabase(*s.db, s.first, s.today).value();
        benchmark::DoNotOptimize(ReliefAnalyzer::outcomes(entries));
    }
}
BENCHMARK(BM_WhatHelpedAll)->Unit(benchmark::kMillisecond);

/// Opening Trends for the first time on 'all': build the page, read, lay out and paint it.
void BM_OpenTrendsAllAndPaint(benchmark::State& state) {
    Store& s = store();
    s.settings->setValue(QStringLiteral("trends/range"), static_cast<int>(TrendsPage::Range::All));
    s.settings->setValue(QStringLiteral("trends/tab"), 0);
    for (auto _ : state) {
        TrendsPage page(*s.context);
        page.resize(920, 700);
        page.show();  // reads the store in showEvent
        benchmark::DoNotOptimize(paint(page));
        page.hide();
        state.PauseTiming();
        page.close();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenTrendsAllAndPaint)->Unit(benchmark::kMillisecond)->Iterations(10);

/// Switching back to Trends after the entries changed: read again and paint 'all'.
void BM_SwitchToTrendsAllAndPaint(benchmark::State& state) {
    Store& s = store();
    s.settings->setValue(QStringLiteral("trends/range"), static_cast<int>(TrendsPage::Range::All));
    TrendsPage page(*s.context);
    page.resize(920, 700);
    for (auto _ : state) {
        Q_EMIT s.repo->changed();  // as after a new entry: the hidden page marks itself stale
        page.show();
        benchmark::DoNotOptimize(paint(page));
        state.PauseTiming();
        page.hide();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_SwitchToTrendsAllAndPaint)->Unit(benchmark::kMillisecond)->Iterations(20);

/// Changing the range on the visible page (from 3 months to the target) and painting it.
void BM_ChangeRangeAndPaint(benchmark::State& state) {
    Store& s = store();
    const auto target = static_cast<TrendsPage::Range>(state.range(0));
    TrendsPage page(*s.context);
    page.resize(920, 700);
    page.show();
    for (auto _ : state) {
        state.PauseTiming();
        page.setRange(target == TrendsPage::Range::ThreeMonths ? TrendsPage::Range::TwoWeeks
                                                               : TrendsPage::Range::ThreeMonths);
        QApplication::processEvents();
        state.ResumeTiming();
        page.setRange(target);
        benchmark::DoNotOptimize(paint(page));
    }
    const char* names[] = {"2 weeks", "3 months", "1 year", "all"};
    state.SetLabel(names[state.range(0)]);
}
BENCHMARK(BM_ChangeRangeAndPaint)->Unit(benchmark::kMillisecond)->DenseRange(0, 3)->Iterations(20);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--days=", 7) == 0) {
            g_days = std::atoi(argv[i] + 7);
        }
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    QElapsedTimer timer;
    timer.start();
    const Store& s = store();
    std::printf("sample data: %lld entries over %d days (generated and stored in %lld ms)\n",
                static_cast<long long>(s.entries), g_days, static_cast<long long>(timer.elapsed()));
    spinesignal::bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printVerdicts({
        {"aggregate ten years for Trends", "BM_AggregateDaysAll", "BM_RawSqlFloor", 1.5, false},
    });
    reporter.printAbsolute({
        {"aggregate ten years for Trends", "BM_AggregateDaysAll", 1.0, 20.0},
        {"open Trends 'all', to painted", "BM_SwitchToTrendsAllAndPaint", 1.0, 200.0},
        {"first Trends page ever built, 'all', painted", "BM_OpenTrendsAllAndPaint", 1.0, 200.0},
        {"change range -> all, painted", "BM_ChangeRangeAndPaint/3", 1.0, 100.0},
    });
    benchmark::Shutdown();
    return 0;
}
