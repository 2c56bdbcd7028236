#pragma once

// Translated names for the entry vocabulary, shared by the log, trends, the self-check, the summary
// and CSV headers' documentation. One place, so a symptom is called the same everywhere.

#include "domain/enums.h"

#include <QCoreApplication>
#include <QString>

namespace spinesignal {

class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString symptom(Symptom s);               ///< "Numbness" (capitalised, for labels)
    static QString side(Side s);                     ///< "Left", "Right", "Both", "Not given"
    static QString leg(Leg l);                       ///< "Left leg"
    static QString region(LegRegion r);              ///< "Back of calf"
    static QString regionOnLeg(Leg l, LegRegion r);  ///< "Left leg: back of calf"
    static QString trigger(Trigger t);               ///< "Long sitting"
    static QString relief(Relief r);                 ///< "Heat"
    static QString redFlag(RedFlag f);               ///< the plain-words question/label
    static QString nerveRoot(NerveRoot r);           ///< "L5"
    /// What to do, today, when this red flag is present (PRODUCT.md §3).
    static QString redFlagAdvice(RedFlag f);
    /// True for the flags that mean the emergency department now (bladder/bowel/saddle, clot).
    static bool isEmergency(RedFlag f);
    /// The plain word for a 0–10 rating: none (0), mild (1–3), moderate (4–6), severe (7–10).
    static QString intensityWord(int value);
};

}  // namespace spinesignal
