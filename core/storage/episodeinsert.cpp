#include "storage/episodeinsert.h"

#include "storage/database.h"

#include <sqlite3.h>

namespace spinesignal {

namespace {

void bindOptional(sqlite3_stmt* s, int index, const std::optional<int>& v) {
    if (v) {
        sqlite3_bind_int(s, index, *v);
    } else {
        sqlite3_bind_null(s, index);
    }
}

QByteArray insertSql();

}  // namespace

const char* EpisodeInsert::columnList() {
    return "occurred_utc, utc_offset_s, local_day, soreness, numbness, radiating_pain, weakness, back_pain, side, "
           "regions, triggers, sitting_minutes, duration_minutes, helped, red_flags, sit_breaks, swallow_sets, "
           "bridge_sets, walking_minutes, note";
}

namespace {

QByteArray insertSql() {
    // id first: NULL lets SQLite choose it, a number puts an entry back under its old id (undo).
    return QByteArray("INSERT INTO episodes (id, ") + EpisodeInsert::columnList() +
           ", created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
}

}  // namespace

EpisodeInsert::EpisodeInsert(Database& db) : m_db(db), m_statement(db.cachedStatement(insertSql())) {
    if (m_statement == nullptr) {
        m_error = db.lastNativeError();
    }
}

qint64 EpisodeInsert::insert(const Episode& e, qint64 nowUtc, qint64 id) {
    if (m_statement == nullptr) {
        return -1;
    }
    sqlite3_stmt* s = m_statement;
    int c = 1;
    if (id > 0) {
        sqlite3_bind_int64(s, c++, id);
    } else {
        sqlite3_bind_null(s, c++);
    }
    sqlite3_bind_int64(s, c++, e.when.toSecsSinceEpoch());
    sqlite3_bind_int(s, c++, e.when.offsetFromUtc());
    sqlite3_bind_int64(s, c++, e.when.date().toJulianDay());
    for (const auto& v : e.intensity) {
        bindOptional(s, c++, v);
    }
    sqlite3_bind_int(s, c++, static_cast<int>(e.side));
    sqlite3_bind_int64(s, c++, static_cast<sqlite3_int64>(e.regions.bits()));
    sqlite3_bind_int64(s, c++, static_cast<sqlite3_int64>(e.triggers.bits()));
    bindOptional(s, c++, e.sittingMinutes);
    bindOptional(s, c++, e.durationMinutes);
    sqlite3_bind_int64(s, c++, static_cast<sqlite3_int64>(e.helped.bits()));
    sqlite3_bind_int64(s, c++, static_cast<sqlite3_int64>(e.redFlags.bits()));
    bindOptional(s, c++, e.habits.sitBreaks);
    bindOptional(s, c++, e.habits.swallowSets);
    bindOptional(s, c++, e.habits.bridgeSets);
    bindOptional(s, c++, e.habits.walkingMinutes);
    // The column holds '' for "no note" (never NULL).
    const QByteArray note = e.note.toUtf8();
    sqlite3_bind_text(s, c++, note.isNull() ? "" : note.constData(), static_cast<int>(note.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, c++, nowUtc);
    sqlite3_bind_int64(s, c++, nowUtc);
    const int rc = sqlite3_step(s);
    qint64 stored = -1;
    if (rc == SQLITE_DONE) {
        stored = sqlite3_last_insert_rowid(sqlite3_db_handle(s));
    } else {
        m_error = m_db.lastNativeError();  // before the reset below
    }
    // Reset before `note` goes out of scope (SQLITE_STATIC binds it without a copy).
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return stored;
}

}  // namespace spinesignal
