#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace spinesignal::ui {

struct AppContext;

/// Creates the illustration with the given id (as referenced from the article content):
/// spine-overview, nerve-compression, circulation, inflammation, exercise-swallow,
/// exercise-bridge, and dermatomes (the shared leg map with its L4/L5/S1 overlay).
/// Returns nullptr for an unknown id.
QWidget* createIllustration(const QString& id, AppContext& context, QWidget* parent);

/// Every id createIllustration() knows, in reading order.
QStringList illustrationIds();

}  // namespace spinesignal::ui
