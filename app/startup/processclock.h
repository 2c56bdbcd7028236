#pragma once

#include <QtGlobal>

namespace spinesignal::ui {

/// Milliseconds since this process was started by the kernel (includes dynamic loading), read from
/// /proc/self/stat; -1 where that is unavailable. Resolution is one clock tick (usually 10 ms).
qint64 millisecondsSinceProcessStart();

}  // namespace spinesignal::ui
