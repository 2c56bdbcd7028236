#pragma once

#include "cli/clicommand.h"

namespace spinesignal::ui {

/// --render-screenshots DIR: renders every area at 1280×800 in Chinese and English (plus Settings
/// in the dark theme, at 200% text and with a reminder banner) from sample data in a temporary
/// folder, and saves PNGs for the user guide. The person's own data is never opened.
class RenderScreenshotsCommand final : public CliCommand {
public:
    QList<QCommandLineOption> options() const override;
    bool isRequested(const QCommandLineParser& parser) const override;
    bool needsGui() const override { return true; }
    int run(const CliContext& context) override;
};

}  // namespace spinesignal::ui
