#include "support/episodebuilder.h"

namespace spinesignal::testing {

QDateTime pastMoment() {
    return QDateTime(QDate(2024, 3, 5), QTime(10, 30));
}

Episode simpleEpisode(const QDateTime& when, int soreness) {
    Episode e;
    e.when = when;
    e.setIntensity(Symptom::Soreness, soreness);
    return e;
}

Episode fullEpisode(const QDateTime& when) {
    Episode e;
    e.when = when;
    e.intensity = {3, 5, 7, 2, 0};
    e.side = Side::Left;
    e.regions.insert(Leg::Left, LegRegion::CalfBack);
    e.regions.insert(Leg::Left, LegRegion::Sole);
    e.regions.insert(Leg::Right, LegRegion::BigToe);
    e.triggers = {Trigger::LongSitting, Trigger::WeatherChange};
    e.sittingMinutes = 95;
    e.durationMinutes = 40;
    e.helped = {Relief::Heat, Relief::Stretching};
    e.redFlags = {RedFlag::SaddleNumbness};
    e.habits.sitBreaks = 6;
    e.habits.swallowSets = 2;
    e.habits.bridgeSets = 3;
    e.habits.walkingMinutes = 30;
    e.note = QStringLiteral("小腿像灌了铅一样沉 — heavy calf, 'quotes' and \"double\"; DROP TABLE episodes;");
    return e;
}

}  // namespace spinesignal::testing
