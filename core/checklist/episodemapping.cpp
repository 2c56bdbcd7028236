#include "checklist/episodemapping.h"

#include "checklist/checklist.h"
#include "checklist/selfchecktexts.h"
#include "domain/labels.h"

namespace spinesignal {

QString EpisodeMapping::answerText(const Question& question, const Answer& answer, const QString& language) {
    if (std::holds_alternative<bool>(answer)) {
        return std::get<bool>(answer) ? SelfCheckTexts::yes() : SelfCheckTexts::no();
    }
    if (std::holds_alternative<int>(answer)) {
        return QString::number(std::get<int>(answer));
    }
    const ChoiceOption* o = question.option(std::get<QString>(answer));
    return o != nullptr ? o->text.in(language) : std::get<QString>(answer);
}

Episode EpisodeMapping::toEpisode(const Checklist& checklist, const AnswerSet& answers, const CheckResult& result,
                                  const QDateTime& when, const QString& language) {
    Episode e;
    e.when = when;
    QStringList noteLines;
    noteLines.append(tr("Self-check result: %1.").arg(SelfCheckTexts::tierTitle(result.tier)));
    for (const Question& q : checklist.questions()) {
        const auto answer = answers.get(q.id);
        if (!answer) {
            continue;
        }
        const QString maps = q.maps;
        if (maps.startsWith(QLatin1String("intensity."))) {
            if (const auto s = enumFromId<Symptom>(QStringView(maps).mid(10)); s && answers.scale(q.id)) {
                e.setIntensity(*s, answers.scale(q.id));
            }
        } else if (maps == QLatin1String("side")) {
            if (const auto side = enumFromId<Side>(answers.choice(q.id).value_or(QString()))) {
                e.side = *side;
            }
        } else if (maps.startsWith(QLatin1String("trigger."))) {
            if (const auto t = enumFromId<Trigger>(QStringView(maps).mid(8)); t && answers.yesNo(q.id) == true) {
                e.triggers.insert(*t);
            }
        } else if (maps.startsWith(QLatin1String("red_flag."))) {
            if (const auto f = enumFromId<RedFlag>(QStringView(maps).mid(9)); f && answers.yesNo(q.id) == true) {
                e.redFlags.insert(*f);
            }
        } else if (maps == QLatin1String("note")) {
            // "No" to a group question says nothing worth keeping in the log; the rest does.
            if (answers.yesNo(q.id) == false && q.section == QLatin1String("groups")) {
                continue;
            }
            noteLines.append(tr("%1: %2").arg(checklist.questionLabel(q, language), answerText(q, *answer, language)));
        }
    }
    e.note = noteLines.join(QLatin1Char('\n'));
    return e;
}

QStringList EpisodeMapping::describe(const Episode& e) {
    QStringList lines;
    lines.append(tr("When: %1").arg(e.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        if (const auto v = e.intensityOf(s)) {
            lines.append(tr("%1: %2 of 10 (%3)").arg(Labels::symptom(s)).arg(*v).arg(Labels::intensityWord(*v)));
        }
    }
    if (e.side != Side::Unspecified) {
        lines.append(tr("Side: %1").arg(Labels::side(e.side)));
    }
    QStringList triggers;
    for (int t = 0; t < kTriggerCount; ++t) {
        if (e.triggers.contains(static_cast<Trigger>(t))) {
            triggers.append(Labels::trigger(static_cast<Trigger>(t)));
        }
    }
    if (!triggers.isEmpty()) {
        lines.append(tr("Triggers: %1").arg(triggers.join(QStringLiteral(", "))));
    }
    QStringList flags;
    for (int f = 0; f < kRedFlagCount; ++f) {
        if (e.redFlags.contains(static_cast<RedFlag>(f))) {
            flags.append(Labels::redFlag(static_cast<RedFlag>(f)));
        }
    }
    lines.append(flags.isEmpty() ? tr("Red flags: none") : tr("Red flags: %1").arg(flags.join(QStringLiteral("; "))));
    if (!e.note.isEmpty()) {
        lines.append(tr("Note:\n%1").arg(e.note));
    }
    return lines;
}

}  // namespace spinesignal
