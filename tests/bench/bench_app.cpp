// The figures of issue 10 that are not storage or Trends: PDF export, article search, and how the
// cost of the aggregate, the history list and the exports grows with 1, 3 and 10 years of entries.
// Each figure is printed beside a floor measured in the same run (see docs/performance.md).
//   spinesignal_bench_app [google benchmark options]
#include "ratioreport.h"

#include "analysis/daysummary.h"
#include "analysis/samplegenerator.h"
#include "content/contentsearch.h"
#include "io/csvexporter.h"
#include "log/historymodel.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "summary/reportcontent.h"
#include "summary/reportpainter.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>

using namespace spinesignal;

namespace {

/// A store holding `days` of the generator's sample data (the same as --generate-sample-data).
struct SampleStore {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EpisodeRepository> repo;
    QDate today = QDate::currentDate();
    qint64 entries = 0;

    explicit SampleStore(int days) {
        db = std::move(Database::open(DataLocation::databasePath(dir.path()))).value();
        repo = std::make_unique<EpisodeRepository>(*db);
        SampleGenerator::Options options;
        options.days = days;
        const auto list = SampleGenerator::generate(options);
        if (!repo->addAll(list)) {
            std::fputs("could not store the sample data\n", stderr);
            std::abort();
        }
        entries = list.size();
    }
    QString outPath(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

std::map<int, std::unique_ptr<SampleStore>>& stores() {
    static std::map<int, std::unique_ptr<SampleStore>> all;
    return all;
}

SampleStore& sampleStore(int days) {
    auto& slot = stores()[days];
    if (!slot) {
        slot = std::make_unique<SampleStore>(days);
    }
    return *slot;
}

/// Entries in the store of `days`, or 0 when no benchmark needed it.
double entriesIn(int days) {
    const auto found = stores().find(days);
    return found == stores().end() ? 0.0 : static_cast<double>(found->second->entries);
}

// ---- export a one-year PDF (target ≤ 1 s) and its growth ------------------------------------------

void ExportPdf(benchmark::State& state) {
    SampleStore& s = sampleStore(static_cast<int>(state.range(0)));
    ui::ReportOptions options;
    options.language = QStringLiteral("zh_CN");  // the heavier of the two: CJK font embedding
    int pages = 0;
    for (auto _ : state) {
        auto content = ui::ReportContent::build(*s.repo, options, QStringLiteral("en"));
        auto written = ui::ReportPainter::writePdf(s.outPath("summary.pdf"), content.value());
        pages = written.value();
    }
    state.counters["entries"] = static_cast<double>(s.entries);
    state.counters["pages"] = pages;
}
BENCHMARK(ExportPdf)->Arg(365)->Arg(1095)->Arg(3650)->Unit(benchmark::kMillisecond)->Iterations(3);

/// The least any PDF costs: one page with one line of Chinese text through the same writer.
void ExportPdf_Floor(benchmark::State& state) {
    SampleStore& s = sampleStore(365);
    for (auto _ : state) {
        QPdfWriter writer(s.outPath("floor.pdf"));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 12));
        painter.drawText(QPointF(100, 100), QStringLiteral("腰腿信号 — 就医摘要"));
        painter.end();
    }
}
BENCHMARK(ExportPdf_Floor)->Unit(benchmark::kMillisecond)->Iterations(5);

void ExportCsv(benchmark::State& state) {
    SampleStore& s = sampleStore(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            CsvExporter::exportToFile(*s.repo, s.outPath("entries.csv"), std::nullopt, std::nullopt));
    }
    state.counters["entries"] = static_cast<double>(s.entries);
}
BENCHMARK(ExportCsv)->Arg(365)->Arg(1095)->Arg(3650)->Unit(benchmark::kMillisecond)->MinTime(0.5);

// ---- the Trends aggregate's growth ----------------------------------------------------------------

void Aggregate(benchmark::State& state) {
    SampleStore& s = sampleStore(static_cast<int>(state.range(0)));
    const QDate from = s.today.addDays(1 - static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(DayAggregator::fromDatabase(*s.db, from, s.today));
    }
    state.counters["entries"] = static_cast<double>(s.entries);
}
BENCHMARK(Aggregate)->Arg(365)->Arg(1095)->Arg(3650)->Unit(benchmark::kMillisecond)->MinTime(0.5);

// ---- the history list: open it and paint what is visible ------------------------------------------

void HistoryList(benchmark::State& state) {
    SampleStore& s = sampleStore(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        ui::HistoryModel model(*s.repo);
        QTableView view;
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(view.grab());
        state.counters["rows_loaded"] = model.rowCount();
    }
    state.counters["entries"] = static_cast<double>(s.entries);
}
BENCHMARK(HistoryList)->Arg(365)->Arg(1095)->Arg(3650)->Unit(benchmark::kMillisecond)->MinTime(0.5);

// ---- search the whole article, both languages (target ≤ 10 ms a query) ----------------------------

const QStringList& queries() {
    static const QStringList q{QStringLiteral("腰椎"),       QStringLiteral("小腿 酸"),  QStringLiteral("麻木"),
                               QStringLiteral("nerve root"), QStringLiteral("sciatica"), QStringLiteral("calf"),
                               QStringLiteral("exercise"),   QStringLiteral("xyzzy")};
    return q;
}

void SearchArticle(benchmark::State& state) {
    static const ContentSearch search = ContentSearch::fromCatalogue();
    for (auto _ : state) {
        for (const QString& q : queries()) {
            benchmark::DoNotOptimize(search.search(q, QStringLiteral("zh_CN")));
        }
    }
    state.SetItemsProcessed(state.iterations() * queries().size());
}
BENCHMARK(SearchArticle)->Unit(benchmark::kMillisecond)->MinTime(0.5);

/// The floor: one case-insensitive scan of every block of both languages per query, no scoring.
void SearchArticle_Floor(benchmark::State& state) {
    static const ContentSearch search = ContentSearch::fromCatalogue();
    for (auto _ : state) {
        int hits = 0;
        for (const QString& q : queries()) {
            for (const Article& a : search.articles()) {
                for (const auto& block : a.blocks) {
                    hits += block.text.contains(q, Qt::CaseInsensitive) ? 1 : 0;
                }
            }
        }
        benchmark::DoNotOptimize(hits);
    }
    state.SetItemsProcessed(state.iterations() * queries().size());
}
BENCHMARK(SearchArticle_Floor)->Unit(benchmark::kMillisecond)->MinTime(0.5);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    spinesignal::bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printVerdicts({
        {"search the article, both languages (per 8 queries)", "SearchArticle", "SearchArticle_Floor", 0, false},
        {"export a one-year PDF", "ExportPdf/365", "ExportPdf_Floor", 0, false},
    });
    reporter.printAbsolute({
        {"search the article, per query", "SearchArticle", 1.0 / 8, 10.0},
        {"export a one-year PDF", "ExportPdf/365", 1.0, 1000.0},
    });
    reporter.printGrowth({{"aggregate for Trends", "Aggregate/%d"},
                          {"history list, open and paint", "HistoryList/%d"},
                          {"CSV export, every entry", "ExportCsv/%d"},
                          {"PDF export, whole span", "ExportPdf/%d"}},
                         {365, 1095, 3650}, {entriesIn(365), entriesIn(1095), entriesIn(3650)});
    benchmark::Shutdown();
    stores().clear();  // the stores' connections close while the application still exists
    return 0;
}
