#pragma once

// The CSV file format of entries (docs/data-format.md). Column names and ids are part of the
// format: only ever append columns, never rename them.

#include "domain/episode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace spinesignal {

class CsvFormat {
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)
public:
    /// The header row, in the order export writes it.
    static QStringList columns();
    /// Separator of multi-valued cells (regions, triggers, helped, red_flags).
    static constexpr QChar kListSeparator = QLatin1Char(';');

    /// "2024-03-05T10:30:00+01:00": local wall-clock time with its UTC offset, to the second.
    static QString formatWhen(const QDateTime& when);
    /// Accepts formatWhen's output, "Z", no seconds, a space instead of "T", or no offset (then the
    /// computer's time zone applies). An invalid QDateTime when it is not such a time.
    static QDateTime parseWhen(const QString& text);

    /// Spreadsheet apps run a cell starting with = + - @ TAB or CR as a formula. Such a cell gets
    /// one leading apostrophe; so that the round trip stays exact, a cell that already is
    /// apostrophes followed by one of those characters gets one more. restoreCell() removes exactly
    /// that one.
    static QString neutraliseCell(const QString& cell);
    static QString restoreCell(const QString& cell);
    /// RFC 4180: quoted (with "" for ") when it holds a comma, quote, CR or LF, or edge spaces.
    static QString quoteCell(const QString& cell);

    /// One entry as cells in columns() order (not yet neutralised or quoted).
    static QStringList toCells(const Episode& e);
    /// Where each of columns() sits in a file's header, in columns() order (-1: not in the file).
    /// Found once per file, so that reading a row looks up no column by name.
    using ColumnIndexes = QList<qsizetype>;
    static ColumnIndexes indexesIn(const QStringList& header);
    /// Reads an entry from the cells of one row; every problem is appended to `problems` (naming
    /// the column), and the entry is only meaningful when none was added.
    static Episode fromCells(const ColumnIndexes& columns, const QStringList& cells, QStringList& problems);
};

}  // namespace spinesignal
