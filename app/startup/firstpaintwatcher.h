#pragma once

class QWidget;

namespace spinesignal::ui {

/// For --quit-after-first-paint: once `window` has painted, prints the milliseconds since process
/// start on stdout and quits the application with exit code 0.
void watchFirstPaint(QWidget* window);

}  // namespace spinesignal::ui
