#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace spinesignal {

/// One CSV record and the line of the file it starts on (1-based; the header is line 1).
struct CsvRecord {
    int line = 0;
    QStringList cells;
};

/// Splits RFC 4180 text into records: comma separated, fields in double quotes may hold commas,
/// quotes ("") and line breaks; records end with CRLF or LF. Lenient where no data is at risk
/// (a stray quote inside an unquoted cell is kept as text); a quote left open is an error.
class CsvParser {
    Q_DECLARE_TR_FUNCTIONS(CsvParser)
public:
    struct Output {
        QList<CsvRecord> records;
        QString error;  ///< "line N: …" when the text could not be split
    };
    static Output parse(const QString& text);
};

}  // namespace spinesignal
