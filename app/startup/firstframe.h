#pragma once

#include <functional>

class QWidget;

namespace spinesignal::ui {

/// Runs `then` once, on the event loop, right after `window` has painted for the first time (its
/// first frame has reached the screen). For work the person does not see in that frame, such as the
/// window icon, so the window appears without waiting for it.
void afterFirstFrame(QWidget* window, std::function<void()> then);

}  // namespace spinesignal::ui
