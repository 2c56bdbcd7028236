#include "storage/database.h"

#include "storage/migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace spinesignal {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("spinesignal-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Runs one statement; on failure returns the driver's text.
std::optional<QString> exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return q.lastError().text();
    }
    return std::nullopt;
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return Error{Error::Kind::Corrupt, q.lastError().text()};
    }
    return q.value(0);
}

}  // namespace

Database::Database(QString path, QSqlDatabase db)
    : m_path(std::move(path)), m_connectionName(db.connectionName()), m_db(std::move(db)) {
}

Database::~Database() {
    for (sqlite3_stmt* statement : std::as_const(m_statements)) {
        sqlite3_finalize(statement);
    }
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::describeFailure(const QString& what, const QString& driverText) const {
    return tr("%1 failed in the database %2: %3").arg(what, m_path, driverText);
}

sqlite3* Database::nativeHandle() {
    // Qt's SQLite driver hands out its sqlite3* under this type name (QSqlDriver::handle()).
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

sqlite3_stmt* Database::cachedStatement(const QByteArray& sql) {
    if (sqlite3_stmt* cached = m_statements.value(sql)) {
        return cached;
    }
    sqlite3* handle = nativeHandle();
    sqlite3_stmt* statement = nullptr;
    if (handle == nullptr ||
        sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.insert(sql, statement);
    return statement;
}

QSqlError Database::lastNativeError() {
    sqlite3* handle = nativeHandle();
    if (handle == nullptr) {
        return QSqlError(QStringLiteral("no SQLite connection"), {}, QSqlError::ConnectionError);
    }
    return QSqlError(QString::fromUtf8(sqlite3_errmsg(handle)), QStringLiteral("Unable to execute statement"),
                     QSqlError::StatementError, QString::number(sqlite3_extended_errcode(handle)));
}

Error Database::failure(const QString& what, const QSqlError& error) const {
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;  // the primary SQLite result code
    switch (numeric ? code : -1) {
        case 13:  // SQLITE_FULL (also PRAGMA max_page_count)
            return {Error::Kind::Io, tr("The disk is full. %1 did not happen, and the database %2 is unchanged. "
                                        "Free some disk space, then try again.")
                                         .arg(what, m_path)};
        case 8:  // SQLITE_READONLY
            return {Error::Kind::Io, tr("The database %2 cannot be written: it or its disk has become read-only. "
                                        "%1 did not happen and nothing was changed. Check the file's "
                                        "permissions and the disk, then try again.")
                                         .arg(what, m_path)};
        case 10:  // SQLITE_IOERR
            return {Error::Kind::Io, tr("The disk reported an error. %1 did not happen, and the database %2 was "
                                        "not changed. The disk may be failing or was removed: check it, make "
                                        "a backup, then try again.")
                                         .arg(what, m_path)};
        case 11:  // SQLITE_CORRUPT
        case 26:  // SQLITE_NOTADB
            return {Error::Kind::Corrupt, tr("The database %2 is damaged. %1 did not happen. Restart SpineSignal: "
                                             "it will keep the damaged file aside and offer a backup or a new "
                                             "store.")
                                              .arg(what, m_path)};
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            return {Error::Kind::Io, tr("The database %2 is in use by another program (another SpineSignal?). "
                                        "%1 did not happen; close the other program and try again.")
                                         .arg(what, m_path)};
        case 14:  // SQLITE_CANTOPEN
            return {Error::Kind::Io, tr("The database %2 can no longer be opened (was its folder moved or "
                                        "removed?). %1 did not happen.")
                                         .arg(what, m_path)};
        default:
            return {Error::Kind::Io, describeFailure(what, error.text())};
    }
}

Status Database::checkHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::Io, tr("The database %1 cannot be read: %2.").arg(path, file.errorString())};
    }
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        return Error{Error::Kind::Corrupt,
                     tr("The database %1 is an empty file, not a SpineSignal database.").arg(path)};
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return Error{Error::Kind::Corrupt,
                     tr("The file %1 is not a SpineSignal database (it is not an SQLite file).").arg(path)};
    }
    if (header.size() < 100) {
        return Error{Error::Kind::Corrupt, tr("The database %1 is truncated (shorter than its header).").arg(path)};
    }
    {
        const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const bool valid = (rawPageSize == 1 || (rawPageSize >= 512 && (rawPageSize & (rawPageSize - 1)) == 0)) &&
                           header.at(21) == 64 && header.at(22) == 32 && header.at(23) == 32;  // fixed by the format
        if (!valid) {
            return Error{Error::Kind::Corrupt, tr("The database %1 is damaged: its header is not valid. "
                                                  "SpineSignal has not changed it.")
                                                   .arg(path)};
        }
    }
    // Offset 68 of the header is PRAGMA application_id (big-endian); we set it when the file is
    // created.
    const qint32 appId = qFromBigEndian<qint32>(header.constData() + 68);
    if (appId != kApplicationId) {
        return Error{Error::Kind::Corrupt,
                     tr("The database %1 belongs to another application, not SpineSignal.").arg(path)};
    }
    // A store cut short (a copy that stopped early, a full disk while copying): SQLite would read
    // the missing pages as zeros. With a WAL beside it the WAL is authoritative, so only check
    // without one.
    if (QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const qint64 fileSize = file.size();
        const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
        const quint32 headerPages = qFromBigEndian<quint32>(header.constData() + 28);
        const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
        const bool countValid = headerPages != 0 && changeCounter == validFor;
        if (pageSize >= 512 && (fileSize % pageSize != 0 || (countValid && fileSize < headerPages * pageSize))) {
            return Error{Error::Kind::Corrupt, tr("The database %1 is truncated: it ends in the middle of its "
                                                  "data. SpineSignal has not changed it.")
                                                   .arg(path)};
        }
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString& path, bool readOnly) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    if (readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    auto owner = std::unique_ptr<Database>(new Database(path, db));
    if (!owner->m_db.open()) {
        return Error{Error::Kind::Io,
                     tr("The database %1 cannot be opened: %2").arg(path, owner->m_db.lastError().text())};
    }
    return owner;
}

QString Database::creationPrefix(const QString& path) {
    // Hidden, next to the store (rename() must not cross file systems), and tagged with the pid so
    // that a later start can tell a leftover of a killed process from the work of a running one.
    const QFileInfo info(path);
    return info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".creating-"));
}

void Database::removeStaleCreationFiles(const QString& path) {
    const QFileInfo info(path);
    const QString prefix = QLatin1Char('.') + info.fileName() + QStringLiteral(".creating-");
    const QStringList names =
        info.dir().entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        // ".spinesignal.db.creating-<pid>" plus SQLite's "-journal"/"-wal"/"-shm" side files.
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0) {
            continue;
        }
        const bool alive = pid == ::getpid() || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
        if (!alive) {
            QFile::remove(info.dir().filePath(name));
        }
    }
}

Status Database::createNew(const QString& path) {
    // Built under a temporary name and renamed into place, so a crash never leaves a half-made
    // store.
    const QString tmp = creationPrefix(path) + QString::number(::getpid());
    auto discard = [&tmp] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(tmp + suffix);
        }
    };
    discard();  // a leftover of an earlier process that had our pid
    const int fd = ::open(QFile::encodeName(tmp).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error{
            Error::Kind::Io,
            tr("The database %1 cannot be created: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    ::close(fd);
    {
        auto opened = openConnection(tmp, false);
        if (!opened) {
            discard();
            return opened.error();
        }
        Database& db = *opened.value();
        // WAL from the start: switching later would need a rollback journal next to the real store.
        if (auto err = exec(db.m_db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
            discard();
            return Error{Error::Kind::Io, db.describeFailure(tr("Creating the store"), *err)};
        }
        if (auto err = exec(db.m_db, QStringLiteral("PRAGMA journal_mode = WAL"))) {
            discard();
            return Error{Error::Kind::Io, db.describeFailure(tr("Creating the store"), *err)};
        }
        if (Status s = db.migrate(); !s) {
            discard();
            return s;
        }
    }
    // rename(2) replaces atomically; QFile::rename would refuse an existing target and could fall
    // back to copying. Another process that created the store meanwhile wins: ours is discarded.
    if (QFileInfo::exists(path)) {
        discard();
        return {};
    }
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        discard();
        return Error{Error::Kind::Io, tr("The database %1 cannot be created: %2.").arg(path, why)};
    }
    // Make the new name itself durable, not only the file's contents.
    const int dirFd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

Status Database::applyPragmas() {
    auto mode = scalar(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode || mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        const QString why = mode ? tr("the journal could not be switched to WAL") : mode.error().message;
        if (Status s = checkWritable(m_path); !s) {
            return s;
        }
        return Error{Error::Kind::Io, describeFailure(tr("Opening"), why)};
    }
    for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        if (auto err = exec(m_db, QString::fromLatin1(pragma))) {
            return Error{Error::Kind::Io, describeFailure(tr("Opening"), *err)};
        }
    }
    return {};
}

bool Database::isInWalMode() {
    // Asking, without "= WAL", changes nothing.
    auto mode = scalar(m_db, QStringLiteral("PRAGMA journal_mode"));
    return mode && mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
}

int Database::schemaVersion() const {
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Status Database::migrate(int targetVersion) {
    if (targetVersion < 0) {
        targetVersion = currentSchemaVersion();
    }
    const int from = schemaVersion();
    for (const Migration& m : allMigrations()) {
        if (m.version <= from || m.version > targetVersion) {
            continue;
        }
        Transaction tx(*this);
        if (!tx.started()) {
            return Error{Error::Kind::Io, describeFailure(tr("Upgrading the store"), tx.error())};
        }
        for (const QString& sql : m.statements) {
            if (auto err = exec(m_db, sql)) {
                return Error{Error::Kind::Io,
                             describeFailure(tr("Upgrading the store to version %1").arg(m.version), *err)};
            }
        }
        if (auto err = exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            return Error{Error::Kind::Io, describeFailure(tr("Upgrading the store"), *err)};
        }
        if (!tx.commit()) {
            return Error{Error::Kind::Io, describeFailure(tr("Upgrading the store"), tx.error())};
        }
    }
    return {};
}

Status Database::checkWritable(const QString& path) {
    // The permission bits are read, not only access(2): root may write anyway, but a person who
    // made the file or folder read-only has said that it must not change.
    auto writable = [](const QString& p) {
        struct stat st {};
        const QByteArray native = QFile::encodeName(p);
        return ::stat(native.constData(), &st) == 0 && (st.st_mode & S_IWUSR) != 0 &&
               ::access(native.constData(), W_OK) == 0;
    };
    const QString dir = QFileInfo(path).absolutePath();
    if (!writable(dir)) {
        return Error{Error::Kind::Io, tr("The data folder %1 is read-only, but SpineSignal needs to write its "
                                         "store there. Make the folder writable again or choose another data "
                                         "folder (--data-dir).")
                                          .arg(dir)};
    }
    if (QFileInfo::exists(path) && !writable(path)) {
        return Error{Error::Kind::Io, tr("The database %1 is read-only, but SpineSignal needs to write to it. "
                                         "Make the file writable again (for example: chmod u+w); it has not "
                                         "been changed.")
                                          .arg(path)};
    }
    return {};
}

Status Database::quickCheck() {
    // Cheap enough on open (a few ms for years of entries) and it is what turns a damaged page into
    // a clear refusal instead of wrong numbers or a failure in the middle of a save later.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        return describePageCheck(m_path, q.lastError().text(), {});
    }
    QStringList findings;
    while (q.next()) {
        findings << q.value(0).toString();
    }
    return describePageCheck(m_path, {}, findings);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, PageCheck check) {
    removeStaleCreationFiles(path);
    if (!QFileInfo::exists(path)) {
        if (Status s = checkWritable(path); !s) {
            return s.error();
        }
        if (Status s = createNew(path); !s) {
            return s.error();
        }
    }
    if (Status s = checkHeader(path); !s) {
        return s.error();
    }
    if (Status s = checkWritable(path); !s) {
        return s.error();
    }
    auto opened = openConnection(path, false);
    if (!opened) {
        return opened.error();
    }
    Database& db = *opened.value();
    // Until the pages are known to be sound, closing must not checkpoint: a WAL left by a crash
    // would otherwise be copied into the file we refuse.
    db.setCheckpointOnClose(false);
    // Read the version before anything that writes (journal mode, migrations), so a file we refuse
    // stays byte-for-byte as it was.
    auto version = scalar(db.m_db, QStringLiteral("PRAGMA user_version"));
    if (!version) {
        return Error{Error::Kind::Corrupt, tr("The database %1 is damaged and cannot be read (%2). SpineSignal "
                                              "has not changed it.")
                                               .arg(path, version.error().message)};
    }
    const int v = version.value().toInt();
    if (v > currentSchemaVersion()) {
        return Error{Error::Kind::TooNew,
                     tr("The database %1 was written by a newer version of SpineSignal (schema %2; this "
                        "version understands up to %3). Update SpineSignal to open it; the file has not "
                        "been changed.")
                         .arg(path)
                         .arg(v)
                         .arg(currentSchemaVersion())};
    }
    // Deferred only when opening writes nothing: no migration, and the journal already WAL.
    db.m_pageCheckDeferred = check == PageCheck::Deferred && v == currentSchemaVersion() && db.isInWalMode();
    if (!db.m_pageCheckDeferred) {
        if (Status s = db.quickCheck(); !s) {
            return s.error();
        }
    }
    if (Status s = db.applyPragmas(); !s) {
        return s.error();
    }
    if (Status s = db.migrate(); !s) {
        return s.error();
    }
    if (db.m_pageCheckDeferred) {
        // No writes until the check has passed (confirmPagesChecked()): SQLite refuses them.
        if (auto err = exec(db.m_db, QStringLiteral("PRAGMA query_only = ON"))) {
            return Error{Error::Kind::Io, db.describeFailure(tr("Opening"), *err)};
        }
    } else {
        db.setCheckpointOnClose(true);
    }
    return std::move(opened).value();
}

Status Database::confirmPagesChecked() {
    if (!m_pageCheckDeferred) {
        return {};
    }
    if (auto err = exec(m_db, QStringLiteral("PRAGMA query_only = OFF"))) {
        return Error{Error::Kind::Io, describeFailure(tr("Opening"), *err)};
    }
    setCheckpointOnClose(true);
    m_pageCheckDeferred = false;
    return {};
}

void Database::setCheckpointOnClose(bool checkpoint) {
    if (sqlite3* handle = nativeHandle()) {
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, checkpoint ? 0 : 1, nullptr);
    }
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path) {
    if (Status s = checkHeader(path); !s) {
        return s.error();
    }
    return openConnection(path, true);
}

Result<std::unique_ptr<Database>> Database::createAtVersion(const QString& path, int version) {
    auto opened = openConnection(path, false);
    if (!opened) {
        return opened.error();
    }
    Database& db = *opened.value();
    if (auto err = exec(db.m_db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
        return Error{Error::Kind::Io, db.describeFailure(tr("Creating the store"), *err)};
    }
    if (Status s = db.migrate(version); !s) {
        return s.error();
    }
    return std::move(opened).value();
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_started = m_db.connection().transaction();
    if (!m_started) {
        m_error = m_db.connection().lastError();
    }
}

Transaction::~Transaction() {
    if (m_started && !m_done) {
        m_db.connection().rollback();
    }
}

bool Transaction::commit() {
    if (!m_started || m_done) {
        return false;
    }
    m_done = m_db.connection().commit();
    if (!m_done) {
        m_error = m_db.connection().lastError();
        m_db.connection().rollback();
        m_done = true;
        return false;
    }
    return true;
}

}  // namespace spinesignal
