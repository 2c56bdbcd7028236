#include "report/reportlanguage.h"

#include <QCoreApplication>

namespace spinesignal {

ReportLanguage::ReportLanguage(const QString& language, const QString& current) : m_language(normalised(language)) {
    if (m_language == normalised(current) || QCoreApplication::instance() == nullptr) {
        return;
    }
    // The compiled catalogues are embedded in the application (see
    // translations/translations.cmake); the English one repeats every source string, so it also
    // overrides Chinese translators below it.
    if (m_translator.load(QStringLiteral(":/i18n/spinesignal_") + m_language)) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
}

ReportLanguage::~ReportLanguage() {
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
    }
}

QString ReportLanguage::normalised(const QString& language) {
    return language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

}  // namespace spinesignal
