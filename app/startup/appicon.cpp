#include "startup/appicon.h"

#include <QString>

namespace spinesignal::ui {

QIcon appIcon() {
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.spinesignal.SpineSignal.png").arg(size),
                     QSize(size, size));
    }
    return icon;
}

}  // namespace spinesignal::ui
