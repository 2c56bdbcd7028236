#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace spinesignal::ui {

/// --self-check FILE: runs the self-check rules over answers read from a JSON file
/// ({"question id": value}) and prints the result as one line of JSON. Makes the rules testable
/// from outside the app. Exit 0; 1 when the file cannot be read; 2 for bad JSON, unknown ids or
/// values of the wrong kind (the message names them).
class SelfCheckCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SelfCheckCommand)
public:
    QList<QCommandLineOption> options() const override;
    bool isRequested(const QCommandLineParser& parser) const override;
    int run(const CliContext& context) override;
};

}  // namespace spinesignal::ui
