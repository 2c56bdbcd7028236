#include "entrycontent.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QRandomGenerator>

namespace spinesignal::testing {

namespace {

// Latin, CJK, an emoji (surrogate pair), a right-to-left mark and a quote: notes exercise the
// encoder.
const QString kAlphabet = QStringLiteral("abc xyz 0189 腰腿酸软麻木放射痛 \U0001F9B5 \u200F' \"");

}  // namespace

Episode randomEpisode(quint64 seed) {
    QRandomGenerator rng(static_cast<quint32>(seed ^ (seed >> 32)));
    Episode e;
    const qint64 from = QDateTime(QDate(2000, 1, 1), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2025, 12, 31), QTime(0, 0)).toSecsSinceEpoch();
    e.when = QDateTime::fromSecsSinceEpoch(from + static_cast<qint64>(rng.bounded(static_cast<double>(to - from))));
    for (auto& v : e.intensity) {
        const int r = rng.bounded(12);
        v = r == 11 ? std::nullopt : std::optional<int>(r);
    }
    e.intensity[0] = rng.bounded(11);  // never an empty entry
    e.side = static_cast<Side>(rng.bounded(kSideCount));
    e.triggers = EnumSet<Trigger>::fromBits(rng.bounded(1u << kTriggerCount));
    e.helped = EnumSet<Relief>::fromBits(rng.bounded(1u << kReliefCount));
    e.durationMinutes = rng.bounded(600);
    e.habits.walkingMinutes = rng.bounded(120);
    // Mostly short notes, sometimes long ones that span several database pages.
    const int length = rng.bounded(10) == 0 ? rng.bounded(8000) : rng.bounded(200);
    QString note;
    note.reserve(length);
    while (note.size() < length) {
        const int i = rng.bounded(static_cast<int>(kAlphabet.size()));
        if (kAlphabet.at(i).isLowSurrogate()) {
            continue;  // only whole pairs: a lone surrogate is not text (see test_hostileinput.cpp)
        }
        note += kAlphabet.at(i);
        if (kAlphabet.at(i).isHighSurrogate()) {
            note += kAlphabet.at(i + 1);
        }
    }
    e.note = note;
    return e;
}

QByteArray contentDigest(const Episode& e) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << e.when.toSecsSinceEpoch() << e.when.offsetFromUtc();
    for (const auto& v : e.intensity) {
        out << (v ? *v : -1);
    }
    out << static_cast<int>(e.side) << e.regions.bits() << e.triggers.bits() << e.helped.bits() << e.redFlags.bits()
        << e.sittingMinutes.value_or(-1) << e.durationMinutes.value_or(-1) << e.habits.sitBreaks.value_or(-1)
        << e.habits.swallowSets.value_or(-1) << e.habits.bridgeSets.value_or(-1) << e.habits.walkingMinutes.value_or(-1)
        << e.note;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(20);
}

}  // namespace spinesignal::testing
