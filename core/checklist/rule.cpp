#include "checklist/rule.h"

#include "domain/labels.h"

#include <array>

namespace spinesignal {

namespace {
constexpr std::array<const char*, 4> kTierIds{"incomplete", "self_care", "see_doctor", "urgent"};
}

QString tierId(Tier tier) {
    return QString::fromLatin1(kTierIds[static_cast<std::size_t>(tier)]);
}

std::optional<Tier> tierFromId(const QString& id) {
    for (std::size_t i = 0; i < kTierIds.size(); ++i) {
        if (id == QLatin1String(kTierIds[i])) {
            return static_cast<Tier>(i);
        }
    }
    return std::nullopt;
}

QString Rule::sentence(const QString& language) const {
    if (redFlag) {
        return tr("%1: %2").arg(Labels::redFlag(*redFlag), Labels::redFlagAdvice(*redFlag));
    }
    return text.in(language);
}

}  // namespace spinesignal
