#include "checklist/condition.h"

#include "checklist/answerset.h"
#include "checklist/question.h"

#include <QJsonArray>
#include <QJsonObject>

namespace spinesignal {

namespace {

void fail(QString* error, const QString& where, const QString& what) {
    if (error != nullptr && error->isEmpty()) {
        *error = where + QStringLiteral(": ") + what;
    }
}

}  // namespace

Condition Condition::parse(const QJsonValue& json, const QString& where, const QuestionLookup& lookup,
                           const QMap<QString, Condition>& named, QString* error) {
    if (json.isBool()) {
        return json.toBool() ? always() : never();
    }
    const QJsonObject o = json.toObject();
    if (!json.isObject() || o.isEmpty()) {
        fail(error, where, QStringLiteral("a condition must be an object or true/false"));
        return never();
    }
    auto children = [&](Op op, const QJsonValue& list) {
        Condition c(op);
        auto parsed = std::make_shared<QList<Condition>>();
        const QJsonArray items = list.isArray() ? list.toArray() : QJsonArray{list};
        if (items.isEmpty()) {
            fail(error, where, QStringLiteral("an empty list of conditions"));
        }
        for (const QJsonValue& item : items) {
            parsed->append(parse(item, where, lookup, named, error));
        }
        c.m_children = std::move(parsed);
        return c;
    };
    if (o.contains(QLatin1String("all"))) {
        return children(Op::All, o.value(QLatin1String("all")));
    }
    if (o.contains(QLatin1String("any"))) {
        return children(Op::Any, o.value(QLatin1String("any")));
    }
    if (o.contains(QLatin1String("not"))) {
        return children(Op::Not, o.value(QLatin1String("not")));
    }
    if (o.contains(QLatin1String("ref"))) {
        const QString name = o.value(QLatin1String("ref")).toString();
        if (!named.contains(name)) {
            fail(error, where, QStringLiteral("unknown named condition \"%1\"").arg(name));
            return never();
        }
        return named.value(name);
    }
    const QString id = o.value(QLatin1String("q")).toString();
    const Question* question = lookup(id);
    if (question == nullptr) {
        fail(error, where, QStringLiteral("unknown question \"%1\"").arg(id));
        return never();
    }
    Condition c(Op::Never);
    c.m_question = id;
    if (o.contains(QLatin1String("answered"))) {
        c.m_op = Op::Answered;
        c.m_bool = o.value(QLatin1String("answered")).toBool(true);
    } else if (o.contains(QLatin1String("is"))) {
        c.m_op = Op::Is;
        c.m_bool = o.value(QLatin1String("is")).toBool();
        if (question->kind != QuestionKind::YesNo) {
            fail(error, where, QStringLiteral("\"is\" needs a yes/no question, %1 is not").arg(id));
        }
    } else if (o.contains(QLatin1String("min")) || o.contains(QLatin1String("max"))) {
        const bool isMin = o.contains(QLatin1String("min"));
        c.m_op = isMin ? Op::Min : Op::Max;
        c.m_number = o.value(isMin ? QLatin1String("min") : QLatin1String("max")).toInt(-1);
        if (question->kind != QuestionKind::Scale) {
            fail(error, where, QStringLiteral("\"min\"/\"max\" need a 0-10 question, %1 is not").arg(id));
        }
        if (c.m_number < Question::kScaleMin || c.m_number > Question::kScaleMax) {
            fail(error, where, QStringLiteral("a bound outside 0-10 for %1").arg(id));
        }
    } else if (o.contains(QLatin1String("in"))) {
        c.m_op = Op::In;
        for (const QJsonValue& v : o.value(QLatin1String("in")).toArray()) {
            c.m_options.append(v.toString());
            if (!question->hasOption(v.toString())) {
                fail(error, where, QStringLiteral("%1 has no option \"%2\"").arg(id, v.toString()));
            }
        }
        if (question->kind != QuestionKind::Choice || c.m_options.isEmpty()) {
            fail(error, where, QStringLiteral("\"in\" needs a choice question and options (%1)").arg(id));
        }
    } else {
        fail(error, where, QStringLiteral("no test (is, min, max, in, answered) for %1").arg(id));
    }
    return c;
}

bool Condition::evaluate(const AnswerSet& answers) const {
    switch (m_op) {
        case Op::Always:
            return true;
        case Op::Never:
            return false;
        case Op::Answered:
            return answers.has(m_question) == m_bool;
        case Op::Is: {
            const auto v = answers.yesNo(m_question);
            return v.has_value() && *v == m_bool;
        }
        case Op::Min: {
            const auto v = answers.scale(m_question);
            return v.has_value() && *v >= m_number;
        }
        case Op::Max: {
            const auto v = answers.scale(m_question);
            return v.has_value() && *v <= m_number;
        }
        case Op::In: {
            const auto v = answers.choice(m_question);
            return v.has_value() && m_options.contains(*v);
        }
        case Op::All:
            for (const Condition& c : *m_children) {
                if (!c.evaluate(answers)) {
                    return false;
                }
            }
            return true;
        case Op::Any:
            for (const Condition& c : *m_children) {
                if (c.evaluate(answers)) {
                    return true;
                }
            }
            return false;
        case Op::Not:
            // {"not": [a, b]} is "neither a nor b".
            for (const Condition& c : *m_children) {
                if (c.evaluate(answers)) {
                    return false;
                }
            }
            return true;
    }
    return false;
}

QStringList Condition::questionIds() const {
    QStringList ids;
    if (!m_question.isEmpty()) {
        ids.append(m_question);
    }
    if (m_children) {
        for (const Condition& c : *m_children) {
            for (const QString& id : c.questionIds()) {
                if (!ids.contains(id)) {
                    ids.append(id);
                }
            }
        }
    }
    return ids;
}

}  // namespace spinesignal
