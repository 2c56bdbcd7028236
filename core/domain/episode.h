#pragma once

#include "domain/enums.h"
#include "domain/enumset.h"
#include "domain/regionset.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace spinesignal {

/// Prevention habits done that day (PRODUCT.md §4); each optional: empty means "not recorded".
struct Habits {
    std::optional<int> sitBreaks;    ///< breaks from sitting taken
    std::optional<int> swallowSets;  ///< 小燕飞 sets
    std::optional<int> bridgeSets;   ///< 五点支撑 sets
    std::optional<int> walkingMinutes;

    bool isEmpty() const { return !sitBreaks && !swallowSets && !bridgeSets && !walkingMinutes; }
    friend bool operator==(const Habits&, const Habits&) = default;
};

/// One log entry: an episode or one day's check-in. A plain value; the repository stores it.
struct Episode {
    qint64 id = 0;  ///< 0 until stored
    /// When it happened, with the UTC offset that was in force where it was logged: the local
    /// calendar day of an entry is the day on the person's wall clock, even after a DST change.
    QDateTime when;
    std::array<std::optional<int>, kSymptomCount> intensity{};
    Side side = Side::Unspecified;
    RegionSet regions;
    EnumSet<Trigger> triggers;
    std::optional<int> sittingMinutes;   ///< with Trigger::LongSitting: how long they had sat
    std::optional<int> durationMinutes;  ///< how long it lasted
    EnumSet<Relief> helped;
    EnumSet<RedFlag> redFlags;
    Habits habits;
    QString note;

    std::optional<int> intensityOf(Symptom s) const { return intensity[static_cast<std::size_t>(s)]; }
    void setIntensity(Symptom s, std::optional<int> v) { intensity[static_cast<std::size_t>(s)] = v; }
    bool hasRedFlag() const { return !redFlags.isEmpty(); }
    /// The calendar day on the wall clock where the entry was logged.
    QDate localDate() const { return when.date(); }

    /// Same content and time (ignores the id): used to detect duplicates on import.
    bool sameContentAs(const Episode& other) const;
    friend bool operator==(const Episode& a, const Episode& b) { return a.id == b.id && a.sameContentAs(b); }
};

}  // namespace spinesignal
