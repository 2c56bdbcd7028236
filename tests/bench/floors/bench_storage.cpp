// Storage figures against the raw sqlite3 C API with the same schema and pragmas (issue 10):
//   save one entry, durable      ≤ 1.3 × one raw insert + commit (WAL, synchronous=FULL)
//   bulk insert of 100,000 rows  (the floor for CSV import, which must reach ≥ 0.5 × its rate)
#include "ratioreport.h"

#include "domain/episode.h"
#include "io/csvexporter.h"
#include "io/csvimporter.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <benchmark/benchmark.h>

#include <memory>

using namespace spinesignal;

namespace {

constexpr int kBulkRows = 100000;

Episode sampleEpisode(int i) {
    Episode e;
    e.when = QDateTime(QDate(1990, 1, 1).addDays(i / 8), QTime(7 + (i % 8) * 2, 15));  // all in the past
    e.setIntensity(Symptom::Soreness, i % 11);
    e.setIntensity(Symptom::Numbness, (i * 7) % 11);
    e.side = static_cast<Side>(1 + i % 3);
    e.regions.insert(Leg::Left, LegRegion::CalfBack);
    e.triggers.insert(Trigger::LongSitting);
    e.sittingMinutes = 60 + i % 90;
    e.habits.sitBreaks = i % 9;
    e.note = QStringLiteral("calves heavy after the afternoon meeting");
    return e;
}

/// The floor: the same schema (our own migrations) and pragmas through sqlite3 directly.
class RawStore {
public:
    explicit RawStore(const QString& path) {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr);
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        for (const Migration& m : allMigrations()) {
            for (const QString& sql : m.statements) {
                exec(sql.toUtf8().constData());
            }
        }
        sqlite3_prepare_v2(m_db,
                           "INSERT INTO episodes (occurred_utc, utc_offset_s, local_day, soreness, numbness, "
                           "radiating_pain, weakness, back_pain, side, regions, triggers, sitting_minutes, "
                           "duration_minutes, helped, red_flags, sit_breaks, swallow_sets, bridge_sets, "
                           "walking_minutes, note, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &m_insert, nullptr);
    }
    ~RawStore() {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void exec(const char* sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    void insert(const Episode& e) {
        int c = 1;
        sqlite3_bind_int64(m_insert, c++, e.when.toSecsSinceEpoch());
        sqlite3_bind_int(m_insert, c++, e.when.offsetFromUtc());
        sqlite3_bind_int64(m_insert, c++, e.when.date().toJulianDay());
        for (const auto& v : e.intensity) {
            v ? sqlite3_bind_int(m_insert, c++, *v) : sqlite3_bind_null(m_insert, c++);
        }
        sqlite3_bind_int(m_insert, c++, static_cast<int>(e.side));
        sqlite3_bind_int64(m_insert, c++, static_cast<sqlite3_int64>(e.regions.bits()));
        sqlite3_bind_int64(m_insert, c++, static_cast<sqlite3_int64>(e.triggers.bits()));
        e.sittingMinutes ? sqlite3_bind_int(m_insert, c++, *e.sittingMinutes) : sqlite3_bind_null(m_insert, c++);
        sqlite3_bind_null(m_insert, c++);
        sqlite3_bind_int64(m_insert, c++, 0);
        sqlite3_bind_int64(m_insert, c++, 0);
        e.habits.sitBreaks ? sqlite3_bind_int(m_insert, c++, *e.habits.sitBreaks) : sqlite3_bind_null(m_insert, c++);
        sqlite3_bind_null(m_insert, c++);
        sqlite3_bind_null(m_insert, c++);
        sqlite3_bind_null(m_insert, c++);
        const QByteArray note = e.note.toUtf8();
        sqlite3_bind_text(m_insert, c++, note.constData(), static_cast<int>(note.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_insert, c++, 0);
        sqlite3_bind_int64(m_insert, c++, 0);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
};

/// The 100,000 rows of the bulk figures, made once for all of them.
const QList<Episode>& bulkRows() {
    static const QList<Episode> rows = [] {
        QList<Episode> all;
        for (int i = 0; i < kBulkRows; ++i) {
            all.append(sampleEpisode(i));
        }
        return all;
    }();
    return rows;
}

/// A new, empty store of our own (migrated, pragmas set) in a folder that goes with it.
struct EmptyStore {
    QTemporaryDir dir;
    std::unique_ptr<Database> db = std::move(Database::open(DataLocation::databasePath(dir.path()))).value();
    std::unique_ptr<EpisodeRepository> repo = std::make_unique<EpisodeRepository>(*db);
};

void SaveEntry_RawSqlite(benchmark::State& state) {
    QTemporaryDir dir;
    RawStore raw(QDir(dir.path()).filePath(QStringLiteral("raw.db")));
    const Episode e = sampleEpisode(1);
    for (auto _ : state) {
        raw.exec("BEGIN");
        raw.insert(e);
        raw.exec("COMMIT");
    }
}
BENCHMARK(SaveEntry_RawSqlite)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void SaveEntry_Repository(benchmark::State& state) {
    QTemporaryDir dir;
    auto db = Database::open(DataLocation::databasePath(dir.path()));
    EpisodeRepository repo(*db.value());
    const Episode e = sampleEpisode(1);
    for (auto _ : state) {
        benchmark::DoNotOptimize(repo.add(e));
    }
}
BENCHMARK(SaveEntry_Repository)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void BulkInsert_RawSqlite(benchmark::State& state) {
    const QList<Episode>& rows = bulkRows();
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<QTemporaryDir>();
        RawStore raw(QDir(dir->path()).filePath(QStringLiteral("raw.db")));
        state.ResumeTiming();
        raw.exec("BEGIN");
        for (const Episode& e : rows) {
            raw.insert(e);
        }
        raw.exec("COMMIT");
    }
    state.SetItemsProcessed(state.iterations() * kBulkRows);
}
BENCHMARK(BulkInsert_RawSqlite)->Unit(benchmark::kMillisecond)->Iterations(3);

void BulkInsert_Repository(benchmark::State& state) {
    const QList<Episode>& rows = bulkRows();
    for (auto _ : state) {
        state.PauseTiming();
        EmptyStore store;
        state.ResumeTiming();
        benchmark::DoNotOptimize(store.repo->addAll(rows));
    }
    state.SetItemsProcessed(state.iterations() * kBulkRows);
}
BENCHMARK(BulkInsert_Repository)->Unit(benchmark::kMillisecond)->Iterations(3);

/// The whole import as the person runs it: read the file, parse, validate every row, insert in one
/// transaction. Compared with the raw bulk insert of the same rows (target: at least half its rate).
void ImportCsv_Repository(benchmark::State& state) {
    const QList<Episode>& rows = bulkRows();
    QTemporaryDir csvDir;
    const QString csvPath = QDir(csvDir.path()).filePath(QStringLiteral("entries.csv"));
    if (!CsvExporter::writeAtomically(csvPath, CsvExporter::toCsv(rows))) {
        state.SkipWithError("cannot write the CSV file");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        EmptyStore store;
        state.ResumeTiming();
        auto report = CsvImporter::importFile(*store.repo, csvPath, false);
        if (!report || report.value().imported != kBulkRows) {
            state.SkipWithError(report ? "not every row was imported" : "the import failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * kBulkRows);
}
BENCHMARK(ImportCsv_Repository)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    spinesignal::bench::RecordingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printVerdicts({
        {"save one entry, durable", "SaveEntry_Repository", "SaveEntry_RawSqlite", 1.3, false},
        {"bulk insert 100,000 entries (repository)", "BulkInsert_Repository", "BulkInsert_RawSqlite", 0.5, true},
        {"import 100,000 CSV rows (parse, validate, insert)", "ImportCsv_Repository", "BulkInsert_RawSqlite", 0.5,
         true},
    });
    benchmark::Shutdown();
    return 0;
}
