#include "startup/appicon.h"

#include <QString>

namespace spinesignal::ui {

QIcon appIcon() {
    QIcon icon;
    // Up to 128: what title bars, task bars and trays show. An X11 window sends every size to the
    // server (_NET_WM_ICON), and 256 and 512 would be 1.3 MB of it for nothing.
    for (int size : {16, 24, 32, 48, 64, 128}) {
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.spinesignal.SpineSignal.png").arg(size),
                     QSize(size, size));
    }
    return icon;
}

}  // namespace spinesignal::ui
