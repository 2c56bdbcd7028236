#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <atomic>

namespace spinesignal {

/// How far a long job (import, export, backup, restore) has come, and whether the person asked it
/// to stop. The job writes it on a worker thread while the UI thread polls it, so every member is
/// atomic. A job checks cancelled() between steps and, when it is set, undoes what it began and
/// returns cancelledError(): a cancelled job leaves nothing half-done.
class TaskProgress {
    Q_DECLARE_TR_FUNCTIONS(TaskProgress)
public:
    /// 0 means "unknown": the progress bar then shows that work is going on, without a figure.
    void setMaximum(qint64 maximum) { m_maximum.store(maximum, std::memory_order_relaxed); }
    void setValue(qint64 value) { m_value.store(value, std::memory_order_relaxed); }
    qint64 maximum() const { return m_maximum.load(std::memory_order_relaxed); }
    qint64 value() const { return m_value.load(std::memory_order_relaxed); }

    /// Asks the job to stop. False once the job has committed (see commit()): it then runs on.
    bool cancel() {
        int expected = kRunning;
        return m_state.compare_exchange_strong(expected, kCancelled, std::memory_order_relaxed) ||
               expected == kCancelled;
    }
    bool cancelled() const { return m_state.load(std::memory_order_relaxed) == kCancelled; }

    /// The job reaches the point after which it cannot undo itself (pages on their way to a
    /// printer): from here a cancel is refused. False if a cancel came first: the job stops instead.
    /// One atomic step, so a cancel is either seen by the job or refused, never lost in between.
    bool commit() {
        int expected = kRunning;
        return m_state.compare_exchange_strong(expected, kCommitted, std::memory_order_relaxed);
    }
    /// Whether a cancel would still be accepted.
    bool cancellable() const { return m_state.load(std::memory_order_relaxed) == kRunning; }

    /// What a cancelled job returns.
    static Error cancelledError() { return Error{Error::Kind::Cancelled, tr("Cancelled. Nothing was changed.")}; }

private:
    std::atomic<qint64> m_maximum{0};
    std::atomic<qint64> m_value{0};
    static constexpr int kRunning = 0;
    static constexpr int kCancelled = 1;
    static constexpr int kCommitted = 2;
    std::atomic<int> m_state{kRunning};
};

/// For jobs that also run without anyone watching (the command line): a null progress is never
/// cancelled and reports nowhere.
inline bool isCancelled(const TaskProgress* progress) {
    return progress != nullptr && progress->cancelled();
}
inline void reportMaximum(TaskProgress* progress, qint64 maximum) {
    if (progress != nullptr) {
        progress->setMaximum(maximum);
    }
}
inline void reportValue(TaskProgress* progress, qint64 value) {
    if (progress != nullptr) {
        progress->setValue(value);
    }
}

}  // namespace spinesignal
