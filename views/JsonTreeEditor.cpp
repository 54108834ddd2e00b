#include "JsonTreeEditor.h"

#include "JsonTreeCommands.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

using Column = JsonTreeModel::Column;
using Kind = ValueQuickEdit::Kind;

} // namespace

JsonTreeEditor::JsonTreeEditor(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_model(new JsonTreeModel(this))
    , m_view(new QTreeView(this))
    , m_delegate(new JsonTreeDelegate(this, this))
    , m_messageLabel(new QLabel(this))
    , m_typeMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("treePage"));
    buildUi();
    updateActions();
}

JsonTreeEditor::~JsonTreeEditor() = default;

void JsonTreeEditor::buildUi()
{
    m_view->setObjectName(QStringLiteral("jsonTree"));
    m_view->setAccessibleName(tr("Value as a tree"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformRowHeights(true); // thousands of rows lay out without measuring each
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(int(Column::Value), QHeaderView::Stretch);
    m_view->setColumnWidth(int(Column::Name), 180);
    m_view->setColumnWidth(int(Column::Type), 90);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showMessage({}); // a refusal was about the node left
        updateActions();
    });
    connect(m_model, &JsonTreeModel::valueEdited, this, [this] {
        updateActions();
        emit edited();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addActions({m_addAction, m_removeAction, m_renameAction, m_duplicateAction,
            m_moveUpAction, m_moveDownAction, m_typeAction});
        if (!m_contextActions.isEmpty()) {
            menu.addSeparator();
            menu.addActions(m_contextActions);
        }
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });

    m_addAction = makeAction("treeAddAction", tr("Add"),
        tr("Add a member to the object, or an element to the array (Insert)"), Qt::Key_Insert,
        &JsonTreeEditor::addNode);
    m_removeAction = makeAction("treeDeleteAction", tr("Delete"),
        tr("Delete the member or the element (Del)"), Qt::Key_Delete, &JsonTreeEditor::removeNode);
    m_renameAction = makeAction("treeRenameAction", tr("Rename"), tr("Rename the member (F2)"),
        Qt::Key_F2, &JsonTreeEditor::renameNode);
    m_duplicateAction =
        makeAction("treeDuplicateAction", tr("Duplicate"), tr("Add a copy right after it (Ctrl+D)"),
            Qt::CTRL | Qt::Key_D, &JsonTreeEditor::duplicateNode);
    m_moveUpAction = makeAction("treeMoveUpAction", tr("Move Up"),
        tr("Move it up one place (Ctrl+Up)"), Qt::CTRL | Qt::Key_Up, &JsonTreeEditor::moveNodeUp);
    m_moveDownAction =
        makeAction("treeMoveDownAction", tr("Move Down"), tr("Move it down one place (Ctrl+Down)"),
            Qt::CTRL | Qt::Key_Down, &JsonTreeEditor::moveNodeDown);
    m_typeAction = makeAction("treeTypeAction", tr("Change Type"),
        tr("Make it a boolean, number, string, null, array or object; asks first (Ctrl+T)"),
        Qt::CTRL | Qt::Key_T, &JsonTreeEditor::showTypeMenu);
    m_typeMenu->setObjectName(QStringLiteral("treeTypeMenu"));
    m_typeMenu->setTitle(m_typeAction->text());
    m_typeAction->setMenu(m_typeMenu);
    connect(m_typeMenu, &QMenu::aboutToShow, this, &JsonTreeEditor::fillTypeMenu);

    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("treeTools"));
    tools->setAccessibleName(tr("Tree tools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_addAction, m_removeAction, m_renameAction, m_duplicateAction,
             m_moveUpAction, m_moveDownAction, m_typeAction}) {
        tools->addAction(action);
        QWidget *button = tools->widgetForAction(action);
        button->setAccessibleName(action->text());
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }
    if (auto *typeButton = qobject_cast<QToolButton *>(tools->widgetForAction(m_typeAction)))
        typeButton->setPopupMode(QToolButton::InstantPopup);

    m_messageLabel->setObjectName(QStringLiteral("treeMessage"));
    m_messageLabel->setAccessibleName(tr("Tree message"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_messageLabel);
    setFocusProxy(m_view);
}

QAction *JsonTreeEditor::makeAction(const char *name, const QString &text, const QString &toolTip,
    const QKeySequence &shortcut, void (JsonTreeEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    action->setToolTip(toolTip);
    action->setShortcut(shortcut);
    // Only while the tree itself has the focus: an open field keeps its keys.
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void JsonTreeEditor::setValue(const JsonValue &value)
{
    if (m_model->jsonValue().isIdenticalTo(value))
        return; // made here: the tree shows it already
    resetValue(value);
}

void JsonTreeEditor::resetValue(const JsonValue &value)
{
    const QList<JsonTreeModel::Path> expanded = expandedPaths();
    JsonTreeModel::Path current = m_model->pathOf(m_view->currentIndex());
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->setJsonValue(value);
    m_view->expand(m_model->rootIndex());
    for (const JsonTreeModel::Path &path : expanded)
        m_view->expand(m_model->indexAt(path));
    QModelIndex index = m_model->indexAt(current);
    while (!index.isValid() && !current.isEmpty()) {
        current.removeLast();
        index = m_model->indexAt(current);
    }
    m_view->setCurrentIndex(index);
    m_view->verticalScrollBar()->setValue(scrolled);
    updateActions();
}

QList<JsonTreeModel::Path> JsonTreeEditor::expandedPaths() const
{
    QList<JsonTreeModel::Path> paths;
    QList<QModelIndex> open {m_model->rootIndex()};
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeLast();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (m_model->isContainer(child) && m_view->isExpanded(child)) {
                paths.append(m_model->pathOf(child));
                open.append(child);
            }
        }
    }
    return paths;
}

JsonValue JsonTreeEditor::value() const
{
    return m_model->jsonValue();
}

void JsonTreeEditor::setTextError(const QString &error)
{
    if (error == m_textError)
        return;
    m_textError = error;
    showMessage({});
    updateActions();
}

void JsonTreeEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void JsonTreeEditor::setRootName(const QString &name)
{
    m_model->setRootName(name);
}

void JsonTreeEditor::setTypeChangeGuard(ValueQuickEdit::TypeChangeGuard guard)
{
    m_typeChangeGuard = std::move(guard);
}

void JsonTreeEditor::addContextActions(const QList<QAction *> &actions)
{
    m_contextActions += actions;
}

QModelIndex JsonTreeEditor::current() const
{
    return m_view->currentIndex().siblingAtColumn(int(Column::Name));
}

bool JsonTreeEditor::isEditable() const
{
    return !m_readOnly && m_textError.isEmpty();
}

void JsonTreeEditor::updateActions()
{
    const QModelIndex index = current();
    const bool editable = isEditable() && index.isValid();
    const QModelIndex parent = index.parent();
    const bool child = editable && parent.isValid(); // not the top-level value
    m_addAction->setEnabled(child || (editable && m_model->isContainer(index)));
    m_removeAction->setEnabled(child);
    m_renameAction->setEnabled(editable && m_model->isMember(index));
    m_duplicateAction->setEnabled(child);
    m_moveUpAction->setEnabled(child && index.row() > 0);
    m_moveDownAction->setEnabled(child && index.row() + 1 < m_model->rowCount(parent));
    m_typeAction->setEnabled(editable);
    m_view->setEditTriggers(
        isEditable() ? QAbstractItemView::DoubleClicked : QAbstractItemView::NoEditTriggers);
}

void JsonTreeEditor::showMessage(const QString &message)
{
    const QString text = message.isEmpty() ? m_textError : message;
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void JsonTreeEditor::push(QUndoCommand *command)
{
    showMessage({});
    m_undoStack->push(command);
}

void JsonTreeEditor::commitValue(const QModelIndex &index, const JsonValue &value)
{
    if (isEditable())
        push(JsonTreeCommands::replaceValue(m_model, m_view, index, value));
}

void JsonTreeEditor::commitKey(const QModelIndex &index, const QString &key)
{
    if (isEditable())
        push(JsonTreeCommands::renameMember(m_model, m_view, index, key));
}

void JsonTreeEditor::refuse(const QString &message)
{
    showMessage(message);
}

void JsonTreeEditor::addNode()
{
    const QModelIndex index = current();
    if (!m_addAction->isEnabled())
        return;
    // Into an open (or empty) container, at its end; else right after the node.
    const bool into = m_model->isContainer(index) &&
        (!index.parent().isValid() || m_view->isExpanded(index) || !m_model->hasChildren(index));
    const QModelIndex parent = into ? index : index.parent();
    const int row = into ? m_model->rowCount(index) : index.row() + 1;
    // An empty value of its neighbour's type (a string among strings), else a string.
    JsonValue neighbour = JsonValue::fromString(QString());
    if (m_model->rowCount(parent) > 0)
        neighbour = m_model->valueAt(m_model->index(qMax(row - 1, 0), 0, parent));
    const JsonValue value =
        ValueQuickEdit::converted(JsonValue(), ValueQuickEdit::kindOf(neighbour));
    const bool object = m_model->typeAt(parent) == JsonValue::Type::Object;
    const QString key = object ? m_model->unusedKey(parent, tr("new_key")) : QString();
    push(JsonTreeCommands::insert(m_model, m_view, parent, row, key, value));
    // Straight on to naming it, or to its value.
    const QModelIndex added = current();
    if (object)
        m_view->edit(added);
    else if (m_model->flags(added.siblingAtColumn(int(Column::Value))) & Qt::ItemIsEditable)
        m_view->edit(added.siblingAtColumn(int(Column::Value)));
}

void JsonTreeEditor::removeNode()
{
    if (m_removeAction->isEnabled())
        push(JsonTreeCommands::remove(m_model, m_view, current()));
}

void JsonTreeEditor::renameNode()
{
    if (m_renameAction->isEnabled())
        m_view->edit(current());
}

void JsonTreeEditor::duplicateNode()
{
    if (!m_duplicateAction->isEnabled())
        return;
    const QModelIndex index = current();
    const QModelIndex parent = index.parent();
    const QString key =
        m_model->isMember(index) ? m_model->unusedKey(parent, m_model->keyAt(index)) : QString();
    push(JsonTreeCommands::insert(
        m_model, m_view, parent, index.row() + 1, key, m_model->valueAt(index)));
}

void JsonTreeEditor::moveNodeUp()
{
    if (m_moveUpAction->isEnabled())
        moveNode(-1);
}

void JsonTreeEditor::moveNodeDown()
{
    if (m_moveDownAction->isEnabled())
        moveNode(1);
}

void JsonTreeEditor::moveNode(int offset)
{
    const QModelIndex index = current();
    push(JsonTreeCommands::move(m_model, m_view, index, index.row() + offset));
}

void JsonTreeEditor::showTypeMenu()
{
    if (!m_typeAction->isEnabled())
        return;
    const QRect row = m_view->visualRect(m_view->currentIndex());
    m_typeMenu->popup(m_view->viewport()->mapToGlobal(row.bottomLeft()));
}

void JsonTreeEditor::fillTypeMenu()
{
    m_typeMenu->clear();
    const Kind now = ValueQuickEdit::kindOf(m_model->valueAt(current()));
    for (int k = int(Kind::Boolean); k <= int(Kind::Object); ++k) {
        const auto kind = Kind(k);
        QAction *action = m_typeMenu->addAction(ValueQuickEdit::kindName(kind));
        action->setCheckable(true);
        action->setChecked(kind == now);
        connect(action, &QAction::triggered, this, [this, kind] { changeType(kind); });
    }
}

void JsonTreeEditor::changeType(ValueQuickEdit::Kind kind)
{
    const QModelIndex index = current();
    if (!index.isValid() || !isEditable())
        return;
    const JsonValue before = m_model->valueAt(index);
    const Kind from = ValueQuickEdit::kindOf(before);
    if (kind == from)
        return;
    const JsonValue after = ValueQuickEdit::converted(before, kind);
    if (m_typeChangeGuard && !m_typeChangeGuard(from, kind, after))
        return;
    push(JsonTreeCommands::replaceValue(m_model, m_view, index, after));
}

void JsonTreeEditor::editCurrentValue()
{
    const QModelIndex index = current();
    if (!index.isValid())
        return;
    if (m_model->isContainer(index)) {
        m_view->setExpanded(index, !m_view->isExpanded(index));
        return;
    }
    if (!isEditable())
        return;
    const JsonValue value = m_model->valueAt(index);
    if (value.isBool())
        commitValue(index, JsonValue::fromBool(!value.toBool()));
    else if (value.isNull())
        showMessage(tr("null has no value to edit. Change its type with Ctrl+T."));
    else
        m_view->edit(index.siblingAtColumn(int(Column::Value)));
}

bool JsonTreeEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter edits (rather than pressing the dialog's default button); Space
    // toggles a boolean. (An open field gets its keys itself.)
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() | Qt::KeypadModifier) == Qt::KeypadModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            editCurrentValue();
            return true;
        }
        if (plain && key->key() == Qt::Key_Space && m_model->valueAt(current()).isBool()) {
            editCurrentValue();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
