#include "analysis/frequencies.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace spinesignal {

namespace {

QString bitSum(const char* column, int bit) {
    return QStringLiteral(", SUM((%1 >> %2) & 1)").arg(QLatin1String(column)).arg(bit);
}

// Constant text (no user input): the bit positions are the enums' stored values.
QString frequencySql() {
    QString sql = QStringLiteral("SELECT COUNT(*)");
    for (int t = 0; t < kTriggerCount; ++t) {
        sql += bitSum("triggers", t);
    }
    for (int r = 0; r < kReliefCount; ++r) {
        sql += bitSum("helped", r);
    }
    for (int s = 0; s < kSideCount; ++s) {
        sql += QStringLiteral(", SUM(side = %1)").arg(s);
    }
    for (int leg = 0; leg < 2; ++leg) {
        for (int r = 0; r < kLegRegionCount; ++r) {
            sql += bitSum("regions", leg * 16 + r);
        }
    }
    return sql + QStringLiteral(" FROM episodes WHERE local_day BETWEEN ? AND ?");
}

}  // namespace

Result<Frequencies> FrequencyCounter::fromDatabase(Database& db, QDate from, QDate to) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    static const QString sql = frequencySql();
    q.prepare(sql);
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!q.exec() || !q.next()) {
        return Error{Error::Kind::Io, db.describeFailure(tr("Counting triggers and regions"), q.lastError().text())};
    }
    Frequencies f;
    int column = 0;
    f.entries = q.value(column++).toInt();  // SUM over no rows is NULL; toInt() makes it 0
    for (int& n : f.triggers) {
        n = q.value(column++).toInt();
    }
    for (int& n : f.helped) {
        n = q.value(column++).toInt();
    }
    for (int& n : f.sides) {
        n = q.value(column++).toInt();
    }
    for (auto& leg : f.regions) {
        for (int& n : leg) {
            n = q.value(column++).toInt();
        }
    }
    return f;
}

Frequencies FrequencyCounter::fromEpisodes(const QList<Episode>& episodes, QDate from, QDate to) {
    Frequencies f;
    for (const Episode& e : episodes) {
        const QDate date = e.localDate();
        if ((from.isValid() && date < from) || (to.isValid() && date > to)) {
            continue;
        }
        ++f.entries;
        for (int t = 0; t < kTriggerCount; ++t) {
            f.triggers[static_cast<std::size_t>(t)] += e.triggers.contains(static_cast<Trigger>(t)) ? 1 : 0;
        }
        for (int r = 0; r < kReliefCount; ++r) {
            f.helped[static_cast<std::size_t>(r)] += e.helped.contains(static_cast<Relief>(r)) ? 1 : 0;
        }
        ++f.sides[static_cast<std::size_t>(e.side)];
        for (const auto& [leg, region] : e.regions.items()) {
            ++f.regions[static_cast<std::size_t>(leg)][static_cast<std::size_t>(region)];
        }
    }
    return f;
}

}  // namespace spinesignal
