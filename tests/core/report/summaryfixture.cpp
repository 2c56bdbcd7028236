#include "summaryfixture.h"

namespace spinesignal::testing {

namespace {

Episode at(int day, int hour) {
    Episode e;
    e.when = QDateTime(QDate(2024, 3, day), QTime(hour, 0));
    return e;
}

}  // namespace

QList<Episode> marchEntries() {
    QList<Episode> out;
    Episode e1 = at(1, 9);
    e1.setIntensity(Symptom::Soreness, 6);
    e1.setIntensity(Symptom::Numbness, 4);
    e1.side = Side::Left;
    e1.regions.insert(Leg::Left, LegRegion::CalfBack);
    e1.triggers = {Trigger::LongSitting};
    e1.helped = {Relief::Heat};
    out.append(e1);

    Episode e2 = at(1, 18);
    e2.setIntensity(Symptom::Soreness, 4);
    e2.setIntensity(Symptom::BackPain, 2);
    out.append(e2);

    Episode e3 = at(3, 10);
    e3.setIntensity(Symptom::Soreness, 8);
    e3.setIntensity(Symptom::Numbness, 2);
    e3.setIntensity(Symptom::Weakness, 0);
    e3.side = Side::Both;
    e3.regions.insert(Leg::Left, LegRegion::CalfBack);
    e3.regions.insert(Leg::Right, LegRegion::Sole);
    e3.triggers = {Trigger::LongSitting, Trigger::WeatherChange};
    e3.helped = {Relief::Medicine};
    out.append(e3);

    Episode e4 = at(10, 10);
    e4.setIntensity(Symptom::Soreness, 5);
    e4.setIntensity(Symptom::BackPain, 3);
    e4.side = Side::Left;
    e4.triggers = {Trigger::Walking};
    out.append(e4);

    Episode e5 = at(20, 10);
    e5.setIntensity(Symptom::Soreness, 2);
    e5.setIntensity(Symptom::Numbness, 1);
    e5.helped = {Relief::Medicine};
    e5.redFlags = {RedFlag::SaddleNumbness};
    out.append(e5);

    Episode e6 = at(25, 10);
    e6.setIntensity(Symptom::BackPain, 4);
    e6.side = Side::Right;
    out.append(e6);

    Episode e7 = at(30, 8);
    e7.setIntensity(Symptom::Soreness, 1);
    e7.setIntensity(Symptom::Numbness, 1);
    e7.helped = {Relief::Medicine};
    e7.redFlags = {RedFlag::SaddleNumbness};
    out.append(e7);

    Episode e8 = at(30, 20);
    e8.setIntensity(Symptom::Soreness, 3);
    out.append(e8);

    Episode after = at(31, 9);
    after.when = QDateTime(QDate(2024, 4, 2), QTime(9, 0));
    after.setIntensity(Symptom::Soreness, 9);
    after.redFlags = {RedFlag::FeverWeightLoss};
    out.append(after);
    return out;
}

}  // namespace spinesignal::testing
