#include "learn/illustrations/exerciseillustration.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QResizeEvent>

namespace spinesignal::ui {

namespace {
constexpr int kSideBySideWidth = 860;  // below this the cautions go under the steps
constexpr int kCautionWidth = 230;
}  // namespace

ExerciseIllustration::ExerciseIllustration(ExerciseCanvas::Kind kind, QWidget* parent)
    : QWidget(parent),
      m_canvas(new ExerciseCanvas(kind, this)),
      m_cautionBox(new QFrame(this)),
      m_cautions(new QLabel(m_cautionBox)),
      m_layout(new QBoxLayout(QBoxLayout::TopToBottom, this)) {
    m_cautionBox->setObjectName(QStringLiteral("cautionBox"));
    m_cautions->setObjectName(QStringLiteral("cautions"));
    // A warm, calm box that reads the same on light and dark palettes.
    m_cautionBox->setStyleSheet(
        QStringLiteral("#cautionBox { background: #FFF6E5; border: 1px solid #E8C98F; border-left: 4px solid "
                       "#C77A12; border-radius: 8px; } #cautionBox QLabel { color: #3A2A10; background: "
                       "transparent; }"));
    m_cautions->setWordWrap(true);
    m_cautions->setTextFormat(Qt::RichText);
    m_cautions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* boxLayout = new QVBoxLayout(m_cautionBox);
    boxLayout->setContentsMargins(12, 10, 12, 10);
    boxLayout->addWidget(m_cautions);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
    m_layout->addWidget(m_canvas, 1, Qt::AlignTop);  // keeps its proportions beside a taller box
    m_layout->addWidget(m_cautionBox, 0, Qt::AlignTop);
    retranslate();
}

void ExerciseIllustration::resizeEvent(QResizeEvent* event) {
    const bool wide = event->size().width() >= kSideBySideWidth;
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        if (wide) {
            m_cautionBox->setFixedWidth(kCautionWidth);
        } else {
            m_cautionBox->setMinimumWidth(0);
            m_cautionBox->setMaximumWidth(QWIDGETSIZE_MAX);
        }
    }
    QWidget::resizeEvent(event);
}

void ExerciseIllustration::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ExerciseIllustration::retranslate() {
    const QString heading = tr("Before you start");
    const QString why =
        tr("Stronger lower-back muscles steady the lumbar spine and make a disc "
           "herniation less likely.");
    const QString acute = tr("Not during the acute phase.");
    const QString special =
        tr("Pregnant people and people with spondylolisthesis: only under a "
           "doctor’s guidance.");
    m_cautions->setText(
        QStringLiteral("<p style='margin:0'><b>%1</b></p><p>%2</p>"
                       "<p style='margin-bottom:0'>⚠ <b>%3</b><br>⚠ <b>%4</b></p>")
            .arg(heading.toHtmlEscaped(), why.toHtmlEscaped(), acute.toHtmlEscaped(), special.toHtmlEscaped()));
    m_cautions->setAccessibleName(heading);
    m_cautions->setAccessibleDescription(why + QLatin1Char(' ') + acute + QLatin1Char(' ') + special);
    setAccessibleName(m_canvas->title());
    setAccessibleDescription(m_canvas->description() + QLatin1Char(' ') + acute + QLatin1Char(' ') + special);
}

}  // namespace spinesignal::ui
