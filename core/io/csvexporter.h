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

/// Writes entries as CSV (docs/data-format.md): UTF-8 with a byte-order mark so spreadsheet apps
/// read Chinese correctly, a header row, CRLF between records, formula-like cells neutralised.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    static QByteArray toCsv(const QList<Episode>& episodes);

    /// Writes the entries of [from, to] (all when both are empty) to `path` atomically: the file
    /// appears complete or not at all. Returns how many entries were written.
    static Result<int> exportToFile(const EpisodeRepository& repo, const QString& path, std::optional<QDate> from,
                                    std::optional<QDate> to);

    /// Writes bytes to `path` through a temporary file and a rename (shared with the PDF export).
    static Status writeAtomically(const QString& path, const QByteArray& bytes);
};

}  // namespace spinesignal
