#pragma once

namespace spinesignal::ui {

/// Exit codes of the executable.
enum ExitCode : int { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

/// Parses the command line, runs a headless command or opens the main window.
int runApplication(int argc, char* argv[]);

}  // namespace spinesignal::ui
