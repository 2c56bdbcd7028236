#pragma once

#include <thread>

namespace spinesignal::ui {

/// Loads fontconfig's configuration and font cache on a second thread while the main thread takes
/// the single-instance lock and opens the store. Started after QApplication's constructor, which
/// sets the locale and may change the environment: fontconfig reads both while it loads.
///
/// Why: the first font a Qt program resolves on Linux waits for FcInit() — parsing the XML
/// configuration under /etc/fonts and mapping every font cache file, a few milliseconds that were
/// the largest single step before the window's first frame. fontconfig initialises its default
/// configuration once per process and is thread-safe (since 2.10), so Qt later finds it ready.
/// wait() must come before the first font is resolved, so the two threads never both build it
/// (that would still be correct, only wasted).
class FontconfigWarmUp {
public:
    FontconfigWarmUp();
    ~FontconfigWarmUp();
    FontconfigWarmUp(const FontconfigWarmUp&) = delete;
    FontconfigWarmUp& operator=(const FontconfigWarmUp&) = delete;

    /// Returns once the configuration is loaded; at once after the first call.
    void wait();

private:
    std::thread m_thread;
};

}  // namespace spinesignal::ui
