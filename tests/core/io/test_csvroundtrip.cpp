#include "io/csvexporter.h"
#include "io/csvimporter.h"
#include "support/episodebuilder.h"
#include "support/tempstore.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::TempStore;

namespace {

/// Entries that stress the format: every field, awkward notes, two time zones, the same minute
/// twice.
QList<Episode> awkwardEntries() {
    QList<Episode> out;
    out.append(spinesignal::testing::fullEpisode(QDateTime(QDate(2024, 3, 5), QTime(10, 30))));
    const QStringList notes{QStringLiteral("=HYPERLINK(\"http://x\")"),
                            QStringLiteral("'=looks like a formula"),
                            QStringLiteral("+1"),
                            QStringLiteral("-2 after lunch"),
                            QStringLiteral("@home"),
                            QStringLiteral("\tindented"),
                            QStringLiteral("\rcarriage"),
                            QStringLiteral("line one\nline two\r\nline three"),
                            QStringLiteral("  spaces  "),
                            QStringLiteral("comma, \"quote\" and ;semicolon"),
                            QStringLiteral("小腿酸软，脚踩棉花")};
    for (qsizetype i = 0; i < notes.size(); ++i) {
        Episode e;
        // Alternate between a summer offset in Berlin and a far-away one, as after travelling.
        const int offset = i % 2 == 0 ? 2 * 3600 : -(4 * 3600);
        e.when = QDateTime(QDate(2024, 6, 1).addDays(i), QTime(7, 15, static_cast<int>(i)), Qt::OffsetFromUTC, offset);
        e.setIntensity(static_cast<Symptom>(i % kSymptomCount), static_cast<int>(i % 11));
        e.note = notes[i];
        out.append(e);
    }
    Episode twin = out.last();
    twin.note = QStringLiteral("same minute, other content");
    out.append(twin);
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

TEST(CsvRoundTrip, ExportImportExportGivesTheSameBytes) {
    TempStore first;
    ASSERT_TRUE(first.episodes().addAll(awkwardEntries()).ok());
    const QString a = QDir(first.dir()).filePath(QStringLiteral("a.csv"));
    auto written = CsvExporter::exportToFile(first.episodes(), a, std::nullopt, std::nullopt);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), awkwardEntries().size());

    TempStore second;
    auto report = CsvImporter::importFile(second.episodes(), a, false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report.value().imported, awkwardEntries().size());
    EXPECT_EQ(report.value().duplicates, 0);
    const QString b = QDir(second.dir()).filePath(QStringLiteral("b.csv"));
    ASSERT_TRUE(CsvExporter::exportToFile(second.episodes(), b, std::nullopt, std::nullopt).ok());
    EXPECT_EQ(readAll(a), readAll(b));

    // And the entries themselves are the same, field by field.
    const auto before = first.episodes().listAll().value();
    const auto after = second.episodes().listAll().value();
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_TRUE(before[i].sameContentAs(after[i])) << "entry " << i << ": " << before[i].note.toStdString();
    }
}

TEST(CsvRoundTrip, FileStartsWithBomAndHeaderAndNeutralisesFormulas) {
    Episode e;
    e.when = QDateTime(QDate(2024, 3, 5), QTime(10, 30), Qt::OffsetFromUTC, 3600);
    e.setIntensity(Symptom::Numbness, 5);
    e.regions.insert(Leg::Right, LegRegion::BigToe);
    e.regions.insert(Leg::Left, LegRegion::CalfBack);
    e.triggers = {Trigger::WeatherChange, Trigger::LongSitting};
    e.note = QStringLiteral("=cmd|' /C calc'!A0");
    const QByteArray csv = CsvExporter::toCsv({e});
    EXPECT_TRUE(csv.startsWith(QByteArrayLiteral("\xEF\xBB\xBFwhen,soreness,")));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[1], QStringLiteral("2024-03-05T10:30:00+01:00,,5,,,,,left.calf_back;right.big_toe,"
                                       "long_sitting;weather_change,,,,,,,,,'=cmd|' /C calc'!A0"));
}

TEST(CsvRoundTrip, PeriodExportAndAtomicFailure) {
    TempStore store;
    ASSERT_TRUE(store.episodes().addAll(awkwardEntries()).ok());
    const QString path = QDir(store.dir()).filePath(QStringLiteral("june.csv"));
    auto some = CsvExporter::exportToFile(store.episodes(), path, QDate(2024, 6, 1), QDate(2024, 6, 3));
    ASSERT_TRUE(some.ok());
    EXPECT_EQ(some.value(), 3);
    auto bad = CsvExporter::exportToFile(
        store.episodes(), QDir(store.dir()).filePath(QStringLiteral("no/such/dir.csv")), std::nullopt, std::nullopt);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Io);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("dir.csv")));
    auto reversed = CsvExporter::exportToFile(store.episodes(), path, QDate(2024, 6, 3), QDate(2024, 6, 1));
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().kind, Error::Kind::Invalid);
}
