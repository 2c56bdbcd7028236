#pragma once

#include "cli/clicommand.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace spinesignal::ui {

/// One line on stdout (the command's result).
void printResultLine(const QString& line);
/// "spinesignal: <message>" on stderr.
void printErrorLine(const QString& message);

/// Opens (or creates) the store in the command's data directory; the error names the file.
Result<std::unique_ptr<Database>> openStoreForCli(const CliContext& context);

/// Parses a YYYY-MM-DD option value; an error names the option and the value.
Result<std::optional<QDate>> parseDateOption(const QCommandLineParser& parser, const QString& option);

/// Maps an Error to the exit code: Invalid → 2, everything else → 1.
int exitCodeFor(const Error& error);

}  // namespace spinesignal::ui
