#pragma once

#include "JsonValue.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// Type-aware editing of one JSON value: a checkbox for a boolean, a number
// field that holds the number as text, exactly as loaded or typed (any size,
// any digits, "1E+2" stays "1E+2"; never through double), a plain text field
// (no quotes, no escapes) for a string. Null, arrays and objects are edited
// as JSON. A type selector converts the value to another JSON type, after
// asking the owner's guard (setTypeChangeGuard) while the old field is still
// shown. Focusing the widget focuses the field of the value's kind.
class ValueQuickEdit : public QWidget
{
    Q_OBJECT

public:
    // The choices of the type selector. Integers and doubles are both Number.
    enum class Kind { Boolean, Number, String, Null, Array, Object };
    Q_ENUM(Kind)

    explicit ValueQuickEdit(QWidget *parent = nullptr);

    // Shows a value. When it is identical to what is shown already, the
    // fields are left alone (so typing "1.50" is not rewritten to "1.5").
    void setValue(const JsonValue &value);
    // The JSON text does not parse: there is nothing to edit here. An empty
    // message says so in general terms.
    void setInvalid(const QString &message = {});
    bool hasValue() const { return m_hasValue; }

    JsonValue value() const { return m_value; }
    // The value as JSON text; numbers exactly as loaded or typed.
    QString jsonText() const;
    Kind kind() const { return kindOf(m_value); }

    void setReadOnly(bool readOnly);

    // Asked before the type selector converts the value, while the field of
    // the old type is still shown: from, to, and what the value would
    // become. False keeps the value and its type. Without a guard the type
    // changes at once.
    using TypeChangeGuard = std::function<bool(Kind from, Kind to, const JsonValue &converted)>;
    void setTypeChangeGuard(TypeChangeGuard guard) { m_typeChangeGuard = std::move(guard); }

    // The field that edits the value now (checkbox, number field, text
    // field; the "Edit as JSON" button for other kinds); nullptr while the
    // JSON is invalid. It is also the widget's focus proxy.
    QWidget *valueField() const;
    // Focuses the value's field with its text selected, so that typing
    // replaces it and Space toggles a boolean.
    void focusValueField(Qt::FocusReason reason = Qt::OtherFocusReason);

    static Kind kindOf(const JsonValue &value);
    static QString kindName(Kind kind);
    // The value converted to another kind, keeping what can be kept:
    // true <-> 1, 42 -> "42", "42" -> 42, anything -> its JSON text as a string.
    // Numbers convert exactly ("1E+2" -> "1E+2" and back).
    static JsonValue converted(const JsonValue &value, Kind kind);

signals:
    // The user changed the value (its content or its type).
    void edited();
    // The user wants the raw JSON editor.
    void editAsJsonRequested();

private:
    void showValue();
    void showPage(QWidget *page);
    void onKindActivated(int index);
    void onBoolToggled(bool checked);
    void onNumberEdited(const QString &text);
    void onStringChanged();
    void showNumberHint();

    JsonValue m_value; // a number keeps its text as typed
    bool m_hasValue = false;
    bool m_updating = false;
    TypeChangeGuard m_typeChangeGuard;

    QComboBox *m_kindCombo;
    QStackedWidget *m_pages;
    QCheckBox *m_boolCheck;
    QLineEdit *m_numberEdit;
    QLabel *m_numberHint;
    QPlainTextEdit *m_stringEdit;
    QLabel *m_jsonOnlyLabel;
    QPushButton *m_editAsJsonButton;
    QLabel *m_invalidLabel;
    QWidget *m_boolPage;
    QWidget *m_numberPage;
    QWidget *m_stringPage;
    QWidget *m_jsonOnlyPage;
    QWidget *m_invalidPage;
};
