#pragma once

#include <QRegularExpressionValidator>

// Exactly the JSON number grammar, as JsonValue::fromNumberText() takes it:
// "-0", "1E+2" and integers of any size are acceptable; what can still
// become a number ("-", "1.", "2e") is intermediate; anything else invalid.
class JsonNumberValidator : public QRegularExpressionValidator
{
    Q_OBJECT

public:
    explicit JsonNumberValidator(QObject *parent = nullptr);
};
