#pragma once

#include "util/taskprogress.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace spinesignal::ui {

/// Runs one long job at a time on a worker thread, so the window keeps painting and answering
/// while data is imported, exported or backed up. The job gets a TaskProgress to report how far it
/// is and to learn of a cancel; when it ends, `done` runs on the runner's (the UI) thread with the
/// job's result.
///
/// A job must not touch widgets or the UI thread's database connection: it opens its own connection
/// to the store (Qt SQL connections belong to the thread that opened them) and closes it before it
/// returns. Destroying the runner cancels a running job and waits for it; `done` then never runs.
class TaskRunner final : public QObject {
    Q_OBJECT
public:
    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override;

    /// Starts `work` (called as work(TaskProgress&) on the worker, returning a T) and afterwards
    /// `done(T)` here. False, and nothing started, while another job runs.
    template <typename Work, typename Done>
    bool run(Work work, Done done) {
        using T = std::invoke_result_t<Work&, TaskProgress&>;
        auto result = std::make_shared<std::optional<T>>();
        return start([result, work = std::move(work)](TaskProgress& p) mutable { result->emplace(work(p)); },
                     [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    }

    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running job to stop; it undoes what it began and reports Error::Kind::Cancelled.
    /// False when the job is past the point where it can stop (TaskProgress::commit()).
    bool cancel();
    /// The running (or last) job's progress; read it on the UI thread while the job writes it.
    const TaskProgress& progress() const { return *m_progress; }

Q_SIGNALS:
    void started();
    /// After `done` ran.
    void finished();

private:
    bool start(std::function<void(TaskProgress&)> job, std::function<void()> done);

    std::shared_ptr<TaskProgress> m_progress;
    QThread* m_thread = nullptr;
};

}  // namespace spinesignal::ui
