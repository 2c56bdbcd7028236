#include "storage/datalocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spinesignal;

TEST(DataLocation, CommandLineWinsOverEnvironment) {
    qputenv(DataLocation::kEnvironmentVariable, "/tmp/from-env");
    EXPECT_EQ(DataLocation::resolveDirectory(QStringLiteral("/tmp/from-cli")), QStringLiteral("/tmp/from-cli"));
    EXPECT_EQ(DataLocation::resolveDirectory(QString()), QStringLiteral("/tmp/from-env"));
    qunsetenv(DataLocation::kEnvironmentVariable);
    EXPECT_FALSE(DataLocation::resolveDirectory(QString()).isEmpty());
    EXPECT_NE(DataLocation::resolveDirectory(QString()), QStringLiteral("/tmp/from-env"));
}

TEST(DataLocation, CreatesThePrivateDirectory) {
    QTemporaryDir parent;
    const QString dir = QDir(parent.path()).filePath(QStringLiteral("a/b"));
    ASSERT_TRUE(DataLocation::ensureDirectory(dir));
    EXPECT_TRUE(QFileInfo(dir).isDir());
    EXPECT_EQ(QFile::permissions(dir) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
              QFile::Permissions());
}

TEST(DataLocation, AFileInThePlaceOfTheFolderIsAnError) {
    QTemporaryDir parent;
    const QString path = QDir(parent.path()).filePath(QStringLiteral("file"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto s = DataLocation::ensureDirectory(path);
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(path));
}
