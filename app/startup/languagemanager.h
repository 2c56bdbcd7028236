#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace spinesignal::ui {

/// Loads the translators for the chosen language and swaps them at run time. Widgets follow through
/// QEvent::LanguageChange; content that is not a tr() string (the article) listens to changed().
class LanguageManager final : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    /// "zh_CN" for Chinese system locales, "en" otherwise.
    static QString systemLanguage();
    /// Chooses the language: `requested` if given, else `saved`, else the system's.
    static QString choose(const QString& requested, const QString& saved);

    /// Installs the translators for "zh_CN" or "en"; emits changed() when it differs.
    void apply(const QString& language);
    QString current() const { return m_current; }
    bool isChinese() const { return m_current == QLatin1String("zh_CN"); }

Q_SIGNALS:
    void changed(const QString& language);

private:
    QString m_current;
    QTranslator m_app;
    QTranslator m_qt;
};

}  // namespace spinesignal::ui
