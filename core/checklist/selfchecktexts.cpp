#include "checklist/selfchecktexts.h"

namespace spinesignal {

QString SelfCheckTexts::tierTitle(Tier tier) {
    switch (tier) {
        case Tier::Urgent:
            return tr("Seek medical care today");
        case Tier::SeeDoctor:
            return tr("See a doctor");
        case Tier::SelfCare:
            return tr("Self-care and watch");
        case Tier::Incomplete:
            return tr("Not enough answers yet");
    }
    return {};
}

QString SelfCheckTexts::tierSummary(Tier tier) {
    switch (tier) {
        case Tier::Urgent:
            return tr(
                "You answered yes to a warning sign. Please do not wait for it to pass: get "
                "medical "
                "care today, as described below.");
        case Tier::SeeDoctor:
            return tr(
                "Your answers suggest having this checked by a doctor. It is not an emergency, but "
                "do make an appointment rather than wait and see.");
        case Tier::SelfCare:
            return tr(
                "Your answers do not point to a problem that needs a doctor now. Look after your "
                "back, and keep a log for two weeks to see how it goes.");
        case Tier::Incomplete:
            return tr("There is not enough to go on yet, so there is no result.");
    }
    return {};
}

QString SelfCheckTexts::yes() {
    return tr("Yes");
}

QString SelfCheckTexts::no() {
    return tr("No");
}

}  // namespace spinesignal
