#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace spinesignal::testing {

/// Measures how long the UI thread stops turning its event loop: a timer on it ticks every 10 ms
/// and the meter keeps the longest time between two ticks. Work done on the UI thread shows up as
/// a gap as long as the work; work on a worker thread does not.
class GapMeter {
public:
    GapMeter();
    void start();
    /// Takes a last reading (so a block right before stop() counts) and stops ticking.
    void stop();
    qint64 maxGapMs() const { return m_maxGap; }
    qint64 elapsedMs() const { return m_elapsed; }
    int ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    qint64 m_elapsed = 0;
    int m_ticks = 0;
};

/// The longest gap a test allows: 100 ms, the promise. SPINESIGNAL_MAX_UI_GAP_MS raises it for a
/// machine too loaded to keep a 10 ms timer on time.
qint64 maxUiGapMs();

}  // namespace spinesignal::testing
