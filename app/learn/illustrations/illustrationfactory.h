#pragma once

#include <QString>

class QWidget;

namespace spinesignal::ui {

struct AppContext;

/// The widget that draws illustration `id` (spine-overview, nerve-compression, circulation,
/// inflammation, dermatomes, exercise-swallow, exercise-bridge); nullptr for an unknown id.
QWidget* createIllustration(const QString& id, AppContext& context, QWidget* parent);

}  // namespace spinesignal::ui
