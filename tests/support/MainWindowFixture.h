#pragma once

class MainWindow;

// The steps every main-window test takes, with QtTest checks that fail the
// running test (the caller returns when QTest::currentTestFailed()).
namespace MainWindowFixture {

// What one test leaves behind for the next: the settings, and the answers
// and questions of MessageBox.
void clearSharedState();

// Resizes the window to 1000x700, shows it and waits until it is exposed and
// active.
void showActive(MainWindow &window);

// Waits (ten seconds at most) for the window's user and then for its first
// page of preferences and their count.
void waitForLoad(const MainWindow &window);

} // namespace MainWindowFixture
