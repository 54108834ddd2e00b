#pragma once

#include <QMainWindow>

// The editor's main window. Issue "The desktop editor" fills it in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
