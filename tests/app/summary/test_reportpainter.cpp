#include "../appfixture.h"
#include "summary/pdftextlayer.h"
#include "summary/reportcontent.h"
#include "summary/reportpainter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace spinesignal;
using namespace spinesignal::ui;

TEST(PdfTextLayer, MapsLookAlikeCodePointsBackToTheWrittenCharacters) {
    EXPECT_EQ(PdfTextLayer::preferredTarget(u'\t'), u' ');
    EXPECT_EQ(PdfTextLayer::preferredTarget(u'\u2F07'), u'\u4EA0');  // Kangxi "lid" → 亠
    EXPECT_EQ(PdfTextLayer::preferredTarget(u'\u2ED4'), u'\u95E8');  // ⻔ → 门
    EXPECT_EQ(PdfTextLayer::preferredTarget(u'\u2EDA'), u'\u9875');  // ⻚ → 页
    EXPECT_EQ(PdfTextLayer::preferredTarget(u'A'), u'A');
    // Same length, so cross-reference offsets in the file stay right.
    const QByteArray cmap = QByteArrayLiteral(
        "2 beginbfrange\n<0001> <0002> [<0009> <2ED4>]\n<0003> <0004> <2F07>\n"
        "endbfrange\n1 beginbfchar\n<0005> <2EDA>\nendbfchar\n");
    const QByteArray fixed = PdfTextLayer::fixToUnicode(cmap);
    EXPECT_EQ(fixed.size(), cmap.size());
    EXPECT_TRUE(fixed.contains("[<0020> <95E8>]"));
    EXPECT_TRUE(fixed.contains("<0003> <0004> <2F07>"));  // a real range is left alone
    EXPECT_TRUE(fixed.contains("<0005> <9875>"));
}

class ReportPainterTest : public spinesignal::testing::AppFixture {};

TEST_F(ReportPainterTest, PageOneShrinksToFitAndTheTableRunsOn) {
    QList<Episode> entries;
    for (int i = 0; i < 120; ++i) {
        Episode e;
        e.when = QDateTime(QDate(2024, 1, 1).addDays(i / 2), QTime(8 + (i % 2) * 10, 0));
        e.setIntensity(Symptom::Soreness, i % 11);
        e.note = QStringLiteral("note %1").arg(i);
        e.redFlags = i % 17 == 0 ? EnumSet<RedFlag>{RedFlag::WorseningWeakness} : EnumSet<RedFlag>{};
        entries.append(e);
    }
    ASSERT_TRUE(store().episodes().addAll(entries).ok());
    ReportOptions options;
    for (int i = 0; i < 12; ++i) {
        options.questions.append(QStringLiteral("A long question number %1 about what the numbness in my left foot "
                                                "means and whether I should have an MRI scan.")
                                     .arg(i));
    }
    auto content = ReportContent::build(store().episodes(), options, QStringLiteral("en"));
    ASSERT_TRUE(content.ok());
    const QString pdf = QDir(store().dir()).filePath(QStringLiteral("long.pdf"));
    auto pages = ReportPainter::writePdf(pdf, content.value());
    ASSERT_TRUE(pages.ok());
    EXPECT_GE(pages.value(), 5);  // summary, chart, then several table pages
    // Twelve long questions still leave the summary on page 1: page 2 is the chart.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                             QStringLiteral("2"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString page2 = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(page2.contains(QStringLiteral("Daily worst rating"))) << page2.toStdString();
    EXPECT_TRUE(page2.contains(QStringLiteral("Page 2 of")));
}

TEST_F(ReportPainterTest, EveryTablePageRepeatsTheHeaderAndNoEntryIsLostOrDoubled) {
    QList<Episode> entries;
    for (int i = 0; i < 300; ++i) {
        Episode e;
        e.when = QDateTime(QDate(2024, 1, 1).addDays(i / 3), QTime(7 + (i % 3) * 5, i % 60));
        e.setIntensity(Symptom::Numbness, i % 11);
        e.note =
            QStringLiteral("entry%1 ").arg(i, 3, 10, QLatin1Char('0')) +
            (i % 7 == 0 ? QStringLiteral("a longer note that has to wrap over several lines in its cell") : QString());
        entries.append(e);
    }
    // A note taller than a whole page runs on to the next page, cut between lines, none lost.
    QStringList lines;
    for (int i = 0; i < 100; ++i) {
        lines.append(QStringLiteral("L%1").arg(i, 2, 10, QLatin1Char('0')));
    }
    entries[150].note = lines.join(QLatin1Char('\n'));
    ASSERT_TRUE(store().episodes().addAll(entries).ok());
    auto content = ReportContent::build(store().episodes(), ReportOptions{}, QStringLiteral("en"));
    ASSERT_TRUE(content.ok());
    const QString pdf = QDir(store().dir()).filePath(QStringLiteral("table.pdf"));
    auto pages = ReportPainter::writePdf(pdf, content.value());
    ASSERT_TRUE(pages.ok());
    ASSERT_GE(pages.value(), 6);

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("3"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    QStringList tablePages = all.split(QLatin1Char('\f'));
    while (!tablePages.isEmpty() && tablePages.back().trimmed().isEmpty()) {
        tablePages.removeLast();
    }
    ASSERT_EQ(tablePages.size(), pages.value() - 2);
    EXPECT_TRUE(tablePages.front().contains(QStringLiteral("All entries in the period (300, self-reported)")));
    for (qsizetype i = 0; i < tablePages.size(); ++i) {
        const QString& page = tablePages[i];
        EXPECT_TRUE(page.contains(QStringLiteral("Triggers"))) << "no header row on table page " << i + 1;
        EXPECT_TRUE(page.contains(QStringLiteral("Date and"))) << "no header row on table page " << i + 1;
        EXPECT_TRUE(page.contains(QStringLiteral("Page %1 of %2").arg(i + 3).arg(pages.value())));
    }
    for (int i = 0; i < 300; ++i) {
        const QString token = QStringLiteral("entry%1").arg(i, 3, 10, QLatin1Char('0'));
        EXPECT_EQ(all.count(token), i == 150 ? 0 : 1) << token.toStdString();  // 150: the long note
        EXPECT_TRUE(all.contains(entries[i].when.toString(QStringLiteral("yyyy-MM-dd")))) << i;
    }
    for (const QString& line : lines) {
        EXPECT_EQ(all.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(line))), 1) << line.toStdString();
    }
}
