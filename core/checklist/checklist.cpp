#include "checklist/checklist.h"

#include "domain/labels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace spinesignal {

namespace {

Result<QJsonObject> readDocument(const QByteArray& bytes, const QString& name) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error{Error::Kind::Corrupt, QStringLiteral("%1 is not a JSON object: %2 at offset %3")
                                               .arg(name, parseError.errorString())
                                               .arg(parseError.offset)};
    }
    return doc.object();
}

Error dataError(const QString& message) {
    return Error{Error::Kind::Corrupt, message};
}

}  // namespace

const Checklist& Checklist::embedded() {
    // Loaded once; a broken embedded file is a build defect that the core tests catch, so an empty
    // checklist here only keeps the app alive (the page shows the error from loadEmbedded()).
    static const std::shared_ptr<const Checklist> instance = [] {
        auto loaded = loadEmbedded();
        return loaded ? loaded.value() : std::make_shared<const Checklist>();
    }();
    return *instance;
}

Result<std::shared_ptr<const Checklist>> Checklist::loadEmbedded() {
    QFile questions(QString::fromLatin1(kQuestionsPath));
    QFile rules(QString::fromLatin1(kRulesPath));
    if (!questions.open(QIODevice::ReadOnly) || !rules.open(QIODevice::ReadOnly)) {
        return dataError(QStringLiteral("The checklist data (%1, %2) is missing from this build.")
                             .arg(QString::fromLatin1(kQuestionsPath), QString::fromLatin1(kRulesPath)));
    }
    return parse(questions.readAll(), rules.readAll());
}

Result<std::shared_ptr<const Checklist>> Checklist::parse(const QByteArray& questionsJson,
                                                          const QByteArray& rulesJson) {
    const QString qName = QStringLiteral("questions.json");
    const QString rName = QStringLiteral("rules.json");
    auto qDoc = readDocument(questionsJson, qName);
    if (!qDoc) {
        return qDoc.error();
    }
    auto rDoc = readDocument(rulesJson, rName);
    if (!rDoc) {
        return rDoc.error();
    }
    auto list = std::make_shared<Checklist>();
    QString error;

    for (const QJsonValue& s : qDoc.value().value(QLatin1String("sections")).toArray()) {
        list->m_sections.append(
            {s[QLatin1String("id")].toString(), LocalizedText::fromJson(s[QLatin1String("title")])});
    }

    // Questions first (conditions refer to them), but their showIf/required may use named
    // conditions of rules.json, so those are parsed in between.
    const QJsonArray questions = qDoc.value().value(QLatin1String("questions")).toArray();
    QSet<QString> seen;
    for (const QJsonValue& v : questions) {
        Question q;
        q.id = v[QLatin1String("id")].toString();
        const QString where = qName + QStringLiteral(" question \"") + q.id + QLatin1Char('"');
        if (q.id.isEmpty() || seen.contains(q.id)) {
            return dataError(where + QStringLiteral(": missing or repeated id"));
        }
        seen.insert(q.id);
        q.section = v[QLatin1String("section")].toString();
        const auto kind = questionKindFromId(v[QLatin1String("kind")].toString());
        if (!kind) {
            return dataError(where + QStringLiteral(": unknown kind"));
        }
        q.kind = *kind;
        q.label = LocalizedText::fromJson(v[QLatin1String("label")]);
        q.text = LocalizedText::fromJson(v[QLatin1String("text")]);
        q.why = LocalizedText::fromJson(v[QLatin1String("why")]);
        q.maps = v[QLatin1String("maps")].toString();
        q.learn = v[QLatin1String("learn")].toString();
        if (v[QLatin1String("redFlag")].isString()) {
            q.redFlag = enumFromId<RedFlag>(v[QLatin1String("redFlag")].toString());
            if (!q.redFlag || q.kind != QuestionKind::YesNo) {
                return dataError(where + QStringLiteral(": unknown red flag, or not a yes/no question"));
            }
        } else if (!q.label.isComplete() || !q.text.isComplete()) {
            return dataError(where + QStringLiteral(": label and text are needed in en and zh_CN"));
        }
        if (!q.why.isComplete()) {
            return dataError(where + QStringLiteral(": \"why we ask\" is needed in en and zh_CN"));
        }
        for (const QJsonValue& o : v[QLatin1String("options")].toArray()) {
            ChoiceOption option{o[QLatin1String("id")].toString(), LocalizedText::fromJson(o[QLatin1String("text")])};
            if (option.id.isEmpty() || !option.text.isComplete()) {
                return dataError(where + QStringLiteral(": an option needs an id and text in en and zh_CN"));
            }
            q.options.append(option);
        }
        if ((q.kind == QuestionKind::Choice) == q.options.isEmpty()) {
            return dataError(where + QStringLiteral(": choice questions, and only they, have options"));
        }
        list->m_questions.append(q);
    }
    for (int f = 0; f < kRedFlagCount; ++f) {
        if (list->questionFor(static_cast<RedFlag>(f)) == nullptr) {
            return dataError(qName + QStringLiteral(": no question for the red flag ") +
                             enumId(static_cast<RedFlag>(f)));
        }
    }

    const Condition::QuestionLookup lookup = [&list](const QString& id) { return list->question(id); };
    const QJsonObject rules = rDoc.value();
    QMap<QString, Condition> named;
    const QJsonObject conditions = rules.value(QLatin1String("conditions")).toObject();
    // Named conditions may refer to earlier ones; JSON objects are unordered, so resolve
    // repeatedly.
    QStringList pending = conditions.keys();
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (const QString& name : QStringList(pending)) {
            QString e;
            Condition c = Condition::parse(conditions.value(name), name, lookup, named, &e);
            if (e.isEmpty()) {
                named.insert(name, c);
                pending.removeAll(name);
            }
        }
        if (pending.size() == before) {
            QString e;
            Condition::parse(conditions.value(pending.constFirst()),
                             rName + QStringLiteral(" condition ") + pending.constFirst(), lookup, named, &e);
            return dataError(e);
        }
    }
    for (qsizetype i = 0; i < questions.size(); ++i) {
        Question& q = list->m_questions[i];
        const QString where = qName + QStringLiteral(" question \"") + q.id + QLatin1Char('"');
        if (questions[i][QLatin1String("showIf")].isObject()) {
            q.showIf = Condition::parse(questions[i][QLatin1String("showIf")], where, lookup, named, &error);
        }
        if (!questions[i][QLatin1String("required")].isUndefined()) {
            q.required = Condition::parse(questions[i][QLatin1String("required")], where, lookup, named, &error);
        }
    }

    for (const QJsonValue& d : rules.value(QLatin1String("departments")).toArray()) {
        Department dept{d[QLatin1String("id")].toString(), LocalizedText::fromJson(d[QLatin1String("name")])};
        if (dept.id.isEmpty() || !dept.name.isComplete()) {
            return dataError(rName + QStringLiteral(": a department needs an id and a name in en and zh_CN"));
        }
        list->m_departments.append(dept);
    }
    seen.clear();
    for (const QJsonValue& v : rules.value(QLatin1String("rules")).toArray()) {
        Rule r;
        r.id = v[QLatin1String("id")].toString();
        const QString where = rName + QStringLiteral(" rule \"") + r.id + QLatin1Char('"');
        if (r.id.isEmpty() || seen.contains(r.id)) {
            return dataError(where + QStringLiteral(": missing or repeated id"));
        }
        seen.insert(r.id);
        const auto tier = tierFromId(v[QLatin1String("tier")].toString());
        if (!tier || *tier == Tier::Incomplete) {
            return dataError(where + QStringLiteral(": tier must be urgent, see_doctor or self_care"));
        }
        r.tier = *tier;
        r.when = Condition::parse(v[QLatin1String("when")], where, lookup, named, &error);
        for (const QJsonValue& d : v[QLatin1String("departments")].toArray()) {
            r.departments.append(d.toString());
            if (list->department(d.toString()) == nullptr) {
                return dataError(where + QStringLiteral(": unknown department ") + d.toString());
            }
        }
        for (const QJsonValue& l : v[QLatin1String("links")].toArray()) {
            r.links.append(l.toString());
        }
        if (v[QLatin1String("redFlag")].isString()) {
            r.redFlag = enumFromId<RedFlag>(v[QLatin1String("redFlag")].toString());
            if (!r.redFlag || r.tier != Tier::Urgent) {
                return dataError(where + QStringLiteral(": unknown red flag, or its tier is not urgent"));
            }
        } else {
            r.text = LocalizedText::fromJson(v[QLatin1String("text")]);
            if (!r.text.isComplete()) {
                return dataError(where + QStringLiteral(": the sentence is needed in en and zh_CN"));
            }
        }
        if (r.tier != Tier::SelfCare && r.departments.isEmpty()) {
            return dataError(where + QStringLiteral(": a rule that sends to a doctor names a department"));
        }
        list->m_rules.append(r);
    }
    // Any red flag → urgent, at once: each flag's own question must fire an urgent rule by itself.
    for (int f = 0; f < kRedFlagCount; ++f) {
        const auto flag = static_cast<RedFlag>(f);
        bool covered = false;
        for (const Rule& r : list->m_rules) {
            covered =
                covered || (r.redFlag == flag && r.when.questionIds() == QStringList{list->questionFor(flag)->id});
        }
        if (!covered) {
            return dataError(rName + QStringLiteral(": no urgent rule for the red flag ") + enumId(flag));
        }
    }
    for (const QJsonValue& v : rules.value(QLatin1String("checks")).toArray()) {
        ConsistencyCheck c;
        c.id = v[QLatin1String("id")].toString();
        const QString where = rName + QStringLiteral(" check \"") + c.id + QLatin1Char('"');
        c.when = Condition::parse(v[QLatin1String("when")], where, lookup, named, &error);
        c.text = LocalizedText::fromJson(v[QLatin1String("text")]);
        if (c.id.isEmpty() || !c.text.isComplete()) {
            return dataError(where + QStringLiteral(": needs an id and the sentence in en and zh_CN"));
        }
        list->m_checks.append(c);
    }
    if (!error.isEmpty()) {
        return dataError(error);
    }
    return std::shared_ptr<const Checklist>(std::move(list));
}

const Question* Checklist::question(const QString& id) const {
    for (const Question& q : m_questions) {
        if (q.id == id) {
            return &q;
        }
    }
    return nullptr;
}

const Question* Checklist::questionFor(RedFlag flag) const {
    for (const Question& q : m_questions) {
        if (q.redFlag == flag) {
            return &q;
        }
    }
    return nullptr;
}

const Rule* Checklist::rule(const QString& id) const {
    for (const Rule& r : m_rules) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

const Department* Checklist::department(const QString& id) const {
    for (const Department& d : m_departments) {
        if (d.id == id) {
            return &d;
        }
    }
    return nullptr;
}

QString Checklist::sectionTitle(const QString& sectionId, const QString& language) const {
    for (const auto& [id, title] : m_sections) {
        if (id == sectionId) {
            return title.in(language);
        }
    }
    return sectionId;
}

QString Checklist::questionText(const Question& q, const QString& language) const {
    return q.redFlag ? Labels::redFlag(*q.redFlag) : q.text.in(language);
}

QString Checklist::questionLabel(const Question& q, const QString& language) const {
    return q.redFlag ? Labels::redFlag(*q.redFlag) : q.label.in(language);
}

QString questionKindId(QuestionKind kind) {
    switch (kind) {
        case QuestionKind::YesNo:
            return QStringLiteral("yes_no");
        case QuestionKind::Scale:
            return QStringLiteral("scale");
        case QuestionKind::Choice:
            return QStringLiteral("choice");
    }
    return {};
}

std::optional<QuestionKind> questionKindFromId(const QString& id) {
    for (QuestionKind k : {QuestionKind::YesNo, QuestionKind::Scale, QuestionKind::Choice}) {
        if (questionKindId(k) == id) {
            return k;
        }
    }
    return std::nullopt;
}

}  // namespace spinesignal
