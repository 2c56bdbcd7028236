#pragma once

#include "domain/episode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace spinesignal::ui {

/// An article section that explains the pattern of an entry.
struct LearnLink {
    QString sectionId;  ///< Learn area section id (PRODUCT.md §2)
    QString title;      ///< translated link text
};

/// Which article sections explain an entry (PRODUCT.md §4): sitting-related → the 40-minute rule
/// ("prevention"); numbness or weakness → "nerve-compression"; weather or fatigue → "inflammation".
class LearnLinks {
    Q_DECLARE_TR_FUNCTIONS(LearnLinks)
public:
    static QList<LearnLink> forEpisode(const Episode& episode);
};

}  // namespace spinesignal::ui
