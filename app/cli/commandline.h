#pragma once

#include "cli/clicommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace spinesignal::ui {

/// What the command line asked for. Parsed before any QCoreApplication exists, so that --help,
/// --version and the headless commands work without a display.
struct CommandLine {
    enum class Action { ShowWindow, RunHeadless, PrintHelp, PrintVersion, Usage };
    Action action = Action::ShowWindow;
    QString usageError;  ///< for Action::Usage: what is wrong
    QString helpText;

    QString dataDir;
    QString language;  ///< "zh_CN", "en" or empty (follow settings / system)
    bool quitAfterFirstPaint = false;

    std::shared_ptr<QCommandLineParser> parser;
    std::vector<std::unique_ptr<CliCommand>> commands;
    CliCommand* headless = nullptr;  ///< for Action::RunHeadless
};

class CommandLineParser {
    Q_DECLARE_TR_FUNCTIONS(CommandLineParser)
public:
    static CommandLine parse(const QStringList& arguments);
};

}  // namespace spinesignal::ui
