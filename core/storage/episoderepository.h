#pragma once

#include "domain/episode.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace spinesignal {

class Database;

/// Stores and reads entries. Every write validates first, runs in one transaction, and emits
/// changed() only after the commit succeeded.
class EpisodeRepository final : public QObject {
    Q_OBJECT
public:
    /// `clock` returns "now" (injected by tests); defaults to the system clock.
    explicit EpisodeRepository(Database& db, std::function<QDateTime()> clock = {}, QObject* parent = nullptr);

    /// Stores a new entry and returns its id.
    Result<qint64> add(const Episode& episode);
    /// Stores many entries in one transaction (all or nothing); returns the ids in order.
    Result<QList<qint64>> addAll(const QList<Episode>& episodes);
    /// Replaces the stored entry with the same id.
    Status update(const Episode& episode);
    Status remove(qint64 id);
    /// Puts a deleted entry back with its old id (undo of delete).
    Status restore(const Episode& episode);

    Result<std::optional<Episode>> get(qint64 id) const;
    /// Entries whose local calendar day lies in [from, to], oldest first.
    Result<QList<Episode>> listBetween(QDate from, QDate to) const;
    Result<QList<Episode>> listAll() const;
    /// The most recent entry by time, if any.
    Result<std::optional<Episode>> latest() const;
    Result<qint64> count() const;

    Database& database() { return m_db; }

Q_SIGNALS:
    /// After any committed change.
    void changed();

private:
    Status writeUpdate(const Episode& episode);
    Result<QList<Episode>> select(const QString& whereAndOrder, const QVariantList& binds) const;
    Status validate(const Episode& episode) const;
    Status validate(const Episode& episode, const QDateTime& now) const;

    Database& m_db;
    std::function<QDateTime()> m_clock;
};

}  // namespace spinesignal
