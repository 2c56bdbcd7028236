// Kill tests of an import and of a backup (built when core/io and core/storage/backup are in the
// tree): SIGKILL at a random moment leaves the store before or after the import, never between, and
// a backup either complete and valid or absent; no temporary file is left where the person would
// see it.
//
// SPINESIGNAL_KILL_IMPORT_CYCLES / SPINESIGNAL_KILL_BACKUP_CYCLES (default 25 each) raise the
// count.
#include "childprocess.h"
#include "entrycontent.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "storecheck.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

#include "storage/backup.h"

using namespace spinesignal;
using namespace spinesignal::testing;

namespace {

const QString kWriter = QStringLiteral(RELIABILITY_WRITER);

/// A data folder holding a store with `entries` entries.
void prepareStore(const QString& dataDir, int entries) {
    ASSERT_TRUE(DataLocation::ensureDirectory(dataDir));
    auto db = Database::open(DataLocation::databasePath(dataDir));
    ASSERT_TRUE(db);
    EpisodeRepository repo(*db.value());
    QList<Episode> list;
    for (int i = 0; i < entries; ++i) {
        list << randomEpisode(static_cast<quint64>(i) + 100000);
    }
    ASSERT_TRUE(repo.addAll(list));
}

qint64 countIn(const QString& dataDir, QString* integrity) {
    auto db = Database::open(DataLocation::databasePath(dataDir));
    if (!db) {
        *integrity = db.error().message;
        return -1;
    }
    *integrity = integrityCheck(*db.value());
    return EpisodeRepository(*db.value()).count().value();
}

}  // namespace

TEST(KillImport, AnImportIsAllOrNothing) {
    // 1500 rows in the export format (dates in the past, distinct so none is a duplicate).
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("import.csv"));
    {
        QFile csv(csvPath);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write(
            "when,soreness,numbness,radiating_pain,weakness,back_pain,side,regions,triggers,"
            "sitting_minutes,duration_minutes,helped,red_flags,sit_breaks,swallow_sets,bridge_sets,"
            "walking_minutes,note\n");
        const QDateTime start(QDate(2015, 1, 1), QTime(8, 0));
        for (int i = 0; i < 1500; ++i) {
            csv.write(start.addSecs(i * 3600).toString(Qt::ISODate).toUtf8() + "," + QByteArray::number(i % 11) +
                      ",,,,,,,,,,,,,,,,row " + QByteArray::number(i) + "\n");
        }
    }
    const int cycles = iterationsFrom("SPINESIGNAL_KILL_IMPORT_CYCLES", 25);
    QRandomGenerator rng(7);
    int before = 0;
    int after = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const QString dataDir = dir.filePath(QStringLiteral("data-%1").arg(cycle));
        prepareStore(dataDir, 10);
        {
            ChildProcess child(kWriter, {QStringLiteral("import"), dataDir, csvPath});
            ASSERT_TRUE(child.waitForLine("ready"));
            sleepFor(std::chrono::microseconds(rng.bounded(400000)));
            child.killAndCollect();
        }
        QString integrity;
        const qint64 n = countIn(dataDir, &integrity);
        ASSERT_EQ(integrity, QStringLiteral("ok")) << "cycle " << cycle;
        ASSERT_TRUE(n == 10 || n == 1510) << "cycle " << cycle << ": " << n << " entries, between before and after";
        (n == 10 ? before : after)++;
        ASSERT_TRUE(strayFiles(dataDir, false).isEmpty()) << strayFiles(dataDir, false).join(u' ').toStdString();
    }
    std::cout << "[ figures  ] import kills: " << cycles << " (before: " << before << ", after: " << after << ")\n";
}

TEST(KillBackup, ABackupIsCompleteOrAbsent) {
    const int cycles = iterationsFrom("SPINESIGNAL_KILL_BACKUP_CYCLES", 25);
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    prepareStore(dataDir, 3000);
    QRandomGenerator rng(11);
    int complete = 0;
    int absent = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const QStringList earlier = QDir(Backup::directory(dataDir)).entryList(QDir::Files);
        {
            ChildProcess child(kWriter, {QStringLiteral("backup"), dataDir});
            ASSERT_TRUE(child.waitForLine("ready"));
            sleepFor(std::chrono::microseconds(rng.bounded(150000)));
            child.killAndCollect();
        }
        const QStringList now = QDir(Backup::directory(dataDir)).entryList(QDir::Files);
        for (const QString& name : now) {
            if (earlier.contains(name)) {
                continue;
            }
            const QString path = QDir(Backup::directory(dataDir)).filePath(name);
            // Whatever the person sees in backups/ must be a backup they can restore.
            ASSERT_TRUE(Backup::verify(path)) << "cycle " << cycle << ": " << name.toStdString() << " is not usable";
            auto db = Database::openReadOnly(path);
            ASSERT_TRUE(db);
            EXPECT_EQ(integrityCheck(*db.value()), QStringLiteral("ok"));
            EXPECT_EQ(EpisodeRepository(*db.value()).count().value(), 3000);
            ++complete;
        }
        absent += now.size() == earlier.size() ? 1 : 0;
        QString integrity;
        ASSERT_EQ(countIn(dataDir, &integrity), 3000);
        ASSERT_EQ(integrity, QStringLiteral("ok"));
    }
    std::cout << "[ figures  ] backup kills: " << cycles << " (complete: " << complete << ", none: " << absent << ")\n";
}
