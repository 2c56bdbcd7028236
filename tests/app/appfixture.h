#pragma once

#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "startup/languagemanager.h"
#include "support/tempstore.h"

#include <QSettings>

#include <gtest/gtest.h>

#include <memory>

namespace spinesignal::testing {

/// A temporary store plus everything an area page needs (settings, language, navigator).
class AppFixture : public ::testing::Test {
protected:
    AppFixture();
    ~AppFixture() override;

    ui::AppContext& context() { return *m_context; }
    TempStore& store() { return m_store; }
    QSettings& settings() { return *m_settings; }

    TempStore m_store;
    std::unique_ptr<QSettings> m_settings;
    ui::LanguageManager m_language;
    ui::Navigator m_navigator;
    std::unique_ptr<ui::AppContext> m_context;
};

}  // namespace spinesignal::testing
