#pragma once

#include <QString>

// Writes a prefserver --data file: the user alice (id 2, password "alice")
// with `count` preferences of realistic shapes (strings, numbers, flags,
// small objects and arrays, 64-bit ids) of which 2% are about 10 KB.
// Deterministic: the same count gives the same file.
class DataGenerator
{
public:
    static bool write(const QString &fileName, int count, QString *error);
};
