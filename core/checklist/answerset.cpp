#include "checklist/answerset.h"

#include "checklist/checklist.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace spinesignal {

std::optional<Answer> AnswerSet::get(const QString& questionId) const {
    const auto it = m_answers.constFind(questionId);
    if (it == m_answers.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

std::optional<bool> AnswerSet::yesNo(const QString& questionId) const {
    const auto a = get(questionId);
    if (a && std::holds_alternative<bool>(*a)) {
        return std::get<bool>(*a);
    }
    return std::nullopt;
}

std::optional<int> AnswerSet::scale(const QString& questionId) const {
    const auto a = get(questionId);
    if (a && std::holds_alternative<int>(*a)) {
        return std::get<int>(*a);
    }
    return std::nullopt;
}

std::optional<QString> AnswerSet::choice(const QString& questionId) const {
    const auto a = get(questionId);
    if (a && std::holds_alternative<QString>(*a)) {
        return std::get<QString>(*a);
    }
    return std::nullopt;
}

QJsonObject AnswerSet::toJson() const {
    QJsonObject o;
    for (auto it = m_answers.constBegin(); it != m_answers.constEnd(); ++it) {
        std::visit([&](const auto& v) { o.insert(it.key(), QJsonValue(v)); }, it.value());
    }
    return o;
}

Result<AnswerSet> AnswerSet::fromJson(const QJsonObject& object, const Checklist& checklist) {
    AnswerSet out;
    QStringList unknown;
    QStringList wrong;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString id = it.key();
        const QJsonValue value = it.value();
        const Question* q = checklist.question(id);
        if (q == nullptr) {
            unknown.append(id);
            continue;
        }
        if (value.isNull()) {
            continue;  // explicitly not answered
        }
        const QString shown =
            QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        switch (q->kind) {
            case QuestionKind::YesNo:
                if (!value.isBool()) {
                    wrong.append(tr("%1 needs true or false, not %2").arg(id, shown));
                    continue;
                }
                out.set(id, value.toBool());
                break;
            case QuestionKind::Scale: {
                const double d = value.toDouble(-1.0);
                if (!value.isDouble() || d != std::floor(d) || d < Question::kScaleMin || d > Question::kScaleMax) {
                    wrong.append(tr("%1 needs a whole number from 0 to 10, not %2").arg(id, shown));
                    continue;
                }
                out.set(id, static_cast<int>(d));
                break;
            }
            case QuestionKind::Choice: {
                QStringList ids;
                for (const ChoiceOption& o : q->options) {
                    ids.append(QLatin1Char('"') + o.id + QLatin1Char('"'));
                }
                if (!value.isString() || !q->hasOption(value.toString())) {
                    wrong.append(tr("%1 needs one of %2, not %3").arg(id, ids.join(QStringLiteral(", ")), shown));
                    continue;
                }
                out.set(id, value.toString());
                break;
            }
        }
    }
    if (unknown.isEmpty() && wrong.isEmpty()) {
        return out;
    }
    QStringList parts;
    if (!unknown.isEmpty()) {
        parts.append(tr("Unknown question id(s): %1.").arg(unknown.join(QStringLiteral(", "))));
    }
    if (!wrong.isEmpty()) {
        parts.append(tr("Wrong value(s): %1.").arg(wrong.join(QStringLiteral("; "))));
    }
    return Error{Error::Kind::Invalid, parts.join(QLatin1Char(' '))};
}

}  // namespace spinesignal
