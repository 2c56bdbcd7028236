#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QTimer;

namespace spinesignal::ui {

/// One window per data folder, so there is never a second writer on the database.
///
/// The first instance holds a QLockFile ("spinesignal.lock" in the data folder; a lock left by a
/// crashed process is detected by its PID and taken over). A second launch cannot reach it over a
/// socket (SpineSignal links no networking), so it leaves a "raise-request" file in the data
/// folder; the first instance notices it within half a second, removes it and brings its window
/// forward.
class SingleInstance final : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kLockFileName = "spinesignal.lock";
    static constexpr const char* kRaiseFileName = "raise-request";

    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// True when this process now owns the data folder.
    bool tryAcquire();
    /// The PID of the process that holds the lock (0 if unknown).
    qint64 ownerPid() const;
    /// Starts watching for raise requests (the owner calls it).
    void listenForRaiseRequests(int pollMs = 500);

    /// A second launch: asks the owner to come forward and waits up to `timeoutMs` for it to
    /// answer. False when nobody answered (the owner is busy or hung): the caller explains and
    /// exits.
    static bool askOwnerToRaise(const QString& dataDir, int timeoutMs = 3000);

Q_SIGNALS:
    void raiseRequested();

private:
    void checkRaiseRequest();

    QString m_dataDir;
    QLockFile m_lock;
    QTimer* m_timer = nullptr;
};

}  // namespace spinesignal::ui
