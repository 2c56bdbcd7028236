#include "io/csvexporter.h"

#include "io/csvformat.h"
#include "storage/episoderepository.h"
#include "util/taskprogress.h"

#include <QSaveFile>

namespace spinesignal {

namespace {

QString line(const QStringList& cells) {
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells) {
        out.append(CsvFormat::quoteCell(CsvFormat::neutraliseCell(c)));
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

}  // namespace

QByteArray CsvExporter::toCsv(const QList<Episode>& episodes, TaskProgress* progress) {
    QString text = line(CsvFormat::columns());
    reportMaximum(progress, episodes.size());
    qint64 done = 0;
    for (const Episode& e : episodes) {
        if (isCancelled(progress)) {
            return {};
        }
        text += line(CsvFormat::toCells(e));
        reportValue(progress, ++done);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvExporter::writeAtomically(const QString& path, const QByteArray& bytes, const TaskProgress* progress) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{Error::Kind::Io,
                     tr("Cannot write %1: %2. Choose a folder you can write to.").arg(path, file.errorString())};
    }
    if (file.write(bytes) != bytes.size()) {
        return Error{Error::Kind::Io,
                     tr("Writing %1 failed: %2. Nothing was saved under that name; check the free space.")
                         .arg(path, file.errorString())};
    }
    if (isCancelled(progress)) {
        file.cancelWriting();  // the temporary file goes with `file`; `path` stays as it was
        return TaskProgress::cancelledError();
    }
    if (!file.commit()) {
        return Error{Error::Kind::Io,
                     tr("Writing %1 failed: %2. Nothing was saved under that name; check the free space.")
                         .arg(path, file.errorString())};
    }
    return {};
}

Result<int> CsvExporter::exportToFile(const EpisodeRepository& repo, const QString& path, std::optional<QDate> from,
                                      std::optional<QDate> to, TaskProgress* progress) {
    if (from && to && *from > *to) {
        return Error{Error::Kind::Invalid, tr("The period starts (%1) after it ends (%2): swap the two dates.")
                                               .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))};
    }
    auto episodes = (from || to) ? repo.listBetween(from.value_or(QDate(1900, 1, 1)), to.value_or(QDate(9999, 12, 31)))
                                 : repo.listAll();
    if (!episodes) {
        return episodes.error();
    }
    const QByteArray csv = toCsv(episodes.value(), progress);
    if (isCancelled(progress)) {
        return TaskProgress::cancelledError();
    }
    if (Status s = writeAtomically(path, csv, progress); !s) {
        return s.error();
    }
    return static_cast<int>(episodes.value().size());
}

}  // namespace spinesignal
