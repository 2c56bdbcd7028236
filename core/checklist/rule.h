#pragma once

#include "checklist/condition.h"
#include "checklist/localizedtext.h"
#include "domain/enums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace spinesignal {

/// The three result tiers, plus the state where there is not yet enough to say anything.
/// Ordered: a higher value wins.
enum class Tier { Incomplete, SelfCare, SeeDoctor, Urgent };

/// "incomplete", "self_care", "see_doctor", "urgent" (stored and printed).
QString tierId(Tier tier);
std::optional<Tier> tierFromId(const QString& id);

/// A department a rule suggests (骨科, 神经内科 …).
struct Department {
    QString id;
    LocalizedText name;
};

/// One rule of resources/checklist/rules.json: when `when` holds, it fires with its tier.
struct Rule {
    Q_DECLARE_TR_FUNCTIONS(Rule)
public:
    QString id;
    Tier tier = Tier::SelfCare;
    Condition when = Condition::never();
    QStringList departments;  ///< department ids
    QStringList links;        ///< article section ids that explain it
    LocalizedText text;       ///< empty for red-flag rules (see redFlag)
    std::optional<RedFlag> redFlag;

    /// The explanation in `language`. Red-flag rules use the shared, translated Labels (the log
    /// shows the same words), so they follow the installed translator rather than `language`.
    QString sentence(const QString& language) const;
};

/// Answers that contradict each other (shown to the person; they withhold a self-care result).
struct ConsistencyCheck {
    QString id;
    Condition when = Condition::never();
    LocalizedText text;
};

}  // namespace spinesignal
