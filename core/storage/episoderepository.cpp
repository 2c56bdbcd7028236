#include "storage/episoderepository.h"

#include "domain/episodevalidator.h"
#include "storage/database.h"
#include "storage/episodeinsert.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace spinesignal {

namespace {

// Column order shared by INSERT, UPDATE and SELECT.
const QString kColumns = QString::fromLatin1(EpisodeInsert::columnList());

QVariant optionalValue(const std::optional<int>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalFrom(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

void bindEpisode(QSqlQuery& q, const Episode& e) {
    const qint64 utc = e.when.toSecsSinceEpoch();
    const int offset = e.when.offsetFromUtc();
    q.addBindValue(utc);
    q.addBindValue(offset);
    q.addBindValue(e.when.date().toJulianDay());
    for (const auto& v : e.intensity) {
        q.addBindValue(optionalValue(v));
    }
    q.addBindValue(static_cast<int>(e.side));
    q.addBindValue(static_cast<qint64>(e.regions.bits()));
    q.addBindValue(static_cast<qint64>(e.triggers.bits()));
    q.addBindValue(optionalValue(e.sittingMinutes));
    q.addBindValue(optionalValue(e.durationMinutes));
    q.addBindValue(static_cast<qint64>(e.helped.bits()));
    q.addBindValue(static_cast<qint64>(e.redFlags.bits()));
    q.addBindValue(optionalValue(e.habits.sitBreaks));
    q.addBindValue(optionalValue(e.habits.swallowSets));
    q.addBindValue(optionalValue(e.habits.bridgeSets));
    q.addBindValue(optionalValue(e.habits.walkingMinutes));
    // A null QString binds as SQL NULL; the column holds '' for "no note".
    q.addBindValue(e.note.isNull() ? QString(QLatin1String("")) : e.note);
}

Episode readEpisode(const QSqlQuery& q) {
    Episode e;
    e.id = q.value(0).toLongLong();
    const qint64 utc = q.value(1).toLongLong();
    const int offset = q.value(2).toInt();
    e.when = QDateTime::fromSecsSinceEpoch(utc, Qt::OffsetFromUTC, offset);
    // column 3 is local_day, derived from `when`
    for (int i = 0; i < kSymptomCount; ++i) {
        e.intensity[static_cast<std::size_t>(i)] = optionalFrom(q.value(4 + i));
    }
    e.side = static_cast<Side>(q.value(9).toInt());
    e.regions = RegionSet::fromBits(static_cast<quint64>(q.value(10).toLongLong()));
    e.triggers = EnumSet<Trigger>::fromBits(static_cast<quint64>(q.value(11).toLongLong()));
    e.sittingMinutes = optionalFrom(q.value(12));
    e.durationMinutes = optionalFrom(q.value(13));
    e.helped = EnumSet<Relief>::fromBits(static_cast<quint64>(q.value(14).toLongLong()));
    e.redFlags = EnumSet<RedFlag>::fromBits(static_cast<quint64>(q.value(15).toLongLong()));
    e.habits.sitBreaks = optionalFrom(q.value(16));
    e.habits.swallowSets = optionalFrom(q.value(17));
    e.habits.bridgeSets = optionalFrom(q.value(18));
    e.habits.walkingMinutes = optionalFrom(q.value(19));
    e.note = q.value(20).toString();
    return e;
}

}  // namespace

EpisodeRepository::EpisodeRepository(Database& db, std::function<QDateTime()> clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(std::move(clock)) {
    if (!m_clock) {
        m_clock = [] { return QDateTime::currentDateTime(); };
    }
}

Status EpisodeRepository::validate(const Episode& episode) const {
    return validate(episode, m_clock());
}

Status EpisodeRepository::validate(const Episode& episode, const QDateTime& now) const {
    const auto errors = EpisodeValidator::validate(episode, now);
    if (!errors.isEmpty()) {
        return Error{Error::Kind::Invalid, EpisodeValidator::describe(errors)};
    }
    return {};
}

Status EpisodeRepository::writeUpdate(const Episode& e) {
    QSqlQuery q(m_db.connection());
    QString sets;
    for (const QString& c : kColumns.split(QStringLiteral(", "))) {
        sets += (sets.isEmpty() ? QString() : QStringLiteral(", ")) + c + QStringLiteral(" = ?");
    }
    q.prepare(QStringLiteral("UPDATE episodes SET ") + sets + QStringLiteral(", updated_utc = ? WHERE id = ?"));
    bindEpisode(q, e);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(e.id);
    if (!q.exec()) {
        return m_db.failure(tr("Saving the entry"), q.lastError());
    }
    if (q.numRowsAffected() != 1) {
        return Error{Error::Kind::NotFound, tr("The entry %1 no longer exists.").arg(e.id)};
    }
    return {};
}

Result<qint64> EpisodeRepository::add(const Episode& episode) {
    auto ids = addAll({episode});
    if (!ids) {
        return ids.error();
    }
    return ids.value().constFirst();
}

Result<QList<qint64>> EpisodeRepository::addAll(const QList<Episode>& episodes) {
    // Once, and in UTC: the validator compares each entry with `now` in seconds since the epoch, and
    // a local time pays a mktime() (a stat of /etc/localtime) for that on every row.
    const QDateTime now = m_clock().toUTC();
    for (const Episode& e : episodes) {
        if (Status s = validate(e, now); !s) {
            return s.error();
        }
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return m_db.failure(tr("Saving the entry"), tx.sqlError());
    }
    EpisodeInsert insert(m_db);
    if (!insert.ready()) {
        return m_db.failure(tr("Saving the entry"), insert.lastError());
    }
    QList<qint64> ids;
    ids.reserve(episodes.size());
    const qint64 stamp = QDateTime::currentSecsSinceEpoch();
    for (const Episode& e : episodes) {
        const qint64 id = insert.insert(e, stamp);
        if (id < 0) {
            return m_db.failure(tr("Saving the entry"), insert.lastError());
        }
        ids.append(id);
    }
    if (!tx.commit()) {
        return m_db.failure(tr("Saving the entry"), tx.sqlError());
    }
    Q_EMIT changed();
    return ids;
}

Status EpisodeRepository::update(const Episode& episode) {
    if (Status s = validate(episode); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (Status s = writeUpdate(episode); !s) {
        return s;
    }
    if (!tx.commit()) {
        return m_db.failure(tr("Saving the entry"), tx.sqlError());
    }
    Q_EMIT changed();
    return {};
}

Status EpisodeRepository::restore(const Episode& episode) {
    if (Status s = validate(episode); !s) {
        return s;
    }
    Transaction tx(m_db);
    EpisodeInsert insert(m_db);
    if (insert.insert(episode, QDateTime::currentSecsSinceEpoch(), episode.id) < 0) {
        return m_db.failure(tr("Saving the entry"), insert.lastError());
    }
    if (!tx.commit()) {
        return m_db.failure(tr("Saving the entry"), tx.sqlError());
    }
    Q_EMIT changed();
    return {};
}

Status EpisodeRepository::remove(qint64 id) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM episodes WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return m_db.failure(tr("Deleting the entry"), q.lastError());
    }
    if (q.numRowsAffected() != 1) {
        return Error{Error::Kind::NotFound, tr("The entry %1 no longer exists.").arg(id)};
    }
    Q_EMIT changed();
    return {};
}

Result<QList<Episode>> EpisodeRepository::select(const QString& whereAndOrder, const QVariantList& binds) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(" FROM episodes ") + whereAndOrder);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return m_db.failure(tr("Reading entries"), q.lastError());
    }
    QList<Episode> out;
    while (q.next()) {
        out.append(readEpisode(q));
    }
    return out;
}

Result<std::optional<Episode>> EpisodeRepository::get(qint64 id) const {
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return std::optional<Episode>();
    }
    return std::optional<Episode>(rows.value().constFirst());
}

Result<QList<Episode>> EpisodeRepository::listBetween(QDate from, QDate to) const {
    return select(QStringLiteral("WHERE local_day BETWEEN ? AND ? ORDER BY occurred_utc, id"),
                  {from.toJulianDay(), to.toJulianDay()});
}

Result<QList<Episode>> EpisodeRepository::listAll() const {
    return select(QStringLiteral("ORDER BY occurred_utc, id"), {});
}

Result<std::optional<Episode>> EpisodeRepository::latest() const {
    auto rows = select(QStringLiteral("ORDER BY occurred_utc DESC, id DESC LIMIT 1"), {});
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return std::optional<Episode>();
    }
    return std::optional<Episode>(rows.value().constFirst());
}

Result<qint64> EpisodeRepository::count() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM episodes")) || !q.next()) {
        return m_db.failure(tr("Counting entries"), q.lastError());
    }
    return q.value(0).toLongLong();
}

}  // namespace spinesignal
