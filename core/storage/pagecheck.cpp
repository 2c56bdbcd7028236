#include "storage/pagecheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <utility>

namespace spinesignal {

Status describePageCheck(const QString& path, const QString& failure, const QStringList& findings,
                         Error::Kind failureKind) {
    if (!failure.isEmpty()) {
        return Error{failureKind, QCoreApplication::translate("Database",
                                                              "The database %1 is damaged and cannot be read (%2). "
                                                              "SpineSignal has not changed it.")
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
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("Database", "The database %1 cannot be opened: %2").arg(path, why)};
    }
    // The window's own connection may hold a lock for a moment; that is not damage.
    sqlite3_busy_timeout(db, 5000);
    QString failure;
    QStringList findings;
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(5)", -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        findings << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        rc = SQLITE_OK;
    }
    Error::Kind kind = Error::Kind::Corrupt;
    if (rc != SQLITE_DONE) {
        failure = QString::fromUtf8(sqlite3_errmsg(db));
        const int primary = sqlite3_errcode(db) & 0xff;
        kind = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) ? Error::Kind::Corrupt : Error::Kind::Io;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return describePageCheck(path, failure, findings, kind);
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
