#pragma once

#include "checklist/rule.h"

#include <QCoreApplication>
#include <QString>

namespace spinesignal {

/// Translated words of the self-check result shared by the page, the log note and the history.
class SelfCheckTexts {
    Q_DECLARE_TR_FUNCTIONS(SelfCheckTexts)
public:
    /// "Seek medical care today", "See a doctor", "Self-care and watch", "Not enough answers yet".
    static QString tierTitle(Tier tier);
    /// One calm sentence saying what the tier means for today.
    static QString tierSummary(Tier tier);
    static QString yes();
    static QString no();
};

}  // namespace spinesignal
