#include "cli/clicommand.h"
#include "cli/exportcommands.h"

namespace spinesignal::ui {

std::vector<std::unique_ptr<CliCommand>> allCliCommands() {
    std::vector<std::unique_ptr<CliCommand>> commands;
    // One line per command, e.g. commands.push_back(std::make_unique<SelfCheckCommand>());
    commands.push_back(std::make_unique<ExportPdfCommand>());
    commands.push_back(std::make_unique<ExportCsvCommand>());
    commands.push_back(std::make_unique<ImportCsvCommand>());
    return commands;
}

}  // namespace spinesignal::ui
