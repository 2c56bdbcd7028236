#include "cli/clicommand.h"
#include "cli/exportcommands.h"
#include "cli/renderscreenshotscommand.h"
#include "cli/samplecommand.h"
#include "cli/selfcheckcommand.h"

namespace spinesignal::ui {

std::vector<std::unique_ptr<CliCommand>> allCliCommands() {
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<SampleCommand>());
    commands.push_back(std::make_unique<SelfCheckCommand>());
    commands.push_back(std::make_unique<ExportPdfCommand>());
    commands.push_back(std::make_unique<ExportCsvCommand>());
    commands.push_back(std::make_unique<ImportCsvCommand>());
    commands.push_back(std::make_unique<RenderScreenshotsCommand>());
    return commands;
}

}  // namespace spinesignal::ui
