#pragma once

#include <QHash>
#include <QTreeWidget>

namespace spinesignal::ui {

/// The sections as a tree (the mechanisms under their overview), the current one selected.
class TableOfContents final : public QTreeWidget {
    Q_OBJECT
public:
    explicit TableOfContents(QWidget* parent = nullptr);

    /// Rebuilds the tree in catalogue order with these short titles (section id → title).
    void setTitles(const QHash<QString, QString>& titles, const QFont& font);
    void select(const QString& sectionId);

Q_SIGNALS:
    void sectionChosen(const QString& sectionId);
};

}  // namespace spinesignal::ui
