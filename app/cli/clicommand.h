#pragma once

#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace spinesignal::ui {

/// What a headless command gets: the parsed command line and where the data lives.
struct CliContext {
    const QCommandLineParser& parser;
    QString dataDir;   ///< resolved (--data-dir, $SPINESIGNAL_DATA_DIR or the app-data location)
    QString language;  ///< "zh_CN" or "en" (from --lang, else settings, else system)
};

/// A command that runs without the main window (e.g. --self-check FILE, --export-csv FILE).
/// Each lives in its own file under app/cli/ and is listed once in clicommands.cpp.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    /// Options this command adds to the parser (its trigger option and any of its own).
    virtual QList<QCommandLineOption> options() const = 0;
    /// True when the command line asks for this command.
    virtual bool isRequested(const QCommandLineParser& parser) const = 0;
    /// Needs a QGuiApplication (fonts, painting: PDF, PNG); runs on the offscreen platform then.
    virtual bool needsGui() const { return false; }
    /// Runs it; returns the process exit code (0, 1 runtime failure, 2 bad usage or input).
    /// Prints a one-line result on stdout, errors on stderr.
    virtual int run(const CliContext& context) = 0;
};

/// Every headless command, in the order they are tried.
std::vector<std::unique_ptr<CliCommand>> allCliCommands();

}  // namespace spinesignal::ui
