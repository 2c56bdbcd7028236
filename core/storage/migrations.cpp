#include "storage/migrations.h"

namespace spinesignal {

const QList<Migration>& allMigrations() {
    static const QList<Migration> migrations{
        {1,
         QStringLiteral("episodes"),
         {
             // occurred_utc + utc_offset_s keep the wall-clock time where it was logged; local_day
             // is the Julian day number of that wall-clock date, so day queries need no time-zone
             // arithmetic.
             QStringLiteral("CREATE TABLE episodes ("
                            " id INTEGER PRIMARY KEY,"
                            " occurred_utc INTEGER NOT NULL,"
                            " utc_offset_s INTEGER NOT NULL,"
                            " local_day INTEGER NOT NULL,"
                            " soreness INTEGER CHECK (soreness BETWEEN 0 AND 10),"
                            " numbness INTEGER CHECK (numbness BETWEEN 0 AND 10),"
                            " radiating_pain INTEGER CHECK (radiating_pain BETWEEN 0 AND 10),"
                            " weakness INTEGER CHECK (weakness BETWEEN 0 AND 10),"
                            " back_pain INTEGER CHECK (back_pain BETWEEN 0 AND 10),"
                            " side INTEGER NOT NULL DEFAULT 0 CHECK (side BETWEEN 0 AND 3),"
                            " regions INTEGER NOT NULL DEFAULT 0,"
                            " triggers INTEGER NOT NULL DEFAULT 0,"
                            " sitting_minutes INTEGER,"
                            " duration_minutes INTEGER CHECK (duration_minutes >= 0),"
                            " helped INTEGER NOT NULL DEFAULT 0,"
                            " red_flags INTEGER NOT NULL DEFAULT 0,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " created_utc INTEGER NOT NULL,"
                            " updated_utc INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX episodes_by_day ON episodes(local_day, occurred_utc)"),
         }},
        {2,
         QStringLiteral("habits and self-check results"),
         {
             QStringLiteral("ALTER TABLE episodes ADD COLUMN sit_breaks INTEGER"),
             QStringLiteral("ALTER TABLE episodes ADD COLUMN swallow_sets INTEGER"),
             QStringLiteral("ALTER TABLE episodes ADD COLUMN bridge_sets INTEGER"),
             QStringLiteral("ALTER TABLE episodes ADD COLUMN walking_minutes INTEGER"),
             // A self-check keeps its answers and result as JSON so that new questions need no
             // migration.
             QStringLiteral("CREATE TABLE self_checks ("
                            " id INTEGER PRIMARY KEY,"
                            " taken_utc INTEGER NOT NULL,"
                            " utc_offset_s INTEGER NOT NULL,"
                            " tier TEXT NOT NULL,"
                            " answers_json TEXT NOT NULL,"
                            " result_json TEXT NOT NULL,"
                            " episode_id INTEGER REFERENCES episodes(id) ON DELETE SET NULL)"),
         }},
    };
    return migrations;
}

int currentSchemaVersion() {
    return allMigrations().constLast().version;
}

}  // namespace spinesignal
