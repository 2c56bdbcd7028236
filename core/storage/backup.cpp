#include "storage/backup.h"

#include "storage/cancelwatch.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/migrations.h"
#include "util/taskprogress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace spinesignal {

namespace {

/// Where prepareRestore() puts the checked copy of a backup until the store is closed.
QString restoreCopyPath(const QString& dataDir) {
    return DataLocation::databasePath(dataDir) + QStringLiteral(".restoring");
}

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString suffixOf(BackupInfo::Kind kind) {
    switch (kind) {
        case BackupInfo::Kind::Automatic:
            return QStringLiteral("-auto");
        case BackupInfo::Kind::BeforeRestore:
            return QStringLiteral("-before-restore");
        case BackupInfo::Kind::Manual:
            break;
    }
    return {};
}

const QRegularExpression& namePattern() {
    static const QRegularExpression re(
        QStringLiteral("^spinesignal-(\\d{8}-\\d{6})(-auto|-before-restore)?(?:-(\\d+))?\\.db$"));
    return re;
}

/// The hidden name a backup is written under: tagged with the pid, so that a later cleanup can tell
/// the leftover of a killed process from a backup this process is writing right now.
QString partialPathOf(const QString& target) {
    return QFileInfo(target).dir().filePath(QLatin1Char('.') + QFileInfo(target).fileName() +
                                            QStringLiteral(".partial-") + QString::number(::getpid()));
}

/// ".spinesignal-<stamp>[-auto|-before-restore][-n].db.partial[-<pid>]" (before the pid tag the
/// name ended in ".partial").
const QRegularExpression& partialPattern() {
    static const QRegularExpression re(QStringLiteral(
        "^\\.spinesignal-\\d{8}-\\d{6}(?:-auto|-before-restore)?(?:-\\d+)?\\.db\\.partial(?:-(\\d+))?$"));
    return re;
}

qint64 fileSize(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<qint64>(st.st_size) : 0;
}

/// A file name not yet taken in `dir`: two backups in the same second get -2, -3 …
QString freshPath(const QString& dir, const QDateTime& now, BackupInfo::Kind kind) {
    const QString base = QStringLiteral("spinesignal-") + now.toString(kStampFormat) + suffixOf(kind);
    QString candidate = QDir(dir).filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = QDir(dir).filePath(base + QStringLiteral("-%1.db").arg(n));
    }
    return candidate;
}

QString errnoText() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// Creates `path` empty with mode 0600, so whatever is written into it is readable by the owner
/// only.
Status createPrivateFile(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error{Error::Kind::Io, Backup::tr("The file %1 cannot be created: %2.").arg(path, errnoText())};
    }
    ::close(fd);
    return {};
}

Status ensureBackupDirectory(const QString& dir) {
    if (QFileInfo(dir).isDir()) {
        return {};
    }
    if (!QDir().mkpath(dir)) {
        return Error{Error::Kind::Io, Backup::tr("The backup folder %1 cannot be created.").arg(dir)};
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

QStringList journalSuffixes() {
    return {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

}  // namespace

QString Backup::directory(const QString& dataDir) {
    return QDir(dataDir).filePath(QString::fromLatin1(kDirectoryName));
}

Result<QString> Backup::create(Database& db, const QString& dataDir, BackupInfo::Kind kind, const QDateTime& now,
                               TaskProgress* progress) {
    const QString dir = directory(dataDir);
    if (Status s = ensureBackupDirectory(dir); !s) {
        return s.error();
    }
    removeStalePartials(dataDir);
    const QString target = freshPath(dir, now, kind);
    // Written under a hidden name and renamed into place once complete and on disk: a crash or a
    // kill while writing never leaves a partial file that looks like a backup.
    const QString partial = partialPathOf(target);
    QFile::remove(partial);
    if (Status s = createPrivateFile(partial); !s) {
        return s.error();
    }
    {
        // The size of the store is a fair measure of what VACUUM INTO has left to write.
        QSqlQuery size(db.connection());
        if (size.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size")) &&
            size.next()) {
            reportMaximum(progress, size.value(0).toLongLong());
        }
    }
    // VACUUM INTO accepts an empty existing file and keeps its mode; it reads one snapshot. A
    // cancel interrupts it (CancelWatch) and the partial file goes.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    bool written = false;
    {
        const CancelWatch watch(db, progress,
                                [progress, &partial](const CancelWatch&) { reportValue(progress, fileSize(partial)); });
        written = q.exec();
    }
    if (isCancelled(progress)) {
        QFile::remove(partial);
        return TaskProgress::cancelledError();
    }
    if (!written) {
        const QString why = q.lastError().text();
        QFile::remove(partial);
        return Error{Error::Kind::Io,
                     tr("The backup %1 could not be written (is the disk full?): %2").arg(target, why)};
    }
    // VACUUM INTO does not sync its output.
    const int fd = ::open(QFile::encodeName(partial).constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) {
        ::close(fd);
    }
    // The last moment a cancel is honoured: after the rename the backup exists, complete.
    if (isCancelled(progress)) {
        QFile::remove(partial);
        return TaskProgress::cancelledError();
    }
    if (!synced || ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = errnoText();
        QFile::remove(partial);
        return Error{Error::Kind::Io,
                     tr("The backup %1 could not be written (is the disk full?): %2").arg(target, why)};
    }
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    reportValue(progress, fileSize(target));
    return target;
}

int Backup::removeStalePartials(const QString& dataDir) {
    const QDir dir(directory(dataDir));
    int removed = 0;
    const QStringList names = dir.entryList({QStringLiteral(".spinesignal-*.partial*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const auto match = partialPattern().match(name);
        if (!match.hasMatch()) {
            continue;  // not one of ours
        }
        if (match.hasCaptured(1)) {
            const qint64 pid = match.captured(1).toLongLong();
            // Our own pid: a backup of this process may be running right now. A process that
            // still exists (or that we may not signal) may be writing too.
            const bool alive = pid == ::getpid() || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH;
            if (alive) {
                continue;
            }
        }
        if (QFile::remove(dir.filePath(name))) {
            ++removed;
        }
    }
    return removed;
}

QList<BackupInfo> Backup::list(const QString& dataDir) {
    QList<BackupInfo> out;
    const QDir dir(directory(dataDir));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("spinesignal-*.db")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const auto match = namePattern().match(file.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.created = QDateTime::fromString(match.captured(1), kStampFormat);
        info.size = file.size();
        const QString kind = match.captured(2);
        info.kind = kind == QLatin1String("-auto")             ? BackupInfo::Kind::Automatic
                    : kind == QLatin1String("-before-restore") ? BackupInfo::Kind::BeforeRestore
                                                               : BackupInfo::Kind::Manual;
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return out;
}

Status Backup::prune(const QString& dataDir, int keep) {
    int kept = 0;
    for (const BackupInfo& info : list(dataDir)) {
        if (info.kind != BackupInfo::Kind::Automatic) {
            continue;
        }
        if (++kept > std::max(keep, 1) && !QFile::remove(info.path)) {
            return Error{Error::Kind::Io, tr("The old backup %1 cannot be removed.").arg(info.path)};
        }
    }
    return {};
}

Result<std::optional<QString>> Backup::ensureDaily(Database& db, const QString& dataDir, int keep, const QDateTime& now,
                                                   TaskProgress* progress) {
    // Runs at every start: the place to sweep away what a crash left, even when no backup is due.
    removeStalePartials(dataDir);
    const QList<BackupInfo> existing = list(dataDir);
    const bool doneToday = std::any_of(existing.begin(), existing.end(), [&now](const BackupInfo& b) {
        return b.kind == BackupInfo::Kind::Automatic && b.created.date() == now.date();
    });
    if (doneToday) {
        return std::optional<QString>{};
    }
    auto made = create(db, dataDir, BackupInfo::Kind::Automatic, now, progress);
    if (!made) {
        return made.error();
    }
    if (Status s = prune(dataDir, keep); !s) {
        return s.error();
    }
    return std::optional<QString>(made.value());
}

Status Backup::copyDurably(const QString& src, const QString& dst, TaskProgress* progress) {
    QFile in(src);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::Io, Backup::tr("The backup %1 cannot be read: %2.").arg(src, in.errorString())};
    }
    if (Status s = createPrivateFile(dst); !s) {
        return s;
    }
    QFile out(dst);
    if (!out.open(QIODevice::WriteOnly)) {
        QFile::remove(dst);
        return Error{Error::Kind::Io, Backup::tr("The file %1 cannot be written: %2.").arg(dst, out.errorString())};
    }
    reportMaximum(progress, in.size());
    qint64 copied = 0;
    while (!in.atEnd()) {
        if (isCancelled(progress)) {
            out.close();
            QFile::remove(dst);
            return TaskProgress::cancelledError();
        }
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFile::NoError) {
            QFile::remove(dst);
            return Error{Error::Kind::Io, Backup::tr("The backup %1 cannot be read: %2.").arg(src, in.errorString())};
        }
        if (out.write(chunk) != chunk.size()) {
            const QString why = out.errorString();
            out.close();
            QFile::remove(dst);
            return Error{Error::Kind::Io,
                         Backup::tr("The file %1 cannot be written (is the disk full?): %2.").arg(dst, why)};
        }
        copied += chunk.size();
        reportValue(progress, copied);
    }
    out.flush();
    if (::fsync(out.handle()) != 0) {
        const QString why = errnoText();
        out.close();
        QFile::remove(dst);
        return Error{Error::Kind::Io, Backup::tr("The file %1 cannot be written: %2.").arg(dst, why)};
    }
    return {};
}

Status Backup::verify(const QString& path, TaskProgress* progress) {
    auto opened = Database::openReadOnly(path);
    if (!opened) {
        return opened.error();
    }
    Database& db = *opened.value();
    const int version = db.schemaVersion();
    if (version > currentSchemaVersion()) {
        return Error{Error::Kind::TooNew, tr("The backup %1 was written by a newer version of SpineSignal; update "
                                             "SpineSignal to restore it.")
                                              .arg(path)};
    }
    QSqlQuery q(db.connection());
    bool ok = false;
    {
        const CancelWatch watch(db, progress);
        ok = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() && q.value(0).toString() == QLatin1String("ok");
    }
    if (isCancelled(progress)) {
        return TaskProgress::cancelledError();
    }
    if (!ok) {
        return Error{Error::Kind::Corrupt, tr("The backup %1 is damaged and cannot be restored.").arg(path)};
    }
    return {};
}

Result<QString> Backup::restore(const QString& dataDir, const QString& backupPath, const QDateTime& now) {
    auto prepared = prepareRestore(dataDir, backupPath);
    if (!prepared) {
        return prepared.error();
    }
    return completeRestore(dataDir, prepared.value(), now);
}

bool Backup::removeAbandonedRestore(const QString& dataDir) {
    return QFile::remove(restoreCopyPath(dataDir));
}

Result<QString> Backup::prepareRestore(const QString& dataDir, const QString& backupPath, TaskProgress* progress) {
    if (Status s = verify(backupPath, progress); !s) {
        return s.error();
    }
    if (Status s = ensureBackupDirectory(directory(dataDir)); !s) {
        return s.error();
    }
    // Copy the backup next to the database first: if that fails, nothing has been touched.
    const QString incoming = restoreCopyPath(dataDir);
    QFile::remove(incoming);
    if (Status s = copyDurably(backupPath, incoming, progress); !s) {
        return s.error();
    }
    return incoming;
}

Result<QString> Backup::completeRestore(const QString& dataDir, const QString& preparedPath, const QDateTime& now) {
    const QString dbPath = DataLocation::databasePath(dataDir);
    const QString dir = directory(dataDir);
    const QString incoming = preparedPath;
    QString aside;
    QStringList moved;
    if (QFileInfo::exists(dbPath)) {
        aside = freshPath(dir, now, BackupInfo::Kind::BeforeRestore);
        // The journal files move with it under the matching name, so the aside copy opens complete.
        for (const QString& suffix : journalSuffixes()) {
            if (!QFileInfo::exists(dbPath + suffix)) {
                continue;
            }
            if (!QFile::rename(dbPath + suffix, aside + suffix)) {
                for (const QString& back : moved) {
                    QFile::rename(aside + back, dbPath + back);
                }
                QFile::remove(incoming);
                return Error{Error::Kind::Io, tr("The current database %1 cannot be moved aside; nothing was "
                                                 "restored.")
                                                  .arg(dbPath)};
            }
            moved.append(suffix);
        }
    }
    if (!QFile::rename(incoming, dbPath)) {
        for (const QString& back : moved) {
            QFile::rename(aside + back, dbPath + back);
        }
        QFile::remove(incoming);
        return Error{Error::Kind::Io,
                     tr("The backup could not be put in place of %1; the current database was kept.").arg(dbPath)};
    }
    return aside;
}

QStringList Backup::filesOfDeleteAll(const QString& dataDir) {
    QStringList files;
    const QString dbPath = DataLocation::databasePath(dataDir);
    for (const QString& suffix : journalSuffixes()) {
        if (QFileInfo::exists(dbPath + suffix)) {
            files.append(dbPath + suffix);
        }
    }
    const QDir dir(directory(dataDir));
    for (const QFileInfo& file : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        files.append(file.absoluteFilePath());
    }
    return files;
}

Status Backup::deleteAll(const QString& dataDir) {
    for (const QString& file : filesOfDeleteAll(dataDir)) {
        if (!QFile::remove(file)) {
            return Error{Error::Kind::Io, tr("The file %1 cannot be deleted.").arg(file)};
        }
    }
    QDir(dataDir).rmdir(QString::fromLatin1(kDirectoryName));
    return {};
}

}  // namespace spinesignal
