#include "cli/selfcheckcommand.h"

#include "checklist/answerset.h"
#include "checklist/checklist.h"
#include "checklist/ruleengine.h"
#include "checklist/selfchecktexts.h"
#include "cli/clisupport.h"
#include "startup/startup.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace spinesignal::ui {

namespace {
const QString kOption = QStringLiteral("self-check");
}

QList<QCommandLineOption> SelfCheckCommand::options() const {
    return {QCommandLineOption(kOption,
                               tr("Run the self-check on the answers in FILE (a JSON object: question id → "
                                  "value) and print the result as JSON."),
                               QStringLiteral("FILE"))};
}

bool SelfCheckCommand::isRequested(const QCommandLineParser& parser) const {
    return parser.isSet(kOption);
}

int SelfCheckCommand::run(const CliContext& context) {
    const QString path = context.parser.value(kOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printErrorLine(tr("Cannot read the answers file %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        printErrorLine(tr("The answers file %1 is not a JSON object of question ids and answers (%2).")
                           .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                   : tr("not an object")));
        return ExitUsage;
    }
    auto checklist = Checklist::loadEmbedded();
    if (!checklist) {
        printErrorLine(checklist.error().message);
        return ExitFailure;
    }
    auto answers = AnswerSet::fromJson(doc.object(), *checklist.value());
    if (!answers) {
        printErrorLine(tr("The answers file %1 has problems: %2").arg(path, answers.error().message));
        return exitCodeFor(answers.error());
    }
    const CheckResult result = RuleEngine(*checklist.value()).evaluate(answers.value());
    QJsonObject out = result.toJson(*checklist.value(), context.language);
    out.insert(QStringLiteral("tier_title"), SelfCheckTexts::tierTitle(result.tier));
    out.insert(QStringLiteral("disclaimer"), tr("Guidance for education, not a diagnosis."));
    // UTF-8 whatever the locale, so Chinese sentences survive a C locale.
    const QByteArray line = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fflush(stdout);
    return ExitSuccess;
}

}  // namespace spinesignal::ui
