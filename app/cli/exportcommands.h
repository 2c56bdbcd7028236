#pragma once

// The doctor-summary commands: --export-pdf, --export-csv and --import-csv. They share --from/--to,
// so the three live together (the options are declared once, by ExportPdfCommand).

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace spinesignal::ui {

/// --export-pdf FILE [--from DATE] [--to DATE] [--lang zh_CN|en] [--paper A4|Letter]
class ExportPdfCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportPdfCommand)
public:
    QList<QCommandLineOption> options() const override;
    bool isRequested(const QCommandLineParser& parser) const override;
    bool needsGui() const override { return true; }
    int run(const CliContext& context) override;
};

/// --export-csv FILE [--from DATE] [--to DATE]
class ExportCsvCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)
public:
    QList<QCommandLineOption> options() const override;
    bool isRequested(const QCommandLineParser& parser) const override;
    int run(const CliContext& context) override;
};

/// --import-csv FILE [--skip-invalid]
class ImportCsvCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)
public:
    QList<QCommandLineOption> options() const override;
    bool isRequested(const QCommandLineParser& parser) const override;
    int run(const CliContext& context) override;
};

}  // namespace spinesignal::ui
