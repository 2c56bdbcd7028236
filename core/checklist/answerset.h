#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace spinesignal {

class Checklist;

/// One answer: yes/no, a 0–10 rating, or the id of a choice option.
using Answer = std::variant<bool, int, QString>;

/// The answers given so far, by question id. Unanswered questions are simply absent.
class AnswerSet {
    Q_DECLARE_TR_FUNCTIONS(AnswerSet)
public:
    void set(const QString& questionId, Answer answer) { m_answers.insert(questionId, std::move(answer)); }
    void clear(const QString& questionId) { m_answers.remove(questionId); }
    bool has(const QString& questionId) const { return m_answers.contains(questionId); }
    bool isEmpty() const { return m_answers.isEmpty(); }
    int size() const { return static_cast<int>(m_answers.size()); }
    QStringList ids() const { return m_answers.keys(); }

    std::optional<Answer> get(const QString& questionId) const;
    std::optional<bool> yesNo(const QString& questionId) const;
    std::optional<int> scale(const QString& questionId) const;
    std::optional<QString> choice(const QString& questionId) const;

    /// {"soreness": 3, "tingling": false, "side": "left"}
    QJsonObject toJson() const;
    /// Reads and checks answers against the checklist: unknown ids and values of the wrong kind or
    /// out of range are one Invalid error that names every one of them. null means "not answered".
    static Result<AnswerSet> fromJson(const QJsonObject& object, const Checklist& checklist);

    friend bool operator==(const AnswerSet&, const AnswerSet&) = default;

private:
    QMap<QString, Answer> m_answers;
};

}  // namespace spinesignal
