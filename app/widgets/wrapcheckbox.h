#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace spinesignal::ui {

/// A check box whose long text wraps (QCheckBox cannot): the red-flag questions are full sentences.
/// Clicking the text toggles the box, as with a normal check box.
class WrapCheckBox : public QWidget {
    Q_OBJECT
public:
    explicit WrapCheckBox(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    bool isChecked() const;
    void setChecked(bool checked);
    QCheckBox* checkBox() const { return m_box; }

Q_SIGNALS:
    void toggled(bool checked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCheckBox* m_box;
    QLabel* m_label;
};

}  // namespace spinesignal::ui
