#include "storage/datalocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace spinesignal {

QString DataLocation::resolveDirectory(const QString& commandLineDir) {
    if (!commandLineDir.isEmpty()) {
        return QDir(commandLineDir).absolutePath();
    }
    const QString fromEnv = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnv.isEmpty()) {
        return QDir(fromEnv).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Status DataLocation::ensureDirectory(const QString& dir) {
    QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        return Error{Error::Kind::Io, tr("The data folder %1 is a file, not a folder.").arg(dir)};
    }
    if (!info.exists()) {
        if (!QDir().mkpath(dir)) {
            return Error{Error::Kind::Io, tr("The data folder %1 cannot be created.").arg(dir)};
        }
        // Only the person may read their health data.
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return {};
}

QString DataLocation::databasePath(const QString& dir) {
    return QDir(dir).filePath(QString::fromLatin1(kDatabaseFileName));
}

}  // namespace spinesignal
