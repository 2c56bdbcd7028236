#pragma once

#include "checklist/answerset.h"
#include "checklist/checkresult.h"
#include "domain/episode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace spinesignal {

class Checklist;

/// Turns a self-check into a log entry, as each question's "maps" says: the 0–10 ratings become
/// intensities, the side the side, "worse after …" the triggers, red flags the red flags, and the
/// rest (tingling, how often, groups, the result) a short note.
class EpisodeMapping {
    Q_DECLARE_TR_FUNCTIONS(EpisodeMapping)
public:
    static Episode toEpisode(const Checklist& checklist, const AnswerSet& answers, const CheckResult& result,
                             const QDateTime& when, const QString& language);
    /// What will be saved, one line per field, for the confirmation shown before saving.
    static QStringList describe(const Episode& episode);
    /// The answer as the person chose it ("Yes", "7", "Left leg").
    static QString answerText(const Question& question, const Answer& answer, const QString& language);
};

}  // namespace spinesignal
