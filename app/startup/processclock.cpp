#include "startup/processclock.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <ctime>

#include <unistd.h>

namespace spinesignal::ui {

namespace {

qint64 millisecondsSinceLaunchStamp() {
    bool ok = false;
    const qint64 launchedNs = qEnvironmentVariable("SPINESIGNAL_LAUNCHED_AT_NS").toLongLong(&ok);
    timespec now{};
    if (!ok || launchedNs <= 0 || ::clock_gettime(CLOCK_REALTIME, &now) != 0) {
        return -1;
    }
    const qint64 nowNs = static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
    const qint64 elapsedNs = nowNs - launchedNs;
    constexpr qint64 kMinuteNs = 60LL * 1000000000;
    if (elapsedNs < 0 || elapsedNs > kMinuteNs) {
        return -1;  // a stale or foreign stamp: not this launch
    }
    return (elapsedNs + 500000) / 1000000;
}

}  // namespace

qint64 millisecondsSinceProcessStart() {
    if (const qint64 stamped = millisecondsSinceLaunchStamp(); stamped >= 0) {
        return stamped;
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces; the fields after its closing ')' are plain.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0) {
        return -1;
    }
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After ')' the first field is field 3 (state); starttime is field 22.
    constexpr int kStartTimeIndex = 22 - 3;
    if (fields.size() <= kStartTimeIndex) {
        return -1;
    }
    bool ok = false;
    const qint64 startTicks = fields.at(kStartTimeIndex).toLongLong(&ok);
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || ::clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
        return -1;
    }
    const qint64 nowMs = static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

}  // namespace spinesignal::ui
