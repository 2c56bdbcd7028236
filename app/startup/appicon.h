#pragma once

#include <QIcon>

namespace spinesignal::ui {

/// SpineSignal's icon for the window and the tray, from the PNG sizes the desktop files install
/// (16 to 128 pixels). PNG needs no image plugin: the SVG loaded Qt's SVG icon engine at start-up,
/// and a system without that plugin showed no icon at all.
QIcon appIcon();

}  // namespace spinesignal::ui
