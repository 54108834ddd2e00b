#include "JsonNumberValidator.h"

JsonNumberValidator::JsonNumberValidator(QObject *parent)
    : QRegularExpressionValidator(
          QRegularExpression(QStringLiteral("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")),
          parent)
{ }
