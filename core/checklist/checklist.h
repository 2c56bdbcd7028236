#pragma once

#include "checklist/question.h"
#include "checklist/rule.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace spinesignal {

/// The questions, rules, departments and consistency checks of the self-check, read from the data
/// files and checked as a whole: every condition names real questions with the right kind of test,
/// every red flag has a yes/no question and an urgent rule, and every sentence exists in both
/// languages. A broken data file is a clear error, never a half-working checklist.
class Checklist {
public:
    static constexpr const char* kQuestionsPath = ":/checklist/questions.json";
    static constexpr const char* kRulesPath = ":/checklist/rules.json";

    /// The embedded checklist, loaded once (the data cannot change while the app runs).
    static const Checklist& embedded();
    /// Loads the embedded files (errors name the file and the item).
    static Result<std::shared_ptr<const Checklist>> loadEmbedded();
    /// Parses and checks the two documents (tests feed broken ones).
    static Result<std::shared_ptr<const Checklist>> parse(const QByteArray& questionsJson, const QByteArray& rulesJson);

    const QList<Question>& questions() const { return m_questions; }
    const QList<Rule>& rules() const { return m_rules; }
    const QList<Department>& departments() const { return m_departments; }
    const QList<ConsistencyCheck>& checks() const { return m_checks; }

    const Question* question(const QString& id) const;
    const Question* questionFor(RedFlag flag) const;
    const Rule* rule(const QString& id) const;
    const Department* department(const QString& id) const;
    /// The translated title of a section ("What you feel").
    QString sectionTitle(const QString& sectionId, const QString& language) const;
    /// The question as asked, in `language` (red flags: the shared Labels wording).
    QString questionText(const Question& q, const QString& language) const;
    /// The short name of a question, in `language`.
    QString questionLabel(const Question& q, const QString& language) const;

private:
    QList<Question> m_questions;
    QList<Rule> m_rules;
    QList<Department> m_departments;
    QList<ConsistencyCheck> m_checks;
    QList<std::pair<QString, LocalizedText>> m_sections;
};

}  // namespace spinesignal
