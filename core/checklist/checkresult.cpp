#include "checklist/checkresult.h"

#include "checklist/checklist.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace spinesignal {

QStringList CheckResult::firedIds() const {
    QStringList ids;
    for (const Rule* r : fired) {
        ids.append(r->id);
    }
    return ids;
}

QJsonObject CheckResult::toJson(const Checklist& checklist, const QString& language) const {
    QJsonArray rules;
    for (const Rule* r : fired) {
        rules.append(QJsonObject{{QStringLiteral("id"), r->id},
                                 {QStringLiteral("tier"), tierId(r->tier)},
                                 {QStringLiteral("text"), r->sentence(language)}});
    }
    QJsonArray names;
    for (const QString& id : departments) {
        const Department* d = checklist.department(id);
        names.append(d != nullptr ? d->name.in(language) : id);
    }
    QJsonArray contra;
    for (const ConsistencyCheck* c : contradictions) {
        contra.append(QJsonObject{{QStringLiteral("id"), c->id}, {QStringLiteral("text"), c->text.in(language)}});
    }
    QJsonArray flags;
    for (int f = 0; f < kRedFlagCount; ++f) {
        if (redFlags.contains(static_cast<RedFlag>(f))) {
            flags.append(enumId(static_cast<RedFlag>(f)));
        }
    }
    QJsonObject out{
        {QStringLiteral("tier"), tierId(tier)},
        {QStringLiteral("departments"), QJsonArray::fromStringList(departments)},
        {QStringLiteral("department_names"), names},
        {QStringLiteral("fired"), QJsonArray::fromStringList(firedIds())},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
        {QStringLiteral("unanswered_red_flags"), QJsonArray::fromStringList(unansweredRedFlags)},
        {QStringLiteral("contradictions"), contra},
        {QStringLiteral("red_flags"), flags},
        {QStringLiteral("links"), QJsonArray::fromStringList(links)},
    };
    if (tier == Tier::Incomplete) {
        // Never a confident result on too few answers: say what is needed instead.
        QStringList labels;
        for (const QString& id : missing) {
            if (const Question* q = checklist.question(id)) {
                labels.append(checklist.questionLabel(*q, language));
            }
        }
        const QString sep = language.startsWith(QLatin1String("zh")) ? QStringLiteral("；") : QStringLiteral("; ");
        out.insert(
            QStringLiteral("message"),
            labels.isEmpty()
                ? QCoreApplication::translate("spinesignal::CheckResult",
                                              "Some answers contradict each other; please check them.")
                : QCoreApplication::translate("spinesignal::CheckResult", "Answer at least: %1").arg(labels.join(sep)));
    }
    return out;
}

}  // namespace spinesignal
