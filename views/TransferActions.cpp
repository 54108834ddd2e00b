#include "TransferActions.h"

#include "ApiClient.h"
#include "ChangeSetApplier.h"
#include "ChangeSetDialog.h"
#include "JournalRecorder.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferenceEntry.h"
#include "PreferenceFile.h"
#include "PreferenceModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSaveFile>
#include <QStatusBar>

namespace {

QString s_nextFileName;
bool s_hasNextFileName = false;

} // namespace

TransferActions::TransferActions(MainWindow *window, ApiClient *client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    setObjectName(QStringLiteral("transferActions"));
    m_export = new QAction(tr("&Export…"), window);
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setToolTip(tr("Save the open user's preferences to a file"));
    connect(m_export, &QAction::triggered, this, &TransferActions::exportPreferences);
    m_import = new QAction(tr("&Import…"), window);
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setToolTip(tr("Write the preferences of a file into the open user's, after a "
                            "preview"));
    connect(m_import, &QAction::triggered, this, &TransferActions::importPreferences);

    if (QMenu *file = window->findChild<QMenu *>(QStringLiteral("menuFile"))) {
        QAction *first = file->actions().value(0);
        file->insertAction(first, m_export);
        file->insertAction(first, m_import);
        file->insertSeparator(first);
        connect(file, &QMenu::aboutToShow, this, &TransferActions::updateActions);
    }
}

void TransferActions::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNextFileName = true;
}

void TransferActions::updateActions()
{
    const bool ready = m_window->currentUser().id != 0 && !m_window->preferenceModel()->isLoading();
    m_export->setEnabled(ready);
    m_import->setEnabled(ready);
}

QString TransferActions::askFileName(QFileDialog::AcceptMode mode, const QString &suggested)
{
    if (s_hasNextFileName) {
        s_hasNextFileName = false;
        return std::exchange(s_nextFileName, QString());
    }
    const QString filter = tr("Preference files (*.json)");
    if (mode == QFileDialog::AcceptSave)
        return QFileDialog::getSaveFileName(
            m_window, tr("Export Preferences"), QDir::home().filePath(suggested), filter);
    return QFileDialog::getOpenFileName(
        m_window, tr("Import Preferences"), QDir::homePath(), filter);
}

bool TransferActions::allLoaded()
{
    const PreferenceModel *model = m_window->preferenceModel();
    if (m_window->currentUser().id != 0 && !model->isLoading() && model->expectedCount() >= 0)
        return true;
    MessageBox::warning(m_window, tr("Preferences Not Loaded"),
        tr("The preferences are not loaded yet. Wait until they are, or press F5."));
    return false;
}

void TransferActions::exportPreferences()
{
    if (!allLoaded())
        return;
    const UserInfo user = m_window->currentUser();
    const QString fileName = askFileName(
        QFileDialog::AcceptSave, QStringLiteral("preferences-%1.json").arg(user.username));
    if (fileName.isEmpty())
        return;

    const PreferenceModel *model = m_window->preferenceModel();
    PreferenceFile file;
    file.server = m_client ? m_client->baseUrl() : QUrl();
    file.userId = user.id;
    file.username = user.username;
    file.exportedAt = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < model->rowCount(); ++row)
        file.preferences.append({model->preferenceAt(row).key, model->preferenceAt(row).value});

    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.toJson()) < 0 || !out.commit()) {
        MessageBox::warning(m_window, tr("Export Preferences"),
            tr("The preferences could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(fileName), out.errorString()));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %n preference(s) of %1 to %2.", nullptr, int(file.preferences.size()))
            .arg(user.username, QDir::toNativeSeparators(fileName)),
        8000);
}

void TransferActions::importPreferences()
{
    if (!allLoaded())
        return;
    const QString fileName = askFileName(QFileDialog::AcceptOpen, QString());
    if (fileName.isEmpty())
        return;
    QFile in(fileName);
    if (!in.open(QIODevice::ReadOnly)) {
        MessageBox::warning(m_window, tr("Import Preferences"),
            tr("%1 could not be read: %2")
                .arg(QDir::toNativeSeparators(fileName), in.errorString()));
        return;
    }
    QString error;
    const std::optional<PreferenceFile> file = PreferenceFile::parse(in.readAll(), &error);
    if (!file) { // refused before anything is sent
        MessageBox::warning(m_window, tr("Import Preferences"),
            tr("%1 cannot be imported. %2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }

    PreferenceModel *model = m_window->preferenceModel();
    QList<Preference> current;
    for (int row = 0; row < model->rowCount(); ++row)
        current.append(model->preferenceAt(row));
    auto *dialog = new ChangeSetDialog(m_client, model->user(), m_window->currentUser(),
        m_window->account(), file->preferences, current, m_window);
    dialog->setSourceName(QDir::toNativeSeparators(fileName));
    dialog->setRecorder(m_window->journalRecorder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeSetDialog::applied, model, &PreferenceModel::reload);
    dialog->open();
}
