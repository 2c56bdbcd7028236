#include "io/csvformat.h"
#include "io/csvparser.h"

#include <gtest/gtest.h>

using namespace spinesignal;

TEST(CsvFormat, HeaderIsStable) {
    // Part of the file format (docs/data-format.md): a change here breaks people's files.
    EXPECT_EQ(CsvFormat::columns().join(QLatin1Char(',')),
              QStringLiteral("when,soreness,numbness,radiating_pain,weakness,back_pain,side,regions,triggers,"
                             "sitting_minutes,duration_minutes,helped,red_flags,sit_breaks,swallow_sets,bridge_sets,"
                             "walking_minutes,note"));
}

TEST(CsvFormat, FormulaCellsGetOneApostropheAndComeBackExactly) {
    const QStringList risky{QStringLiteral("=1+1"),      QStringLiteral("+49 170"), QStringLiteral("-3"),
                            QStringLiteral("@SUM(A1)"),  QStringLiteral("\tx"),     QStringLiteral("\rx"),
                            QStringLiteral("'=already"), QStringLiteral("''+two")};
    for (const QString& s : risky) {
        const QString out = CsvFormat::neutraliseCell(s);
        EXPECT_EQ(out, QLatin1Char('\'') + s) << s.toStdString();
        EXPECT_EQ(CsvFormat::restoreCell(out), s) << s.toStdString();
    }
    const QStringList safe{QString(), QStringLiteral("plain"), QStringLiteral("'quoted'"), QStringLiteral("a=b"),
                           QStringLiteral("小腿酸软")};
    for (const QString& s : safe) {
        EXPECT_EQ(CsvFormat::neutraliseCell(s), s);
        EXPECT_EQ(CsvFormat::restoreCell(s), s);
    }
}

TEST(CsvFormat, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(CsvFormat::quoteCell(QStringLiteral("abc")), QStringLiteral("abc"));
    EXPECT_EQ(CsvFormat::quoteCell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvFormat::quoteCell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvFormat::quoteCell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
}

TEST(CsvFormat, WhenKeepsTheOffsetAndAcceptsSimplerForms) {
    const QDateTime summer(QDate(2024, 7, 1), QTime(8, 5, 9), Qt::OffsetFromUTC, 2 * 3600);
    EXPECT_EQ(CsvFormat::formatWhen(summer), QStringLiteral("2024-07-01T08:05:09+02:00"));
    const QDateTime west(QDate(2024, 1, 1), QTime(23, 0), Qt::OffsetFromUTC, -(5 * 3600 + 30 * 60));
    EXPECT_EQ(CsvFormat::formatWhen(west), QStringLiteral("2024-01-01T23:00:00-05:30"));
    const QDateTime back = CsvFormat::parseWhen(QStringLiteral("2024-01-01T23:00:00-05:30"));
    EXPECT_EQ(back.toSecsSinceEpoch(), west.toSecsSinceEpoch());
    EXPECT_EQ(back.offsetFromUtc(), west.offsetFromUtc());
    EXPECT_EQ(CsvFormat::parseWhen(QStringLiteral("2024-03-05 10:30")).date(), QDate(2024, 3, 5));  // local time
    EXPECT_EQ(CsvFormat::parseWhen(QStringLiteral("2024-03-05T10:30:00Z")).offsetFromUtc(), 0);
    EXPECT_FALSE(CsvFormat::parseWhen(QStringLiteral("2024-02-30T10:00:00+01:00")).isValid());
    EXPECT_FALSE(CsvFormat::parseWhen(QStringLiteral("yesterday")).isValid());
}

TEST(CsvParser, QuotedCellsMayHoldCommasQuotesAndLineBreaks) {
    const auto out = CsvParser::parse(QStringLiteral("a,b\r\n\"x,1\",\"he said \"\"no\"\"\nnext\"\r\n\r\nlast,\n"));
    ASSERT_TRUE(out.error.isEmpty());
    ASSERT_EQ(out.records.size(), 3);  // the blank line carries nothing
    EXPECT_EQ(out.records[1].line, 2);
    EXPECT_EQ(out.records[1].cells, (QStringList{QStringLiteral("x,1"), QStringLiteral("he said \"no\"\nnext")}));
    EXPECT_EQ(out.records[2].line, 5);
    EXPECT_EQ(out.records[2].cells, (QStringList{QStringLiteral("last"), QString()}));
}

TEST(CsvParser, AnOpenQuoteNamesItsLine) {
    const auto out = CsvParser::parse(QStringLiteral("a,b\n1,2\n3,\"never closed\n"));
    EXPECT_TRUE(out.error.startsWith(QStringLiteral("line 3:"))) << out.error.toStdString();
}

TEST(CsvParser, StrayQuotesAndLoneCarriageReturnsStayText) {
    // The lenient corners: a quote inside an unquoted cell, text after a closing quote, a CR that
    // does not end the line. The parser reads plain text in runs; these must not end a run early.
    const auto out = CsvParser::parse(QStringLiteral("a,b,c\nsay \"hi\",\"x\"y,one\rtwo\n"));
    ASSERT_TRUE(out.error.isEmpty());
    ASSERT_EQ(out.records.size(), 2);
    EXPECT_EQ(out.records[1].cells,
              (QStringList{QStringLiteral("say \"hi\""), QStringLiteral("xy"), QStringLiteral("one\rtwo")}));
}
