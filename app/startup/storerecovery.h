#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace spinesignal::ui {

/// When the store is damaged at start-up: offer to restore the latest backup or to start a new
/// store, always keeping the damaged file aside under a new name. The questions go through
/// callbacks so that tests can answer them; startup passes message boxes.
class StoreRecovery {
    Q_DECLARE_TR_FUNCTIONS(spinesignal::ui::StoreRecovery)
public:
    enum class Choice { RestoreBackup, StartNew, Quit };
    /// Gets the reason and the newest backup (empty when there is none); returns what the person
    /// chose.
    using Asker = std::function<Choice(const QString& reason, const QString& latestBackup)>;
    /// Shows what was done (where the damaged file now is).
    using Teller = std::function<void(const QString& notice)>;

    /// Whether setting the file aside can help: a damaged or foreign file, not a read-only or newer
    /// one.
    static bool canRecoverFrom(const Error& error);

    /// Asks, carries out the choice, and opens the store. Quit (or a failure) returns an error to
    /// report.
    static Result<std::unique_ptr<Database>> recover(const QString& dataDir, const Error& error, const Asker& ask,
                                                     const Teller& tell);

    /// The dialog startup uses.
    static Choice askWithDialog(const QString& reason, const QString& latestBackup);
    static void tellWithDialog(const QString& notice);
};

}  // namespace spinesignal::ui
