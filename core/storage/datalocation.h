#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace spinesignal {

/// Where the person's data lives: --data-dir, else $SPINESIGNAL_DATA_DIR, else the platform's
/// app-data location (QStandardPaths::AppDataLocation, e.g. ~/.local/share/SpineSignal).
class DataLocation {
    Q_DECLARE_TR_FUNCTIONS(DataLocation)
public:
    static constexpr const char* kEnvironmentVariable = "SPINESIGNAL_DATA_DIR";
    static constexpr const char* kDatabaseFileName = "spinesignal.db";

    /// The directory to use; `commandLineDir` wins when not empty.
    static QString resolveDirectory(const QString& commandLineDir);

    /// Creates the directory (mode 0700) when missing; an error names it when it cannot be used.
    static Status ensureDirectory(const QString& dir);

    static QString databasePath(const QString& dir);
};

}  // namespace spinesignal
