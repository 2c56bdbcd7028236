#pragma once

#include "storage/pagecheck.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace spinesignal {

/// The SQLite store: opens or creates the file, checks that it is ours and not from a newer
/// version, sets the pragmas and runs the migrations. One instance owns one Qt SQL connection.
///
/// Durability: WAL journal with synchronous=FULL, so every commit is fsynced to the WAL before the
/// commit returns; an entry reported as saved survives a crash or power loss (NORMAL could lose the
/// last commits on power loss). The cost is one fsync per save, which is what the person waits for.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// 'SPSG': PRAGMA application_id of every SpineSignal database.
    static constexpr qint32 kApplicationId = 0x53505347;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens `path`, creating it (mode 0600) when it does not exist. Never modifies a file it
    /// refuses: one that is not SQLite, not ours, damaged, or written by a newer version. With
    /// PageCheck::Deferred the page check may be left to the caller (pageCheckDeferred()).
    static Result<std::unique_ptr<Database>> open(const QString& path, PageCheck check = PageCheck::OnOpen);
    /// Whether open() left the page check to the caller, who must run one (BackgroundPageCheck)
    /// before showing what it read, then call confirmPagesChecked(). Until then the connection
    /// refuses every write (PRAGMA query_only), and closing it does not checkpoint its WAL into
    /// the file.
    bool pageCheckDeferred() const { return m_pageCheckDeferred; }
    /// The deferred page check passed: writes and checkpoints as usual from now on.
    Status confirmPagesChecked();

    /// Opens the file read-only for inspection (no migration, no pragmas that write).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path);

    /// Creates an empty database at `path` migrated only up to `version` (tests of each migration).
    static Result<std::unique_ptr<Database>> createAtVersion(const QString& path, int version);

    /// Runs the migrations after the current version, up to `targetVersion` (default: all).
    Status migrate(int targetVersion = -1);

    QSqlDatabase& connection() { return m_db; }
    /// The sqlite3 handle under Qt's connection (the same system library), for what Qt's SQL layer
    /// cannot do or does slowly: interrupting a statement, and the bulk insert of the repository.
    /// nullptr if the driver is not Qt's SQLite driver.
    sqlite3* nativeHandle();
    /// A statement on nativeHandle(), prepared at the first call and kept until the connection
    /// closes (the Database finalizes it first: an open statement would keep the file open).
    /// nullptr when it cannot be prepared; lastNativeError() says why.
    sqlite3_stmt* cachedStatement(const QByteArray& sql);
    /// SQLite's message and extended result code for the last failure on nativeHandle(), in the
    /// form Qt's driver reports them, for failure().
    QSqlError lastNativeError();
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    /// A message for a failed statement that names the file.
    QString describeFailure(const QString& what, const QString& driverText) const;
    /// The Error for a failed statement: a full disk, a read-only file, a disk error, a damaged
    /// file or a store in use each get a message that says what happened and what to do. `what` is
    /// the action
    /// ("Saving the entry").
    Error failure(const QString& what, const QSqlError& error) const;

private:
    Database(QString path, QSqlDatabase db);
    static Result<std::unique_ptr<Database>> openConnection(const QString& path, bool readOnly);
    static Status createNew(const QString& path);
    static QString creationPrefix(const QString& path);
    /// Removes what a process killed while creating the store left behind.
    static void removeStaleCreationFiles(const QString& path);
    static Status checkHeader(const QString& path);
    Status applyPragmas();
    /// Refuses a file or folder that is read-only (by its permission bits, so also when run as
    /// root).
    static Status checkWritable(const QString& path);
    /// PRAGMA quick_check: a damaged page is refused on open, not used.
    Status quickCheck();
    bool isInWalMode();
    /// Off while a file is not yet known to be sound (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE).
    void setCheckpointOnClose(bool checkpoint);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
    bool m_pageCheckDeferred = false;
};

/// Begins a transaction; rolls it back on destruction unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool started() const { return m_started; }
    /// Commits; false (and the driver's text in error()) when the commit failed.
    bool commit();
    QString error() const { return m_error.text(); }
    const QSqlError& sqlError() const { return m_error; }

private:
    Database& m_db;
    bool m_started = false;
    bool m_done = false;
    QSqlError m_error;
};

}  // namespace spinesignal
