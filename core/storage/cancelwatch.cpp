#include "storage/cancelwatch.h"

#include "storage/database.h"
#include "util/taskprogress.h"

#include <sqlite3.h>

namespace spinesignal {

namespace {

/// Virtual-machine steps between callbacks: about a millisecond of work, so a cancel takes effect
/// at once while the check costs nothing measurable.
constexpr int kStepsPerCallback = 10000;

}  // namespace

CancelWatch::CancelWatch(Database& db, const TaskProgress* progress, std::function<void(const CancelWatch&)> onTick)
    : m_handle(db.nativeHandle()), m_progress(progress), m_onTick(std::move(onTick)) {
    if (m_handle != nullptr) {
        m_changesBefore = sqlite3_total_changes64(m_handle);
        sqlite3_progress_handler(m_handle, kStepsPerCallback, &CancelWatch::callback, this);
    }
}

CancelWatch::~CancelWatch() {
    if (m_handle != nullptr) {
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
}

qint64 CancelWatch::rowsChanged() const {
    return m_handle != nullptr ? sqlite3_total_changes64(m_handle) - m_changesBefore : 0;
}

int CancelWatch::callback(void* self) {
    auto* watch = static_cast<CancelWatch*>(self);
    if (watch->m_onTick) {
        watch->m_onTick(*watch);
    }
    return isCancelled(watch->m_progress) ? 1 : 0;  // non-zero interrupts the statement
}

}  // namespace spinesignal
