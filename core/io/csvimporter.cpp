#include "io/csvimporter.h"

#include "domain/episodevalidator.h"
#include "io/csvformat.h"
#include "io/csvparser.h"
#include "storage/cancelwatch.h"
#include "storage/episoderepository.h"
#include "util/taskprogress.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMultiHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace spinesignal {

namespace {

/// Files larger than this are refused before reading: far beyond decades of daily entries.
constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;

}  // namespace

Result<CsvReadResult> CsvImporter::read(const QByteArray& bytes, const QDateTime& now, TaskProgress* progress) {
    QByteArray body = bytes;
    if (body.startsWith(QByteArrayLiteral("\xEF\xBB\xBF"))) {
        body.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        return Error{Error::Kind::Invalid, tr("The file is not UTF-8 text. Save it from the spreadsheet app as "
                                              "\"CSV UTF-8\" and import it again.")};
    }
    CsvParser::Output parsed = CsvParser::parse(text);
    if (!parsed.error.isEmpty()) {
        return Error{Error::Kind::Invalid, parsed.error};
    }
    if (parsed.records.isEmpty()) {
        return Error{
            Error::Kind::Invalid,
            tr("The file is empty: it needs the header row (%1).").arg(CsvFormat::columns().join(QLatin1Char(',')))};
    }
    QStringList header;
    for (const QString& h : parsed.records.constFirst().cells) {
        header.append(h.trimmed());
    }
    const QStringList known = CsvFormat::columns();
    for (const QString& h : header) {
        if (!known.contains(h)) {
            return Error{
                Error::Kind::Invalid,
                tr("line 1: unknown column \"%1\"; the columns are: %2").arg(h, known.join(QStringLiteral(", ")))};
        }
        if (header.count(h) > 1) {
            return Error{Error::Kind::Invalid, tr("line 1: the column \"%1\" appears twice").arg(h)};
        }
    }
    if (!header.contains(QStringLiteral("when"))) {
        return Error{Error::Kind::Invalid, tr("line 1: the column \"when\" is missing; the first row must be the "
                                              "header (%1)")
                                               .arg(known.join(QLatin1Char(',')))};
    }

    const CsvFormat::ColumnIndexes columns = CsvFormat::indexesIn(header);
    // In UTC: every row is compared with it in seconds since the epoch, and a local time pays a
    // mktime() (a stat of /etc/localtime) for that conversion each time.
    const QDateTime nowUtc = now.toUTC();
    CsvReadResult out;
    out.rows.reserve(parsed.records.size());
    // Progress counts each row twice: once read here, once stored.
    reportMaximum(progress, 2 * (parsed.records.size() - 1));
    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        if (isCancelled(progress)) {
            return TaskProgress::cancelledError();
        }
        reportValue(progress, r);
        CsvRecord& rec = parsed.records[r];
        QStringList problems;
        if (rec.cells.size() != header.size()) {
            problems.append(tr("%1 cells, but the header has %2").arg(rec.cells.size()).arg(header.size()));
        } else {
            // In place: the parsed cells are not needed in their written form afterwards.
            for (QString& c : rec.cells) {
                c = CsvFormat::restoreCell(c);
            }
            Episode e = CsvFormat::fromCells(columns, rec.cells, problems);
            // Report every problem of the row at once, but not twice: a cell that could not be read
            // already has its message, and "nothing recorded" would only confuse then.
            const bool unreadable = !problems.isEmpty();
            for (const FieldError& fe : EpisodeValidator::validate(e, nowUtc)) {
                if ((fe.field == QLatin1String("when") && !e.when.isValid()) ||
                    (fe.field == QLatin1String("entry") && unreadable)) {
                    continue;
                }
                problems.append(fe.message);
            }
            if (problems.isEmpty()) {
                out.rows.append({rec.line, std::move(e)});
            }
        }
        if (!problems.isEmpty()) {
            out.problems.append(tr("line %1: %2").arg(rec.line).arg(problems.join(QStringLiteral("; "))));
        }
    }
    return out;
}

Result<CsvImportReport> CsvImporter::import(EpisodeRepository& repo, const QByteArray& bytes, bool skipInvalid,
                                            const QDateTime& now, TaskProgress* progress) {
    auto read = CsvImporter::read(bytes, now, progress);
    if (!read) {
        return read.error();
    }
    CsvImportReport report;
    report.rows = static_cast<int>(read.value().rows.size() + read.value().problems.size());
    report.skipped = read.value().problems;
    if (!report.skipped.isEmpty() && !skipInvalid) {
        return Error{Error::Kind::Invalid,
                     tr("%n row(s) cannot be imported, so nothing was imported (fix them, or import the "
                        "others with --skip-invalid):",
                        nullptr, static_cast<int>(report.skipped.size())) +
                         QLatin1Char('\n') + report.skipped.join(QLatin1Char('\n'))};
    }

    auto existing = repo.listAll();
    if (!existing) {
        return existing.error();
    }
    // Candidates for "the same entry" share the moment; compare the content only within that
    // bucket. One hash node per entry (pointers, not copies): 100,000 rows must not mean 100,000
    // small lists (issue 10: the import must reach half the raw insert rate).
    const QList<Episode>& stored = existing.value();
    const auto& rows = read.value().rows;
    QMultiHash<qint64, const Episode*> byTime;
    byTime.reserve(stored.size() + rows.size());
    for (const Episode& e : stored) {
        byTime.insert(e.when.toSecsSinceEpoch(), &e);
    }
    QList<Episode> fresh;
    fresh.reserve(rows.size());
    for (const auto& row : rows) {
        // A named reference, not a structured binding: clang 14 cannot capture bindings in lambdas.
        const Episode& e = row.second;
        const qint64 key = e.when.toSecsSinceEpoch();
        bool duplicate = false;
        for (auto it = byTime.constFind(key); it != byTime.cend() && it.key() == key; ++it) {
            if (it.value()->sameContentAs(e)) {
                duplicate = true;
                break;
            }
        }
        if (duplicate) {
            ++report.duplicates;
            continue;
        }
        byTime.insert(key, &e);
        fresh.append(e);
    }
    if (isCancelled(progress)) {
        return TaskProgress::cancelledError();
    }
    const qint64 readRows = progress != nullptr ? progress->maximum() / 2 : 0;
    if (!fresh.isEmpty()) {
        // One transaction: a cancel interrupts the insert running at that moment, addAll fails and
        // rolls everything back.
        const CancelWatch watch(repo.database(), progress, [progress, readRows](const CancelWatch& w) {
            reportValue(progress, readRows + w.rowsChanged());
        });
        auto ids = repo.addAll(fresh);
        if (isCancelled(progress) && !ids) {
            return TaskProgress::cancelledError();
        }
        if (!ids) {
            return ids.error();
        }
    }
    reportValue(progress, 2 * readRows);
    report.imported = static_cast<int>(fresh.size());
    return report;
}

Result<CsvImportReport> CsvImporter::importFile(EpisodeRepository& repo, const QString& path, bool skipInvalid,
                                                TaskProgress* progress) {
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        return Error{Error::Kind::Invalid, tr("%1 does not exist. Check the file name.").arg(path)};
    }
    if (QFileInfo(path).size() > kMaxFileBytes) {
        return Error{Error::Kind::Invalid, tr("%1 is larger than 200 MB; that is not an entries file.").arg(path)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    return import(repo, file.readAll(), skipInvalid, QDateTime::currentDateTime(), progress);
}

}  // namespace spinesignal
