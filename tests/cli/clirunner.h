#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace spinesignal::testing {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the spinesignal executable with `arguments` (offscreen unless `environment` says otherwise).
CliResult runCli(const QStringList& arguments, QProcessEnvironment environment = {}, int timeoutMs = 60000);

}  // namespace spinesignal::testing
