#pragma once

#include "checklist/rule.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace spinesignal {

class Database;

/// One saved self-check (a row of the self_checks table of schema v2).
struct SelfCheckRecord {
    qint64 id = 0;
    QDateTime takenAt;  ///< with the UTC offset in force where it was taken
    Tier tier = Tier::Incomplete;
    QJsonObject answers;
    QJsonObject result;               ///< CheckResult::toJson in the language it was taken in
    std::optional<qint64> episodeId;  ///< the log entry saved with it, if any
};

/// Stores and lists self-check results. Each write is one transaction.
class SelfCheckStore {
    Q_DECLARE_TR_FUNCTIONS(SelfCheckStore)
public:
    explicit SelfCheckStore(Database& db) : m_db(db) {}

    /// Stores a record and returns its id (record.id is ignored).
    Result<qint64> add(const SelfCheckRecord& record);
    /// Every stored self-check, newest first.
    Result<QList<SelfCheckRecord>> list() const;

private:
    Database& m_db;
};

}  // namespace spinesignal
