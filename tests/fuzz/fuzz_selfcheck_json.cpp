// libFuzzer target: any bytes given as a self-check answers file (`spinesignal --self-check FILE`)
// are parsed, checked against the embedded checklist and evaluated, or refused with a message; never
// a crash. Accepted answers survive a toJson/fromJson round trip unchanged.
//
//   build/fuzz/tests/fuzz/fuzz_selfcheck_json -max_total_time=60 tests/data/fuzz/selfcheck_json
#include "checklist/answerset.h"
#include "checklist/checklist.h"
#include "checklist/checkresult.h"
#include "checklist/ruleengine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace spinesignal;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return 0;
    }
    const Checklist& checklist = Checklist::embedded();
    auto answers = AnswerSet::fromJson(doc.object(), checklist);
    if (!answers) {
        if (answers.error().message.isEmpty()) {
            std::fprintf(stderr, "a refusal without a message\n");
            std::abort();
        }
        return 0;
    }
    const CheckResult result = RuleEngine(checklist).evaluate(answers.value());
    (void)result.toJson(checklist, QStringLiteral("zh_CN"));
    auto again = AnswerSet::fromJson(answers.value().toJson(), checklist);
    if (!again || !(again.value() == answers.value())) {
        std::fprintf(stderr, "answers changed in a round trip\n");
        std::abort();
    }
    return 0;
}
