// Kill tests: a child saves entries and reports each save after commit; we SIGKILL it at random
// moments and prove that the store survives and that nothing it reported as saved is lost or torn.
//
// SPINESIGNAL_KILL_CYCLES (default 200) and SPINESIGNAL_CREATE_KILL_CYCLES (default 40) raise the
// number of cycles, e.g. SPINESIGNAL_KILL_CYCLES=5000 ctest --preset dev -R Kill
#include "childprocess.h"
#include "entrycontent.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "storecheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <iostream>

using namespace spinesignal;
using namespace spinesignal::testing;
using namespace std::chrono_literals;

namespace {

const QString kWriter = QStringLiteral(RELIABILITY_WRITER);

/// Parses complete "<id> <digest>" lines; a line cut by the kill is not an acknowledgement.
void collectAcks(const QByteArray& output, QHash<qint64, QByteArray>& acked) {
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {  // the last piece has no '\n'
        const QList<QByteArray> parts = lines.at(i).split(' ');
        if (parts.size() == 2) {
            acked.insert(parts.at(0).toLongLong(), parts.at(1));
        }
    }
}

}  // namespace

TEST(KillStore, EveryAcknowledgedSaveSurvivesSigkill) {
    const int cycles = iterationsFrom("SPINESIGNAL_KILL_CYCLES", 200);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QHash<qint64, QByteArray> acked;
    QRandomGenerator rng(20261126);
    int killedBeforeFirstSave = 0;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const qsizetype before = acked.size();
        {
            ChildProcess child(kWriter, {QStringLiteral("save"), dataDir, QString::number(cycle + 1)});
            ASSERT_TRUE(child.started());
            // One kill in five lands while the process starts and opens the store (which takes
            // ~50–150 ms here); the others land 0–40 ms into the saving, i.e. mid-transaction.
            if (rng.bounded(5) == 0) {
                sleepFor(std::chrono::microseconds(rng.bounded(150000)));
            } else {
                ASSERT_TRUE(child.waitForLine("ready")) << "the writer could not open the store";
                sleepFor(std::chrono::microseconds(rng.bounded(40000)));
            }
            collectAcks(child.killAndCollect(), acked);
        }
        if (acked.size() == before) {
            ++killedBeforeFirstSave;
        }
        auto opened = Database::open(DataLocation::databasePath(dataDir));
        ASSERT_TRUE(opened) << "cycle " << cycle << ": " << opened.error().message.toStdString();
        ASSERT_EQ(integrityCheck(*opened.value()), QStringLiteral("ok")) << "cycle " << cycle;
        EpisodeRepository episodes(*opened.value());
        auto all = episodes.listAll();
        ASSERT_TRUE(all);
        QHash<qint64, QByteArray> stored;
        for (const Episode& e : all.value()) {
            stored.insert(e.id, contentDigest(e));
        }
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            ASSERT_TRUE(stored.contains(it.key()))
                << "cycle " << cycle << ": acknowledged entry " << it.key() << " is lost";
            ASSERT_EQ(stored.value(it.key()), it.value())
                << "cycle " << cycle << ": entry " << it.key() << " is not what was saved";
        }
        ASSERT_TRUE(strayFiles(dataDir, false).isEmpty()) << strayFiles(dataDir, false).join(u' ').toStdString();
    }
    // Kills must have landed mid-work, not only before the first save: otherwise this proves
    // nothing.
    // (Loose bounds: on a loaded machine each fsync'ed save is slower, so fewer land per cycle.)
    EXPECT_GT(acked.size(), cycles / 4);
    EXPECT_LT(killedBeforeFirstSave, cycles * 9 / 10);
    std::cout << "[ figures  ] kill cycles survived: " << cycles << ", acknowledged saves checked: " << acked.size()
              << ", kills before the first save: " << killedBeforeFirstSave << ", " << timer.elapsed() << " ms\n";
    RecordProperty("kill_cycles", cycles);
    RecordProperty("acknowledged_saves", static_cast<int>(acked.size()));
}

TEST(KillStore, CreatingTheStoreIsAtomic) {
    // How long a full creation takes here, so the kills spread over all of it.
    QTemporaryDir probe;
    QElapsedTimer timer;
    timer.start();
    {
        ChildProcess child(kWriter, {QStringLiteral("create"), probe.filePath(QStringLiteral("d"))});
        int code = -1;
        ASSERT_EQ(child.waitAndCollect(&code), QByteArray("created\n"));
        ASSERT_EQ(code, 0);
    }
    const qint64 createUs = std::max<qint64>(timer.nsecsElapsed() / 1000, 1000);

    const int cycles = iterationsFrom("SPINESIGNAL_CREATE_KILL_CYCLES", 40);
    QRandomGenerator rng(42);
    int absent = 0;
    int complete = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const QString dbPath = DataLocation::databasePath(dataDir);
        {
            ChildProcess child(kWriter, {QStringLiteral("create"), dataDir});
            sleepFor(std::chrono::microseconds(rng.bounded(static_cast<quint32>(createUs * 5 / 4))));
            child.killAndCollect();
        }
        // What the person sees right after the crash: nothing, or a whole store; never a temp file.
        if (QFileInfo::exists(dataDir)) {
            EXPECT_EQ(QFileInfo(dataDir).permissions() & (QFile::ReadOther | QFile::ReadGroup), 0);
            EXPECT_TRUE(strayFiles(dataDir, false).isEmpty()) << strayFiles(dataDir, false).join(u' ').toStdString();
        }
        if (!QFileInfo::exists(dbPath)) {
            ++absent;
        } else {
            ++complete;
            auto ro = Database::openReadOnly(dbPath);
            ASSERT_TRUE(ro) << ro.error().message.toStdString();
            EXPECT_EQ(integrityCheck(*ro.value()), QStringLiteral("ok"));
            EXPECT_GT(ro.value()->schemaVersion(), 0) << "a store without its tables was renamed into place";
        }
        // The next start opens (or creates) the store and clears what the killed one left behind.
        ASSERT_TRUE(DataLocation::ensureDirectory(dataDir));
        auto opened = Database::open(dbPath);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        EXPECT_EQ(integrityCheck(*opened.value()), QStringLiteral("ok"));
        EXPECT_TRUE(strayFiles(dataDir, true).isEmpty()) << strayFiles(dataDir, true).join(u' ').toStdString();
    }
    std::cout << "[ figures  ] creation kills: " << cycles << " (no store: " << absent << ", whole store: " << complete
              << "), creation takes ~" << createUs / 1000 << " ms\n";
}
