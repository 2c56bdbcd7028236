#include "io/csvparser.h"

namespace spinesignal {

CsvParser::Output CsvParser::parse(const QString& text) {
    Output out;
    int line = 1;
    CsvRecord record{line, {}};
    QString cell;
    bool quoted = false;       // inside a quoted cell
    bool cellStarted = false;  // something was read for the current record
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endCell = [&] {
        record.cells.append(cell);
        cell.clear();
    };
    auto endRecord = [&] {
        endCell();
        // Blank lines carry no data: skip them rather than report empty rows.
        if (!(record.cells.size() == 1 && record.cells.constFirst().isEmpty())) {
            out.records.append(record);
        }
        record = CsvRecord{line, {}};
        cellStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            quoteLine = line;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            endCell();
            cellStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
            continue;  // the LF that follows ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            cell += c;
            cellStarted = true;
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
