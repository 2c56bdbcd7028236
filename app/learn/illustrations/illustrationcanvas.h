#pragma once

#include <QSizeF>
#include <QWidget>

class QPainter;

namespace spinesignal::ui {

/// Base of every drawn picture: paints its own light card and a vector scene of fixed proportions
/// scaled to the widget's width, so it stays crisp at any size and device pixel ratio. Subclasses
/// draw in scene units and describe the picture in words for screen readers.
class IllustrationCanvas : public QWidget {
    Q_OBJECT
public:
    IllustrationCanvas(QSizeF sceneSize, QWidget* parent);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Refreshes the accessible name and description (after a language or state change).
    void updateAccessibleText();

    /// Short name of the picture, in the current language.
    virtual QString title() const = 0;
    /// What the picture shows, in words, in its current state (for screen readers and captions).
    virtual QString description() const = 0;

Q_SIGNALS:
    /// The words describing the picture changed (language or state).
    void descriptionChanged();

protected:
    /// Draws the scene; the painter is already scaled to scene units.
    virtual void paintScene(QPainter& p) = 0;

    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QSizeF m_scene;
    bool m_keyboardFocus = false;  // the focus ring is for keyboard users, not for every click
};

}  // namespace spinesignal::ui
