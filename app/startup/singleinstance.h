#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace spinesignal::ui {

/// One window per data folder, so there is never a second writer on the database.
///
/// The first instance holds an exclusive flock() on "spinesignal.lock" in the data folder. The
/// kernel lets go of it when the process ends, however it ends, so a crash never leaves a stale
/// lock. (QLockFile did the same job with a lock file that needed an fdatasync() on every start,
/// 0.5 to 1.3 ms here and far more on a slow disk, before the window could be built; issue 10.)
/// The file is never deleted: a process that opened it just before it went away would otherwise
/// lock a file nobody else can see. A second launch cannot reach it over a
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

    enum class Outcome {
        Owned,          ///< this process owns the data folder now
        HeldByAnother,  ///< another SpineSignal holds it
        Failed,         ///< the lock file cannot be opened: error() says why
    };
    /// Takes the data folder for this process. A file system without locks (some network or FUSE
    /// mounts) counts as owned, with a warning on stderr: refusing would mean never starting.
    Outcome acquire();
    /// Why acquire() failed, from the system.
    QString error() const { return m_error; }
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
    int m_lockFd = -1;  ///< the open, flock()ed lock file while this process owns the folder
    QString m_error;
    QTimer* m_timer = nullptr;
};

}  // namespace spinesignal::ui
