#pragma once

#include <QtGlobal>

namespace spinesignal::ui {

/// Milliseconds since this process was started (includes dynamic loading); -1 where unknown.
///
/// A measuring parent may say when it launched the process, in nanoseconds of the real-time clock,
/// in SPINESIGNAL_LAUNCHED_AT_NS (`SPINESIGNAL_LAUNCHED_AT_NS=$(date +%s%N) spinesignal …`): that is
/// used when it is plausible (in the last minute), for a resolution of well under a millisecond.
/// Otherwise the kernel's start time in /proc/self/stat, whose resolution is one clock tick
/// (usually 10 ms).
qint64 millisecondsSinceProcessStart();

}  // namespace spinesignal::ui
