#pragma once

namespace spinesignal::testing {

/// True when the tray tests run on their own Xvfb display (see traytestmain.cpp).
bool trayTestsHaveRealDisplay();

}  // namespace spinesignal::testing
