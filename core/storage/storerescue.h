#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace spinesignal {

/// What the app can do when the store cannot be opened because it is damaged: keep the damaged file
/// aside under a new name (never delete it), and start a new store or restore the latest backup.
class StoreRescue {
    Q_DECLARE_TR_FUNCTIONS(StoreRescue)
public:
    /// Backups in <dataDir>/backups/*.db, newest first (by modification time, then name).
    static QStringList backups(const QString& dataDir);

    /// Renames the store (and its -wal/-shm) to "spinesignal.db.damaged-<UTC time>" in the same
    /// folder and returns the new name of the database file. Nothing is copied or deleted.
    static Result<QString> setAside(const QString& databasePath,
                                    const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());

    /// Checks `backupPath` (ours, not damaged), copies it next to the store under a hidden
    /// temporary name, sets the damaged store aside and renames the copy into place. Returns where
    /// the damaged file went (empty when there was none).
    static Result<QString> restoreBackup(const QString& databasePath, const QString& backupPath);
};

}  // namespace spinesignal
