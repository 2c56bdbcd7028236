#include "startup/languagemanager.h"

#include "report/reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace spinesignal::ui {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {
}

QString LanguageManager::systemLanguage() {
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageManager::choose(const QString& requested, const QString& saved) {
    for (const QString& candidate : {requested, saved}) {
        if (candidate == QLatin1String("zh_CN") || candidate == QLatin1String("en")) {
            return candidate;
        }
    }
    return systemLanguage();
}

void LanguageManager::apply(const QString& language) {
    if (language == m_current) {
        return;
    }
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // The English source strings are complete; spinesignal_en only adds plural forms.
    if (m_app.load(QStringLiteral(":/i18n/spinesignal_") + language)) {
        QCoreApplication::installTranslator(&m_app);
    }
    if (language == QLatin1String("zh_CN") &&
        m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    // Above the window's translators, so a report in the other language can be built on a worker
    // thread without switching the window's.
    ReportLanguage::installRouter();
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    m_current = language;
    Q_EMIT changed(language);
}

}  // namespace spinesignal::ui
