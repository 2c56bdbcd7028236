#pragma once

#include "domain/episode.h"
#include "report/reporthtml.h"
#include "report/summarydata.h"
#include "util/result.h"

#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace spinesignal {
class EpisodeRepository;
}

namespace spinesignal::ui {

/// What the person chose for a report.
struct ReportOptions {
    QString language = QStringLiteral("en");  ///< report language: "zh_CN" or "en"
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString name;
    std::optional<int> birthYear;
    QStringList questions;
    std::optional<QDate> from;  ///< empty: the first logged day
    std::optional<QDate> to;    ///< empty: the last logged day
};

/// The report with every word already in the report's language, ready to paint (PDF or printer)
/// without any translator: painting can then happen outside the language switch.
struct ReportContent {
    SummaryData data;
    QList<Episode> episodes;
    QPageSize::PageSizeId paper = QPageSize::A4;
    bool chinese = false;
    QString language;    ///< the report's: "zh_CN" or "en"
    QString uiLanguage;  ///< the window's when it was built (painting the leg map switches to `language`)
    /// Page 1 at decreasing font sizes; the painter takes the first that fits one page.
    QList<QString> summaryVariants;
    QString regionHtml;
    ReportHtml::EntriesTable table;  ///< the entries, painted by EntryTablePainter
    QString runningTitle;            ///< top of every page
    QString person;                  ///< "Name · born 1960" or empty
    QString periodLine;
    QString disclaimer;
    QString pageOfPattern;  ///< "Page %1 of %2"
    QString chartTitle;
    QString chartNote;
    QString legMapTitle;
    std::array<QString, kSymptomCount> symptomNames;

    /// Reads the store and words everything in `options.language` (`uiLanguage` is what the window
    /// shows, so the switch is skipped when they agree).
    static Result<ReportContent> build(const EpisodeRepository& repo, const ReportOptions& options,
                                       const QString& uiLanguage);
};

}  // namespace spinesignal::ui
