#pragma once

#include <QString>

namespace spinesignal::ui {

/// Restore and "delete all data" replace the database file, which must not be open then. The page
/// asks for it here; the event loop ends with kRestartStoreExitCode, runApplication closes the
/// window and the store, applies the action and opens the store and a new window again (same
/// process, so the single-instance lock is never released).
struct StoreAction {
    enum class Kind { None, Restore, DeleteAll };
    Kind kind = Kind::None;
    QString backupPath;  ///< for Restore
    /// For Restore: the backup already checked and copied next to the store (Backup::prepareRestore,
    /// done off the UI thread while the window was open), so only renames are left. Empty: do all.
    QString preparedPath;
};

inline constexpr int kRestartStoreExitCode = 0x5353;

/// Remembers the action and ends the event loop with kRestartStoreExitCode.
void requestStoreRestart(const StoreAction& action);
/// The pending action (and clears it).
StoreAction takeStoreAction();
/// Applies `action` to the closed store in `dataDir`; returns what happened, for the person.
QString applyStoreAction(const StoreAction& action, const QString& dataDir);
/// The message of the last applied action, shown once by the Settings page (and cleared).
QString takeStoreRestartMessage();

}  // namespace spinesignal::ui
