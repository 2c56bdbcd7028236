#pragma once

#include <QString>

class QWidget;

namespace spinesignal::ui {

struct AppContext;

/// Creates the illustration with the given id (as referenced from the article content):
/// spine-overview, nerve-compression, circulation, inflammation, exercise-swallow,
/// exercise-bridge. Returns nullptr for an unknown id (and, for now, for "dermatomes", which the
/// shared leg map provides).
QWidget* createIllustration(const QString& id, AppContext& context, QWidget* parent);

/// Every id createIllustration() knows, in reading order.
QStringList illustrationIds();

}  // namespace spinesignal::ui
