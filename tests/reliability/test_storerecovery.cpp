// Recovery from a damaged store: the damaged file is kept aside under a new name, and the person
// gets a new store or the latest backup. Headless runs keep refusing with a message and exit
// code 1.
#include "entrycontent.h"
#include "startup/storerecovery.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "storage/migrations.h"
#include "storage/storerescue.h"
#include "support/tempstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spinesignal;
using namespace spinesignal::testing;
using spinesignal::ui::StoreRecovery;

namespace {

const QByteArray kGarbage = QByteArray("SQLite format 3\0", 16) + QByteArray(5000, '\x5a');

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/// A valid store at `path` holding `n` entries.
void makeStore(const QString& path, int n) {
    auto db = Database::open(path);
    ASSERT_TRUE(db);
    EpisodeRepository repo(*db.value());
    for (int i = 0; i < n; ++i) {
        ASSERT_TRUE(repo.add(randomEpisode(static_cast<quint64>(i) + 1)));
    }
}

/// What a headless first-paint start on the data folder `dir` did.
struct HeadlessStart {
    int exitCode = -1;
    QString out;
    QString err;
};

HeadlessStart startHeadless(const QString& dir) {
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SPINESIGNAL_EXE),
              {QStringLiteral("--data-dir"), dir, QStringLiteral("--quit-after-first-paint")});
    if (!app.waitForFinished(60000)) {
        ADD_FAILURE() << "the app did not finish";
        return {};
    }
    return {app.exitCode(), QString::fromLocal8Bit(app.readAllStandardOutput()),
            QString::fromLocal8Bit(app.readAllStandardError())};
}

QStringList damagedCopies(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("spinesignal.db.damaged-*")}, QDir::Files);
}

}  // namespace

TEST(StoreRecovery, StartingANewStoreKeepsTheDamagedFileAside) {
    QTemporaryDir dir;
    const QString db = DataLocation::databasePath(dir.path());
    writeFile(db, kGarbage);
    auto opened = Database::open(db);
    ASSERT_FALSE(opened);
    ASSERT_TRUE(StoreRecovery::canRecoverFrom(opened.error()));
    QString told;
    QString offeredBackup = QStringLiteral("unset");
    auto recovered = StoreRecovery::recover(
        dir.path(), opened.error(),
        [&](const QString& reason, const QString& backup) {
            EXPECT_TRUE(reason.contains(db));
            offeredBackup = backup;
            return StoreRecovery::Choice::StartNew;
        },
        [&](const QString& notice) { told = notice; });
    ASSERT_TRUE(recovered) << recovered.error().message.toStdString();
    EXPECT_TRUE(offeredBackup.isEmpty()) << "no backup exists, none may be offered";
    const QStringList kept = damagedCopies(dir.path());
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(told.contains(kept.constFirst())) << told.toStdString();
    QFile keptFile(QDir(dir.path()).filePath(kept.constFirst()));
    ASSERT_TRUE(keptFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(keptFile.readAll(), kGarbage) << "the damaged file must be kept byte for byte";
    EpisodeRepository repo(*recovered.value());
    EXPECT_EQ(repo.count().value(), 0);
}

TEST(StoreRecovery, RestoringTheNewestBackup) {
    QTemporaryDir dir;
    const QString db = DataLocation::databasePath(dir.path());
    const QString backups = QDir(dir.path()).filePath(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(backups));
    makeStore(QDir(backups).filePath(QStringLiteral("old.db")), 2);
    makeStore(QDir(backups).filePath(QStringLiteral("new.db")), 5);
    for (const QString& name : {QStringLiteral("old.db"), QStringLiteral("new.db")}) {
        QFile::remove(QDir(backups).filePath(name + QStringLiteral("-wal")));
        QFile::remove(QDir(backups).filePath(name + QStringLiteral("-shm")));
    }
    QFile old(QDir(backups).filePath(QStringLiteral("old.db")));
    ASSERT_TRUE(old.open(QIODevice::ReadWrite));
    old.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime);
    old.close();
    ASSERT_EQ(StoreRescue::backups(dir.path()).constFirst(), QDir(backups).filePath(QStringLiteral("new.db")));

    writeFile(db, kGarbage);
    auto opened = Database::open(db);
    ASSERT_FALSE(opened);
    QString offered;
    auto recovered = StoreRecovery::recover(
        dir.path(), opened.error(),
        [&](const QString&, const QString& backup) {
            offered = backup;
            return StoreRecovery::Choice::RestoreBackup;
        },
        [](const QString&) {});
    ASSERT_TRUE(recovered) << recovered.error().message.toStdString();
    EXPECT_TRUE(offered.endsWith(QStringLiteral("new.db")));
    EpisodeRepository repo(*recovered.value());
    EXPECT_EQ(repo.count().value(), 5);
    EXPECT_EQ(damagedCopies(dir.path()).size(), 1);
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral(".*creating*")}, QDir::Hidden | QDir::Files).isEmpty());
}

TEST(StoreRecovery, ADamagedBackupIsNotRestored) {
    QTemporaryDir dir;
    const QString db = DataLocation::databasePath(dir.path());
    ASSERT_TRUE(QDir().mkpath(QDir(dir.path()).filePath(QStringLiteral("backups"))));
    writeFile(QDir(dir.path()).filePath(QStringLiteral("backups/bad.db")), kGarbage);
    writeFile(db, kGarbage);
    auto result = StoreRescue::restoreBackup(db, StoreRescue::backups(dir.path()).constFirst());
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("bad.db"))) << result.error().message.toStdString();
    EXPECT_TRUE(damagedCopies(dir.path()).isEmpty()) << "nothing may move when the backup is unusable";
}

TEST(StoreRecovery, ABackupFromANewerVersionIsNotRestored) {
    // The same check as a restore from Settings: a newer backup would give a store this version
    // must refuse, so nothing moves and the message says to update.
    QTemporaryDir dir;
    const QString db = DataLocation::databasePath(dir.path());
    ASSERT_TRUE(QDir().mkpath(QDir(dir.path()).filePath(QStringLiteral("backups"))));
    const QString newer = QDir(dir.path()).filePath(QStringLiteral("backups/newer.db"));
    makeStore(newer, 3);
    {
        auto opened = Database::open(newer);
        ASSERT_TRUE(opened);
        QSqlQuery q(opened.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1)));
    }
    writeFile(db, kGarbage);
    auto result = StoreRescue::restoreBackup(db, newer);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().kind, Error::Kind::TooNew);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("newer.db"))) << result.error().message.toStdString();
    EXPECT_TRUE(damagedCopies(dir.path()).isEmpty());
    EXPECT_EQ(fileHash(db), QCryptographicHash::hash(kGarbage, QCryptographicHash::Sha256));
}

TEST(StoreRecovery, QuitLeavesEverythingAsItWas) {
    QTemporaryDir dir;
    const QString db = DataLocation::databasePath(dir.path());
    writeFile(db, kGarbage);
    auto opened = Database::open(db);
    ASSERT_FALSE(opened);
    auto result = StoreRecovery::recover(
        dir.path(), opened.error(), [](const QString&, const QString&) { return StoreRecovery::Choice::Quit; },
        [](const QString&) {});
    EXPECT_FALSE(result);
    EXPECT_TRUE(damagedCopies(dir.path()).isEmpty());
    EXPECT_EQ(fileHash(db), QCryptographicHash::hash(kGarbage, QCryptographicHash::Sha256));
}

TEST(StoreRecovery, NewerOrReadOnlyStoresAreNotOfferedRecovery) {
    EXPECT_FALSE(StoreRecovery::canRecoverFrom(Error{Error::Kind::TooNew, {}}));
    EXPECT_FALSE(StoreRecovery::canRecoverFrom(Error{Error::Kind::Io, {}}));
}

TEST(StoreRecovery, HeadlessStartWithADamagedStoreSaysSoAndExitsOne) {
    QTemporaryDir dir;
    const QString db = DataLocation::databasePath(dir.path());
    writeFile(db, kGarbage);
    const HeadlessStart start = startHeadless(dir.path());
    EXPECT_EQ(start.exitCode, 1);
    EXPECT_TRUE(start.err.contains(db)) << start.err.toStdString();
    EXPECT_TRUE(start.err.contains(QStringLiteral("damaged"))) << start.err.toStdString();
    EXPECT_EQ(fileHash(db), QCryptographicHash::hash(kGarbage, QCryptographicHash::Sha256));
    EXPECT_TRUE(damagedCopies(dir.path()).isEmpty());
}

TEST(StoreRecovery, HeadlessStartWithADamagedPageFoundWhileTheWindowIsBuiltNeverShowsIt) {
    // A store whose header is sound but one of whose pages is not: the start-up checks the pages on
    // another thread while it builds the window, and must still refuse before the first frame.
    QTemporaryDir dir;
    const QString db = DataLocation::databasePath(dir.path());
    makeStore(db, 400);
    QByteArray bytes;
    {
        QFile f(db);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    const int raw = (static_cast<unsigned char>(bytes.at(16)) << 8) | static_cast<unsigned char>(bytes.at(17));
    const int page = raw == 1 ? 65536 : raw;
    ASSERT_GT(bytes.size(), 8 * page);
    ASSERT_EQ(bytes.at(18), 2) << "the store is in WAL mode";
    for (int i = 0; i < 300; ++i) {
        bytes[(bytes.size() / page / 2) * page + i] = static_cast<char>(0xA5 ^ i);
    }
    writeFile(db, bytes);
    const QByteArray before = fileHash(db);
    const HeadlessStart start = startHeadless(dir.path());
    EXPECT_EQ(start.exitCode, 1);
    EXPECT_TRUE(start.out.trimmed().isEmpty()) << "a window was painted";
    EXPECT_TRUE(start.err.contains(db)) << start.err.toStdString();
    EXPECT_TRUE(start.err.contains(QStringLiteral("damaged"))) << start.err.toStdString();
    EXPECT_EQ(fileHash(db), before);
    EXPECT_TRUE(damagedCopies(dir.path()).isEmpty());
}
