#include "trends/trendspage.h"

#include "analysis/dayseries.h"
#include "analysis/frequencies.h"
#include "analysis/habitcomparison.h"
#include "analysis/reliefoutcome.h"
#include "analysis/trend.h"
#include "analysis/trendtext.h"
#include "domain/labels.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "startup/languagemanager.h"
#include "storage/episoderepository.h"
#include "trends/chartstyle.h"
#include "trends/frequencychart.h"
#include "trends/intensitychart.h"
#include "trends/weeklychart.h"
#include "widgets/legmapwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace spinesignal::ui {

namespace {

const QString kRangeKey = QStringLiteral("trends/range");
const QString kTabKey = QStringLiteral("trends/tab");

QIcon swatch(const QColor& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 5, 12, 4), 2, 2);
    return QIcon(pixmap);
}

/// Most frequent first, so the list reads as a ranking; ties keep the usual order.
void sortByCount(QStringList& names, QList<int>& counts) {
    QList<qsizetype> order;
    for (qsizetype i = 0; i < names.size(); ++i) {
        order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return counts[a] > counts[b]; });
    QStringList sortedNames;
    QList<int> sortedCounts;
    for (qsizetype i : order) {
        sortedNames.append(names[i]);
        sortedCounts.append(counts[i]);
    }
    names = sortedNames;
    counts = sortedCounts;
}

}  // namespace

TrendsPage::TrendsPage(AppContext& context, QWidget* parent) : AreaPage(parent), m_context(context) {
    setObjectName(QStringLiteral("TrendsPage"));
    buildUi();
    const int saved = m_context.settings.value(kRangeKey, static_cast<int>(Range::ThreeMonths)).toInt();
    m_range = saved >= 0 && saved < static_cast<int>(Range::Custom) ? static_cast<Range>(saved) : Range::ThreeMonths;
    m_rangeBox->setCurrentIndex(static_cast<int>(m_range));
    m_tabs->setCurrentIndex(std::clamp(m_context.settings.value(kTabKey, 0).toInt(), 0, m_tabs->count() - 1));
    retranslate();
    connect(&m_context.episodes, &EpisodeRepository::changed, this, [this] {
        m_dirty = true;
        if (isVisible()) {
            reload();
        }
    });
    connect(&m_context.language, &LanguageManager::changed, this, [this] {
        m_dirty = true;
        if (isVisible()) {
            reload();
        }
    });
}

void TrendsPage::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 8);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    // The empty state: a new person sees what the page is for and how to start.
    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyTitle = new QLabel(empty);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMaximumWidth(560);
    m_logFirst = new QPushButton(empty);
    m_logFirst->setObjectName(QStringLiteral("logFirstEntry"));
    m_logFirst->setDefault(true);
    connect(m_logFirst, &QPushButton::clicked, this, [this] { m_context.navigator.go(Area::Log); });
    emptyLayout->addWidget(m_emptyTitle);
    // A wrapped label must get its width from the layout, or its height is computed for the wrong width.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_emptyText, 4);
    textRow->addStretch(1);
    emptyLayout->addLayout(textRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_logFirst, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    auto* charts = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(charts);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_rangeLabel = new QLabel(charts);
    m_rangeBox = new QComboBox(charts);
    m_rangeBox->setObjectName(QStringLiteral("range"));
    for (int i = 0; i <= static_cast<int>(Range::Custom); ++i) {
        m_rangeBox->addItem(QString());
    }
    m_rangeLabel->setBuddy(m_rangeBox);
    m_customFrom = new QDateEdit(charts);
    m_customTo = new QDateEdit(charts);
    m_customDash = new QLabel(QStringLiteral("–"), charts);
    for (QDateEdit* edit : {m_customFrom, m_customTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_range == Range::Custom) {
                m_dirty = true;
                reload();
            }
        });
    }
    m_save = new QPushButton(charts);
    m_save->setObjectName(QStringLiteral("saveChart"));
    connect(m_save, &QPushButton::clicked, this, &TrendsPage::saveChartInteractively);
    top->addWidget(m_rangeLabel);
    top->addWidget(m_rangeBox);
    top->addWidget(m_customFrom);
    top->addWidget(m_customDash);
    top->addWidget(m_customTo);
    top->addStretch();
    top->addWidget(m_save);
    layout->addLayout(top);
    // The symptoms on a row of their own, so the page still fits a narrow window.
    auto* symptoms = new QHBoxLayout;
    for (int i = 0; i < kSymptomCount; ++i) {
        auto* box = new QCheckBox(charts);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) { setSymptomVisible(static_cast<Symptom>(i), on); });
        m_symptomBoxes[static_cast<std::size_t>(i)] = box;
        symptoms->addWidget(box);
    }
    symptoms->addStretch();
    layout->addLayout(symptoms);
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            setRange(static_cast<Range>(index));
        }
    });

    m_sentences = new QLabel(charts);
    m_sentences->setObjectName(QStringLiteral("trendSentences"));
    m_sentences->setWordWrap(true);
    m_sentences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont sentenceFont = m_sentences->font();
    sentenceFont.setPointSizeF(sentenceFont.pointSizeF() * 1.1);
    m_sentences->setFont(sentenceFont);
    layout->addWidget(m_sentences);

    m_tabs = new QTabWidget(charts);
    m_tabs->setDocumentMode(true);
    m_intensity = new IntensityChart(m_tabs);
    m_weekly = new WeeklyChart(m_tabs);
    m_triggers = new FrequencyChart(m_tabs);
    m_helped = new FrequencyChart(m_tabs);
    auto* where = new QWidget(m_tabs);
    auto* whereLayout = new QHBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    m_sides = new FrequencyChart(where);
    // The leg-region distribution as a heat map on the shared leg map (counts and legend included).
    m_legMap = new LegMapWidget(where);
    m_legMap->setObjectName(QStringLiteral("legMapHeat"));
    m_legMap->setMode(LegMapMode::Heat);
    whereLayout->addWidget(m_sides, 2);
    whereLayout->addWidget(m_legMap, 4);
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_observations = new QLabel(scroll);
    m_observations->setObjectName(QStringLiteral("observations"));
    m_observations->setWordWrap(true);
    m_observations->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_observations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_observations->setMargin(12);
    scroll->setWidget(m_observations);
    m_tabs->addTab(m_intensity, QString());
    m_tabs->addTab(m_weekly, QString());
    m_tabs->addTab(m_triggers, QString());
    m_tabs->addTab(m_helped, QString());
    m_tabs->addTab(where, QString());
    m_tabs->addTab(scroll, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_context.settings.setValue(kTabKey, index);
        refreshTab();
    });
    layout->addWidget(m_tabs, 1);
    m_chartNote = new QLabel(charts);
    m_chartNote->setWordWrap(true);
    layout->addWidget(m_chartNote);
    m_stack->addWidget(charts);
}

bool TrendsPage::chinese() const {
    return m_context.language.isChinese();
}

void TrendsPage::setRange(Range range) {
    m_range = range;
    if (m_rangeBox->currentIndex() != static_cast<int>(range)) {
        m_rangeBox->setCurrentIndex(static_cast<int>(range));  // re-enters through the signal
        return;
    }
    if (range != Range::Custom) {
        m_context.settings.setValue(kRangeKey, static_cast<int>(range));
    } else {
        // Start the custom range from what was shown, so the dates are a sensible starting point.
        const QSignalBlocker a(m_customFrom);
        const QSignalBlocker b(m_customTo);
        if (m_from.isValid()) {
            m_customFrom->setDate(m_from);
            m_customTo->setDate(m_to);
        }
    }
    for (QWidget* w : {static_cast<QWidget*>(m_customFrom), static_cast<QWidget*>(m_customDash),
                       static_cast<QWidget*>(m_customTo)}) {
        w->setVisible(range == Range::Custom);
    }
    m_dirty = true;
    reload();
}

void TrendsPage::setCustomRange(QDate from, QDate to) {
    {
        const QSignalBlocker a(m_customFrom);
        const QSignalBlocker b(m_customTo);
        m_customFrom->setDate(from);
        m_customTo->setDate(to);
    }
    m_range = Range::Custom;
    const QSignalBlocker box(m_rangeBox);
    m_rangeBox->setCurrentIndex(static_cast<int>(Range::Custom));
    for (QWidget* w : {static_cast<QWidget*>(m_customFrom), static_cast<QWidget*>(m_customDash),
                       static_cast<QWidget*>(m_customTo)}) {
        w->setVisible(true);
    }
    m_dirty = true;
    reload();
}

void TrendsPage::computePeriod(const DataExtent& extent) {
    const QDate today = QDate::currentDate();
    m_to = today;
    switch (m_range) {
        case Range::TwoWeeks:
            m_from = today.addDays(-13);
            break;
        case Range::ThreeMonths:
            m_from = today.addMonths(-3).addDays(1);
            break;
        case Range::OneYear:
            m_from = today.addYears(-1).addDays(1);
            break;
        case Range::All:
            m_from = extent.isEmpty() ? today : std::min(extent.first, today);
            m_to = extent.isEmpty() ? today : std::max(extent.last, today);
            break;
        case Range::Custom:
            m_from = std::min(m_customFrom->date(), m_customTo->date());
            m_to = std::max(m_customFrom->date(), m_customTo->date());
            break;
    }
}

void TrendsPage::reload() {
    m_dirty = false;
    const auto extent = DayAggregator::extent(m_context.database);
    m_hasData = extent && !extent.value().isEmpty();
    m_stack->setCurrentIndex(m_hasData ? 1 : 0);
    if (!m_hasData) {
        m_days.clear();
        m_sentences->setText(extent ? QString() : extent.error().message);
        return;
    }
    computePeriod(extent.value());
    auto days = DayAggregator::fromDatabase(m_context.database, m_from, m_to);
    m_days = days ? days.value() : QList<DaySummary>{};
    m_intensity->setData(m_days, m_from, m_to, chinese());
    m_weekly->setData(DaySeries::entriesPerWeek(m_days), m_from, m_to, chinese());
    updateSentences();
    if (!days) {
        m_sentences->setText(days.error().message);
    }
    m_frequenciesDirty = true;
    m_observationsDirty = true;
    refreshTab();
    updateNote();
}

void TrendsPage::updateSentences() {
    QStringList lines;
    if (m_days.isEmpty()) {
        lines.append(tr("No entries between %1 and %2. Choose a longer range to see your earlier entries.")
                         .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)));
    }
    for (int i = 0; i < kSymptomCount && !m_days.isEmpty(); ++i) {
        const auto s = static_cast<Symptom>(i);
        if (!m_symptomBoxes[static_cast<std::size_t>(i)]->isChecked()) {
            continue;
        }
        const auto means = DaySeries::daily(m_days, s, DaySeries::Statistic::DailyMean);
        if (means.isEmpty()) {
            continue;  // never rated in this period: nothing to say
        }
        // Speak of the span that has data, not of a longer range chosen before logging began.
        const Trend trend = TrendAnalyzer::analyse(means, std::max(m_from, means.constFirst().date), m_to);
        lines.append(TrendText::trendSentence(s, trend, QDate::currentDate()));
    }
    m_sentences->setText(lines.join(QLatin1Char('\n')));
}

void TrendsPage::refreshTab() {
    const int tab = m_tabs->currentIndex();
    m_save->setEnabled(tab != ObservationsTab);
    updateNote();
    if ((tab == TriggersTab || tab == HelpedTab || tab == WhereTab) && m_frequenciesDirty) {
        refreshFrequencies();
    } else if (tab == ObservationsTab && m_observationsDirty) {
        refreshObservations();
    }
}

void TrendsPage::refreshFrequencies() {
    m_frequenciesDirty = false;
    const auto result = FrequencyCounter::fromDatabase(m_context.database, m_from, m_to);
    const Frequencies f = result ? result.value() : Frequencies{};
    QStringList names;
    QList<int> counts;
    for (int t = 0; t < kTriggerCount; ++t) {
        names.append(Labels::trigger(static_cast<Trigger>(t)));
        counts.append(f.triggerCount(static_cast<Trigger>(t)));
    }
    sortByCount(names, counts);
    m_triggers->setData(tr("What came before the symptoms (entries naming each)"), names, {{tr("Entries"), counts}},
                        f.entries);
    names.clear();
    counts.clear();
    for (int r = 0; r < kReliefCount; ++r) {
        names.append(Labels::relief(static_cast<Relief>(r)));
        counts.append(f.helpedCount(static_cast<Relief>(r)));
    }
    sortByCount(names, counts);
    m_helped->setData(tr("What was tried (entries naming each)"), names, {{tr("Entries"), counts}}, f.entries);
    names.clear();
    counts.clear();
    for (Side s : {Side::Left, Side::Right, Side::Both, Side::Unspecified}) {
        names.append(Labels::side(s));
        counts.append(f.sideCount(s));
    }
    m_sides->setData(tr("Side"), names, {{tr("Entries"), counts}}, f.entries);
    RegionCounts heat{};
    for (int leg = 0; leg < 2; ++leg) {
        for (int r = 0; r < kLegRegionCount; ++r) {
            heat[legMapIndex(static_cast<Leg>(leg), static_cast<LegRegion>(r))] =
                f.regionCount(static_cast<Leg>(leg), static_cast<LegRegion>(r));
        }
    }
    m_legMap->setHeat(heat);
}

void TrendsPage::refreshObservations() {
    m_observationsDirty = false;
    QStringList parts;
    parts.append(QStringLiteral("<h3>%1</h3>").arg(tr("Habits and soreness").toHtmlEscaped()));
    const auto breaks = HabitComparer::compare(m_days, HabitComparison::Habit::SitBreaks,
                                               HabitComparer::kDefaultSitBreaks, Symptom::Soreness);
    const auto sets = HabitComparer::compare(m_days, HabitComparison::Habit::ExerciseSets,
                                             HabitComparer::kDefaultExerciseSets, Symptom::Soreness);
    parts.append(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(TrendText::habitSentence(breaks).toHtmlEscaped(), TrendText::habitSentence(sets).toHtmlEscaped()));
    parts.append(QStringLiteral("<h3>%1</h3>").arg(tr("What helped").toHtmlEscaped()));
    const auto entries = ReliefAnalyzer::fromDatabase(m_context.database, m_from, m_to);
    const auto outcomes = ReliefAnalyzer::outcomes(entries ? entries.value() : QList<ReliefEntry>{});
    bool any = false;
    for (const ReliefOutcome& o : outcomes) {
        if (o.tried > 0) {
            parts.append(QStringLiteral("<p>%1</p>").arg(TrendText::reliefSentence(o).toHtmlEscaped()));
            any = true;
        }
    }
    if (!any) {
        parts.append(
            QStringLiteral("<p>%1</p>").arg(tr("No entry in this period says what was tried.").toHtmlEscaped()));
    }
    parts.append(QStringLiteral("<p><i>%1</i></p>").arg(TrendText::observationNote().toHtmlEscaped()));
    m_observations->setText(parts.join(QString()));
}

void TrendsPage::updateNote() {
    switch (m_tabs->currentIndex()) {
        case IntensityTab:
            m_chartNote->setText(
                IntensityChart::isCoarse(m_from, m_to)
                    ? tr("Over more than a year, one point per week. Thin line: the highest rating of each week. "
                         "Thick line: the 7-day average at the end of each week. Lines break where a week or more "
                         "has no entries. ▲ marks a day with a red flag. Hover over a line to see the values.")
                    : tr("Thin line: the highest rating of each day. Thick line: the 7-day average. Lines break "
                         "where a week or more has no entries. ▲ marks a day with a red flag. Hover over a line "
                         "to see the day's values."));
            break;
        case WeeklyTab:
            m_chartNote->setText(
                tr("Each point is one week, Monday to Sunday; a week only partly in the range stands apart. "
                   "Weeks without entries are left out, not counted as zero."));
            break;
        case TriggersTab:
        case HelpedTab:
        case WhereTab:
            m_chartNote->setText(
                tr("How many entries in the chosen range name each item; one entry can name "
                   "several. Hover over a bar for its share."));
            break;
        default:
            m_chartNote->setText(QString());
    }
}

bool TrendsPage::saveCurrentChart(const QString& path) {
    auto* view = m_tabs->currentWidget();
    if (m_tabs->currentIndex() == ObservationsTab || view == nullptr) {
        return false;
    }
    // Charts lay themselves out through posted events: let them finish, or the picture may be stale.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return view->grab().save(path, "PNG");
}

void TrendsPage::saveChartInteractively() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        QDir(dir.isEmpty() ? QDir::homePath() : dir)
            .filePath(QStringLiteral("spinesignal-trends-%1.png").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    const QString file =
        path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".png");
    m_chartNote->setText(saveCurrentChart(file) ? tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(file))
                                                : tr("Could not save the chart to %1. Check that the folder exists "
                                                     "and can be written to.")
                                                      .arg(QDir::toNativeSeparators(file)));
}

void TrendsPage::setSymptomVisible(Symptom symptom, bool visible) {
    QCheckBox* box = m_symptomBoxes[static_cast<std::size_t>(symptom)];
    if (box->isChecked() != visible) {
        box->setChecked(visible);  // comes back through toggled
        return;
    }
    m_intensity->setSymptomVisible(symptom, visible);
    updateSentences();
}

void TrendsPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

bool TrendsPage::isShowingEmptyState() const {
    return m_stack->currentIndex() == 0;
}

QString TrendsPage::trendSentences() const {
    return m_sentences->text();
}

QString TrendsPage::observations() const {
    return m_observations->text();
}

void TrendsPage::showEvent(QShowEvent* event) {
    if (m_dirty) {
        reload();
    }
    AreaPage::showEvent(event);
}

void TrendsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        retranslate();  // the swatches follow the palette
    }
    AreaPage::changeEvent(event);
}

void TrendsPage::retranslate() {
    setAccessibleName(tr("Trends"));
    m_emptyTitle->setText(tr("Your charts will appear here"));
    m_emptyText->setText(
        tr("Once you log how your legs and back feel, this page shows how it changes over days, "
           "weeks and years. A few days of entries give the first picture; two weeks show a "
           "trend."));
    m_logFirst->setText(tr("Log your first entry"));
    m_rangeLabel->setText(tr("&Range:"));
    const QStringList ranges{tr("2 weeks"), tr("3 months"), tr("1 year"), tr("All"), tr("Custom…")};
    for (int i = 0; i < ranges.size(); ++i) {
        m_rangeBox->setItemText(i, ranges[i]);
    }
    m_customFrom->setAccessibleName(tr("From"));
    m_customTo->setAccessibleName(tr("To"));
    m_save->setText(tr("Save chart as PNG…"));
    const bool dark = ChartStyle::isDark(palette());
    for (int i = 0; i < kSymptomCount; ++i) {
        QCheckBox* box = m_symptomBoxes[static_cast<std::size_t>(i)];
        box->setText(Labels::symptom(static_cast<Symptom>(i)));
        box->setIcon(swatch(ChartStyle::symptomColor(static_cast<Symptom>(i), dark)));
    }
    m_tabs->setTabText(IntensityTab, tr("Intensity"));
    m_tabs->setTabText(WeeklyTab, tr("Entries per week"));
    m_tabs->setTabText(TriggersTab, tr("Triggers"));
    m_tabs->setTabText(HelpedTab, tr("What was tried"));
    m_tabs->setTabText(WhereTab, tr("Side and leg regions"));
    m_tabs->setTabText(ObservationsTab, tr("Habits and what helped"));
    updateNote();
    m_frequenciesDirty = true;
    m_observationsDirty = true;
    if (isVisible() && m_hasData) {
        updateSentences();
        refreshTab();
    }
}

}  // namespace spinesignal::ui
