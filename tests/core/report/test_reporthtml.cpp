#include "report/reporthtml.h"
#include "report/summarybuilder.h"
#include "summaryfixture.h"

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

SummaryData march() {
    SummaryData d = SummaryBuilder::build(spinesignal::testing::marchEntries(), QDate(2024, 3, 1), QDate(2024, 3, 30));
    d.questions = {QStringLiteral("Do I need an MRI?"), QStringLiteral("<b>bold</b> & more")};
    d.name = QStringLiteral("Li Wei");
    d.birthYear = 1968;
    return d;
}

}  // namespace

// What a doctor reads on page 1 (the source language; the Chinese comes from the translators).
TEST(ReportHtml, PageOneStatesTheHandComputedFigures) {
    const QString html = ReportHtml::summaryPage(march());
    EXPECT_TRUE(html.contains(QStringLiteral("2024-03-01 – 2024-03-30")));
    EXPECT_TRUE(html.contains(QStringLiteral("6 of 30 days (8 entries)")));
    EXPECT_TRUE(html.contains(QStringLiteral("5 of 6 logged days (83%)")));
    EXPECT_TRUE(html.contains(QStringLiteral("3 of 6 logged days")));
    EXPECT_TRUE(html.contains(QStringLiteral("8 (2024-03-03)")));  // worst soreness and its day
    EXPECT_TRUE(html.contains(QStringLiteral(">4.1<")));           // 29/7
    EXPECT_TRUE(html.contains(QStringLiteral("Self-reported by the patient")));
    EXPECT_TRUE(html.contains(QStringLiteral("Name: Li Wei")));
    EXPECT_TRUE(html.contains(QStringLiteral("Born: 1968")));
    EXPECT_TRUE(html.contains(QStringLiteral("2024-03-20, 2024-03-30")));  // red-flag dates
    EXPECT_TRUE(html.contains(QStringLiteral("Do I need an MRI?")));
    // The person's words are text, never markup.
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; more")));
}

TEST(ReportHtml, NoRedFlagsSaysSo) {
    SummaryData d = SummaryBuilder::build({}, QDate(2024, 3, 1), QDate(2024, 3, 2));
    const QString html = ReportHtml::summaryPage(d);
    EXPECT_TRUE(html.contains(QStringLiteral("None reported in this period.")));
    EXPECT_TRUE(html.contains(ReportHtml::noEntries()));
    EXPECT_TRUE(html.contains(QStringLiteral("windows overlap")));
}

TEST(ReportHtml, EntriesTableHasEveryEntryAndShortensHugeNotesVisibly) {
    auto entries = spinesignal::testing::marchEntries();
    entries[0].note = QString(ReportHtml::kTableNoteLimit + 50, QLatin1Char('x'));
    const ReportHtml::EntriesTable table = ReportHtml::entriesTable(entries, march());
    ASSERT_EQ(table.rows.size(), 8);  // the 8 March entries
    EXPECT_EQ(table.header.size(), static_cast<qsizetype>(ReportHtml::kEntryColumnWidths.size()));
    EXPECT_EQ(table.header.front(), QStringLiteral("Date and time"));
    EXPECT_EQ(table.header[ReportHtml::kRedFlagColumn], QStringLiteral("Red flags"));
    EXPECT_TRUE(table.heading.contains(QStringLiteral("(8, self-reported)")));
    for (const QStringList& cells : table.rows) {
        EXPECT_EQ(cells.size(), table.header.size());
    }
    const QString all = [&] {
        QString s;
        for (const QStringList& cells : table.rows) {
            s += cells.join(QLatin1Char('|'));
        }
        return s;
    }();
    EXPECT_TRUE(all.contains(QStringLiteral("shortened here")));
    EXPECT_TRUE(all.contains(QStringLiteral("Left leg: Back of calf; Right leg: Sole")));
    // Plain text for the painter: the person's words are never turned into markup.
    EXPECT_FALSE(all.contains(QStringLiteral("&amp;")));
}
