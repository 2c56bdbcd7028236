#include "learn/illustrations/illustrationfactory.h"

#include "widgets/legmapwidget.h"

#include "learn/illustrations/circulationcanvas.h"
#include "learn/illustrations/exerciseillustration.h"
#include "learn/illustrations/inflammationcanvas.h"
#include "learn/illustrations/mechanismillustration.h"
#include "learn/illustrations/nervecompressioncanvas.h"
#include "learn/illustrations/spineoverviewcanvas.h"

#include <QStringList>

namespace spinesignal::ui {

QStringList illustrationIds() {
    return {QStringLiteral("spine-overview"), QStringLiteral("nerve-compression"), QStringLiteral("circulation"),
            QStringLiteral("inflammation"),   QStringLiteral("exercise-swallow"),  QStringLiteral("exercise-bridge")};
}

QWidget* createIllustration(const QString& id, AppContext& context, QWidget* parent) {
    if (id == QLatin1String("spine-overview")) {
        return new SpineOverviewCanvas(parent);
    }
    if (id == QLatin1String("nerve-compression")) {
        return new MechanismIllustration(new NerveCompressionCanvas(nullptr), context, parent);
    }
    if (id == QLatin1String("circulation")) {
        return new MechanismIllustration(new CirculationCanvas(nullptr), context, parent);
    }
    if (id == QLatin1String("inflammation")) {
        return new MechanismIllustration(new InflammationCanvas(nullptr), context, parent);
    }
    if (id == QLatin1String("exercise-swallow")) {
        return new ExerciseIllustration(ExerciseCanvas::Kind::Swallow, parent);
    }
    if (id == QLatin1String("exercise-bridge")) {
        return new ExerciseIllustration(ExerciseCanvas::Kind::Bridge, parent);
    }
    if (id == QLatin1String("dermatomes")) {
        // The same leg map the Log uses, read-only, with the usual L4/L5/S1 territory and its caveat.
        auto* map = new LegMapWidget(parent);
        map->setMode(LegMapMode::Overlay);
        map->setMinimumHeight(360);
        return map;
    }
    return nullptr;
}

}  // namespace spinesignal::ui
