#include "io/csvexporter.h"
#include "io/csvimporter.h"
#include "support/tempstore.h"

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::TempStore;

namespace {

const QDateTime kNow(QDate(2024, 12, 31), QTime(12, 0));

QByteArray withHeader(const QString& rows) {
    return QByteArrayLiteral("\xEF\xBB\xBF") +
           QStringLiteral("when,soreness,numbness,side,regions,triggers,helped,red_flags,note\r\n").toUtf8() +
           rows.toUtf8();
}

}  // namespace

TEST(CsvImport, OneBadRowImportsNothingAndEveryBadRowIsNamedByLine) {
    TempStore store;
    const QByteArray csv = withHeader(
        QStringLiteral("2024-03-01T09:00:00+01:00,5,,left,left.calf_back,long_sitting,heat,,ok\r\n"  // line 2
                       "2024-03-02T09:00:00+01:00,11,,,,,,,too strong\r\n"                           // line 3
                       "2024-03-03T09:00:00+01:00,3,,,,,,,\"a note\nover two lines\"\r\n"            // lines 4-5
                       "not a date,3,,,,,,,\r\n"                                                     // line 6
                       "2024-03-05T09:00:00+01:00,3,,,left.knee,dancing,,,\r\n"                      // line 7
                       "2024-03-06T09:00:00+01:00,3\r\n"                                             // line 8
                       "2099-01-01T09:00:00+01:00,3,,,,,,,future\r\n"));                             // line 9
    auto r = CsvImporter::import(store.episodes(), csv, false, kNow);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Invalid);
    const QString msg = r.error().message;
    for (const char* expected : {"line 3: ", "line 6: ", "line 7: ", "line 8: ", "line 9: "}) {
        EXPECT_TRUE(msg.contains(QLatin1String(expected))) << expected << "\n" << msg.toStdString();
    }
    EXPECT_FALSE(msg.contains(QStringLiteral("line 2:")));
    EXPECT_FALSE(msg.contains(QStringLiteral("line 4:")));
    EXPECT_TRUE(msg.contains(QStringLiteral("\"knee\"")) || msg.contains(QStringLiteral("left.knee")));
    EXPECT_TRUE(msg.contains(QStringLiteral("dancing")));
    EXPECT_EQ(store.episodes().count().value(), 0);

    auto skipping = CsvImporter::import(store.episodes(), csv, true, kNow);
    ASSERT_TRUE(skipping.ok()) << skipping.error().message.toStdString();
    EXPECT_EQ(skipping.value().imported, 2);
    EXPECT_EQ(skipping.value().skipped.size(), 5);
    EXPECT_TRUE(skipping.value().skipped.constFirst().startsWith(QStringLiteral("line 3: ")));
    EXPECT_EQ(store.episodes().count().value(), 2);
    const auto stored = store.episodes().listAll().value();
    EXPECT_EQ(stored[1].note, QStringLiteral("a note\nover two lines"));
}

TEST(CsvImport, DuplicatesAreSkippedAndCounted) {
    TempStore store;
    const QByteArray csv =
        withHeader(QStringLiteral("2024-03-01T09:00:00+01:00,5,,,,,,,\r\n"
                                  "2024-03-01T09:00:00+01:00,5,,,,,,,\r\n"  // same again
                                  "2024-03-01T09:00:00+01:00,6,,,,,,,\r\n"));
    auto first = CsvImporter::import(store.episodes(), csv, false, kNow);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().imported, 2);
    EXPECT_EQ(first.value().duplicates, 1);
    auto again = CsvImporter::import(store.episodes(), csv, false, kNow);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().imported, 0);
    EXPECT_EQ(again.value().duplicates, 3);
    EXPECT_EQ(store.episodes().count().value(), 2);
}

TEST(CsvImport, AcceptsNoBomLfEndingsAndColumnsInAnyOrder) {
    TempStore store;
    const QByteArray csv = QByteArrayLiteral("note,when,back_pain\n'=kept,2024-03-01 09:00,4\n");
    auto r = CsvImporter::import(store.episodes(), csv, false, kNow);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    const auto e = store.episodes().listAll().value().constFirst();
    EXPECT_EQ(e.note, QStringLiteral("=kept"));
    EXPECT_EQ(e.intensityOf(Symptom::BackPain), 4);
}

TEST(CsvImport, WholeFileProblemsAreClear) {
    TempStore store;
    auto unknown = CsvImporter::import(store.episodes(), QByteArrayLiteral("when,mood\n"), false, kNow);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("mood")));
    auto noWhen = CsvImporter::import(store.episodes(), QByteArrayLiteral("soreness\n3\n"), false, kNow);
    ASSERT_FALSE(noWhen.ok());
    EXPECT_TRUE(noWhen.error().message.contains(QStringLiteral("\"when\"")));
    auto latin1 =
        CsvImporter::import(store.episodes(), QByteArrayLiteral("when,note\n2024-03-01 09:00,caf\xE9\n"), false, kNow);
    ASSERT_FALSE(latin1.ok());
    EXPECT_TRUE(latin1.error().message.contains(QStringLiteral("UTF-8")));
    auto empty = CsvImporter::import(store.episodes(), QByteArray(), false, kNow);
    ASSERT_FALSE(empty.ok());
    auto missing = CsvImporter::importFile(store.episodes(), QStringLiteral("/no/such/file.csv"), false);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("/no/such/file.csv")));
    EXPECT_EQ(store.episodes().count().value(), 0);
}
