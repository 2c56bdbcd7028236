#include "storecheck.h"

#include <QDir>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace spinesignal::testing {

QString integrityCheck(Database& db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return QStringLiteral("integrity_check failed to run");
    }
    QStringList lines;
    while (q.next()) {
        lines << q.value(0).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList strayFiles(const QString& dir, bool includeHidden) {
    const QStringList expected{QStringLiteral("spinesignal.db"), QStringLiteral("spinesignal.db-wal"),
                               QStringLiteral("spinesignal.db-shm"), QStringLiteral("settings.ini")};
    QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System;
    if (includeHidden) {
        filters |= QDir::Hidden;
    }
    QStringList stray;
    const QStringList names = QDir(dir).entryList(filters);
    for (const QString& name : names) {
        if (!expected.contains(name)) {
            stray << name;
        }
    }
    return stray;
}

int iterationsFrom(const char* name, int fallback) {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n > 0 ? n : fallback;
}

}  // namespace spinesignal::testing
