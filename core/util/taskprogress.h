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

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    /// A job past the point where it could still undo itself (pages already on their way to a
    /// printer) says so: the Cancel button is then disabled rather than left to promise too much.
    void setCancellable(bool cancellable) { m_cancellable.store(cancellable, std::memory_order_relaxed); }
    bool cancellable() const { return m_cancellable.load(std::memory_order_relaxed); }

    /// What a cancelled job returns.
    static Error cancelledError() { return Error{Error::Kind::Cancelled, tr("Cancelled. Nothing was changed.")}; }

private:
    std::atomic<qint64> m_maximum{0};
    std::atomic<qint64> m_value{0};
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_cancellable{true};
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
