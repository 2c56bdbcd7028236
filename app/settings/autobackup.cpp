#include "settings/autobackup.h"

#include "mainwindow/appcontext.h"
#include "storage/backup.h"

#include <QSettings>
#include <QTimer>

namespace spinesignal::ui {

AutoBackup::AutoBackup(AppContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_timer(new QTimer(this)) {
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::runIfDue);
    m_timer->start();
    // After the first paint: a backup of a large store must not delay the window.
    QTimer::singleShot(2000, this, &AutoBackup::runIfDue);
}

bool AutoBackup::runIfDue() {
    const QSettings& s = m_context.settings;
    if (!s.value(QStringLiteral("data/autoBackup"), true).toBool()) {
        return true;
    }
    const int keep = s.value(QStringLiteral("data/keepBackups"), 7).toInt();
    auto made = Backup::ensureDaily(m_context.database, m_context.dataDirectory, keep);
    if (!made) {
        qWarning("spinesignal: automatic backup failed: %s", qPrintable(made.error().message));
        return false;
    }
    return true;
}

}  // namespace spinesignal::ui
