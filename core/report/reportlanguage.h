#pragma once

#include <QString>
#include <QTranslator>

namespace spinesignal {

/// Switches translations to the report's language for as long as it lives, so the doctor summary
/// can be in Chinese while the window is in English (or the other way round). It installs the
/// report language's translator on top of the others and removes it again; when the report language
/// is the one already in use it does nothing (no LanguageChange events at all).
class ReportLanguage final {
public:
    /// `language` and `current` are "zh_CN" or "en".
    ReportLanguage(const QString& language, const QString& current);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    QString language() const { return m_language; }
    bool isChinese() const { return m_language == QLatin1String("zh_CN"); }
    /// "zh_CN" for anything Chinese, otherwise "en".
    static QString normalised(const QString& language);

private:
    QString m_language;
    QTranslator m_translator;
    bool m_installed = false;
};

}  // namespace spinesignal
