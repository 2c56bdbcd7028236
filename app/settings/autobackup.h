#pragma once

#include <QObject>

class QTimer;

namespace spinesignal::ui {

struct AppContext;

/// Makes the automatic daily backup (settings data/autoBackup, default on; data/keepBackups,
/// default 7) when the window opens and then hourly, so an app left running for days still backs up
/// daily.
class AutoBackup final : public QObject {
    Q_OBJECT
public:
    explicit AutoBackup(AppContext& context, QObject* parent = nullptr);
    /// Makes today's backup if due; returns false (and logs) when it failed.
    bool runIfDue();

private:
    AppContext& m_context;
    QTimer* m_timer;
};

}  // namespace spinesignal::ui
