#pragma once

#include "domain/episode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace spinesignal {

/// One problem with one field of an entry; the message names the field and is translated.
struct FieldError {
    QString field;  ///< stable field id, e.g. "when", "intensity.numbness", "note"
    QString message;
};

/// Checks an entry before it is stored. The limits are documented here and in docs/data-format.md.
class EpisodeValidator {
    Q_DECLARE_TR_FUNCTIONS(EpisodeValidator)
public:
    static constexpr int kMaxNoteLength = 20000;             ///< characters
    static constexpr int kMaxDurationMinutes = 7 * 24 * 60;  ///< a week
    static constexpr int kMaxSittingMinutes = 24 * 60;
    static constexpr int kMaxWalkingMinutes = 24 * 60;
    static constexpr int kMaxCount = 100;            ///< sit breaks or exercise sets in a day
    static constexpr int kFutureToleranceSecs = 60;  ///< clock skew allowed for "now"
    /// Earliest date accepted: nobody logs leg symptoms from before 1900.
    static QDate earliestDate() { return {1900, 1, 1}; }

    /// Every problem found; empty means the entry may be stored. `now` is injected for tests.
    static QList<FieldError> validate(const Episode& e, const QDateTime& now);
    /// All messages joined into one paragraph, one per line.
    static QString describe(const QList<FieldError>& errors);
    /// Translated name of a symptom for messages ("numbness").
    static QString symptomName(Symptom s);
};

}  // namespace spinesignal
