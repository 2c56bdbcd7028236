#include "trends/weeklychart.h"

#include "trends/chartstyle.h"
#include "trends/segmentedline.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace spinesignal::ui {

WeeklyChart::WeeklyChart(QWidget* parent)
    : QChartView(new QChart, parent), m_x(new QDateTimeAxis(this)), m_y(new QValueAxis(this)) {
    setObjectName(QStringLiteral("weeklyChart"));
    setRenderHint(QPainter::Antialiasing);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->legend()->hide();
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_line = std::make_unique<SegmentedLine>(chart(), m_x, m_y, QString());
    applyPalette();
    retranslate();
}

WeeklyChart::~WeeklyChart() = default;

void WeeklyChart::setData(const QList<WeekCount>& weeks, QDate from, QDate to, bool chinese) {
    m_weeks = weeks;
    m_chinese = chinese;
    m_from = from;
    m_to = to;
    QList<QList<QPointF>> runs;
    QDate previous;
    bool previousPartial = false;
    int highest = 0;
    for (const WeekCount& w : weeks) {
        // A week with no entries breaks the line (consecutive Mondays are 7 days apart), and the week
        // still running stands alone as a dot: its lower count is not a fall.
        const bool partial = w.monday.addDays(6) > to || w.monday < from;
        if (runs.isEmpty() || previous.daysTo(w.monday) > 7 || partial || previousPartial) {
            runs.append(QList<QPointF>{});
        }
        runs.last().append({ChartStyle::dayToX(w.monday.addDays(3)), static_cast<qreal>(w.entries)});
        previous = w.monday;
        previousPartial = partial;
        highest = std::max(highest, w.entries);
    }
    m_line->setRuns(runs, weeks.size() <= 60);
    for (QLineSeries* s : m_line->series()) {
        if (!s->property("spinesignalHover").toBool()) {
            s->setProperty("spinesignalHover", true);
            connect(s, &QLineSeries::hovered, this, [this](const QPointF& p, bool state) {
                const QDate day = ChartStyle::xToDay(p.x());
                const QString text = state ? hoverText(day.addDays(1 - day.dayOfWeek())) : QString();
                text.isEmpty() ? QToolTip::hideText() : QToolTip::showText(QCursor::pos(), text, this);
            });
        }
    }
    const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ChartStyle::dayToX(firstMonday))),
                  QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ChartStyle::dayToX(to.addDays(1)))));
    m_x->setFormat(ChartStyle::axisDateFormat(from.daysTo(to), chinese));
    m_x->setTickCount(std::clamp(static_cast<int>(from.daysTo(to) / 7) + 1, 2, 8));
    // Whole numbers with a little headroom: 0 … a multiple of 5 above the busiest week.
    int step = 1;
    for (int nice : {1, 2, 5, 10, 20, 50, 100, 200, 500}) {
        step = nice;
        if (highest / nice < 7) {
            break;
        }
    }
    const int top = (highest / step + 1) * step;
    m_y->setRange(0, top);
    m_y->setTickCount(top / step + 1);
}

QString WeeklyChart::hoverText(QDate monday) const {
    const auto it =
        std::find_if(m_weeks.cbegin(), m_weeks.cend(), [&](const WeekCount& w) { return w.monday == monday; });
    if (it == m_weeks.cend()) {
        return {};
    }
    QString text = tr("Week of %1\n%2 on %3")
                       .arg(ChartStyle::longDate(monday, m_chinese), tr("%n entry(s)", nullptr, it->entries),
                            tr("%n day(s)", nullptr, it->daysWithEntries));
    if (monday.addDays(6) > m_to || monday < m_from) {
        text += QLatin1Char('\n') + tr("Only part of this week lies in the chosen range.");
    }
    return text;
}

void WeeklyChart::retranslate() {
    chart()->setTitle(tr("Entries per week"));
    m_y->setTitleText(tr("Entries"));
    setAccessibleName(tr("Entries per week"));
}

void WeeklyChart::applyPalette() {
    m_line->setPen(ChartStyle::barColor(ChartStyle::isDark(palette())), 2.5);
    ChartStyle::apply(chart(), palette());
}

void WeeklyChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QChartView::changeEvent(event);
}

}  // namespace spinesignal::ui
