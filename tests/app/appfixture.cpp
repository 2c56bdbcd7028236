#include "appfixture.h"

#include "chartpages/linkedchartpages.h"

#include <QDir>

namespace spinesignal::testing {

AppFixture::AppFixture()
    : m_settings(std::make_unique<QSettings>(QDir(m_store.dir()).filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat)) {
    // The executable loads Trends and Doctor summary from a module; the tests link them in.
    ui::installLinkedChartPages();
    m_language.apply(QStringLiteral("en"));
    m_context = std::make_unique<ui::AppContext>(
        ui::AppContext{m_store.database(), m_store.episodes(), *m_settings, m_language, m_navigator, m_store.dir()});
}

AppFixture::~AppFixture() = default;

}  // namespace spinesignal::testing
