#include "checklisttesting.h"

#include "checklist/episodemapping.h"

#include <QJsonDocument>

using namespace spinesignal;
using namespace spinesignal::testing;

namespace {

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

}  // namespace

TEST(AnswerSet, ReadsEachKindAndRoundTrips) {
    auto r = AnswerSet::fromJson(json(R"({"soreness": 3, "tingling": false, "side": "left", "numbness": null})"),
                                 checklist());
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r.value().scale(QStringLiteral("soreness")), 3);
    EXPECT_EQ(r.value().yesNo(QStringLiteral("tingling")), false);
    EXPECT_EQ(r.value().choice(QStringLiteral("side")), QStringLiteral("left"));
    EXPECT_FALSE(r.value().has(QStringLiteral("numbness")));  // null = not answered
    auto again = AnswerSet::fromJson(r.value().toJson(), checklist());
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value(), r.value());
}

TEST(AnswerSet, UnknownIdsAndWrongValuesAreOneErrorNamingThemAll) {
    auto r = AnswerSet::fromJson(
        json(R"({"sorenes": 3, "tingling": "yes", "soreness": 11, "weakness": 2.5, "side": "middle", "x": 1})"),
        checklist());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::Invalid);
    const QString m = r.error().message;
    for (const char* named : {"sorenes", "x", "tingling", "soreness", "weakness", "side", "\"middle\"", "11"}) {
        EXPECT_TRUE(m.contains(QString::fromLatin1(named))) << named << " in " << m.toStdString();
    }
}

TEST(EpisodeMapping, AnswersBecomeTheFieldsOfALogEntry) {
    AnswerSet a = mildFatigueSoreness();
    a.set(QStringLiteral("numbness"), 4);
    a.set(QStringLiteral("side"), QStringLiteral("left"));
    a.set(QStringLiteral("worse_sitting"), true);
    a.set(QStringLiteral("worse_weather"), true);
    a.set(QStringLiteral("tingling"), true);
    a.set(QStringLiteral("calf_swollen_warm"), true);
    const CheckResult result = evaluate(a);
    const QDateTime when(QDate(2026, 3, 2), QTime(9, 30), Qt::OffsetFromUTC, 3600);
    const Episode e = EpisodeMapping::toEpisode(checklist(), a, result, when, QStringLiteral("en"));
    EXPECT_EQ(e.when, when);
    EXPECT_EQ(e.intensityOf(Symptom::Soreness), 2);
    EXPECT_EQ(e.intensityOf(Symptom::Numbness), 4);
    EXPECT_EQ(e.intensityOf(Symptom::BackPain), 0);
    EXPECT_EQ(e.side, Side::Left);
    EXPECT_TRUE(e.triggers.contains(Trigger::LongSitting));
    EXPECT_TRUE(e.triggers.contains(Trigger::WeatherChange));
    EXPECT_TRUE(e.triggers.contains(Trigger::Fatigue));
    EXPECT_FALSE(e.triggers.contains(Trigger::Walking));
    EXPECT_EQ(e.redFlags, EnumSet<RedFlag>{RedFlag::CalfSwollenWarm});
    EXPECT_TRUE(e.note.contains(QStringLiteral("Seek medical care today"))) << e.note.toStdString();
    EXPECT_TRUE(e.note.contains(QStringLiteral("Tingling or prickling: Yes")));
    EXPECT_TRUE(e.note.contains(QStringLiteral("How often: Now and then")));
    EXPECT_FALSE(e.note.contains(QStringLiteral("Pregnant")));  // a "no" to a group is not noted

    const QStringList lines = EpisodeMapping::describe(e);
    EXPECT_TRUE(lines.contains(QStringLiteral("Numbness: 4 of 10 (moderate)")))
        << lines.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Side: Left")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Triggers: Long sitting, Weather change, Fatigue")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Red flags: One calf swollen, warm, red or tender")));
}

TEST(EpisodeMapping, NoRedFlagsSaysNone) {
    const AnswerSet a = mildFatigueSoreness();
    const Episode e =
        EpisodeMapping::toEpisode(checklist(), a, evaluate(a), QDateTime::currentDateTime(), QStringLiteral("en"));
    EXPECT_TRUE(EpisodeMapping::describe(e).contains(QStringLiteral("Red flags: none")));
    EXPECT_TRUE(e.redFlags.isEmpty());
}
