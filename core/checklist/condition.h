#pragma once

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace spinesignal {

class AnswerSet;
struct Question;

/// A test on the answers, read from the checklist data:
///   {"q": id, "is": true|false}   yes/no question answered so
///   {"q": id, "min": n} / {"q": id, "max": n}   0–10 rating at least / at most n
///   {"q": id, "in": [option ids]}   choice answered with one of them
///   {"q": id, "answered": true|false}
///   {"all": [...]}, {"any": [...]}, {"not": {...}}, {"ref": "named condition"}
/// A question left unanswered makes is/min/max/in false, so {"not": …} of it is true: a rule that
/// needs an answer must ask for it positively.
class Condition {
public:
    enum class Op { Always, Never, Is, Min, Max, In, Answered, All, Any, Not };

    Condition() = default;  ///< always true
    static Condition always() { return Condition(Op::Always); }
    static Condition never() { return Condition(Op::Never); }

    using QuestionLookup = std::function<const Question*(const QString&)>;
    /// Parses and checks one condition; on failure `error` names what is wrong at `where`.
    static Condition parse(const QJsonValue& json, const QString& where, const QuestionLookup& lookup,
                           const QMap<QString, Condition>& named, QString* error);

    bool evaluate(const AnswerSet& answers) const;
    /// Every question id this condition reads (for coverage checks and tests).
    QStringList questionIds() const;
    Op op() const { return m_op; }

private:
    explicit Condition(Op op) : m_op(op) {}

    Op m_op = Op::Always;
    QString m_question;
    bool m_bool = true;
    int m_number = 0;
    QStringList m_options;
    // Shared so a named condition can be reused by value in many rules.
    std::shared_ptr<const QList<Condition>> m_children;
};

}  // namespace spinesignal
