// Cancelling a backup or the preparation of a restore leaves nothing behind, and what a crash
// left behind (hidden partial backups) is swept away.
#include "analysis/samplegenerator.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "support/tempstore.h"
#include "util/taskprogress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace spinesignal;
using spinesignal::testing::TempStore;

namespace {

/// Every file in the backups folder, hidden ones included.
QStringList backupFolderFiles(const QString& dataDir) {
    return QDir(Backup::directory(dataDir)).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

void addSampleYears(EpisodeRepository& repo, int days) {
    SampleGenerator::Options options;
    options.days = days;
    ASSERT_TRUE(repo.addAll(SampleGenerator::generate(options)).ok());
}

/// The pid of a process that has certainly exited (and been reaped).
qint64 deadPid() {
    const pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0);
    return child;
}

void touch(const QString& path) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("partial");
}

}  // namespace

TEST(BackupCancel, ACancelledBackupLeavesNoFileAndNoPartial) {
    TempStore store;
    addSampleYears(store.episodes(), 365);
    TaskProgress progress;
    progress.cancel();  // seen by the SQLite callback inside VACUUM INTO: the statement is interrupted
    auto made = Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual, QDateTime::currentDateTime(),
                               &progress);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, Error::Kind::Cancelled) << made.error().message.toStdString();
    EXPECT_EQ(backupFolderFiles(store.dir()), QStringList()) << backupFolderFiles(store.dir()).join(u' ').toStdString();
    EXPECT_TRUE(Backup::list(store.dir()).isEmpty());

    // The connection is usable afterwards, and an uncancelled backup reports its progress.
    TaskProgress watched;
    auto again =
        Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual, QDateTime::currentDateTime(), &watched);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_GT(watched.maximum(), 0);
    EXPECT_EQ(watched.value(), QFileInfo(again.value()).size());
    EXPECT_EQ(backupFolderFiles(store.dir()), QStringList{QFileInfo(again.value()).fileName()});
}

TEST(BackupCancel, ACancelledRestorePreparationLeavesTheStoreAndNoCopy) {
    TempStore store;
    addSampleYears(store.episodes(), 120);
    auto made = Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual);
    ASSERT_TRUE(made.ok());
    const QByteArray before = spinesignal::testing::fileHash(store.databasePath());

    TaskProgress progress;
    progress.cancel();
    auto prepared = Backup::prepareRestore(store.dir(), made.value(), &progress);
    ASSERT_FALSE(prepared.ok());
    EXPECT_EQ(prepared.error().kind, Error::Kind::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(store.databasePath() + QStringLiteral(".restoring")));
    EXPECT_EQ(spinesignal::testing::fileHash(store.databasePath()), before);

    // Not cancelled: the checked copy lies next to the store and the current data is untouched.
    TaskProgress watched;
    auto ready = Backup::prepareRestore(store.dir(), made.value(), &watched);
    ASSERT_TRUE(ready.ok()) << ready.error().message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(ready.value()));
    EXPECT_EQ(watched.value(), QFileInfo(made.value()).size());
    EXPECT_EQ(spinesignal::testing::fileHash(store.databasePath()), before);
}

TEST(BackupCancel, ARestoreCopyLeftByACrashIsRemovedAndTheStoreKept) {
    TempStore store;
    addSampleYears(store.episodes(), 30);
    auto made = Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual);
    ASSERT_TRUE(made.ok());
    // A crash between the preparation and the restart leaves the prepared copy behind.
    auto prepared = Backup::prepareRestore(store.dir(), made.value());
    ASSERT_TRUE(prepared.ok());
    ASSERT_TRUE(QFileInfo::exists(prepared.value()));
    const qint64 entries = store.episodes().count().value();
    EXPECT_TRUE(Backup::removeAbandonedRestore(store.dir()));
    EXPECT_FALSE(QFileInfo::exists(prepared.value()));
    EXPECT_FALSE(Backup::removeAbandonedRestore(store.dir()));  // nothing left to remove
    EXPECT_EQ(store.episodes().count().value(), entries);
    EXPECT_TRUE(QFileInfo::exists(made.value()));  // the backup itself stays
}

TEST(BackupCancel, LeftoverPartialsOfDeadProcessesAreRemovedOnlyThose) {
    TempStore store;
    const QString dir = Backup::directory(store.dir());
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString dead = QString::number(deadPid());
    const QString own = QString::number(::getpid());
    const QStringList stale{
        QStringLiteral(".spinesignal-20260101-101010.db.partial"),  // before the pid tag
        QStringLiteral(".spinesignal-20260102-101010-auto.db.partial-") + dead,
        QStringLiteral(".spinesignal-20260103-101010-before-restore-2.db.partial-") + dead,
    };
    const QStringList kept{
        QStringLiteral(".spinesignal-20260104-101010.db.partial-") + own,  // may be running now
        QStringLiteral(".spinesignal-20260105-101010.db.partial-1"),       // pid 1 is alive
        QStringLiteral(".notes.partial"),                                  // not our name
        QStringLiteral("spinesignal-20260106-101010.db.partial"),          // not hidden: not ours
        QStringLiteral(".spinesignal-2026-bad.db.partial"),
    };
    for (const QString& name : stale + kept) {
        touch(QDir(dir).filePath(name));
    }
    EXPECT_EQ(Backup::removeStalePartials(store.dir()), stale.size());
    QStringList left = backupFolderFiles(store.dir());
    left.sort();
    QStringList expected = kept;
    expected.sort();
    EXPECT_EQ(left, expected);

    // The next backup sweeps them too (here: none left to sweep, and its own partial is renamed).
    for (const QString& name : stale) {
        touch(QDir(dir).filePath(name));
    }
    auto made = Backup::create(store.database(), store.dir(), BackupInfo::Kind::Manual);
    ASSERT_TRUE(made.ok());
    left = backupFolderFiles(store.dir());
    for (const QString& name : stale) {
        EXPECT_FALSE(left.contains(name)) << name.toStdString();
    }
    // And the daily automatic backup, which runs at every start, even when none is due.
    for (const QString& name : stale) {
        touch(QDir(dir).filePath(name));
    }
    ASSERT_TRUE(Backup::ensureDaily(store.database(), store.dir(), 7).ok());
    ASSERT_TRUE(Backup::ensureDaily(store.database(), store.dir(), 7).ok());  // not due: still sweeps
    touch(QDir(dir).filePath(stale.first()));
    auto notDue = Backup::ensureDaily(store.database(), store.dir(), 7);
    ASSERT_TRUE(notDue.ok());
    EXPECT_FALSE(notDue.value().has_value());
    EXPECT_FALSE(QFileInfo::exists(QDir(dir).filePath(stale.first())));
}
