#include "io/csvparser.h"

#include <utility>

namespace spinesignal {

namespace {

/// Whether `c` ends a run of plain text outside quotes.
bool isSpecial(QChar c) {
    return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

}  // namespace

CsvParser::Output CsvParser::parse(const QString& text) {
    Output out;
    int line = 1;
    CsvRecord record{line, {}};
    qsizetype cellsPerRecord = 0;  // of the last record: reserved for the next, they rarely differ
    QString cell;
    bool quoted = false;       // inside a quoted cell
    bool cellStarted = false;  // something was read for the current record
    int quoteLine = 0;
    const QChar* data = text.constData();
    const qsizetype n = text.size();
    auto endCell = [&] { record.cells.append(std::exchange(cell, QString())); };
    auto endRecord = [&] {
        endCell();
        cellsPerRecord = record.cells.size();
        // Blank lines carry no data: skip them rather than report empty rows.
        if (!(record.cells.size() == 1 && record.cells.constFirst().isEmpty())) {
            out.records.append(std::move(record));
        }
        record = CsvRecord{line, {}};
        record.cells.reserve(cellsPerRecord);
        cellStarted = false;
    };
    // Text between the characters that matter is appended a run at a time, not character by
    // character: growing every cell one QChar at a time was most of the parse of a large import.
    for (qsizetype i = 0; i < n;) {
        if (quoted) {
            qsizetype j = i;
            while (j < n && data[j] != QLatin1Char('"')) {
                if (data[j] == QLatin1Char('\n')) {
                    ++line;
                }
                ++j;
            }
            cell.append(data + i, j - i);
            if (j == n) {
                break;  // never closed: reported below
            }
            if (j + 1 < n && data[j + 1] == QLatin1Char('"')) {
                cell += QLatin1Char('"');
                i = j + 2;
            } else {
                quoted = false;
                i = j + 1;
            }
            continue;
        }
        const QChar c = data[i];
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            quoteLine = line;
            cellStarted = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            endCell();
            cellStarted = true;
            ++i;
        } else if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n')) {
            ++i;  // the LF that follows ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
            ++i;
        } else {
            // Plain text, including a quote inside an unquoted cell or a CR on its own.
            qsizetype j = i + 1;
            while (j < n && !isSpecial(data[j])) {
                ++j;
            }
            cell.append(data + i, j - i);
            cellStarted = true;
            i = j;
        }
    }
    if (quoted) {
        out.error = tr("line %1: a quoted cell is never closed (a \" is missing)").arg(quoteLine);
        return out;
    }
    if (cellStarted || !cell.isEmpty() || !record.cells.isEmpty()) {
        endRecord();
    }
    return out;
}

}  // namespace spinesignal
