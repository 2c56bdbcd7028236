#include "log/learnlinks.h"

namespace spinesignal::ui {

QList<LearnLink> LearnLinks::forEpisode(const Episode& e) {
    QList<LearnLink> links;
    if (e.triggers.contains(Trigger::LongSitting) || e.sittingMinutes.value_or(0) > 0) {
        links.append({QStringLiteral("prevention"), tr("Worse after sitting: the 40-minute rule")});
    }
    const auto felt = [&e](Symptom s) { return e.intensityOf(s).value_or(0) > 0; };
    if (felt(Symptom::Numbness) || felt(Symptom::Weakness)) {
        links.append(
            {QStringLiteral("nerve-compression"), tr("Numbness or weakness: how a pressed nerve root causes it")});
    }
    if (e.triggers.contains(Trigger::WeatherChange) || e.triggers.contains(Trigger::Fatigue)) {
        links.append(
            {QStringLiteral("inflammation"), tr("Worse with weather or fatigue: inflammation round the nerve")});
    }
    return links;
}

}  // namespace spinesignal::ui
