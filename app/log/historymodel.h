#pragma once

#include "domain/episode.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace spinesignal {
class EpisodeRepository;
}

namespace spinesignal::ui {

/// Past entries, newest first, optionally limited to a date range. Rows are read from the store in
/// batches as the view scrolls (canFetchMore/fetchMore), so years of entries never all sit in
/// memory or become widgets. Reloads itself after every committed change of the repository.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Soreness, Numbness, RadiatingPain, Weakness, BackPain, Where, Notes, ColumnCount };
    static constexpr int kBatchSize = 100;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int WorstRole = Qt::UserRole + 2;

    explicit HistoryModel(EpisodeRepository& repository, QObject* parent = nullptr);

    /// Limits the list to local calendar days in [from, to]; an empty bound is open.
    void setRange(std::optional<QDate> from, std::optional<QDate> to);
    std::optional<QDate> rangeFrom() const { return m_from; }
    std::optional<QDate> rangeTo() const { return m_to; }
    /// Entries in the current range (all of them, loaded or not).
    qint64 totalCount() const { return m_total; }
    /// Re-reads the store, keeping at least as many rows loaded as before.
    void reload();

    const Episode& episodeAt(int row) const { return m_rows.at(row); }
    /// The row of an entry, if it is loaded.
    std::optional<int> rowOf(qint64 id) const;
    /// Column of a symptom, and back.
    static Column columnOf(Symptom s) { return static_cast<Column>(Soreness + static_cast<int>(s)); }
    /// The highest intensity recorded in an entry, if any.
    static std::optional<int> worstOf(const Episode& e);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Re-announces the headers after a language change.
    void retranslate();

Q_SIGNALS:
    /// Reading the store failed; the message is for the person.
    void loadFailed(const QString& message);

private:
    void countRows();
    QList<Episode> readBatch(int offset, int limit);
    QString whereText(const Episode& e) const;
    QString notesText(const Episode& e) const;

    EpisodeRepository& m_repository;
    std::optional<QDate> m_from;
    std::optional<QDate> m_to;
    qint64 m_total = 0;
    QList<Episode> m_rows;
};

}  // namespace spinesignal::ui
