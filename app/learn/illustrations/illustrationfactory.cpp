#include "learn/illustrations/illustrationfactory.h"

namespace spinesignal::ui {

// Placeholder until the illustrations land: the reader shows a caption-only box instead.
QWidget* createIllustration(const QString& id, AppContext& context, QWidget* parent) {
    Q_UNUSED(id)
    Q_UNUSED(context)
    Q_UNUSED(parent)
    return nullptr;
}

}  // namespace spinesignal::ui
