// Hostile input on the repository and the validator: each value is either rejected with a message
// that names the field, or stored and read back exactly (docs/reliability.md lists which). Never a
// crash.
#include "domain/episodevalidator.h"
#include "storecheck.h"
#include "support/episodebuilder.h"
#include "support/tempstore.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <climits>
#include <iostream>

using namespace spinesignal;
using namespace spinesignal::testing;

namespace {

int g_tried = 0;

Episode withNote(const QString& note) {
    Episode e = simpleEpisode(pastMoment());
    e.note = note;
    return e;
}

/// Stores `e` and expects to read back exactly what was stored.
void expectStoredFaithfully(TempStore& store, const Episode& e) {
    ++g_tried;
    auto id = store.episodes().add(e);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    store.reopen();
    auto got = store.episodes().get(id.value());
    ASSERT_TRUE(got && got.value().has_value());
    EXPECT_TRUE(got.value()->sameContentAs(e)) << "stored: " << got.value()->note.toStdString();
    EXPECT_EQ(got.value()->note, e.note);
    EXPECT_EQ(integrityCheck(store.database()), QStringLiteral("ok"));
}

/// Expects the repository to refuse `e` with a message containing `says`, and to store nothing.
void expectRejected(TempStore& store, const Episode& e, const QString& says) {
    ++g_tried;
    const qint64 before = store.episodes().count().value();
    auto id = store.episodes().add(e);
    ASSERT_FALSE(id) << "accepted";
    EXPECT_EQ(id.error().kind, Error::Kind::Invalid);
    EXPECT_TRUE(id.error().message.contains(says, Qt::CaseInsensitive)) << id.error().message.toStdString();
    EXPECT_EQ(store.episodes().count().value(), before);
}

class HostileInput : public ::testing::Test {
protected:
    void TearDown() override { std::cout << "[ figures  ] hostile values tried: " << g_tried << "\n"; }
    TempStore store;
};

}  // namespace

TEST_F(HostileInput, HugeNotesAreRejectedWithTheLimitAndNothingIsCut) {
    expectStoredFaithfully(store, withNote(QString(EpisodeValidator::kMaxNoteLength, QChar(u'麻'))));
    expectRejected(store, withNote(QString(EpisodeValidator::kMaxNoteLength + 1, u'x')), QStringLiteral("limit"));
    expectRejected(store, withNote(QString(10 * 1024 * 1024, u'x')), QStringLiteral("nothing has been cut"));
}

TEST_F(HostileInput, ControlCharactersAreStoredFaithfully) {
    expectStoredFaithfully(store, withNote(QStringLiteral("tab\there\r\nline\x01\x07\x1b[31mred\x1b[0m\x7f")));
    // An embedded NUL is kept too (SQLite text is length-counted).
    QString withNul = QStringLiteral("before");
    withNul.append(QChar(u'\0')).append(QStringLiteral("after"));
    expectStoredFaithfully(store, withNote(withNul));
}

TEST_F(HostileInput, InvalidUtf8BecomesReplacementCharactersAndIsStored) {
    // Bytes that are not UTF-8 never reach the store as bytes: QString::fromUtf8 turns them into
    // U+FFFD.
    const QString decoded = QString::fromUtf8("ok \xff\xfe \xc3 \xed\xa0\x80 end");
    EXPECT_TRUE(decoded.contains(QChar(QChar::ReplacementCharacter)));
    expectStoredFaithfully(store, withNote(decoded));
}

TEST_F(HostileInput, ALoneSurrogateIsRejected) {
    // Not text at all (half of an emoji). Stored as is, SQLite's UTF-16 decoder would swallow the
    // next character into a bogus pair ("a\uD83Db" came back as "a\uD83D\uDC62"), so it is refused.
    const QStringList notes{QString(QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b")),
                            QString(QStringLiteral("end") + QChar(0xD83D)),
                            QString(QChar(0xDC62) + QStringLiteral("start"))};
    for (const QString& note : notes) {
        expectRejected(store, withNote(note), QStringLiteral("broken character"));
    }
    expectStoredFaithfully(store,
                           withNote(QStringLiteral("a\U0001F9B5b")));  // a whole pair is fine
}

TEST_F(HostileInput, SqlLookingTextIsJustText) {
    expectStoredFaithfully(store, withNote(QStringLiteral("'); DROP TABLE episodes; --")));
    expectStoredFaithfully(store,
                           withNote(QStringLiteral("\" OR 1=1; PRAGMA writable_schema=1; ATTACH '/tmp/x' AS y;")));
    expectStoredFaithfully(store, withNote(QStringLiteral("=cmd|' /C calc'!A0")));
    QSqlQuery q(store.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM episodes")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}

TEST_F(HostileInput, BidiMarksAndEmojiAreStoredFaithfully) {
    expectStoredFaithfully(store, withNote(QStringLiteral("\u202Egnp.exe\u202C \u200F\u200E\u2067x\u2069")));
    expectStoredFaithfully(store,
                           withNote(QStringLiteral("\U0001F9B5\U0001F9B6 \U0001F468\u200D\U0001F469\u200D\U0001F467 "
                                                   "\U0001F1E8\U0001F1F3 \u0301\uFEFF")));
}

TEST_F(HostileInput, ImpossibleDatesAreRejected) {
    Episode e = simpleEpisode(pastMoment());
    e.when = QDateTime(QDate::fromString(QStringLiteral("0000-00-00"), Qt::ISODate), QTime(10, 0));
    expectRejected(store, e, QStringLiteral("not a real date"));
    e.when = QDateTime(QDate::fromString(QStringLiteral("2026-02-30"), Qt::ISODate), QTime(10, 0));
    expectRejected(store, e, QStringLiteral("not a real date"));
    e.when = QDateTime(QDate(1899, 12, 31), QTime(10, 0));
    expectRejected(store, e, QStringLiteral("before 1900"));
    e.when = QDateTime::currentDateTime().addDays(2);
    expectRejected(store, e, QStringLiteral("future"));
    e.when = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59));  // a real leap day is fine
    expectStoredFaithfully(store, e);
}

TEST_F(HostileInput, OutOfRangeNumbersAreRejected) {
    for (int v : {-1, 11, INT_MIN, INT_MAX}) {
        SCOPED_TRACE(v);
        Episode e = simpleEpisode(pastMoment());
        e.setIntensity(Symptom::Numbness, v);
        expectRejected(store, e, QStringLiteral("numbness intensity must be between 0 and 10"));
    }
    Episode e = simpleEpisode(pastMoment());
    e.durationMinutes = -5;
    expectRejected(store, e, QStringLiteral("cannot be negative"));
    e.durationMinutes = INT_MAX;
    expectRejected(store, e, QStringLiteral("lasted"));
    e = simpleEpisode(pastMoment());
    e.habits.walkingMinutes = 24 * 60 + 1;
    expectRejected(store, e, QStringLiteral("Walking minutes"));
    e = simpleEpisode(pastMoment());
    e.side = static_cast<Side>(9);
    expectRejected(store, e, QStringLiteral("side"));
    e = simpleEpisode(pastMoment());
    e.redFlags = EnumSet<RedFlag>::fromBits(~quint64(0));
    expectRejected(store, e, QStringLiteral("red flag"));
    e = Episode{};
    e.when = pastMoment();
    e.note = QStringLiteral("   \t\n");
    expectRejected(store, e, QStringLiteral("Nothing is recorded"));
    // The edges are accepted.
    e = simpleEpisode(pastMoment(), 0);
    e.setIntensity(Symptom::BackPain, 10);
    expectStoredFaithfully(store, e);
}
