#include "JsonTreeDelegate.h"

#include "JsonNumberValidator.h"
#include "JsonTreeModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStyle>

namespace {

using Column = JsonTreeModel::Column;

const JsonTreeModel *treeModel(const QModelIndex &index)
{
    return qobject_cast<const JsonTreeModel *>(index.model());
}

bool isNameColumn(const QModelIndex &index)
{
    return index.column() == int(Column::Name);
}

} // namespace

JsonTreeDelegate::JsonTreeDelegate(Sink *sink, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_sink(sink)
{ }

void JsonTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const JsonTreeModel *model = treeModel(index);
    if (model && isNameColumn(index) && !(option->features & QStyleOptionViewItem::HasDisplay)) {
        option->text = model->nameAt(index);
        option->features |= QStyleOptionViewItem::HasDisplay;
    }
}

QWidget *JsonTreeDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    const JsonTreeModel *model = treeModel(index);
    if (!model)
        return nullptr;
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("treeFieldEdit"));
    edit->setFrame(false);
    if (isNameColumn(index)) {
        edit->setAccessibleName(tr("Member name"));
    } else if (JsonValue::Type type = model->typeAt(index);
               type == JsonValue::Type::Integer || type == JsonValue::Type::Double) {
        edit->setAccessibleName(tr("Number value"));
        edit->setValidator(new JsonNumberValidator(edit));
    } else {
        edit->setAccessibleName(tr("Text value"));
    }
    m_editing = index;
    return edit;
}

void JsonTreeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
}

QString JsonTreeDelegate::problemWith(const QString &text, const QModelIndex &index)
{
    const JsonTreeModel *model = treeModel(index);
    if (!model)
        return {};
    if (isNameColumn(index)) {
        if (text != model->keyAt(index) && model->hasMember(index.parent(), text))
            return tr("The object already has a member named \u201c%1\u201d. Choose another name.")
                .arg(text);
        return {};
    }
    if (model->valueAt(index).isNumber() && !JsonValue::fromNumberText(text))
        return tr("\u201c%1\u201d is not a JSON number. Numbers look like 42, -7, 3.14 or 6.02e23.")
            .arg(text);
    return {};
}

void JsonTreeDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    Q_UNUSED(model)
    const auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || !treeModel(index))
        return;
    const QString text = edit->text();
    if (text == index.data(Qt::EditRole).toString())
        return;
    if (const QString problem = problemWith(text, index); !problem.isEmpty()) {
        m_sink->refuse(problem); // left as it was
        return;
    }
    if (isNameColumn(index))
        m_sink->commitKey(index, text);
    else if (treeModel(index)->valueAt(index).isNumber())
        m_sink->commitValue(index, *JsonValue::fromNumberText(text));
    else
        m_sink->commitValue(index, JsonValue::fromString(text));
}

bool JsonTreeDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    Q_UNUSED(model)
    const QVariant check = index.data(Qt::CheckStateRole);
    if (!check.isValid() || !(index.flags() & Qt::ItemIsUserCheckable))
        return false;
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease &&
        event->type() != QEvent::MouseButtonDblClick)
        return false;
    QStyleOptionViewItem itemOption(option);
    initStyleOption(&itemOption, index);
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect box =
        style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &itemOption, widget);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton || !box.contains(mouse->position().toPoint()))
        return false;
    if (event->type() == QEvent::MouseButtonRelease)
        m_sink->commitValue(index, JsonValue::fromBool(check.toInt() != Qt::Checked));
    return true; // the press and a double click are the toggle's too
}

bool JsonTreeDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *edit = qobject_cast<QLineEdit *>(object);
        if (edit && m_editing.isValid() && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            // Text that cannot be taken: the field stays open, and says why.
            if (const QString problem = problemWith(edit->text(), m_editing); !problem.isEmpty()) {
                m_sink->refuse(problem);
                edit->selectAll();
                return true;
            }
            // Committed (after this event); the key goes no further, not to
            // the tree nor to the dialog's default button.
            QStyledItemDelegate::eventFilter(object, event);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}
