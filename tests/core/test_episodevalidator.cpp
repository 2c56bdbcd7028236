#include "domain/episodevalidator.h"
#include "support/episodebuilder.h"

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::fullEpisode;
using spinesignal::testing::pastMoment;
using spinesignal::testing::simpleEpisode;

namespace {

const QDateTime kNow(QDate(2024, 6, 1), QTime(12, 0));

QStringList fieldsOf(const QList<FieldError>& errors) {
    QStringList fields;
    for (const auto& e : errors) {
        fields.append(e.field);
    }
    return fields;
}

}  // namespace

TEST(EpisodeValidator, AcceptsAFullEntry) {
    EXPECT_TRUE(EpisodeValidator::validate(fullEpisode(pastMoment()), kNow).isEmpty());
}

TEST(EpisodeValidator, RefusesTheFutureWithAMessage) {
    auto errors = EpisodeValidator::validate(simpleEpisode(kNow.addSecs(3600)), kNow);
    ASSERT_EQ(fieldsOf(errors), QStringList{QStringLiteral("when")});
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("future")));
    // A few seconds ahead is clock skew, not the future.
    EXPECT_TRUE(EpisodeValidator::validate(simpleEpisode(kNow.addSecs(30)), kNow).isEmpty());
}

TEST(EpisodeValidator, RefusesAnInvalidDate) {
    Episode e = simpleEpisode(pastMoment());
    e.when = QDateTime(QDate(2026, 2, 30), QTime(8, 0));
    EXPECT_EQ(fieldsOf(EpisodeValidator::validate(e, kNow)), QStringList{QStringLiteral("when")});
}

TEST(EpisodeValidator, RefusesIntensitiesOutsideZeroToTen) {
    Episode e = simpleEpisode(pastMoment());
    e.setIntensity(Symptom::Numbness, 11);
    e.setIntensity(Symptom::BackPain, -1);
    auto errors = EpisodeValidator::validate(e, kNow);
    EXPECT_EQ(fieldsOf(errors),
              (QStringList{QStringLiteral("intensity.numbness"), QStringLiteral("intensity.back_pain")}));
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("numbness")));
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("11")));
    e.setIntensity(Symptom::Numbness, 10);
    e.setIntensity(Symptom::BackPain, 0);
    EXPECT_TRUE(EpisodeValidator::validate(e, kNow).isEmpty());
}

TEST(EpisodeValidator, RefusesUnknownEnumValues) {
    Episode e = simpleEpisode(pastMoment());
    e.side = static_cast<Side>(7);
    e.triggers = EnumSet<Trigger>::fromBits(quint64{1} << 20);
    e.redFlags = EnumSet<RedFlag>::fromBits(quint64{1} << 12);
    EXPECT_EQ(fieldsOf(EpisodeValidator::validate(e, kNow)),
              (QStringList{QStringLiteral("side"), QStringLiteral("triggers"), QStringLiteral("red_flags")}));
}

TEST(EpisodeValidator, RefusesNegativeDuration) {
    Episode e = simpleEpisode(pastMoment());
    e.durationMinutes = -5;
    auto errors = EpisodeValidator::validate(e, kNow);
    ASSERT_EQ(fieldsOf(errors), QStringList{QStringLiteral("duration_minutes")});
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("negative")));
}

TEST(EpisodeValidator, RefusesANoteOverTheLimitWithoutCutting) {
    Episode e = simpleEpisode(pastMoment());
    e.note = QString(EpisodeValidator::kMaxNoteLength, QLatin1Char('x'));
    EXPECT_TRUE(EpisodeValidator::validate(e, kNow).isEmpty());
    e.note += QLatin1Char('y');
    auto errors = EpisodeValidator::validate(e, kNow);
    ASSERT_EQ(fieldsOf(errors), QStringList{QStringLiteral("note")});
    EXPECT_TRUE(errors[0].message.contains(QString::number(EpisodeValidator::kMaxNoteLength)));
}

TEST(EpisodeValidator, RefusesAnEntryWithNothingRecorded) {
    Episode e;
    e.when = pastMoment();
    auto errors = EpisodeValidator::validate(e, kNow);
    ASSERT_EQ(fieldsOf(errors), QStringList{QStringLiteral("entry")});
    EXPECT_TRUE(errors[0].message.contains(QStringLiteral("Nothing is recorded")));
    e.note = QStringLiteral("   ");
    EXPECT_EQ(EpisodeValidator::validate(e, kNow).size(), 1);
    e.note = QStringLiteral("calves heavy after the train");
    EXPECT_TRUE(EpisodeValidator::validate(e, kNow).isEmpty());
}

TEST(EpisodeValidator, RefusesHabitCountsOutOfRange) {
    Episode e = simpleEpisode(pastMoment());
    e.habits.sitBreaks = 500;
    e.habits.walkingMinutes = -3;
    EXPECT_EQ(fieldsOf(EpisodeValidator::validate(e, kNow)),
              (QStringList{QStringLiteral("sit_breaks"), QStringLiteral("walking_minutes")}));
}
