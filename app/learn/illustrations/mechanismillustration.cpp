#include "learn/illustrations/mechanismillustration.h"

#include "learn/illustrations/mechanismcanvas.h"
#include "mainwindow/appcontext.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QVariantAnimation>

namespace spinesignal::ui {

namespace {
constexpr int kAnimationMs = 4500;  // long enough to follow, short enough not to distract
}

MechanismIllustration::MechanismIllustration(MechanismCanvas* canvas, AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_canvas(canvas),
      m_healthy(new QPushButton(this)),
      m_herniated(new QPushButton(this)),
      m_play(new QPushButton(this)),
      m_motionNote(new QLabel(this)),
      m_caption(new QLabel(this)),
      m_animation(new QVariantAnimation(this)) {
    m_canvas->setParent(this);
    m_healthy->setObjectName(QStringLiteral("healthyButton"));
    m_herniated->setObjectName(QStringLiteral("herniatedButton"));
    m_play->setObjectName(QStringLiteral("playButton"));
    m_motionNote->setObjectName(QStringLiteral("motionNote"));
    m_caption->setObjectName(QStringLiteral("caption"));
    for (QPushButton* button : {m_healthy, m_herniated}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
    }
    m_healthy->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(m_healthy);
    group->addButton(m_herniated);
    connect(m_herniated, &QPushButton::toggled, this, &MechanismIllustration::setHerniated);

    m_motionNote->setWordWrap(true);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kAnimationMs);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { m_canvas->setPhase(value.toReal(), true); });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_canvas->setPhase(0, false);
        m_play->setEnabled(!m_reduceMotion);
    });
    connect(m_play, &QPushButton::clicked, this, &MechanismIllustration::play);
    connect(m_canvas, &MechanismCanvas::descriptionChanged, this, [this] {
        m_caption->setText(m_canvas->description());
        setAccessibleDescription(m_canvas->description());
    });

    auto* controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_healthy);
    controls->addWidget(m_herniated);
    controls->addSpacing(12);
    controls->addWidget(m_play);
    controls->addWidget(m_motionNote, 1);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_canvas);
    layout->addLayout(controls);
    layout->addWidget(m_caption);

    applyMotionSetting();
    retranslate();
}

void MechanismIllustration::setHerniated(bool herniated) {
    m_canvas->setHerniated(herniated);
    // Keep the toggle in step when called from code.
    (herniated ? m_herniated : m_healthy)->setChecked(true);
}

void MechanismIllustration::play() {
    applyMotionSetting();
    if (m_reduceMotion) {
        return;
    }
    m_animation->stop();
    m_play->setEnabled(false);
    m_animation->start();
}

bool MechanismIllustration::isAnimating() const {
    return m_animation->state() == QAbstractAnimation::Running;
}

void MechanismIllustration::applyMotionSetting() {
    m_reduceMotion = m_context.settings.value(QStringLiteral("ui/reduceMotion"), false).toBool();
    if (m_reduceMotion && isAnimating()) {
        m_animation->stop();
        m_canvas->setPhase(0, false);
    }
    m_play->setEnabled(!m_reduceMotion && !isAnimating());
    m_motionNote->setVisible(m_reduceMotion);
}

void MechanismIllustration::showEvent(QShowEvent* event) {
    applyMotionSetting();  // the setting may have changed while the page was hidden
    QWidget::showEvent(event);
}

void MechanismIllustration::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MechanismIllustration::retranslate() {
    m_healthy->setText(tr("Healthy"));
    m_herniated->setText(tr("Herniated"));
    m_healthy->setToolTip(tr("Show a healthy disc"));
    m_herniated->setToolTip(tr("Show a herniated disc"));
    m_play->setText(tr("▶ Play animation"));
    m_play->setAccessibleName(tr("Play animation"));
    m_motionNote->setText(
        tr("Animation off: “Reduce motion” is on in Settings. The picture shows "
           "the same in a still."));
    m_caption->setText(m_canvas->description());
    setAccessibleName(m_canvas->title());
    setAccessibleDescription(m_canvas->description());
}

}  // namespace spinesignal::ui
