#include "summary/reportcontent.h"

#include "domain/labels.h"
#include "report/reporthtml.h"
#include "report/reportlanguage.h"
#include "report/summarybuilder.h"
#include "storage/episoderepository.h"

namespace spinesignal::ui {

Result<ReportContent> ReportContent::build(const EpisodeRepository& repo, const ReportOptions& options,
                                           const QString& uiLanguage) {
    auto data = SummaryBuilder::fromStore(repo, options.from, options.to);
    if (!data) {
        return data.error();
    }
    ReportContent c;
    c.data = data.value();
    c.data.questions = options.questions;
    c.data.name = options.name.trimmed();
    c.data.birthYear = options.birthYear;
    auto episodes = repo.listBetween(c.data.from, c.data.to);
    if (!episodes) {
        return episodes.error();
    }
    c.episodes = episodes.value();
    c.paper = options.paper;

    const ReportLanguage language(options.language, uiLanguage);
    c.chinese = language.isChinese();
    c.language = language.language();
    c.uiLanguage = uiLanguage;
    for (double pt : {10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0}) {
        c.summaryVariants.append(ReportHtml::summaryPage(c.data, pt));
    }
    c.regionHtml = ReportHtml::regionTable(c.data, 7.5);
    c.table = ReportHtml::entriesTable(c.episodes, c.data);
    c.runningTitle = ReportHtml::title() + QStringLiteral(" · ") + ReportHtml::selfReported();
    QStringList person;
    if (!c.data.name.isEmpty()) {
        person.append(c.data.name);
    }
    if (c.data.birthYear) {
        person.append(ReportHtml::tr("Born: %1").arg(*c.data.birthYear));
    }
    c.person = person.join(QStringLiteral(" · "));
    c.periodLine = ReportHtml::periodLine(c.data);
    c.disclaimer = ReportHtml::disclaimer();
    c.pageOfPattern = ReportHtml::pageOfPattern();
    c.chartTitle = ReportHtml::chartTitle();
    c.chartNote = ReportHtml::chartNote();
    c.legMapTitle = ReportHtml::legMapTitle();
    for (int i = 0; i < kSymptomCount; ++i) {
        c.symptomNames[static_cast<std::size_t>(i)] = Labels::symptom(static_cast<Symptom>(i));
    }
    return c;
}

}  // namespace spinesignal::ui
