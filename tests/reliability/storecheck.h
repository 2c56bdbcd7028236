#pragma once

#include "storage/database.h"

#include <QString>

namespace spinesignal::testing {

/// PRAGMA integrity_check of an open store: "ok" or SQLite's list of problems.
QString integrityCheck(Database& db);

/// Names in `dir` (hidden ones too) that are not the store and its SQLite side files or settings.
QStringList strayFiles(const QString& dir, bool includeHidden);

/// The iteration count from environment variable `name`, or `fallback` when unset or not a number.
int iterationsFrom(const char* name, int fallback);

}  // namespace spinesignal::testing
