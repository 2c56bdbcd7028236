#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace spinesignal::ui {

/// --generate-sample-data DAYS [--sample-seed N]: adds DAYS days of realistic synthetic entries
/// ending today to the store in the data directory (demonstrations, screenshots, benchmarks).
class SampleCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)
public:
    static constexpr int kMaxDays = 100 * 366;

    QList<QCommandLineOption> options() const override;
    bool isRequested(const QCommandLineParser& parser) const override;
    int run(const CliContext& context) override;
};

}  // namespace spinesignal::ui
