#pragma once

#include <QFileDialog>
#include <QObject>
#include <QPointer>

class ApiClient;
class MainWindow;
class QAction;

// File > Export… and File > Import… for the preferences open in the main
// window. Export writes them to a file (PreferenceFile); import reads one,
// refuses a bad file before anything is sent, and shows the plan in an
// ChangeSetDialog, which applies it as one journaled batch.
class TransferActions : public QObject
{
    Q_OBJECT

public:
    // Adds the actions to window's File menu.
    TransferActions(MainWindow *window, ApiClient *client);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // Tests: the next file dialog is not shown and answers fileName.
    static void setNextFileName(const QString &fileName);

    void exportPreferences();
    void importPreferences();

private:
    QString askFileName(QFileDialog::AcceptMode mode, const QString &suggested);
    bool allLoaded();
    void updateActions();

    MainWindow *m_window;
    QPointer<ApiClient> m_client;
    QAction *m_export;
    QAction *m_import;
};
