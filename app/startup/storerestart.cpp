#include "startup/storerestart.h"

#include "storage/backup.h"

#include <QCoreApplication>
#include <QDir>

#include <utility>

namespace spinesignal::ui {

namespace {

StoreAction g_pending;
QString g_message;

}  // namespace

void requestStoreRestart(const StoreAction& action) {
    g_pending = action;
    QCoreApplication::exit(kRestartStoreExitCode);
}

StoreAction takeStoreAction() {
    return std::exchange(g_pending, StoreAction{});
}

QString applyStoreAction(const StoreAction& action, const QString& dataDir) {
    switch (action.kind) {
        case StoreAction::Kind::Restore: {
            auto restored = action.preparedPath.isEmpty() ? Backup::restore(dataDir, action.backupPath)
                                                          : Backup::completeRestore(dataDir, action.preparedPath);
            if (!restored) {
                g_message = restored.error().message;
            } else if (restored.value().isEmpty()) {
                g_message = QCoreApplication::translate("spinesignal::ui::StoreRestart", "Restored %1.")
                                .arg(QDir::toNativeSeparators(action.backupPath));
            } else {
                g_message =
                    QCoreApplication::translate("spinesignal::ui::StoreRestart",
                                                "Restored %1. The data you had before was kept as %2.")
                        .arg(QDir::toNativeSeparators(action.backupPath), QDir::toNativeSeparators(restored.value()));
            }
            break;
        }
        case StoreAction::Kind::DeleteAll: {
            const Status s = Backup::deleteAll(dataDir);
            g_message = s ? QCoreApplication::translate("spinesignal::ui::StoreRestart",
                                                        "All entries, self-checks and backups were deleted.")
                          : s.error().message;
            break;
        }
        case StoreAction::Kind::None:
            break;
    }
    return g_message;
}

QString takeStoreRestartMessage() {
    return std::exchange(g_message, QString());
}

}  // namespace spinesignal::ui
