#include "io/csvformat.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <iterator>
#include <optional>

namespace spinesignal {

namespace {

const QString kWhen = QStringLiteral("when");

constexpr const char* kHabitColumns[] = {"sit_breaks", "swallow_sets", "bridge_sets", "walking_minutes"};

QString optionalText(const std::optional<int>& v) {
    return v ? QString::number(*v) : QString();
}

template <typename Enum>
QString idsOf(const EnumSet<Enum>& set) {
    QStringList ids;
    for (int i = 0; i < enumCount<Enum>(); ++i) {
        if (set.contains(static_cast<Enum>(i))) {
            ids.append(enumId(static_cast<Enum>(i)));
        }
    }
    return ids.join(CsvFormat::kListSeparator);
}

/// The ids of a multi-valued cell, trimmed, without empty ones. Views into the cell: a row is read
/// without a list or a string per id (issue 10: an import must reach half the raw insert rate).
QList<QStringView> splitIds(QStringView cell) {
    QList<QStringView> out;
    for (QStringView part : cell.tokenize(CsvFormat::kListSeparator)) {
        if (!part.trimmed().isEmpty()) {
            out.append(part.trimmed());
        }
    }
    return out;
}

template <typename Enum>
EnumSet<Enum> parseIds(QLatin1String column, QStringView cell, QStringList& problems) {
    EnumSet<Enum> set;
    for (QStringView id : splitIds(cell)) {
        if (const auto v = enumFromId<Enum>(id)) {
            set.insert(*v);
        } else {
            QStringList known;
            for (const char* k : EnumIds<Enum>::ids) {
                known.append(QString::fromLatin1(k));
            }
            problems.append(CsvFormat::tr("column \"%1\": \"%2\" is not one of %3")
                                .arg(column, id, known.join(QStringLiteral(", "))));
        }
    }
    return set;
}

std::optional<int> parseInt(QLatin1String column, QStringView cell, QStringList& problems) {
    const QStringView t = cell.trimmed();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok) {
        problems.append(CsvFormat::tr("column \"%1\": \"%2\" is not a whole number").arg(column, t));
        return std::nullopt;
    }
    return v;
}

/// Positions in columns() (and in CsvFormat::ColumnIndexes).
enum Column : int {
    kWhenColumn = 0,
    kFirstSymptomColumn,
    kSideColumn = kFirstSymptomColumn + kSymptomCount,
    kRegionsColumn,
    kTriggersColumn,
    kSittingColumn,
    kDurationColumn,
    kHelpedColumn,
    kRedFlagsColumn,
    kFirstHabitColumn,
    kNoteColumn = kFirstHabitColumn + static_cast<int>(std::size(kHabitColumns)),
    kColumnCount
};

}  // namespace

QStringList CsvFormat::columns() {
    QStringList cols{kWhen};
    for (int i = 0; i < kSymptomCount; ++i) {
        cols.append(enumId(static_cast<Symptom>(i)));
    }
    cols << QStringLiteral("side") << QStringLiteral("regions") << QStringLiteral("triggers")
         << QStringLiteral("sitting_minutes") << QStringLiteral("duration_minutes") << QStringLiteral("helped")
         << QStringLiteral("red_flags");
    for (const char* habit : kHabitColumns) {
        cols.append(QLatin1String(habit));
    }
    cols.append(QStringLiteral("note"));
    return cols;
}

QString CsvFormat::formatWhen(const QDateTime& when) {
    const int offset = when.offsetFromUtc();
    const int abs = offset < 0 ? -offset : offset;
    return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(abs / 3600, 2, 10, QLatin1Char('0'))
               .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

namespace {

/// Digits at [from, from + count) of `s` as a number, or -1.
int digitsAt(const QString& s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}

/// The parts of a date-time cell.
struct WhenParts {
    int year, month, day, hour, minute, second;
    QChar sign;  ///< '+', '-', 'Z', or null when no offset was written
    int offsetHours = 0, offsetMinutes = 0;
};

/// The form SpineSignal itself writes, "2026-11-25T08:30:00+08:00", read without the regular
/// expression (a third of the reading time of a large import); anything else returns nullopt.
std::optional<WhenParts> ownForm(const QString& s) {
    if (s.size() != 25 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':' ||
        (s[19] != u'+' && s[19] != u'-') || s[22] != u':') {
        return std::nullopt;
    }
    const WhenParts p{digitsAt(s, 0, 4),
                      digitsAt(s, 5, 2),
                      digitsAt(s, 8, 2),
                      digitsAt(s, 11, 2),
                      digitsAt(s, 14, 2),
                      digitsAt(s, 17, 2),
                      s[19],
                      digitsAt(s, 20, 2),
                      digitsAt(s, 23, 2)};
    if (p.year < 0 || p.month < 0 || p.day < 0 || p.hour < 0 || p.minute < 0 || p.second < 0 || p.offsetHours < 0 ||
        p.offsetMinutes < 0) {
        return std::nullopt;
    }
    return p;
}

/// Every other accepted form: a space for the T, no seconds, Z, an offset without a colon, none.
std::optional<WhenParts> otherForms(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    WhenParts p{m.captured(1).toInt(),
                m.captured(2).toInt(),
                m.captured(3).toInt(),
                m.captured(4).toInt(),
                m.captured(5).toInt(),
                m.captured(6).isEmpty() ? 0 : m.captured(6).toInt(),
                QChar()};
    if (!m.captured(7).isEmpty()) {
        p.sign = u'Z';
    } else if (!m.captured(8).isEmpty()) {
        p.sign = m.captured(8).at(0);
        p.offsetHours = m.captured(9).toInt();
        p.offsetMinutes = m.captured(10).toInt();
    }
    return p;
}

}  // namespace

QDateTime CsvFormat::parseWhen(const QString& text) {
    std::optional<WhenParts> parts = ownForm(text);
    if (!parts) {
        parts = otherForms(text);
    }
    if (!parts) {
        return {};
    }
    const WhenParts& p = *parts;
    const QDate date(p.year, p.month, p.day);
    const QTime time(p.hour, p.minute, p.second);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    int offset = 0;
    if (p.sign == u'+' || p.sign == u'-') {
        if (p.offsetHours > 18 || p.offsetMinutes > 59) {
            return {};
        }
        offset = (p.offsetHours * 3600 + p.offsetMinutes * 60) * (p.sign == u'-' ? -1 : 1);
    } else if (p.sign.isNull()) {
        // No offset given: the wall-clock time in this computer's time zone.
        const QDateTime local(date, time);
        if (!local.isValid()) {
            return {};
        }
        offset = local.offsetFromUtc();
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

QString CsvFormat::neutraliseCell(const QString& cell) {
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == QLatin1Char('\'')) {
        ++i;
    }
    if (i < cell.size() && QStringLiteral("=+-@\t\r").contains(cell[i])) {
        return QLatin1Char('\'') + cell;
    }
    return cell;
}

QString CsvFormat::restoreCell(const QString& cell) {
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == QLatin1Char('\'')) {
        ++i;
    }
    if (i > 0 && i < cell.size() && QStringLiteral("=+-@\t\r").contains(cell[i])) {
        return cell.mid(1);
    }
    return cell;
}

QString CsvFormat::quoteCell(const QString& cell) {
    const bool needs = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                       cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!needs) {
        return cell;
    }
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList CsvFormat::toCells(const Episode& e) {
    QStringList cells{formatWhen(e.when)};
    for (const auto& v : e.intensity) {
        cells.append(optionalText(v));
    }
    cells.append(enumId(e.side));
    QStringList regions;
    for (const auto& [leg, region] : e.regions.items()) {
        regions.append(RegionSet::idOf(leg, region));
    }
    cells.append(regions.join(kListSeparator));
    cells.append(idsOf(e.triggers));
    cells.append(optionalText(e.sittingMinutes));
    cells.append(optionalText(e.durationMinutes));
    cells.append(idsOf(e.helped));
    cells.append(idsOf(e.redFlags));
    cells.append(optionalText(e.habits.sitBreaks));
    cells.append(optionalText(e.habits.swallowSets));
    cells.append(optionalText(e.habits.bridgeSets));
    cells.append(optionalText(e.habits.walkingMinutes));
    cells.append(e.note);
    return cells;
}

CsvFormat::ColumnIndexes CsvFormat::indexesIn(const QStringList& header) {
    const QStringList names = columns();
    Q_ASSERT(names.size() == kColumnCount);
    ColumnIndexes indexes;
    indexes.reserve(names.size());
    for (const QString& name : names) {
        indexes.append(header.indexOf(name));
    }
    return indexes;
}

Episode CsvFormat::fromCells(const ColumnIndexes& columns, const QStringList& cells, QStringList& problems) {
    auto cell = [&](int column) {
        const qsizetype i = columns[column];
        return i >= 0 && i < cells.size() ? cells[i] : QString();
    };
    Episode e;
    const QString when = cell(kWhenColumn).trimmed();
    e.when = parseWhen(when);
    if (!e.when.isValid()) {
        problems.append(when.isEmpty() ? tr("column \"when\" is empty")
                                       : tr("column \"when\": \"%1\" is not a date and time like "
                                            "2024-03-05T10:30:00+01:00")
                                             .arg(when));
    }
    for (int i = 0; i < kSymptomCount; ++i) {
        e.intensity[static_cast<std::size_t>(i)] = parseInt(
            QLatin1String(EnumIds<Symptom>::ids[static_cast<std::size_t>(i)]), cell(kFirstSymptomColumn + i), problems);
    }
    const QString sideCell = cell(kSideColumn);
    const QStringView side = QStringView(sideCell).trimmed();
    if (const auto s = enumFromId<Side>(side)) {
        e.side = *s;
    } else {
        problems.append(tr("column \"side\": \"%1\" is not one of left, right, both (or empty)").arg(side));
    }
    const QString regions = cell(kRegionsColumn);
    for (QStringView id : splitIds(regions)) {
        if (const auto r = RegionSet::fromId(id)) {
            e.regions.insert(r->first, r->second);
        } else {
            problems.append(tr("column \"regions\": \"%1\" is not a region such as left.calf_back").arg(id));
        }
    }
    e.triggers = parseIds<Trigger>(QLatin1String("triggers"), cell(kTriggersColumn), problems);
    e.sittingMinutes = parseInt(QLatin1String("sitting_minutes"), cell(kSittingColumn), problems);
    e.durationMinutes = parseInt(QLatin1String("duration_minutes"), cell(kDurationColumn), problems);
    e.helped = parseIds<Relief>(QLatin1String("helped"), cell(kHelpedColumn), problems);
    e.redFlags = parseIds<RedFlag>(QLatin1String("red_flags"), cell(kRedFlagsColumn), problems);
    std::optional<int>* habits[] = {&e.habits.sitBreaks, &e.habits.swallowSets, &e.habits.bridgeSets,
                                    &e.habits.walkingMinutes};
    static_assert(std::size(habits) == std::size(kHabitColumns));
    for (std::size_t i = 0; i < std::size(habits); ++i) {
        *habits[i] = parseInt(QLatin1String(kHabitColumns[i]), cell(kFirstHabitColumn + static_cast<int>(i)), problems);
    }
    e.note = cell(kNoteColumn);
    return e;
}

}  // namespace spinesignal
