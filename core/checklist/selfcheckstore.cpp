#include "checklist/selfcheckstore.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace spinesignal {

Result<qint64> SelfCheckStore::add(const SelfCheckRecord& record) {
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO self_checks (taken_utc, utc_offset_s, tier, answers_json, result_json, "
                       "episode_id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.takenAt.toSecsSinceEpoch());
    q.addBindValue(record.takenAt.offsetFromUtc());
    q.addBindValue(tierId(record.tier));
    q.addBindValue(QString::fromUtf8(QJsonDocument(record.answers).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(record.result).toJson(QJsonDocument::Compact)));
    q.addBindValue(record.episodeId ? QVariant(*record.episodeId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!tx.started() || !q.exec()) {
        return Error{Error::Kind::Io, m_db.describeFailure(tr("Saving the self-check"), q.lastError().text())};
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!tx.commit()) {
        return Error{Error::Kind::Io, m_db.describeFailure(tr("Saving the self-check"), tx.error())};
    }
    return id;
}

Result<QList<SelfCheckRecord>> SelfCheckStore::list() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, taken_utc, utc_offset_s, tier, answers_json, result_json, episode_id "
                               "FROM self_checks ORDER BY taken_utc DESC, id DESC"))) {
        return Error{Error::Kind::Io, m_db.describeFailure(tr("Reading the self-checks"), q.lastError().text())};
    }
    QList<SelfCheckRecord> out;
    while (q.next()) {
        SelfCheckRecord r;
        r.id = q.value(0).toLongLong();
        r.takenAt = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::OffsetFromUTC, q.value(2).toInt());
        r.tier = tierFromId(q.value(3).toString()).value_or(Tier::Incomplete);
        r.answers = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        r.result = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        if (!q.value(6).isNull()) {
            r.episodeId = q.value(6).toLongLong();
        }
        out.append(r);
    }
    return out;
}

}  // namespace spinesignal
