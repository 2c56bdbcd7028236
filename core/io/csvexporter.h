#pragma once

#include "domain/episode.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace spinesignal {

class EpisodeRepository;
class TaskProgress;
class TaskProgress;

/// Writes entries as CSV (docs/data-format.md): UTF-8 with a byte-order mark so spreadsheet apps
/// read Chinese correctly, a header row, CRLF between records, formula-like cells neutralised.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    /// Empty when cancelled through `progress` (one step per entry).
    static QByteArray toCsv(const QList<Episode>& episodes, TaskProgress* progress = nullptr);

    /// Writes the entries of [from, to] (all when both are empty) to `path` atomically: the file
    /// appears complete or not at all. Returns how many entries were written. Cancelled through
    /// `progress`, neither the file nor a temporary file is left.
    static Result<int> exportToFile(const EpisodeRepository& repo, const QString& path, std::optional<QDate> from,
                                    std::optional<QDate> to, TaskProgress* progress = nullptr);

    /// Writes bytes to `path` through a temporary file and a rename (shared with the PDF export).
    /// A cancel seen before the rename discards the temporary file and leaves `path` as it was.
    static Status writeAtomically(const QString& path, const QByteArray& bytes, const TaskProgress* progress = nullptr);
};

}  // namespace spinesignal
