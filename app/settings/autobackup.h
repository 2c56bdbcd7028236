#pragma once

#include <QObject>

class QTimer;

namespace spinesignal::ui {

struct AppContext;
class TaskRunner;

/// Makes the automatic daily backup (settings data/autoBackup, default on; data/keepBackups,
/// default 7) when the window opens and then hourly, so an app left running for days still backs up
/// daily. The backup runs on a worker thread with its own connection, without a dialog (nobody
/// asked for it); closing the window cancels it and leaves no partial file.
class AutoBackup final : public QObject {
    Q_OBJECT
public:
    explicit AutoBackup(AppContext& context, QObject* parent = nullptr);
    /// Starts today's backup if due and none is running; false when it did not start.
    bool runIfDue();
    TaskRunner& tasks() { return *m_tasks; }

Q_SIGNALS:
    /// The new backup's path; empty when none was due, or it failed (logged) or was cancelled.
    void finished(const QString& path);

private:
    AppContext& m_context;
    QTimer* m_timer;
    TaskRunner* m_tasks;
};

}  // namespace spinesignal::ui
