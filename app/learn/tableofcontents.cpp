#include "learn/tableofcontents.h"

#include "content/contentcatalogue.h"

#include <QHeaderView>

namespace spinesignal::ui {

TableOfContents::TableOfContents(QWidget* parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("learnToc"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setIndentation(16);
    setUniformRowHeights(false);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT sectionChosen(item->data(0, Qt::UserRole).toString()); });
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { Q_EMIT sectionChosen(item->data(0, Qt::UserRole).toString()); });
}

void TableOfContents::setTitles(const QHash<QString, QString>& titles, const QFont& font) {
    const QSignalBlocker blocker(this);
    clear();
    setFont(font);
    QHash<QString, QTreeWidgetItem*> items;
    for (const ContentCatalogue::Section& section : ContentCatalogue::sections()) {
        QTreeWidgetItem* parent = items.value(section.parent);
        auto* item = parent != nullptr ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, titles.value(section.id, section.id));
        item->setToolTip(0, item->text(0));
        item->setData(0, Qt::UserRole, section.id);
        items.insert(section.id, item);
    }
    expandAll();
}

void TableOfContents::select(const QString& sectionId) {
    const QSignalBlocker blocker(this);
    for (QTreeWidgetItemIterator it(this); *it != nullptr; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == sectionId) {
            setCurrentItem(*it);
            scrollToItem(*it);
            return;
        }
    }
}

}  // namespace spinesignal::ui
