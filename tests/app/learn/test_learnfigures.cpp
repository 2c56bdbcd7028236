// Every illustration the content places must exist as a drawn widget, so no reader ever meets the
// caption-only placeholder in a shipped build.
#include "appfixture.h"

#include "content/contentcatalogue.h"
#include "learn/illustrations/illustrationfactory.h"

#include <QWidget>

#include <memory>

using namespace spinesignal;

namespace {
class LearnFigures : public spinesignal::testing::AppFixture {};
}  // namespace

TEST_F(LearnFigures, EveryIllustrationIdInTheContentIsDrawn) {
    for (const QString& id : ContentCatalogue::illustrationIds()) {
        std::unique_ptr<QWidget> widget(ui::createIllustration(id, context(), nullptr));
        EXPECT_NE(widget, nullptr) << id.toStdString();
    }
    EXPECT_EQ(ui::createIllustration(QStringLiteral("no-such-figure"), context(), nullptr), nullptr);
}
