#include "trends/intensitychart.h"

#include "domain/labels.h"
#include "trends/chartstyle.h"
#include "trends/segmentedline.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace spinesignal::ui {

namespace {

QList<QList<QPointF>> toRuns(const QList<DayValue>& values) {
    QList<QList<QPointF>> runs;
    for (const auto& run : DaySeries::splitAtGaps(values, IntensityChart::kMaxGapDays)) {
        QList<QPointF> points;
        points.reserve(run.size());
        for (const DayValue& v : run) {
            points.append({ChartStyle::dayToX(v.date), v.value});
        }
        runs.append(points);
    }
    return runs;
}

}  // namespace

IntensityChart::IntensityChart(QWidget* parent)
    : QChartView(new QChart, parent),
      m_x(new QDateTimeAxis(this)),
      m_y(new QValueAxis(this)),
      m_redFlags(new QScatterSeries(this)) {
    setObjectName(QStringLiteral("intensityChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    // Room below 0 for the red-flag marks, which sit on the time axis.
    m_y->setRange(-0.7, 10.3);
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(2);
    m_y->setLabelFormat(QStringLiteral("%d"));
    for (int s = 0; s < kSymptomCount; ++s) {
        auto daily = std::make_unique<SegmentedLine>(c, m_x, m_y, QString());
        auto rolling = std::make_unique<SegmentedLine>(c, m_x, m_y, QString());
        rolling->setInLegend(true);
        m_daily[static_cast<std::size_t>(s)] = std::move(daily);
        m_rolling[static_cast<std::size_t>(s)] = std::move(rolling);
    }
    m_redFlags->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_redFlags->setMarkerSize(14);
    m_redFlags->setColor(ChartStyle::redFlagColor());
    m_redFlags->setBorderColor(ChartStyle::redFlagColor());
    c->addSeries(m_redFlags);
    m_redFlags->attachAxis(m_x);
    m_redFlags->attachAxis(m_y);
    connect(m_redFlags, &QScatterSeries::hovered, this, &IntensityChart::onHovered);
    applyPalette();
    retranslate();
}

IntensityChart::~IntensityChart() = default;

void IntensityChart::setData(const QList<DaySummary>& days, QDate from, QDate to, bool chinese) {
    m_days = days;
    m_chinese = chinese;
    if (m_spanDays != from.daysTo(to)) {
        m_spanDays = from.daysTo(to);
        applyPalette();
        // Years of daily lines are a dense band where smoothing edges costs time and shows nothing.
        setRenderHint(QPainter::Antialiasing, m_spanDays <= 366);
    }
    const bool showPoints = from.daysTo(to) <= 31;
    const bool coarse = isCoarse(from, to);
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        const auto idx = static_cast<std::size_t>(i);
        m_rollingValues[idx] = DaySeries::rollingMean(days, s);
        auto daily = DaySeries::daily(days, s, DaySeries::Statistic::DailyMax);
        auto rolling = m_rollingValues[idx];
        if (coarse) {
            // Over more than a year a point a day is more than the plot has pixels for, and it is what
            // makes painting slow: one point a week (the week's highest, the 7-day average at its end).
            daily = DaySeries::perWeek(daily, DaySeries::WeekPick::Highest);
            rolling = DaySeries::perWeek(rolling, DaySeries::WeekPick::Last);
        }
        m_daily[idx]->setRuns(toRuns(daily), showPoints);
        m_rolling[idx]->setRuns(toRuns(rolling), false);
        for (auto* line : {m_daily[idx].get(), m_rolling[idx].get()}) {
            for (QLineSeries* series : line->series()) {
                // connect once per pooled series (new ones appear as runs grow)
                if (!series->property("spinesignalHover").toBool()) {
                    series->setProperty("spinesignalHover", true);
                    connect(series, &QLineSeries::hovered, this, &IntensityChart::onHovered);
                }
            }
        }
    }
    QList<QPointF> flags;
    for (const QDate& d : DaySeries::redFlagDays(days)) {
        flags.append({ChartStyle::dayToX(d), -0.35});
    }
    m_redFlags->replace(flags);
    const auto redFlagMarkers = chart()->legend()->markers(m_redFlags);
    for (QLegendMarker* marker : redFlagMarkers) {
        marker->setVisible(!flags.isEmpty());
    }
    // Half a day of margin on each side, so the first and last day are not on the frame.
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ChartStyle::dayToX(from)) - 43200000),
                  QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ChartStyle::dayToX(to)) + 43200000));
    m_x->setFormat(ChartStyle::axisDateFormat(from.daysTo(to), chinese));
    m_x->setTickCount(std::clamp(static_cast<int>(from.daysTo(to)) + 1, 2, 8));
}

void IntensityChart::setSymptomVisible(Symptom symptom, bool visible) {
    const auto idx = static_cast<std::size_t>(symptom);
    m_visible[idx] = visible;
    m_daily[idx]->setVisible(visible);
    m_rolling[idx]->setVisible(visible);
}

QString IntensityChart::hoverText(QDate day) const {
    const auto it = std::lower_bound(m_days.cbegin(), m_days.cend(), day,
                                     [](const DaySummary& d, QDate date) { return d.date < date; });
    if (it == m_days.cend() || it->date != day) {
        return {};
    }
    QStringList lines{ChartStyle::longDate(day, m_chinese), tr("%n entry(s)", nullptr, it->entries)};
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        const auto idx = static_cast<std::size_t>(i);
        if (!m_visible[idx] || !it->maxOf(s)) {
            continue;
        }
        const auto& rolling = m_rollingValues[idx];
        const auto r = std::lower_bound(rolling.cbegin(), rolling.cend(), day,
                                        [](const DayValue& v, QDate date) { return v.date < date; });
        const QString average =
            r != rolling.cend() && r->date == day ? QString::number(r->value, 'f', 1) : QStringLiteral("–");
        lines.append(tr("%1: highest %2, day's average %3, 7-day average %4")
                         .arg(Labels::symptom(s))
                         .arg(*it->maxOf(s))
                         .arg(QString::number(*it->meanOf(s), 'f', 1), average));
    }
    if (it->redFlag) {
        lines.append(tr("A red flag was reported on this day."));
    }
    return lines.join(QLatin1Char('\n'));
}

void IntensityChart::onHovered(const QPointF& point, bool state) {
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // Over years a point stands for a week: show the nearest day that has entries.
    const QDate day = ChartStyle::xToDay(point.x());
    QString text;
    for (int offset : {0, -1, 1, -2, 2, -3, 3}) {
        text = hoverText(day.addDays(offset));
        if (!text.isEmpty()) {
            break;
        }
    }
    if (!text.isEmpty()) {
        QToolTip::showText(QCursor::pos(), text, this);
    }
}

void IntensityChart::retranslate() {
    for (int i = 0; i < kSymptomCount; ++i) {
        const QString name = Labels::symptom(static_cast<Symptom>(i));
        m_rolling[static_cast<std::size_t>(i)]->setName(name);
        m_daily[static_cast<std::size_t>(i)]->setName(tr("%1 (highest of the day)").arg(name));
    }
    m_redFlags->setName(tr("Red flag reported"));
    m_y->setTitleText(tr("Intensity (0–10)"));
    setAccessibleName(tr("Intensity over time"));
}

void IntensityChart::applyPalette() {
    const bool dark = ChartStyle::isDark(palette());
    for (int i = 0; i < kSymptomCount; ++i) {
        const QColor color = ChartStyle::symptomColor(static_cast<Symptom>(i), dark);
        // Over years the daily highs become a dense band: fainter, so the 7-day average reads on top.
        QColor thin = color;
        thin.setAlpha(m_spanDays <= 92 ? 170 : m_spanDays <= 366 ? 110 : 50);
        m_daily[static_cast<std::size_t>(i)]->setPen(thin, m_spanDays <= 92 ? 1.4 : 1.0);
        m_rolling[static_cast<std::size_t>(i)]->setPen(color, m_spanDays <= 366 ? 3.2 : 2.0);
    }
    ChartStyle::apply(chart(), palette());
}

void IntensityChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QChartView::changeEvent(event);
}

}  // namespace spinesignal::ui
