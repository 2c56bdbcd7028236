#pragma once

#include <QProgressDialog>

class QTimer;

namespace spinesignal::ui {

class TaskRunner;

/// The progress bar and Cancel button of a TaskRunner's job: window-modal, so the person cannot
/// start a second data job meanwhile, but the window still paints and moves. It appears only when
/// the job takes longer than a moment, follows the job's TaskProgress, asks the job to stop on
/// Cancel, and closes itself (and is deleted) when the job has ended.
class TaskProgressDialog final : public QProgressDialog {
    Q_OBJECT
public:
    /// Call right after runner.run(…) started the job.
    TaskProgressDialog(TaskRunner& runner, const QString& title, const QString& label, QWidget* parent);

protected:
    /// Closing the dialog is cancelling; refused while the job cannot stop any more.
    void closeEvent(QCloseEvent* event) override;

private:
    void poll();

    TaskRunner& m_runner;
    QTimer* m_poll;
    bool m_cancelRemoved = false;
};

}  // namespace spinesignal::ui
