#pragma once

#include "domain/episode.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace spinesignal {

class EpisodeRepository;
class TaskProgress;

/// What an import did.
struct CsvImportReport {
    int rows = 0;         ///< data rows in the file
    int imported = 0;     ///< entries stored
    int duplicates = 0;   ///< rows already in the store (or earlier in the file): skipped
    QStringList skipped;  ///< "line N: reason" for every bad row (with skipInvalid, those were left out)
};

/// The rows of a CSV file read into entries, each with the line it starts on.
struct CsvReadResult {
    QList<std::pair<int, Episode>> rows;
    QStringList problems;  ///< "line N: reason", one per bad row
};

/// Reads CSV files written by CsvExporter (or by hand in the same format) into the store.
class CsvImporter {
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    /// Parses and validates every row. An Error only when the file as a whole cannot be read
    /// (not UTF-8, a quote never closed, a bad header); bad rows are listed in `problems`.
    static Result<CsvReadResult> read(const QByteArray& bytes, const QDateTime& now, TaskProgress* progress = nullptr);

    /// Imports in ONE transaction. Without `skipInvalid`, any bad row means nothing is imported and
    /// the error lists every bad row as "line N: reason". With it, the good rows are imported and
    /// the bad ones reported in CsvImportReport::skipped. Duplicates are skipped and counted either
    /// way. Cancelled through `progress` (also in the middle of storing), the transaction rolls back
    /// and the store is exactly as before.
    static Result<CsvImportReport> import(EpisodeRepository& repo, const QByteArray& bytes, bool skipInvalid,
                                          const QDateTime& now = QDateTime::currentDateTime(),
                                          TaskProgress* progress = nullptr);
    static Result<CsvImportReport> importFile(EpisodeRepository& repo, const QString& path, bool skipInvalid,
                                              TaskProgress* progress = nullptr);
};

}  // namespace spinesignal
