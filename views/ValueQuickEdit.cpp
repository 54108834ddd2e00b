#include "ValueQuickEdit.h"

#include "JsonNumberValidator.h"
#include "JsonTextEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

JsonValue::Type typeOfKind(ValueQuickEdit::Kind kind)
{
    switch (kind) {
    case ValueQuickEdit::Kind::Boolean:
        return JsonValue::Type::Boolean;
    case ValueQuickEdit::Kind::Number:
        return JsonValue::Type::Double;
    case ValueQuickEdit::Kind::String:
        return JsonValue::Type::String;
    case ValueQuickEdit::Kind::Null:
        return JsonValue::Type::Null;
    case ValueQuickEdit::Kind::Array:
        return JsonValue::Type::Array;
    case ValueQuickEdit::Kind::Object:
        return JsonValue::Type::Object;
    }
    return JsonValue::Type::Null;
}

} // namespace

ValueQuickEdit::ValueQuickEdit(QWidget *parent)
    : QWidget(parent)
    , m_kindCombo(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_boolCheck(new QCheckBox(this))
    , m_numberEdit(new QLineEdit(this))
    , m_numberHint(new QLabel(this))
    , m_stringEdit(new QPlainTextEdit(this))
    , m_jsonOnlyLabel(new QLabel(this))
    , m_editAsJsonButton(new QPushButton(tr("Edit &as JSON"), this))
    , m_invalidLabel(new QLabel(this))
    , m_boolPage(new QWidget(this))
    , m_numberPage(new QWidget(this))
    , m_stringPage(new QWidget(this))
    , m_jsonOnlyPage(new QWidget(this))
    , m_invalidPage(new QWidget(this))
{
    setObjectName(QStringLiteral("quickEdit"));

    m_kindCombo->setObjectName(QStringLiteral("typeCombo"));
    m_kindCombo->setAccessibleName(tr("Value type"));
    m_kindCombo->addItem(tr("Boolean"), int(Kind::Boolean));
    m_kindCombo->addItem(tr("Number"), int(Kind::Number));
    m_kindCombo->addItem(tr("String"), int(Kind::String));
    m_kindCombo->addItem(tr("Null"), int(Kind::Null));
    m_kindCombo->addItem(tr("Array"), int(Kind::Array));
    m_kindCombo->addItem(tr("Object"), int(Kind::Object));
    connect(m_kindCombo, &QComboBox::activated, this, &ValueQuickEdit::onKindActivated);

    // Boolean
    m_boolCheck->setObjectName(QStringLiteral("boolCheck"));
    m_boolCheck->setAccessibleName(tr("Boolean value"));
    connect(m_boolCheck, &QCheckBox::toggled, this, &ValueQuickEdit::onBoolToggled);
    auto *boolLayout = new QVBoxLayout(m_boolPage);
    boolLayout->setContentsMargins(0, 0, 0, 0);
    boolLayout->addWidget(m_boolCheck);
    boolLayout->addStretch();

    // Number: a line edit, since a spin box cannot hold every 64-bit integer.
    m_numberEdit->setObjectName(QStringLiteral("numberEdit"));
    m_numberEdit->setAccessibleName(tr("Number value"));
    m_numberEdit->setPlaceholderText(tr("e.g. 42, -7, 3.14 or 6.02e23"));
    m_numberEdit->setValidator(new JsonNumberValidator(m_numberEdit));
    connect(m_numberEdit, &QLineEdit::textEdited, this, &ValueQuickEdit::onNumberEdited);
    m_numberHint->setObjectName(QStringLiteral("numberHint"));
    m_numberHint->setWordWrap(true);
    auto *numberLayout = new QVBoxLayout(m_numberPage);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    numberLayout->addWidget(m_numberEdit);
    numberLayout->addWidget(m_numberHint);
    numberLayout->addStretch();

    // String: the text itself; quotes and escapes are the serializer's job.
    m_stringEdit->setObjectName(QStringLiteral("stringEdit"));
    m_stringEdit->setAccessibleName(tr("Text value"));
    m_stringEdit->setTabChangesFocus(true);
    m_stringEdit->setPlaceholderText(tr("Type the text as it is; no quotes needed"));
    connect(m_stringEdit, &QPlainTextEdit::textChanged, this, &ValueQuickEdit::onStringChanged);
    auto *stringHint =
        new QLabel(tr("Quotes, backslashes and line breaks are escaped for you."), m_stringPage);
    stringHint->setWordWrap(true);
    stringHint->setForegroundRole(QPalette::PlaceholderText);
    auto *stringLayout = new QVBoxLayout(m_stringPage);
    stringLayout->setContentsMargins(0, 0, 0, 0);
    stringLayout->addWidget(m_stringEdit, 1);
    stringLayout->addWidget(stringHint);

    // Null, array, object
    m_jsonOnlyLabel->setObjectName(QStringLiteral("jsonOnlyLabel"));
    m_jsonOnlyLabel->setWordWrap(true);
    m_editAsJsonButton->setObjectName(QStringLiteral("editAsJsonButton"));
    m_editAsJsonButton->setAccessibleName(tr("Edit as JSON"));
    connect(m_editAsJsonButton, &QPushButton::clicked, this, &ValueQuickEdit::editAsJsonRequested);
    auto *jsonLayout = new QVBoxLayout(m_jsonOnlyPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(m_jsonOnlyLabel);
    jsonLayout->addWidget(m_editAsJsonButton, 0, Qt::AlignLeft);
    jsonLayout->addStretch();

    // Invalid JSON
    m_invalidLabel->setObjectName(QStringLiteral("quickEditInvalidLabel"));
    m_invalidLabel->setWordWrap(true);
    auto *invalidLayout = new QVBoxLayout(m_invalidPage);
    invalidLayout->setContentsMargins(0, 0, 0, 0);
    invalidLayout->addWidget(m_invalidLabel);
    invalidLayout->addStretch();

    m_pages->addWidget(m_boolPage);
    m_pages->addWidget(m_numberPage);
    m_pages->addWidget(m_stringPage);
    m_pages->addWidget(m_jsonOnlyPage);
    m_pages->addWidget(m_invalidPage);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_kindCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_kindCombo, m_boolCheck);
    setTabOrder(m_boolCheck, m_numberEdit);
    setTabOrder(m_numberEdit, m_stringEdit);
    setTabOrder(m_stringEdit, m_editAsJsonButton);

    setInvalid();
}

ValueQuickEdit::Kind ValueQuickEdit::kindOf(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        return Kind::Null;
    case JsonValue::Type::Boolean:
        return Kind::Boolean;
    case JsonValue::Type::Integer:
    case JsonValue::Type::Double:
        return Kind::Number;
    case JsonValue::Type::String:
        return Kind::String;
    case JsonValue::Type::Array:
        return Kind::Array;
    case JsonValue::Type::Object:
        return Kind::Object;
    }
    return Kind::Null;
}

QString ValueQuickEdit::kindName(Kind kind)
{
    return JsonValue::typeName(typeOfKind(kind));
}

JsonValue ValueQuickEdit::converted(const JsonValue &value, Kind kind)
{
    if (kindOf(value) == kind)
        return value;
    switch (kind) {
    case Kind::Boolean:
        if (value.isNumber()) // exactly: 1e-400 is not zero
            return JsonValue::fromBool(value != JsonValue::fromInteger(0));
        if (value.isString())
            return JsonValue::fromBool(value.toString().trimmed().toLower() == u"true");
        return JsonValue::fromBool(false);
    case Kind::Number:
        if (value.isBool())
            return JsonValue::fromInteger(value.toBool() ? 1 : 0);
        if (value.isString()) {
            const auto number = JsonValue::fromNumberText(value.toString().trimmed());
            if (number)
                return *number;
        }
        return JsonValue::fromInteger(0);
    case Kind::String:
        if (value.isNull())
            return JsonValue::fromString(QString());
        return JsonValue::fromString(value.toCompactString());
    case Kind::Null:
        return JsonValue();
    case Kind::Array:
        // Keep the old value as the only element.
        return value.isNull() ? JsonValue::array() : JsonValue::array().appended(value);
    case Kind::Object:
        return JsonValue::object();
    }
    return value;
}

void ValueQuickEdit::setValue(const JsonValue &value)
{
    // An object or an array shows only its size: no walk through a big
    // value to compare it.
    const bool container = value.isArray() || value.isObject();
    if (m_hasValue && !container && value.isIdenticalTo(m_value))
        return;
    m_value = value;
    m_hasValue = true;
    showValue();
}

void ValueQuickEdit::setInvalid(const QString &message)
{
    m_invalidLabel->setText(
        message.isEmpty() ? tr("The JSON is not valid. Fix it on the JSON page first.") : message);
    m_hasValue = false;
    m_value = JsonValue();
    m_kindCombo->setEnabled(false);
    showPage(m_invalidPage);
}

QWidget *ValueQuickEdit::valueField() const
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_boolPage)
        return m_boolCheck;
    if (page == m_numberPage)
        return m_numberEdit;
    if (page == m_stringPage)
        return m_stringEdit;
    if (page == m_jsonOnlyPage)
        return m_editAsJsonButton;
    return nullptr;
}

void ValueQuickEdit::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    // Focus given to the widget goes to the field that edits the value.
    setFocusProxy(valueField());
}

void ValueQuickEdit::focusValueField(Qt::FocusReason reason)
{
    QWidget *field = valueField();
    if (!field)
        return;
    field->setFocus(reason);
    if (field == m_numberEdit)
        m_numberEdit->selectAll();
    else if (field == m_stringEdit)
        m_stringEdit->selectAll();
}

QString ValueQuickEdit::jsonText() const
{
    return m_value.toPrettyString(); // a number exactly as written
}

void ValueQuickEdit::setReadOnly(bool readOnly)
{
    m_kindCombo->setEnabled(!readOnly && m_hasValue);
    m_boolCheck->setEnabled(!readOnly);
    m_numberEdit->setReadOnly(readOnly);
    m_stringEdit->setReadOnly(readOnly);
}

void ValueQuickEdit::showValue()
{
    m_updating = true;
    const Kind kind = kindOf(m_value);
    m_kindCombo->setEnabled(true);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    switch (kind) {
    case Kind::Boolean:
        m_boolCheck->setChecked(m_value.toBool());
        m_boolCheck->setText(m_value.toBool() ? tr("true") : tr("false"));
        showPage(m_boolPage);
        break;
    case Kind::Number:
        // The text itself: a number too large or too precise for a double
        // is shown and kept as it is.
        m_numberEdit->setText(QString::fromLatin1(m_value.numberText()));
        showNumberHint();
        showPage(m_numberPage);
        break;
    case Kind::String:
        if (JsonTextEdit::exactText(m_stringEdit->document()) != m_value.toString())
            m_stringEdit->setPlainText(m_value.toString());
        showPage(m_stringPage);
        break;
    case Kind::Null:
    case Kind::Array:
    case Kind::Object:
        if (kind == Kind::Null)
            m_jsonOnlyLabel->setText(tr("The value is null."));
        else if (kind == Kind::Array)
            m_jsonOnlyLabel->setText(
                tr("The value is an array of %n element(s).", nullptr, int(m_value.size())));
        else
            m_jsonOnlyLabel->setText(
                tr("The value is an object with %n member(s).", nullptr, int(m_value.size())));
        m_jsonOnlyLabel->setText(m_jsonOnlyLabel->text() + u' ' + tr("Edit this value as JSON."));
        showPage(m_jsonOnlyPage);
        break;
    }
    m_updating = false;
}

void ValueQuickEdit::onKindActivated(int index)
{
    const auto kind = Kind(m_kindCombo->itemData(index).toInt());
    const Kind from = kindOf(m_value);
    if (!m_hasValue || kind == from)
        return;
    const JsonValue result = converted(m_value, kind);
    // Asked while the old field is still shown; the combo box shows the old
    // type again unless the change is accepted.
    if (m_typeChangeGuard && !m_typeChangeGuard(from, kind, result)) {
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(from)));
        return;
    }
    m_value = result;
    showValue();
    emit edited();
}

void ValueQuickEdit::onBoolToggled(bool checked)
{
    if (m_updating || !m_hasValue)
        return;
    m_boolCheck->setText(checked ? tr("true") : tr("false"));
    m_value = JsonValue::fromBool(checked);
    emit edited();
}

void ValueQuickEdit::onNumberEdited(const QString &text)
{
    if (!m_hasValue)
        return;
    // Exactly the text typed, never through double.
    const auto number = JsonValue::fromNumberText(text);
    if (!number) {
        m_numberHint->setText(tr("Not a complete number yet."));
        return;
    }
    m_value = *number;
    showNumberHint();
    emit edited();
}

void ValueQuickEdit::showNumberHint()
{
    if (m_value.isExactInDouble())
        m_numberHint->clear();
    else
        m_numberHint->setText(tr("Kept exactly as written. A double cannot hold this number, so "
                                 "programs that read numbers as doubles may see it rounded."));
}

void ValueQuickEdit::onStringChanged()
{
    if (m_updating || !m_hasValue || !m_value.isString())
        return;
    const QString text = JsonTextEdit::exactText(m_stringEdit->document());
    if (text == m_value.toString())
        return;
    m_value = JsonValue::fromString(text);
    emit edited();
}
