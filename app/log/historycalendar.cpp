#include "log/historycalendar.h"

#include "domain/labels.h"
#include "log/historymodel.h"
#include "storage/episoderepository.h"

#include <QPainter>

namespace spinesignal::ui {

namespace {

QColor dayColor(int worst) {
    if (worst < 0) {
        return {150, 150, 150};
    }
    if (worst == 0) {
        return {120, 170, 120};
    }
    if (worst <= 3) {
        return {170, 200, 90};
    }
    if (worst <= 6) {
        return {235, 170, 60};
    }
    return {205, 70, 55};
}

}  // namespace

HistoryCalendar::HistoryCalendar(EpisodeRepository& repository, QWidget* parent)
    : QCalendarWidget(parent), m_repository(repository) {
    setObjectName(QStringLiteral("historyCalendar"));
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setMaximumDate(QDate::currentDate().addYears(1));
    connect(this, &QCalendarWidget::currentPageChanged, this, [this] { reload(); });
    connect(&m_repository, &EpisodeRepository::changed, this, &HistoryCalendar::reload);
    reload();
}

void HistoryCalendar::reload() {
    m_days.clear();
    const QDate first(yearShown(), monthShown(), 1);
    // The grid also shows the end of the previous and the start of the next month.
    auto entries = m_repository.listBetween(first.addDays(-7), first.addMonths(1).addDays(14));
    if (entries) {
        for (const Episode& e : entries.value()) {
            Day& d = m_days[e.localDate()];
            d.entries += 1;
            d.worst = std::max(d.worst, HistoryModel::worstOf(e).value_or(-1));
            d.redFlag = d.redFlag || e.hasRedFlag();
        }
    }
    updateCells();
}

void HistoryCalendar::paintCell(QPainter* painter, const QRect& rect, QDate date) const {
    const auto it = m_days.find(date);
    if (it == m_days.end()) {
        QCalendarWidget::paintCell(painter, rect, date);
        return;
    }
    painter->save();
    if (date == selectedDate()) {
        painter->fillRect(rect, palette().color(QPalette::Highlight).lighter(160));
    }
    painter->setRenderHint(QPainter::Antialiasing);
    const int size = std::min(rect.width(), rect.height()) - 4;
    const QRectF disc(rect.center().x() - size / 2.0 + 0.5, rect.center().y() - size / 2.0 + 0.5, size, size);
    painter->setPen(QPen(palette().color(QPalette::WindowText), date == selectedDate() ? 2 : 0.6));
    painter->setBrush(dayColor(it->worst));
    painter->drawEllipse(disc);
    QFont f = painter->font();
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(Qt::black);
    painter->drawText(disc, Qt::AlignCenter, QString::number(date.day()));
    if (it->redFlag) {
        QFont small = f;
        small.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.8));
        painter->setFont(small);
        painter->setPen(QColor(198, 40, 40));
        painter->drawText(rect.adjusted(0, 0, -1, 0), Qt::AlignTop | Qt::AlignRight, QStringLiteral("!"));
    }
    if (date.month() != monthShown()) {
        painter->fillRect(rect, QColor(255, 255, 255, 110));
    }
    painter->restore();
}

}  // namespace spinesignal::ui
