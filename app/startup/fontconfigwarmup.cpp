#include "startup/fontconfigwarmup.h"

#include <fontconfig/fontconfig.h>

#include <system_error>

namespace spinesignal::ui {

FontconfigWarmUp::FontconfigWarmUp() {
    try {
        // FcInit()'s result is not needed here: a failure shows again, and is reported, when Qt
        // resolves its first font on the main thread.
        m_thread = std::thread([] { FcInit(); });
    } catch (const std::system_error&) {
        // No thread to spare: Qt loads the configuration itself, as it would without this.
    }
}

FontconfigWarmUp::~FontconfigWarmUp() {
    wait();
}

void FontconfigWarmUp::wait() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

}  // namespace spinesignal::ui
