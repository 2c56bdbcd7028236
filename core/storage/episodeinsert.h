#pragma once

#include "domain/episode.h"

#include <QSqlError>

struct sqlite3_stmt;

namespace spinesignal {

class Database;

/// The INSERT of new entries through SQLite's C API, on a statement the Database prepares once and
/// keeps. Qt's SQL layer converted each of the 22 values through QVariant and took five times as
/// long as SQLite itself on a bulk import (issue 10: an import must reach half the raw insert
/// rate). Runs inside the caller's transaction on the Database's own connection.
class EpisodeInsert {
public:
    /// Column order of the statement; also the order EpisodeRepository reads and updates.
    static const char* columnList();

    explicit EpisodeInsert(Database& db);

    /// Whether the statement could be prepared (false: lastError() says why).
    bool ready() const { return m_statement != nullptr; }
    /// Inserts one entry stamped with `nowUtc` as created and updated time, under `id` when it is
    /// positive (an entry put back), else under a new one; the row id, or -1 with lastError() set.
    qint64 insert(const Episode& e, qint64 nowUtc, qint64 id = 0);
    /// SQLite's message and extended code in Qt's form, so Database::failure() tells a full disk
    /// from a damaged file the same way as for statements run through Qt.
    const QSqlError& lastError() const { return m_error; }

private:
    Database& m_db;
    sqlite3_stmt* m_statement;
    QSqlError m_error;
};

}  // namespace spinesignal
