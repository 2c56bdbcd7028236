#pragma once

#include <QJsonValue>
#include <QString>

namespace spinesignal {

/// A sentence of the checklist data in both languages. The data files carry both, so the command
/// line can answer in --lang without a translator and the two editions are reviewed side by side.
struct LocalizedText {
    QString en;
    QString zh;

    /// The text for "zh_CN" (or any "zh…") or else English.
    QString in(const QString& language) const { return language.startsWith(QLatin1String("zh")) ? zh : en; }
    bool isComplete() const { return !en.trimmed().isEmpty() && !zh.trimmed().isEmpty(); }

    static LocalizedText fromJson(const QJsonValue& value) {
        return {value[QLatin1String("en")].toString(), value[QLatin1String("zh_CN")].toString()};
    }
};

}  // namespace spinesignal
