#include "settings/autobackup.h"

#include "mainwindow/appcontext.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "tasks/taskrunner.h"

#include <QDateTime>
#include <QSettings>
#include <QTimer>

namespace spinesignal::ui {

AutoBackup::AutoBackup(AppContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_timer(new QTimer(this)), m_tasks(new TaskRunner(this)) {
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::runIfDue);
    m_timer->start();
    // After the first paint: a backup of a large store must not delay the window.
    QTimer::singleShot(2000, this, &AutoBackup::runIfDue);
}

bool AutoBackup::runIfDue() {
    const QSettings& s = m_context.settings;
    if (!s.value(QStringLiteral("data/autoBackup"), true).toBool()) {
        return false;
    }
    const int keep = s.value(QStringLiteral("data/keepBackups"), 7).toInt();
    return m_tasks->run(
        [db = m_context.database.path(), dataDir = m_context.dataDirectory,
         keep](TaskProgress& progress) -> Result<std::optional<QString>> {
            auto opened = Database::open(db);
            if (!opened) {
                return opened.error();
            }
            return Backup::ensureDaily(*opened.value(), dataDir, keep, QDateTime::currentDateTime(), &progress);
        },
        [this](const Result<std::optional<QString>>& made) {
            if (!made) {
                if (made.error().kind != Error::Kind::Cancelled) {
                    qWarning("spinesignal: automatic backup failed: %s", qPrintable(made.error().message));
                }
                Q_EMIT finished({});
                return;
            }
            Q_EMIT finished(made.value().value_or(QString()));
        });
}

}  // namespace spinesignal::ui
