#include "storage/pagecheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <utility>

namespace spinesignal {

Status describePageCheck(const QString& path, const QString& failure, const QStringList& findings) {
    if (!failure.isEmpty()) {
        return Error{Error::Kind::Corrupt,
                     QCoreApplication::translate("Database",
                                                 "The database %1 is damaged and cannot be read (%2). SpineSignal "
                                                 "has not changed it.")
                         .arg(path, failure)};
    }
    if (findings != QStringList{QStringLiteral("ok")}) {
        return Error{
            Error::Kind::Corrupt,
            QCoreApplication::translate("Database", "The database %1 is damaged (%2). SpineSignal has not changed it.")
                .arg(path, findings.join(QStringLiteral("; ")).left(300))};
    }
    return {};
}

Status checkPages(const QString& path) {
    sqlite3* db = nullptr;
    // Read-only: this connection never writes, so it cannot change a file it finds damaged.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return describePageCheck(path, why, {});
    }
    QString failure;
    QStringList findings;
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(5)", -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        findings << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE) {
        failure = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return describePageCheck(path, failure, findings);
}

BackgroundPageCheck::BackgroundPageCheck(QString path) : m_path(std::move(path)) {
    m_thread = std::thread([this] { m_result = checkPages(m_path); });
}

BackgroundPageCheck::~BackgroundPageCheck() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

Status BackgroundPageCheck::result() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
    return m_result;
}

}  // namespace spinesignal
