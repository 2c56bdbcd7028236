#pragma once

#include "storage/database.h"
#include "storage/episoderepository.h"

#include <QTemporaryDir>

#include <memory>

namespace spinesignal::testing {

/// A fresh data directory with an open store and repository; removed afterwards.
class TempStore {
public:
    TempStore();
    QString dir() const { return m_dir.path(); }
    QString databasePath() const;
    Database& database() { return *m_db; }
    EpisodeRepository& episodes() { return *m_repo; }
    /// Closes and reopens the store (what a restart does).
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EpisodeRepository> m_repo;
    std::unique_ptr<Database> m_db;
};

/// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString& path);

}  // namespace spinesignal::testing
