#pragma once

#include "domain/episode.h"
#include "report/summarydata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace spinesignal {

/// Words the doctor summary as HTML (Qt's rich-text subset), in the language whose translators are
/// installed (see ReportLanguage). Building only: painting to PDF or paper happens in the app.
class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    /// Notes longer than this are shortened in the entries table (with a visible marker).
    static constexpr int kTableNoteLimit = 400;
    /// How many of the most common triggers and regions page 1 lists.
    static constexpr int kTopTriggers = 4;
    static constexpr int kTopRegions = 6;
    /// Dates listed per red flag before "and N more".
    static constexpr int kRedFlagDates = 8;

    /// Page 1: the thirty-second summary. `baseFontPt` lets the painter shrink it to fit one page.
    static QString summaryPage(const SummaryData& data, double baseFontPt = 9.5);
    /// The words of the table of entries (the painter draws it, header row repeated on every page).
    struct EntriesTable {
        QString heading;          ///< "All entries in the period (N, self-reported)"
        QStringList header;       ///< one title per column
        QList<QStringList> rows;  ///< plain text (not HTML), one cell per column; notes may hold '\n'
        QString none;             ///< shown instead of the table when there are no entries
    };
    /// Column widths in percent: room for the words (where, triggers, note), little for the 0–10
    /// numbers.
    static constexpr std::array<int, 12> kEntryColumnWidths = {10, 5, 5, 5, 5, 5, 5, 14, 11, 10, 8, 17};
    /// The column that lists red flags (shown bold and red).
    static constexpr int kRedFlagColumn = 10;
    /// The entries of `all` inside the period of `data`, in their order, worded for the table.
    static EntriesTable entriesTable(const QList<Episode>& all, const SummaryData& data);
    /// The region counts that go with the leg map (page 2).
    static QString regionTable(const SummaryData& data, double baseFontPt = 8.5);

    static QString title();
    static QString selfReported();
    /// Printed on every page.
    static QString disclaimer();
    /// "Period 2024-03-01 – 2024-03-30"
    static QString periodLine(const SummaryData& data);
    /// "Page 2 of 5"
    static QString pageOf(int page, int pages);
    /// The same with %1 and %2 left open, for painting after the report language is gone.
    static QString pageOfPattern();
    static QString chartTitle();
    static QString chartNote();
    static QString legMapTitle();
    static QString noEntries();

    static QString directionWord(TrendDirection d);
    /// One decimal, e.g. "4.5"; "–" when there is no value.
    static QString number(const std::optional<double>& v);
    /// "Left leg: back of calf, sole; Right leg: big toe"
    static QString regionsText(const RegionSet& regions);
};

}  // namespace spinesignal
