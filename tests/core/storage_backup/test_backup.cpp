#include "storage/backup.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "support/episodebuilder.h"
#include "support/tempstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace spinesignal;
using spinesignal::testing::fileHash;
using spinesignal::testing::pastMoment;
using spinesignal::testing::simpleEpisode;
using spinesignal::testing::TempStore;

namespace {

qint64 countIn(const QString& path) {
    auto db = Database::open(path);
    if (!db) {
        ADD_FAILURE() << db.error().message.toStdString();
        return -1;
    }
    EpisodeRepository repo(*db.value());
    return repo.count().value();
}

void addEntries(EpisodeRepository& repo, int n, int offsetMinutes = 0) {
    for (int i = 0; i < n; ++i) {
        ASSERT_TRUE(repo.add(simpleEpisode(pastMoment().addSecs(60 * (offsetMinutes + i)), i % 11)));
    }
}

QDateTime at(int day, int hour) {
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0));
}

}  // namespace

TEST(Backup, BackupIsAPrivateCompleteCopyInBackupsFolder) {
    TempStore store;
    addEntries(store.episodes(), 5);
    auto made = Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual, at(3, 9));
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(QFileInfo(made.value()).absolutePath(), QDir(store.dir()).filePath(QStringLiteral("backups")));
    EXPECT_EQ(QFile::permissions(made.value()) & 0x0077,
              QFile::Permissions());  // nobody else may read
    EXPECT_TRUE(Backup::verify(made.value()));
    EXPECT_EQ(countIn(made.value()), 5);
}

TEST(Backup, BackupWhileAnotherConnectionWritesIsConsistent) {
    TempStore store;
    addEntries(store.episodes(), 50);
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    // A second writer on its own connection, as if the log were saving while the backup runs.
    std::thread writer([&] {
        auto db = Database::open(store.databasePath());
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        while (!stop && written < 200) {
            if (repo.add(simpleEpisode(pastMoment().addDays(1).addSecs(written * 60), 3))) {
                ++written;
            }
        }
    });
    QList<QString> backups;
    for (int i = 0; i < 5; ++i) {
        auto made = Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual, at(3, 9));
        ASSERT_TRUE(made) << made.error().message.toStdString();
        backups.append(made.value());
    }
    stop = true;
    writer.join();
    EXPECT_EQ(Backup::list(store.dir()).size(),
              5);  // same second: distinct names, none overwritten
    for (const QString& path : backups) {
        ASSERT_TRUE(Backup::verify(path)) << path.toStdString();
        const qint64 n = countIn(path);
        EXPECT_GE(n, 50);
        EXPECT_LE(n, 50 + written);
    }
}

TEST(Backup, RestoreKeepsTheCurrentDatabaseAside) {
    QTemporaryDir dir;
    const QString dbPath = DataLocation::databasePath(dir.path());
    QString backup;
    {
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        addEntries(repo, 3);
        auto made = Backup::create(*db.value(), dir.path(), BackupInfo::Kind::Manual, at(3, 9));
        ASSERT_TRUE(made);
        backup = made.value();
        addEntries(repo, 4, 100);  // written after the backup
        ASSERT_EQ(repo.count().value(), 7);
    }  // the store is closed, as the app does before restoring
    const QByteArray backupHash = fileHash(backup);

    auto restored = Backup::restore(dir.path(), backup, at(3, 12));
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    EXPECT_EQ(countIn(dbPath), 3);
    EXPECT_EQ(QFile::permissions(dbPath) & 0x0077, QFile::Permissions());
    // The database that was replaced is kept, complete, and listed as a backup to go back to.
    const QString aside = restored.value();
    ASSERT_FALSE(aside.isEmpty());
    EXPECT_EQ(countIn(aside), 7);
    const QList<BackupInfo> all = Backup::list(dir.path());
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().kind, BackupInfo::Kind::BeforeRestore);
    EXPECT_EQ(fileHash(backup), backupHash);  // the backup itself is untouched
}

TEST(Backup, RestoreRefusesADamagedFileAndChangesNothing) {
    QTemporaryDir dir;
    const QString dbPath = DataLocation::databasePath(dir.path());
    {
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        addEntries(repo, 2);
    }
    const QByteArray before = fileHash(dbPath);
    const QString bogus = QDir(dir.path()).filePath(QStringLiteral("not-a-backup.db"));
    QFile f(bogus);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello, this is not SQLite");
    f.close();
    auto restored = Backup::restore(dir.path(), bogus, at(3, 12));
    ASSERT_FALSE(restored);
    EXPECT_TRUE(restored.error().message.contains(bogus));
    EXPECT_EQ(fileHash(dbPath), before);
    EXPECT_TRUE(Backup::list(dir.path()).isEmpty());
}

TEST(Backup, DailyBackupOncePerDayKeepsTheLastN) {
    TempStore store;
    addEntries(store.episodes(), 1);
    for (int day = 1; day <= 6; ++day) {
        auto first = Backup::ensureDaily(store.database(), store.dir(), 3, at(day, 8));
        ASSERT_TRUE(first);
        EXPECT_TRUE(first.value().has_value());
        auto again = Backup::ensureDaily(store.database(), store.dir(), 3, at(day, 20));
        ASSERT_TRUE(again);
        EXPECT_FALSE(again.value().has_value()) << "only one automatic backup a day";
    }
    auto manual = Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual, at(1, 9));
    ASSERT_TRUE(manual);
    ASSERT_TRUE(Backup::prune(store.dir(), 3));
    const QList<BackupInfo> all = Backup::list(store.dir());
    ASSERT_EQ(all.size(), 4);  // 3 automatic + the manual one, which pruning never touches
    EXPECT_EQ(all.at(0).created.date(), QDate(2026, 11, 6));
    EXPECT_EQ(all.at(2).created.date(), QDate(2026, 11, 4));
    EXPECT_EQ(all.at(3).kind, BackupInfo::Kind::Manual);
}

TEST(Backup, DeleteAllRemovesDatabaseAndBackups) {
    QTemporaryDir dir;
    const QString dbPath = DataLocation::databasePath(dir.path());
    {
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        addEntries(repo, 2);
        ASSERT_TRUE(Backup::create(*db.value(), dir.path(), BackupInfo::Kind::Manual, at(3, 9)));
    }
    const QStringList named = Backup::filesOfDeleteAll(dir.path());
    EXPECT_TRUE(named.contains(dbPath));
    EXPECT_EQ(named.size(), 2);
    ASSERT_TRUE(Backup::deleteAll(dir.path()));
    EXPECT_FALSE(QFileInfo::exists(dbPath));
    EXPECT_FALSE(QFileInfo::exists(Backup::directory(dir.path())));
    EXPECT_EQ(countIn(dbPath), 0);  // a fresh empty store opens afterwards
}
