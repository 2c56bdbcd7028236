#pragma once

#include <QCalendarWidget>
#include <QHash>

namespace spinesignal {
class EpisodeRepository;
}

namespace spinesignal::ui {

/// A month calendar that marks the days with entries: a disc coloured by the worst intensity of the
/// day (the page explains the colours and names the worst value of the selected day, so colour is
/// not the only cue), and a red "!" for a warning sign. Reads one month at a time from the store.
class HistoryCalendar final : public QCalendarWidget {
    Q_OBJECT
public:
    struct Day {
        int entries = 0;
        int worst = -1;  ///< -1: no intensity recorded that day
        bool redFlag = false;
    };

    explicit HistoryCalendar(EpisodeRepository& repository, QWidget* parent = nullptr);

    /// What the calendar knows about a day of the shown month (for tests).
    Day dayInfo(const QDate& date) const { return m_days.value(date); }
    void reload();

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;

private:
    EpisodeRepository& m_repository;
    QHash<QDate, Day> m_days;
};

}  // namespace spinesignal::ui
