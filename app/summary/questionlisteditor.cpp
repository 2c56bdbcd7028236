#include "summary/questionlisteditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace spinesignal::ui {

QuestionListEditor::QuestionListEditor(QSettings& settings, QWidget* parent)
    : QWidget(parent),
      m_settings(settings),
      m_list(new QListWidget(this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)) {
    m_list->setObjectName(QStringLiteral("questions"));
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setMinimumHeight(80);
    m_list->setMaximumHeight(150);
    m_add->setObjectName(QStringLiteral("addQuestion"));
    m_remove->setObjectName(QStringLiteral("removeQuestion"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    const QStringList saved = m_settings.value(settingsKey()).toStringList();
    for (const QString& q : saved) {
        addQuestion(q);
    }
    connect(m_add, &QPushButton::clicked, this, [this] { addQuestion(tr("New question"), true); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        save();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] { save(); });
    retranslate();
}

QStringList QuestionListEditor::questions() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty()) {
            out.append(text);
        }
    }
    return out;
}

void QuestionListEditor::addQuestion(const QString& text, bool edit) {
    auto* item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker block(m_list);
        m_list->addItem(item);
    }
    save();
    if (edit) {
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    }
}

void QuestionListEditor::save() {
    // Kept at once: the list survives a crash or closing the app before the next visit.
    m_settings.setValue(settingsKey(), questions());
    m_settings.sync();
    Q_EMIT questionsChanged();
}

void QuestionListEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void QuestionListEditor::retranslate() {
    m_add->setText(tr("Add question"));
    m_remove->setText(tr("Remove"));
    m_list->setToolTip(tr("Double-click a question to change it."));
    m_list->setAccessibleName(tr("Questions for the doctor"));
    m_list->setAccessibleDescription(tr("F2 or double-click changes the selected question."));
}

}  // namespace spinesignal::ui
