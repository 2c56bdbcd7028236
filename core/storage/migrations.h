#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace spinesignal {

/// One step of the schema: applied in its own transaction, after which PRAGMA user_version =
/// version.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

/// Every migration, ordered by version, starting at 1. Only ever append; never edit a shipped one.
const QList<Migration>& allMigrations();

/// The schema version this build writes.
int currentSchemaVersion();

}  // namespace spinesignal
