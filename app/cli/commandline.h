#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace spinesignal::ui {

/// What the command line asked for. Parsed before any QCoreApplication exists, so that --help,
/// --version and the headless commands work without a display.
struct CommandLine {
    enum class Action { ShowWindow, PrintHelp, PrintVersion, Usage };
    Action action = Action::ShowWindow;
    QString usageError;  ///< for Action::Usage: what is wrong
    QString helpText;

    QString dataDir;
    QString language;  ///< "zh_CN", "en" or empty (follow settings / system)
    bool quitAfterFirstPaint = false;
    /// Headless commands register here as they are built (see cli/headlesscommands.h).
    QStringList positional;
};

class CommandLineParser {
    Q_DECLARE_TR_FUNCTIONS(CommandLineParser)
public:
    static CommandLine parse(const QStringList& arguments);
};

}  // namespace spinesignal::ui
