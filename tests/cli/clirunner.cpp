#include "clirunner.h"

#include <QProcess>

namespace spinesignal::testing {

CliResult runCli(const QStringList& arguments, QProcessEnvironment environment, int timeoutMs) {
    if (environment.isEmpty()) {
        environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("SPINESIGNAL_DATA_DIR"));
    }
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(SPINESIGNAL_EXE), arguments);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace spinesignal::testing
