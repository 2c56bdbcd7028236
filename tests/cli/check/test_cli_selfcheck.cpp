#include "../clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using spinesignal::testing::runCli;

namespace {

const char* const kNoRedFlags =
    R"("bladder_bowel_sexual": false, "saddle_numbness": false, "spread_to_both_legs": false,
       "worsening_weakness": false, "muscle_wasting": false, "calf_swollen_warm": false,
       "fever_weight_loss": false)";

class SelfCheckCli : public ::testing::Test {
protected:
    QString write(const QByteArray& content) {
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("answers%1.json").arg(++m_n));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
    spinesignal::testing::CliResult check(const QByteArray& content, const QString& lang = QStringLiteral("en")) {
        return runCli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--lang"), lang,
                       QStringLiteral("--self-check"), write(content)});
    }
    static QJsonObject parse(const QString& out) {
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError) << out.toStdString();
        return doc.object();
    }
    QTemporaryDir m_dir;
    int m_n = 0;
};

}  // namespace

TEST_F(SelfCheckCli, RecurringRadiatingNumbnessIsSeeADoctorInEnglish) {
    auto r = check(QByteArray(R"({"radiating_pain": 6, "numbness": 5, "recurring_2w": true, "side": "left", )") +
                   kNoRedFlags + "}");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = parse(r.out);
    EXPECT_EQ(o.value(QStringLiteral("tier")).toString(), QStringLiteral("see_doctor"));
    const QJsonArray depts = o.value(QStringLiteral("departments")).toArray();
    EXPECT_TRUE(depts.contains(QStringLiteral("orthopaedics")));
    EXPECT_TRUE(depts.contains(QStringLiteral("neurology")));
    EXPECT_TRUE(o.value(QStringLiteral("fired")).toArray().contains(QStringLiteral("recurring_radiating_numbness")));
    const QJsonObject first = o.value(QStringLiteral("rules")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("recurring_radiating_numbness"));
    EXPECT_TRUE(first.value(QStringLiteral("text")).toString().contains(QStringLiteral("nerve root")));
}

TEST_F(SelfCheckCli, SentencesFollowLangAndRedFlagIsUrgent) {
    auto r = check(R"({"saddle_numbness": true})", QStringLiteral("zh_CN"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = parse(r.out);
    EXPECT_EQ(o.value(QStringLiteral("tier")).toString(), QStringLiteral("urgent"));
    EXPECT_EQ(o.value(QStringLiteral("department_names")).toArray().at(0).toString(), QStringLiteral("急诊科"));
    const QString text =
        o.value(QStringLiteral("rules")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("急诊"))) << text.toStdString();
}

TEST_F(SelfCheckCli, MildFatigueSorenessIsSelfCare) {
    auto r = check(QByteArray(
                       R"({"soreness": 2, "numbness": 0, "radiating_pain": 0, "weakness": 0, "back_pain": 0,
                                 "worse_fatigue": true, "frequency": "occasional", "eases_with_rest": true,
                                 "recurring_2w": false, )") +
                       kNoRedFlags + "}",
                   QStringLiteral("zh_CN"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = parse(r.out);
    EXPECT_EQ(o.value(QStringLiteral("tier")).toString(), QStringLiteral("self_care"));
    EXPECT_TRUE(o.value(QStringLiteral("fired")).toArray().contains(QStringLiteral("mild_occasional_soreness")));
    EXPECT_TRUE(o.value(QStringLiteral("departments")).toArray().isEmpty());
}

TEST_F(SelfCheckCli, EmptyAnswersAreIncompleteNotAResult) {
    auto r = check("{}");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = parse(r.out);
    EXPECT_EQ(o.value(QStringLiteral("tier")).toString(), QStringLiteral("incomplete"));
    EXPECT_TRUE(o.value(QStringLiteral("fired")).toArray().isEmpty());
    EXPECT_TRUE(o.value(QStringLiteral("missing")).toArray().contains(QStringLiteral("soreness")));
}

TEST_F(SelfCheckCli, UnknownIdsAndWrongKindsAreExitTwoNamingThem) {
    auto r = check(R"({"sorness": 3, "tingling": "yes", "weakness": 12})");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    for (const char* named : {"sorness", "tingling", "weakness"}) {
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(named))) << r.err.toStdString();
    }
    auto notJson = check("soreness=3");
    EXPECT_EQ(notJson.exitCode, 2);
    auto array = check("[1, 2]");
    EXPECT_EQ(array.exitCode, 2);
}

TEST_F(SelfCheckCli, UnreadableFileIsExitOne) {
    const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("nope.json"));
    auto r = runCli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--self-check"), missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(missing)) << r.err.toStdString();
}

TEST_F(SelfCheckCli, RunsWithoutADisplay) {
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               QStringLiteral("xcb"));  // would fail if a GUI were made
    auto r = runCli({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--self-check"),
                     write(R"({"muscle_wasting": true})")},
                    env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"urgent\"")));
}
