#include "gapmeter.h"

#include <algorithm>

namespace spinesignal::testing {

GapMeter::GapMeter() {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void GapMeter::start() {
    m_clock.start();
    m_last = 0;
    m_maxGap = 0;
    m_ticks = 0;
    m_timer.start();
}

void GapMeter::stop() {
    tick();
    m_timer.stop();
    m_elapsed = m_clock.elapsed();
}

void GapMeter::tick() {
    const qint64 now = m_clock.elapsed();
    m_maxGap = std::max(m_maxGap, now - m_last);
    m_last = now;
    ++m_ticks;
}

qint64 maxUiGapMs() {
    bool ok = false;
    const qint64 configured = qEnvironmentVariableIntValue("SPINESIGNAL_MAX_UI_GAP_MS", &ok);
    return ok && configured > 0 ? configured : 100;
}

}  // namespace spinesignal::testing
