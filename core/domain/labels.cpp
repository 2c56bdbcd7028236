#include "domain/labels.h"

namespace spinesignal {

QString Labels::symptom(Symptom s) {
    switch (s) {
        case Symptom::Soreness:
            return tr("Soreness");
        case Symptom::Numbness:
            return tr("Numbness");
        case Symptom::RadiatingPain:
            return tr("Radiating pain");
        case Symptom::Weakness:
            return tr("Weakness");
        case Symptom::BackPain:
            return tr("Low back pain");
    }
    return {};
}

QString Labels::side(Side s) {
    switch (s) {
        case Side::Unspecified:
            return tr("Not given");
        case Side::Left:
            return tr("Left");
        case Side::Right:
            return tr("Right");
        case Side::Both:
            return tr("Both");
    }
    return {};
}

QString Labels::leg(Leg l) {
    return l == Leg::Left ? tr("Left leg") : tr("Right leg");
}

QString Labels::region(LegRegion r) {
    switch (r) {
        case LegRegion::Buttock:
            return tr("Buttock");
        case LegRegion::ThighFront:
            return tr("Front of thigh");
        case LegRegion::ThighBack:
            return tr("Back of thigh");
        case LegRegion::ThighOuter:
            return tr("Outer thigh");
        case LegRegion::ShinInner:
            return tr("Inner shin");
        case LegRegion::ShinOuter:
            return tr("Outer shin");
        case LegRegion::CalfBack:
            return tr("Back of calf");
        case LegRegion::FootTop:
            return tr("Top of foot");
        case LegRegion::BigToe:
            return tr("Big toe");
        case LegRegion::Sole:
            return tr("Sole");
        case LegRegion::Heel:
            return tr("Heel");
        case LegRegion::FootOuter:
            return tr("Outer edge of foot and little toe");
    }
    return {};
}

QString Labels::regionOnLeg(Leg l, LegRegion r) {
    return tr("%1: %2").arg(leg(l), region(r));
}

QString Labels::trigger(Trigger t) {
    switch (t) {
        case Trigger::LongSitting:
            return tr("Long sitting");
        case Trigger::Walking:
            return tr("Walking");
        case Trigger::Standing:
            return tr("Standing");
        case Trigger::AfterSleep:
            return tr("After sleep");
        case Trigger::Lifting:
            return tr("Lifting");
        case Trigger::WeatherChange:
            return tr("Weather change");
        case Trigger::Fatigue:
            return tr("Fatigue");
        case Trigger::Other:
            return tr("Other");
    }
    return {};
}

QString Labels::relief(Relief r) {
    switch (r) {
        case Relief::Rest:
            return tr("Rest");
        case Relief::Heat:
            return tr("Heat");
        case Relief::Stretching:
            return tr("Stretching");
        case Relief::Exercises:
            return tr("Back exercises");
        case Relief::Medicine:
            return tr("Medicine as prescribed");
        case Relief::Massage:
            return tr("Massage");
        case Relief::Physiotherapy:
            return tr("Physiotherapy");
        case Relief::Nothing:
            return tr("Nothing helped");
    }
    return {};
}

QString Labels::redFlag(RedFlag f) {
    switch (f) {
        case RedFlag::BladderBowelSexual:
            return tr("New trouble passing urine or controlling bladder or bowels, or new sexual dysfunction");
        case RedFlag::SaddleNumbness:
            return tr("Numbness in the saddle area (genitals, anus, inner thighs)");
        case RedFlag::SpreadToBothLegs:
            return tr("Leg symptoms that have spread to both legs within the last two weeks");
        case RedFlag::WorseningWeakness:
            return tr("Weakness getting worse, or foot drop (the foot slaps or the toes catch)");
        case RedFlag::MuscleWasting:
            return tr("Leg muscles visibly wasting");
        case RedFlag::CalfSwollenWarm:
            return tr("One calf swollen, warm, red or tender");
        case RedFlag::FeverWeightLoss:
            return tr("Fever or unexplained weight loss with back pain");
    }
    return {};
}

QString Labels::nerveRoot(NerveRoot r) {
    switch (r) {
        case NerveRoot::L4:
            return QStringLiteral("L4");
        case NerveRoot::L5:
            return QStringLiteral("L5");
        case NerveRoot::S1:
            return QStringLiteral("S1");
        case NerveRoot::None:
            break;
    }
    return {};
}

bool Labels::isEmergency(RedFlag f) {
    return f == RedFlag::BladderBowelSexual || f == RedFlag::SaddleNumbness || f == RedFlag::CalfSwollenWarm;
}

QString Labels::redFlagAdvice(RedFlag f) {
    switch (f) {
        case RedFlag::BladderBowelSexual:
        case RedFlag::SaddleNumbness:
            return tr(
                "Go to an emergency department now. Together with back or leg symptoms this can mean "
                "pressure on the nerves at the lower end of the spinal canal (cauda equina syndrome), "
                "which needs treatment within hours.");
        case RedFlag::CalfSwollenWarm:
            return tr(
                "Go to an emergency department now. One swollen, warm, red or tender calf can be a "
                "blood clot in a deep vein, especially in pregnancy or after a long journey. Do not "
                "massage the leg.");
        case RedFlag::SpreadToBothLegs:
        case RedFlag::WorseningWeakness:
        case RedFlag::MuscleWasting:
            return tr(
                "See a doctor today (orthopaedics or neurology, or an emergency department out of "
                "hours). Spreading or worsening weakness can mean the nerves are being damaged, and "
                "early treatment protects them.");
        case RedFlag::FeverWeightLoss:
            return tr(
                "See a doctor today. Fever or unexplained weight loss together with back pain needs "
                "to be checked for infection or other serious causes.");
    }
    return {};
}

QString Labels::intensityWord(int value) {
    if (value <= 0) {
        return tr("none");
    }
    if (value <= 3) {
        return tr("mild");
    }
    if (value <= 6) {
        return tr("moderate");
    }
    return tr("severe");
}

}  // namespace spinesignal
