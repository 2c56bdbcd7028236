#include "tasks/taskrunner.h"

#include <QThread>

namespace spinesignal::ui {

TaskRunner::TaskRunner(QObject* parent) : QObject(parent), m_progress(std::make_shared<TaskProgress>()) {
}

TaskRunner::~TaskRunner() {
    if (m_thread != nullptr) {
        // The window is closing (or the app quits) in the middle of a job: stop it and wait, so its
        // connection is closed and its temporary files are gone before the store closes.
        m_progress->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool TaskRunner::cancel() {
    return m_progress->cancel();
}

bool TaskRunner::start(std::function<void(TaskProgress&)> job, std::function<void()> done) {
    if (m_thread != nullptr) {
        return false;
    }
    m_progress = std::make_shared<TaskProgress>();
    // The job holds the progress too: it outlives the runner's pointer to it if a new job starts.
    m_thread = QThread::create([job = std::move(job), progress = m_progress] { job(*progress); });
    m_thread->setObjectName(QStringLiteral("spinesignal-task"));
    // QThread::finished is emitted on the worker; with `this` as context the lambda runs here, on
    // the UI thread, and not at all once the runner is gone.
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)]() mutable {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        done();
        Q_EMIT finished();
    });
    m_thread->start();
    Q_EMIT started();
    return true;
}

}  // namespace spinesignal::ui
