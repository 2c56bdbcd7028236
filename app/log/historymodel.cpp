#include "log/historymodel.h"

#include "domain/labels.h"
#include "storage/database.h"
#include "storage/episoderepository.h"

#include <QColor>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace spinesignal::ui {

namespace {

QColor severityTint(int v) {
    if (v <= 0) {
        return {};  // no tint for "none"
    }
    if (v <= 3) {
        return {222, 236, 190};
    }
    if (v <= 6) {
        return {250, 219, 160};
    }
    return {242, 176, 166};
}

}  // namespace

HistoryModel::HistoryModel(EpisodeRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository) {
    connect(&m_repository, &EpisodeRepository::changed, this, &HistoryModel::reload);
    beginResetModel();
    countRows();
    endResetModel();
}

void HistoryModel::setRange(std::optional<QDate> from, std::optional<QDate> to) {
    beginResetModel();
    m_from = from;
    m_to = to;
    m_rows.clear();
    countRows();
    endResetModel();
}

void HistoryModel::reload() {
    const int keep = std::max(static_cast<int>(m_rows.size()), kBatchSize);
    beginResetModel();
    m_rows.clear();
    countRows();
    if (m_total > 0) {
        m_rows = readBatch(0, keep);
    }
    endResetModel();
}

// Reads only the indexed columns of the episodes table for ordering and paging; the entries
// themselves come from the repository, so decoding stays in one place.
void HistoryModel::countRows() {
    QSqlQuery q(m_repository.database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM episodes WHERE local_day BETWEEN ? AND ?"));
    q.addBindValue(m_from ? m_from->toJulianDay() : std::numeric_limits<qint64>::min());
    q.addBindValue(m_to ? m_to->toJulianDay() : std::numeric_limits<qint64>::max());
    if (!q.exec() || !q.next()) {
        m_total = 0;
        Q_EMIT loadFailed(m_repository.database().describeFailure(tr("Reading the history"), q.lastError().text()));
        return;
    }
    m_total = q.value(0).toLongLong();
}

QList<Episode> HistoryModel::readBatch(int offset, int limit) {
    QList<Episode> out;
    QSqlQuery q(m_repository.database().connection());
    q.prepare(
        QStringLiteral("SELECT id FROM episodes WHERE local_day BETWEEN ? AND ? "
                       "ORDER BY occurred_utc DESC, id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(m_from ? m_from->toJulianDay() : std::numeric_limits<qint64>::min());
    q.addBindValue(m_to ? m_to->toJulianDay() : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        Q_EMIT loadFailed(m_repository.database().describeFailure(tr("Reading the history"), q.lastError().text()));
        return out;
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    for (qint64 id : ids) {
        auto got = m_repository.get(id);
        if (!got) {
            Q_EMIT loadFailed(got.error().message);
            break;
        }
        if (got.value()) {
            out.append(*got.value());
        }
    }
    return out;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid()) {
        return;
    }
    QList<Episode> more = readBatch(static_cast<int>(m_rows.size()), kBatchSize);
    if (more.isEmpty()) {
        m_total = m_rows.size();  // the store changed under us; stop asking
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

std::optional<int> HistoryModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<int> HistoryModel::worstOf(const Episode& e) {
    std::optional<int> worst;
    for (const auto& v : e.intensity) {
        if (v && (!worst || *v > *worst)) {
            worst = v;
        }
    }
    return worst;
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::whereText(const Episode& e) const {
    QStringList parts;
    if (e.side != Side::Unspecified) {
        parts.append(Labels::side(e.side));
    }
    const auto regions = e.regions.items();
    if (regions.size() == 1) {
        parts.append(Labels::regionOnLeg(regions.first().first, regions.first().second));
    } else if (!regions.isEmpty()) {
        parts.append(tr("%n region(s)", nullptr, static_cast<int>(regions.size())));
    }
    return parts.join(QStringLiteral(" · "));
}

QString HistoryModel::notesText(const Episode& e) const {
    QStringList parts;
    if (e.hasRedFlag()) {
        parts.append(tr("⚠ warning sign"));
    }
    for (int t = 0; t < kTriggerCount; ++t) {
        if (e.triggers.contains(static_cast<Trigger>(t))) {
            parts.append(Labels::trigger(static_cast<Trigger>(t)));
        }
    }
    if (!e.note.isEmpty()) {
        parts.append(e.note.left(60).simplified());
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Episode& e = m_rows.at(index.row());
    const int col = index.column();
    const bool intensityColumn = col >= Soreness && col <= BackPain;
    const auto value = intensityColumn ? e.intensity[static_cast<std::size_t>(col - Soreness)] : std::nullopt;
    switch (role) {
        case IdRole:
            return e.id;
        case WorstRole: {
            const auto w = worstOf(e);
            return w ? QVariant(*w) : QVariant();
        }
        case Qt::DisplayRole:
            if (col == When) {
                // The sign is in the first column so a warning is seen without scrolling sideways.
                const QString when = QLocale().toString(e.when, QStringLiteral("yyyy-MM-dd HH:mm"));
                return e.hasRedFlag() ? QStringLiteral("⚠ ") + when : when;
            }
            if (intensityColumn) {
                return value ? QVariant(*value) : QVariant(QStringLiteral("–"));
            }
            return col == Where ? whereText(e) : notesText(e);
        case Qt::ToolTipRole:
            if (intensityColumn && value) {
                return tr("%1: %2 — %3")
                    .arg(Labels::symptom(static_cast<Symptom>(col - Soreness)))
                    .arg(*value)
                    .arg(Labels::intensityWord(*value));
            }
            if (col == Notes && !e.note.isEmpty()) {
                return e.note.left(500);
            }
            return {};
        case Qt::BackgroundRole:
            if (intensityColumn && value && *value > 0) {
                return severityTint(*value);
            }
            return {};
        case Qt::ForegroundRole:
            if (intensityColumn && value && *value > 0) {
                return QColor(Qt::black);
            }
            if ((col == Notes || col == When) && e.hasRedFlag()) {
                return QColor(180, 30, 30);
            }
            return {};
        case Qt::TextAlignmentRole:
            return intensityColumn ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignVCenter | Qt::AlignLeft);
        default:
            return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= Soreness && section <= BackPain) {
        const QString name = Labels::symptom(static_cast<Symptom>(section - Soreness));
        if (role == Qt::ToolTipRole) {
            return name;
        }
        // Two lines for long names ("Radiating / pain") keep the five columns narrow.
        QString twoLines = name;
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        if (space > 0 && name.size() > 9) {
            twoLines[space] = QLatin1Char('\n');
        }
        return twoLines;
    }
    switch (section) {
        case When:
            return tr("When");
        case Where:
            return tr("Where");
        case Notes:
            return tr("Triggers and notes");
        default:
            return {};
    }
}

void HistoryModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    }
}

}  // namespace spinesignal::ui
