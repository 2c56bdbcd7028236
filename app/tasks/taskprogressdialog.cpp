#include "tasks/taskprogressdialog.h"

#include "tasks/taskrunner.h"

#include <QCloseEvent>
#include <QTimer>

#include <limits>

namespace spinesignal::ui {

namespace {

/// Shorter jobs end before the dialog would show: no flash of a window for a small export.
constexpr int kShowAfterMs = 400;
constexpr int kPollMs = 50;

}  // namespace

TaskProgressDialog::TaskProgressDialog(TaskRunner& runner, const QString& title, const QString& label, QWidget* parent)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent), m_runner(runner), m_poll(new QTimer(this)) {
    setObjectName(QStringLiteral("taskProgress"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setAutoReset(false);
    setAutoClose(false);
    setMinimumDuration(kShowAfterMs);
    setMinimumWidth(380);
    connect(this, &QProgressDialog::canceled, this, [this] {
        if (!m_runner.cancel()) {
            show();  // past the point of no return: the job runs to its end
            return;
        }
        setLabelText(tr("Cancelling…"));
        // QProgressDialog hides itself on Cancel; stay visible until the job has really stopped.
        show();
    });
    connect(&m_runner, &TaskRunner::finished, this, &QWidget::close);
    connect(m_poll, &QTimer::timeout, this, &TaskProgressDialog::poll);
    m_poll->start(kPollMs);
    if (!m_runner.isRunning()) {
        QTimer::singleShot(0, this, &QWidget::close);
    }
}

void TaskProgressDialog::closeEvent(QCloseEvent* event) {
    if (m_runner.isRunning() && !m_runner.progress().cancellable() && !m_runner.progress().cancelled()) {
        event->ignore();
        return;
    }
    QProgressDialog::closeEvent(event);
}

void TaskProgressDialog::poll() {
    if (!m_cancelRemoved && m_runner.isRunning() && !m_runner.progress().cancellable() &&
        !m_runner.progress().cancelled()) {
        // No button (and no Escape) that could promise a stop the job can no longer make.
        m_cancelRemoved = true;
        setCancelButton(nullptr);
        setLabelText(labelText() + QLatin1Char('\n') + tr("This last step cannot be stopped."));
    }
    const qint64 maximum = m_runner.progress().maximum();
    const qint64 value = m_runner.progress().value();
    // QProgressBar counts in int: scale bytes down to per-mille.
    if (maximum <= 0) {
        setRange(0, 0);  // unknown: a busy bar
        return;
    }
    if (maximum > std::numeric_limits<int>::max()) {
        setRange(0, 1000);
        setValue(static_cast<int>(value * 1000 / maximum));
        return;
    }
    setRange(0, static_cast<int>(maximum));
    setValue(static_cast<int>(std::min(value, maximum)));
}

}  // namespace spinesignal::ui
