#include "analysis/trendtext.h"

#include "domain/labels.h"

#include <cmath>

namespace spinesignal {

QString TrendText::number(double value) {
    // Round half away from zero the way a person would, and never print "-0.0".
    const double rounded = std::round(value * 10) / 10;
    return QString::number(rounded == 0 ? 0.0 : rounded, 'f', 1);
}

QString TrendText::periodLength(int days) {
    if (days < 14) {
        return tr("%n day(s)", nullptr, days);
    }
    if (days <= 26 * 7) {
        return tr("%n week(s)", nullptr, static_cast<int>(std::lround(days / 7.0)));
    }
    if (days < 730) {
        return tr("%n month(s)", nullptr, static_cast<int>(std::lround(days / 30.44)));
    }
    return tr("%n year(s)", nullptr, static_cast<int>(std::lround(days / 365.25)));
}

QString TrendText::trendSentence(Symptom symptom, const Trend& trend, QDate latestDay) {
    const QString name = Labels::symptom(symptom);
    if (trend.direction == Trend::Direction::NotEnoughData) {
        return tr("%1: not enough data yet for a trend (%2 with ratings; at least %3 needed).")
            .arg(name, tr("%n day(s)", nullptr, trend.daysWithData))
            .arg(TrendAnalyzer::kMinDays);
    }
    const QString start = number(trend.startAverage);
    const QString end = number(trend.endAverage);
    const bool recent = trend.to >= latestDay;
    if (recent) {
        const QString period = periodLength(static_cast<int>(trend.from.daysTo(trend.to)) + 1);
        switch (trend.direction) {
            case Trend::Direction::Eased:
                return tr("%1 has eased over the last %2: average %3 → %4").arg(name, period, start, end);
            case Trend::Direction::Worsened:
                return tr("%1 has got worse over the last %2: average %3 → %4").arg(name, period, start, end);
            default:
                return tr("%1 has stayed about the same over the last %2: average %3 → %4")
                    .arg(name, period, start, end);
        }
    }
    const QString from = trend.from.toString(Qt::ISODate);
    const QString to = trend.to.toString(Qt::ISODate);
    switch (trend.direction) {
        case Trend::Direction::Eased:
            return tr("%1 eased between %2 and %3: average %4 → %5").arg(name, from, to, start, end);
        case Trend::Direction::Worsened:
            return tr("%1 got worse between %2 and %3: average %4 → %5").arg(name, from, to, start, end);
        default:
            return tr("%1 stayed about the same between %2 and %3: average %4 → %5").arg(name, from, to, start, end);
    }
}

QString TrendText::habitSentence(const HabitComparison& c) {
    const QString symptom = Labels::symptom(c.symptom).toLower();
    const QString with = tr("%n day(s)", nullptr, c.daysWith);
    const QString without = tr("%n day(s)", nullptr, c.daysWithout);
    const QString threshold = QString::number(c.threshold);
    const bool breaks = c.habit == HabitComparison::Habit::SitBreaks;
    if (!c.enough) {
        const QString need = QString::number(HabitComparer::kMinDaysEachSide);
        return breaks ? tr("Sit breaks and %1: not enough days yet to compare (%2 with %3 or more "
                           "breaks, %4 "
                           "with fewer; at least %5 each are needed).")
                            .arg(symptom, with, threshold, without, need)
                      : tr("Exercises and %1: not enough days yet to compare (%2 with %3 or more "
                           "sets, %4 with "
                           "fewer; at least %5 each are needed).")
                            .arg(symptom, with, threshold, without, need);
    }
    const QString meanWith = number(c.meanWith);
    const QString meanWithout = number(c.meanWithout);
    return breaks ? tr("On the %1 with %2 or more sit breaks, %3 averaged %4; on the other %5 with "
                       "entries it "
                       "averaged %6.")
                        .arg(with, threshold, symptom, meanWith, without, meanWithout)
                  : tr("On the %1 with %2 or more sets of back exercises (swallow 小燕飞, "
                       "five-point bridge 五点支撑), %3 averaged %4; on "
                       "the other %5 with entries it averaged %6.")
                        .arg(with, threshold, symptom, meanWith, without, meanWithout);
}

QString TrendText::reliefSentence(const ReliefOutcome& o) {
    const QString name = Labels::relief(o.relief);
    const QString tried = tr("tried %n time(s)", nullptr, o.tried);
    if (!o.enough) {
        return tr("%1: %2; too few later entries on the same day to compare (%3, at least %4 "
                  "needed).")
            .arg(name, tried, QString::number(o.compared), QString::number(ReliefAnalyzer::kMinCases));
    }
    const QString change = (o.meanChange > 0 ? QStringLiteral("+") : QString()) + number(o.meanChange);
    return tr("%1: %2. Compared with the next entry that day (%3), its highest rating was lower "
              "%4, the same %5 "
              "and higher %6; average change %7.")
        .arg(name, tried, tr("%n case(s)", nullptr, o.compared), QString::number(o.lower), QString::number(o.same),
             QString::number(o.higher), change);
}

QString TrendText::observationNote() {
    return tr(
        "These comparisons describe your own log. They are observations, not proof that one thing "
        "causes "
        "another.");
}

}  // namespace spinesignal
