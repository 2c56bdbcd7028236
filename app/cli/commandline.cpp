#include "cli/commandline.h"

#include <QCommandLineParser>

namespace spinesignal::ui {

CommandLine CommandLineParser::parse(const QStringList& arguments) {
    CommandLine out;
    out.parser = std::make_shared<QCommandLineParser>();
    QCommandLineParser& parser = *out.parser;
    parser.setApplicationDescription(
        tr("SpineSignal: learn why calves and feet can feel sore, heavy or weak, check your symptoms, "
           "keep a log and take a summary to your doctor. Education, not diagnosis."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Keep the data in DIR instead of the usual place (also: the "
                                        "SPINESIGNAL_DATA_DIR environment variable)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                        tr("Show the main window, print the milliseconds from process start "
                                           "to its first paint, and exit (for start-up benchmarks)."));
    parser.addOptions({help, version, dataDir, lang, firstPaint});
    out.commands = allCliCommands();
    for (const auto& command : out.commands) {
        parser.addOptions(command->options());
    }

    if (!parser.parse(arguments)) {
        out.action = CommandLine::Action::Usage;
        out.usageError = parser.errorText();
        return out;
    }
    // Parsed before any QCoreApplication exists, so Qt cannot know the program's name yet.
    out.helpText = parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("spinesignal"));
    if (parser.isSet(help)) {
        out.action = CommandLine::Action::PrintHelp;
        return out;
    }
    if (parser.isSet(version)) {
        out.action = CommandLine::Action::PrintVersion;
        return out;
    }
    out.dataDir = parser.value(dataDir);
    if (parser.isSet(lang)) {
        out.language = parser.value(lang);
        if (out.language != QLatin1String("zh_CN") && out.language != QLatin1String("en")) {
            out.action = CommandLine::Action::Usage;
            out.usageError = tr("Unknown language \"%1\": use zh_CN or en.").arg(out.language);
            return out;
        }
    }
    out.quitAfterFirstPaint = parser.isSet(firstPaint);
    if (!parser.positionalArguments().isEmpty()) {
        out.action = CommandLine::Action::Usage;
        out.usageError = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return out;
    }
    for (const auto& command : out.commands) {
        if (command->isRequested(parser)) {
            if (out.headless != nullptr) {
                out.action = CommandLine::Action::Usage;
                out.usageError = tr("Give one command at a time.");
                return out;
            }
            out.headless = command.get();
        }
    }
    if (out.headless != nullptr) {
        out.action = CommandLine::Action::RunHeadless;
    }
    return out;
}

}  // namespace spinesignal::ui
