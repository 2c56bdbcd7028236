#include "appfixture.h"

#include <QDir>

namespace spinesignal::testing {

AppFixture::AppFixture()
    : m_settings(std::make_unique<QSettings>(QDir(m_store.dir()).filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat)) {
    m_language.apply(QStringLiteral("en"));
    m_context = std::make_unique<ui::AppContext>(
        ui::AppContext{m_store.database(), m_store.episodes(), *m_settings, m_language, m_navigator, m_store.dir()});
}

AppFixture::~AppFixture() = default;

}  // namespace spinesignal::testing
