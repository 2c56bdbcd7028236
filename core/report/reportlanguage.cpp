#include "report/reportlanguage.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <utility>

namespace spinesignal {

namespace {

/// The report translator of the current thread, if it has one.
thread_local const QTranslator* t_reportTranslator = nullptr;
std::atomic<bool> g_routerInstalled{false};

/// Installed once on top of the application's translators: on a thread that is building a report
/// it answers from that report's translator, elsewhere it answers nothing and the window's
/// translators below it are asked as usual.
class Router final : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override {
        const QTranslator* translator = t_reportTranslator;
        return translator != nullptr ? translator->translate(context, sourceText, disambiguation, n) : QString();
    }
    // "Empty" so that installing it sends no LanguageChange: by itself it changes no text.
    bool isEmpty() const override { return true; }
};

Router& router() {
    static Router instance;  // one for the application, like the translators it sits on
    return instance;
}

}  // namespace

void ReportLanguage::installRouter() {
    if (QCoreApplication::instance() == nullptr) {
        return;
    }
    QCoreApplication::removeTranslator(&router());
    QCoreApplication::installTranslator(&router());
    g_routerInstalled.store(true);
}

ReportLanguage::ReportLanguage(const QString& language, const QString& current) : m_language(normalised(language)) {
    if (m_language == normalised(current) || QCoreApplication::instance() == nullptr) {
        return;
    }
    // The compiled catalogues are embedded in the application (see
    // translations/translations.cmake); the English one repeats every source string, so it also
    // overrides Chinese translators below it.
    if (!m_translator.load(QStringLiteral(":/i18n/spinesignal_") + m_language)) {
        return;
    }
    if (g_routerInstalled.load()) {
        m_previous = std::exchange(t_reportTranslator, &m_translator);
        m_routed = true;
    } else if (QThread::currentThread() == QCoreApplication::instance()->thread()) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
}

ReportLanguage::~ReportLanguage() {
    if (m_routed) {
        t_reportTranslator = m_previous;
    }
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

QString ReportLanguage::normalised(const QString& language) {
    return language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

}  // namespace spinesignal
