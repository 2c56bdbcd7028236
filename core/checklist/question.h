#pragma once

#include "checklist/condition.h"
#include "checklist/localizedtext.h"
#include "domain/enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace spinesignal {

/// How a question is answered.
enum class QuestionKind { YesNo, Scale, Choice };

/// One option of a Choice question.
struct ChoiceOption {
    QString id;
    LocalizedText text;
};

/// One self-check question, as read from resources/checklist/questions.json.
struct Question {
    QString id;
    QString section;  ///< "symptoms", "pattern", "groups", "red_flags"
    QuestionKind kind = QuestionKind::YesNo;
    LocalizedText label;  ///< short name, for lists ("Muscle weakness")
    LocalizedText text;   ///< the question as asked (empty for red flags: see redFlag)
    LocalizedText why;    ///< "why we ask"
    QList<ChoiceOption> options;
    /// Red-flag questions take their wording from Labels::redFlag (the log uses the same words).
    std::optional<RedFlag> redFlag;
    Condition showIf = Condition::always();   ///< asked only when this holds
    Condition required = Condition::never();  ///< must be answered before a self-care result
    QString maps;   ///< where the answer goes in a log entry: "intensity.soreness", "side", …
    QString learn;  ///< article section id that explains it

    static constexpr int kScaleMin = 0;
    static constexpr int kScaleMax = 10;

    bool hasOption(const QString& optionId) const {
        for (const ChoiceOption& o : options) {
            if (o.id == optionId) {
                return true;
            }
        }
        return false;
    }
    const ChoiceOption* option(const QString& optionId) const {
        for (const ChoiceOption& o : options) {
            if (o.id == optionId) {
                return &o;
            }
        }
        return nullptr;
    }
};

/// "yes_no", "scale", "choice".
QString questionKindId(QuestionKind kind);
std::optional<QuestionKind> questionKindFromId(const QString& id);

}  // namespace spinesignal
