#include "domain/episodevalidator.h"

#include <QStringList>

namespace spinesignal {

QString EpisodeValidator::symptomName(Symptom s) {
    switch (s) {
        case Symptom::Soreness:
            return tr("soreness");
        case Symptom::Numbness:
            return tr("numbness");
        case Symptom::RadiatingPain:
            return tr("radiating pain");
        case Symptom::Weakness:
            return tr("weakness");
        case Symptom::BackPain:
            return tr("low back pain");
    }
    return {};
}

namespace {

bool hasContent(const Episode& e) {
    for (const auto& v : e.intensity) {
        if (v.has_value()) {
            return true;
        }
    }
    return e.side != Side::Unspecified || !e.regions.isEmpty() || !e.triggers.isEmpty() || e.sittingMinutes ||
           e.durationMinutes || !e.helped.isEmpty() || !e.redFlags.isEmpty() || !e.habits.isEmpty() ||
           !e.note.trimmed().isEmpty();
}

}  // namespace

QList<FieldError> EpisodeValidator::validate(const Episode& e, const QDateTime& now) {
    QList<FieldError> errors;
    auto add = [&errors](const QString& field, const QString& message) { errors.append({field, message}); };
    // `what` is translated only when the value is wrong: translating six labels for every valid
    // entry was a tenth of a 100,000-row import (issue 10).
    auto checkRange = [&add](const std::optional<int>& v, int max, const char* field, const char* what) {
        if (v && (*v < 0 || *v > max)) {
            add(QLatin1String(field), tr("%1 must be between 0 and %2 (got %3).").arg(tr(what)).arg(max).arg(*v));
        }
    };

    if (!e.when.isValid()) {
        add(QStringLiteral("when"), tr("The date and time are missing or not a real date."));
    } else if (e.when.toSecsSinceEpoch() > now.toSecsSinceEpoch() + kFutureToleranceSecs) {
        add(QStringLiteral("when"), tr("The time %1 is in the future; entries can only be made for now or "
                                       "the past.")
                                        .arg(e.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else if (e.when.date() < earliestDate()) {
        add(QStringLiteral("when"), tr("The date %1 is before 1900.").arg(e.when.date().toString(Qt::ISODate)));
    }

    for (int i = 0; i < kSymptomCount; ++i) {
        const auto& v = e.intensity[static_cast<std::size_t>(i)];
        if (v && (*v < 0 || *v > 10)) {
            add(QStringLiteral("intensity.") + enumId(static_cast<Symptom>(i)),
                tr("The %1 intensity must be between 0 and 10 (got %2).")
                    .arg(symptomName(static_cast<Symptom>(i)))
                    .arg(*v));
        }
    }
    if (static_cast<int>(e.side) < 0 || static_cast<int>(e.side) >= kSideCount) {
        add(QStringLiteral("side"), tr("The side is not one of left, right or both."));
    }
    if ((e.triggers.bits() >> kTriggerCount) != 0) {
        add(QStringLiteral("triggers"), tr("A trigger is not one of the known triggers."));
    }
    if ((e.helped.bits() >> kReliefCount) != 0) {
        add(QStringLiteral("helped"), tr("A \"what helped\" value is not one of the known measures."));
    }
    if ((e.redFlags.bits() >> kRedFlagCount) != 0) {
        add(QStringLiteral("red_flags"), tr("A red flag is not one of the known red flags."));
    }
    if ((e.regions.bits() & ~RegionSet::kValidBits) != 0) {
        add(QStringLiteral("regions"), tr("A leg region is not one of the known regions."));
    }
    if (e.durationMinutes && *e.durationMinutes < 0) {
        add(QStringLiteral("duration_minutes"),
            tr("How long it lasted cannot be negative (got %1 minutes).").arg(*e.durationMinutes));
    } else {
        checkRange(e.durationMinutes, kMaxDurationMinutes, "duration_minutes",
                   QT_TR_NOOP("How long it lasted (minutes)"));
    }
    checkRange(e.sittingMinutes, kMaxSittingMinutes, "sitting_minutes", QT_TR_NOOP("Minutes of sitting"));
    checkRange(e.habits.sitBreaks, kMaxCount, "sit_breaks", QT_TR_NOOP("Sit breaks"));
    checkRange(e.habits.swallowSets, kMaxCount, "swallow_sets", QT_TR_NOOP("Swallow exercise (小燕飞) sets"));
    checkRange(e.habits.bridgeSets, kMaxCount, "bridge_sets", QT_TR_NOOP("Five-point bridge (五点支撑) sets"));
    checkRange(e.habits.walkingMinutes, kMaxWalkingMinutes, "walking_minutes", QT_TR_NOOP("Walking minutes"));
    if (e.note.size() > kMaxNoteLength) {
        add(QStringLiteral("note"), tr("The note is %1 characters long; the limit is %2. Shorten it and save "
                                       "again — nothing has been cut.")
                                        .arg(e.note.size())
                                        .arg(kMaxNoteLength));
    }
    // A lone UTF-16 surrogate (half of an emoji) is not text: SQLite would merge it with the next
    // character when converting to UTF-8, silently changing the note.
    for (qsizetype i = 0; i < e.note.size(); ++i) {
        const QChar c = e.note.at(i);
        const bool paired = c.isHighSurrogate() && i + 1 < e.note.size() && e.note.at(i + 1).isLowSurrogate();
        if (paired) {
            ++i;
        } else if (c.isSurrogate()) {
            add(QStringLiteral("note"), tr("The note contains a broken character at position %1 (half of an "
                                           "emoji or symbol). Delete it and save again.")
                                            .arg(i + 1));
            break;
        }
    }
    if (!hasContent(e)) {
        add(QStringLiteral("entry"), tr("Nothing is recorded in this entry: give at least one intensity, "
                                        "a side, a region, a trigger, a habit or a note."));
    }
    return errors;
}

QString EpisodeValidator::describe(const QList<FieldError>& errors) {
    QStringList lines;
    for (const auto& e : errors) {
        lines.append(e.message);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace spinesignal
