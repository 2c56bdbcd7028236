#pragma once

#include "domain/episode.h"

#include <QList>

namespace spinesignal::testing {

/// A small fixed month (2024-03-01 … 2024-03-30) whose page-1 figures are worked out by hand in
/// test_summarybuilder.cpp, plus one entry after the period that must be ignored.
QList<Episode> marchEntries();

}  // namespace spinesignal::testing
