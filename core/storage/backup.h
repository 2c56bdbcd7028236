#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spinesignal {

class Database;
class TaskProgress;

/// One backup file in the data folder's backups/ directory.
struct BackupInfo {
    enum class Kind { Manual, Automatic, BeforeRestore };
    QString path;
    QDateTime created;  ///< local time, from the file name
    qint64 size = 0;
    Kind kind = Kind::Manual;
};

/// Backups, restore and "delete all data" for the store in one data folder.
///
/// Backups are made with SQLite's VACUUM INTO on the open connection: a consistent snapshot taken
/// in one read transaction, so they can be made while the app runs and writes. Restore and delete
/// need the store closed (the app restarts its store around them); neither ever removes the current
/// database without first keeping a copy, except "delete all", which is what the person asked for.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    static constexpr const char* kDirectoryName = "backups";

    static QString directory(const QString& dataDir);

    /// Writes a new backup (mode 0600) of `db` into backups/ and returns its path. It is written
    /// under a hidden `.<name>.partial-<pid>` and renamed into place when complete; cancelling
    /// through `progress` stops it and removes the partial file.
    static Result<QString> create(Database& db, const QString& dataDir, BackupInfo::Kind kind,
                                  const QDateTime& now = QDateTime::currentDateTime(),
                                  TaskProgress* progress = nullptr);

    /// Removes the hidden partial files of backups that a crashed or killed process left behind
    /// (only names of our own pattern, and never one of a process that is still running).
    /// Returns how many were removed.
    static int removeStalePartials(const QString& dataDir);
    /// Removes the copy of a backup that prepareRestore() left next to the store when the process
    /// ended before completeRestore() (a crash in between). Only call it holding the data folder's
    /// single-instance lock: then no restore of this folder can be under way. True if one was found.
    static bool removeAbandonedRestore(const QString& dataDir);

    /// Every backup, newest first.
    static QList<BackupInfo> list(const QString& dataDir);

    /// Makes an automatic backup unless one was made on `now`'s day already, then keeps only the
    /// newest `keep` automatic backups. Returns the new file's path, or nothing when none was due.
    static Result<std::optional<QString>> ensureDaily(Database& db, const QString& dataDir, int keep,
                                                      const QDateTime& now = QDateTime::currentDateTime(),
                                                      TaskProgress* progress = nullptr);

    /// Removes the oldest automatic backups beyond `keep` (manual ones are the person's to delete).
    static Status prune(const QString& dataDir, int keep);

    /// Checks that `path` is a SpineSignal database this version can open, without changing it.
    static Status verify(const QString& path, TaskProgress* progress = nullptr);
    /// Copies `src` to `dst`, which must not exist, as an owner-only (0600) file flushed to the disk:
    /// complete before anything renames it into place. Cancelled or failed, it removes `dst`.
    static Status copyDurably(const QString& src, const QString& dst, TaskProgress* progress = nullptr);

    /// With the store CLOSED: moves the current database (and its -wal/-shm) aside into backups/ as
    /// a "before restore" copy, then puts a copy of `backupPath` in its place. Returns the aside
    /// path (empty when there was no current database). On failure the current database is put
    /// back.
    static Result<QString> restore(const QString& dataDir, const QString& backupPath,
                                   const QDateTime& now = QDateTime::currentDateTime());

    /// The slow half of restore(), safe while the store is open (the app runs it off the UI
    /// thread): verifies the backup and copies it next to the database. Returns the copy's path;
    /// on failure or cancel no copy is left. Nothing of the current data is touched.
    static Result<QString> prepareRestore(const QString& dataDir, const QString& backupPath,
                                          TaskProgress* progress = nullptr);
    /// The quick half, with the store CLOSED: moves the current database aside (see restore()) and
    /// renames the prepared copy into its place.
    static Result<QString> completeRestore(const QString& dataDir, const QString& preparedPath,
                                           const QDateTime& now = QDateTime::currentDateTime());

    /// With the store CLOSED: deletes the database, its journal files and every backup.
    static Status deleteAll(const QString& dataDir);

    /// The files deleteAll() removes (for the confirmation that names them).
    static QStringList filesOfDeleteAll(const QString& dataDir);
};

}  // namespace spinesignal
