#include "cli/clisupport.h"

#include "startup/startup.h"
#include "storage/datalocation.h"

#include <QCoreApplication>

#include <cstdio>

namespace spinesignal::ui {

void printResultLine(const QString& line) {
    std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErrorLine(const QString& message) {
    std::fputs((QStringLiteral("spinesignal: ") + message + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

Result<std::unique_ptr<Database>> openStoreForCli(const CliContext& context) {
    if (Status s = DataLocation::ensureDirectory(context.dataDir); !s) {
        return s.error();
    }
    return Database::open(DataLocation::databasePath(context.dataDir));
}

Result<std::optional<QDate>> parseDateOption(const QCommandLineParser& parser, const QString& option) {
    if (!parser.isSet(option)) {
        return std::optional<QDate>();
    }
    const QString value = parser.value(option);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid() || value.size() != 10) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("spinesignal::ui::CliSupport",
                                                 "--%1 %2 is not a real date in the form YYYY-MM-DD.")
                         .arg(option, value)};
    }
    return std::optional<QDate>(date);
}

int exitCodeFor(const Error& error) {
    return error.kind == Error::Kind::Invalid ? ExitUsage : ExitFailure;
}

}  // namespace spinesignal::ui
