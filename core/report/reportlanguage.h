#pragma once

#include <QString>
#include <QTranslator>

namespace spinesignal {

/// Switches translations to the report's language for as long as it lives, so the doctor summary
/// can be in Chinese while the window is in English (or the other way round). When the report
/// language is the one already in use it does nothing.
///
/// Once installRouter() has run (LanguageManager does it), the switch holds for the calling thread
/// only: a report can then be built and painted on a worker thread while the window keeps its
/// language, and no LanguageChange event is sent at all. Without the router (a bare test) it
/// installs the report language's translator for the whole application, which only the main thread
/// may do; on another thread it then leaves the language as it is.
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

    /// Puts the translator that serves a thread's report language on top of those installed. Call
    /// on the main thread after installing the window's translators (each install goes on top).
    static void installRouter();

private:
    QString m_language;
    QTranslator m_translator;
    bool m_installed = false;
    bool m_routed = false;
    const QTranslator* m_previous = nullptr;  ///< this thread's report translator before this one
};

}  // namespace spinesignal
