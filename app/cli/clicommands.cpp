#include "cli/clicommand.h"
#include "cli/renderscreenshotscommand.h"

namespace spinesignal::ui {

std::vector<std::unique_ptr<CliCommand>> allCliCommands() {
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per command, e.g. commands.push_back(std::make_unique<SelfCheckCommand>());
    commands.push_back(std::make_unique<RenderScreenshotsCommand>());
    return commands;
}

}  // namespace spinesignal::ui
