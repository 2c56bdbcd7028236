#pragma once

#include "domain/enums.h"
#include "domain/enumset.h"

#include <QFrame>

class QLabel;

namespace spinesignal::ui {

/// The urgent advice shown the moment a red flag is ticked (PRODUCT.md §3): a red-bordered panel
/// with a plain heading (emergency department now, or a doctor today) and the advice per flag.
/// Calm wording, but impossible to miss; hidden while no flag is ticked.
class RedFlagPanel : public QFrame {
    Q_OBJECT
public:
    explicit RedFlagPanel(QWidget* parent = nullptr);

    void setFlags(EnumSet<RedFlag> flags);
    EnumSet<RedFlag> flags() const { return m_flags; }
    /// The heading and advice currently shown (for tests and screen readers).
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    EnumSet<RedFlag> m_flags;
    QLabel* m_heading;
    QLabel* m_advice;
};

}  // namespace spinesignal::ui
