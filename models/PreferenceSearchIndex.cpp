#include "PreferenceSearchIndex.h"

#include "PreferenceModel.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <string_view>

namespace {

constexpr char Separator = char(0xFF);

qint64 msecs(const QVariant &value)
{
    const QDateTime time = value.toDateTime();
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

template<typename T> int threeWay(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

void PreferenceSearchIndex::clear()
{
    m_entries.clear();
    m_entries.shrink_to_fit();
}

PreferenceSearchIndex::Entry PreferenceSearchIndex::entryFor(
    const QAbstractItemModel *model, int row)
{
    const QModelIndex index = model->index(row, 0);
    Entry entry;
    entry.text = model->data(index, PreferenceModel::KeyRole).toString().toCaseFolded().toUtf8();
    entry.keyLength = int(entry.text.size());
    entry.text.append(Separator);
    entry.text.append(
        model->data(index, PreferenceModel::RawJsonRole).toString().toCaseFolded().toUtf8());
    entry.bytes = byteMask(entry.text);
    const QString type = model->index(row, int(PreferenceModel::Column::Type))
                             .data(PreferenceModel::SortRole)
                             .toString();
    auto found = m_typeNames.constFind(type);
    if (found == m_typeNames.cend())
        found = m_typeNames.insert(type, type.toCaseFolded().toUtf8());
    entry.type = *found;
    entry.id = model->data(index, PreferenceModel::IdRole).toLongLong();
    entry.created = msecs(model->data(index, PreferenceModel::CreatedRole));
    entry.updated = msecs(model->data(index, PreferenceModel::LastUpdatedRole));
    return entry;
}

void PreferenceSearchIndex::insert(const QAbstractItemModel *model, int first, int last)
{
    std::vector<Entry> entries;
    entries.reserve(std::size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        entries.push_back(entryFor(model, row));
    m_entries.insert(m_entries.begin() + first, std::make_move_iterator(entries.begin()),
        std::make_move_iterator(entries.end()));
}

void PreferenceSearchIndex::remove(int first, int last)
{
    m_entries.erase(m_entries.begin() + first, m_entries.begin() + last + 1);
}

void PreferenceSearchIndex::update(const QAbstractItemModel *model, int row)
{
    m_entries[std::size_t(row)] = entryFor(model, row);
}

quint64 PreferenceSearchIndex::byteMask(const QByteArray &text)
{
    quint64 mask = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        int bit = 36 + byte % 28; // punctuation, spaces, bytes of UTF-8 sequences
        if (byte >= 'a' && byte <= 'z')
            bit = byte - 'a';
        else if (byte >= '0' && byte <= '9')
            bit = 26 + byte - '0';
        mask |= quint64(1) << bit;
    }
    return mask;
}

QByteArray PreferenceSearchIndex::needle(const QString &text)
{
    return text.toCaseFolded().toUtf8();
}

bool PreferenceSearchIndex::contains(
    int row, const QByteArray &needle, bool inKey, bool inValue) const
{
    if (needle.isEmpty())
        return true;
    const Entry &entry = m_entries[std::size_t(row)];
    const quint64 wanted = byteMask(needle);
    if ((entry.bytes & wanted) != wanted)
        return false;
    const char *begin = entry.text.constData();
    qsizetype length = entry.text.size();
    if (!inValue) {
        length = entry.keyLength;
    } else if (!inKey) {
        begin += entry.keyLength + 1;
        length -= entry.keyLength + 1;
    }
    return memmem(begin, std::size_t(length), needle.constData(), std::size_t(needle.size())) !=
        nullptr;
}

std::string_view PreferenceSearchIndex::text(const Entry &entry, int column) const
{
    switch (PreferenceModel::Column(column)) {
    case PreferenceModel::Column::Key:
        return {entry.text.constData(), std::size_t(entry.keyLength)};
    case PreferenceModel::Column::Value:
        return {entry.text.constData() + entry.keyLength + 1,
            std::size_t(entry.text.size() - entry.keyLength - 1)};
    case PreferenceModel::Column::Type:
        return {entry.type.constData(), std::size_t(entry.type.size())};
    default:
        return {};
    }
}

namespace {

// A row's sort key, packed so that most comparisons touch no other memory:
// a number, or the first 16 bytes of a text (after the prefix every row's
// text shares) in big-endian order and the text's length.
struct PackedKey
{
    quint64 high = 0;
    quint64 low = 0;
    std::size_t length = 0; // of the text after the shared prefix
    int row = 0;
};

quint64 bigEndian(std::string_view bytes, std::size_t from)
{
    unsigned char buffer[8] = {};
    if (from < bytes.size())
        std::memcpy(buffer, bytes.data() + from, std::min<std::size_t>(8, bytes.size() - from));
    quint64 value = 0;
    for (const unsigned char byte : buffer)
        value = (value << 8) | byte;
    return value;
}

} // namespace

void PreferenceSearchIndex::sort(std::vector<int> &rows, int column, bool descending) const
{
    const auto kind = PreferenceModel::Column(column);
    const bool isText = kind == PreferenceModel::Column::Key ||
        kind == PreferenceModel::Column::Value || kind == PreferenceModel::Column::Type;
    std::size_t shared = 0;
    if (isText && !rows.empty()) {
        const std::string_view first = text(m_entries[std::size_t(rows.front())], column);
        shared = first.size();
        for (const int row : rows) {
            const std::string_view other = text(m_entries[std::size_t(row)], column);
            std::size_t common = 0;
            const std::size_t most = std::min(shared, other.size());
            while (common < most && first[common] == other[common])
                ++common;
            shared = common;
            if (shared == 0)
                break;
        }
    }
    std::vector<PackedKey> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Entry &entry = m_entries[std::size_t(rows[i])];
        PackedKey &key = keys[i];
        key.row = rows[i];
        if (isText) {
            const std::string_view value = text(entry, column).substr(shared);
            key.high = bigEndian(value, 0);
            key.low = bigEndian(value, 8);
            key.length = value.size();
            continue;
        }
        const qint64 number = kind == PreferenceModel::Column::Id ? entry.id
            : kind == PreferenceModel::Column::Created            ? entry.created
                                                                  : entry.updated;
        key.high = quint64(number) ^ (quint64(1) << 63); // signed order as unsigned
    }
    // 0 when equal; texts longer than 16 bytes that share their first 16
    // are compared in full.
    const auto order = [&](const PackedKey &a, const PackedKey &b) {
        if (a.high != b.high)
            return a.high < b.high ? -1 : 1;
        if (a.low != b.low)
            return a.low < b.low ? -1 : 1;
        if (a.length <= 16 || b.length <= 16)
            return a.length == b.length ? 0 : (a.length < b.length ? -1 : 1);
        return text(m_entries[std::size_t(a.row)], column)
            .substr(shared + 16)
            .compare(text(m_entries[std::size_t(b.row)], column).substr(shared + 16));
    };
    std::sort(keys.begin(), keys.end(), [&](const PackedKey &a, const PackedKey &b) {
        const int result = order(a, b);
        if (result != 0)
            return descending ? result > 0 : result < 0;
        return a.row < b.row;
    });
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = keys[i].row;
}

int PreferenceSearchIndex::compare(int left, int right, int column) const
{
    const Entry &a = m_entries[std::size_t(left)];
    const Entry &b = m_entries[std::size_t(right)];
    switch (PreferenceModel::Column(column)) {
    case PreferenceModel::Column::Key:
        return std::string_view(a.text.constData(), std::size_t(a.keyLength))
            .compare(std::string_view(b.text.constData(), std::size_t(b.keyLength)));
    case PreferenceModel::Column::Value:
        return std::string_view(
            a.text.constData() + a.keyLength + 1, std::size_t(a.text.size() - a.keyLength - 1))
            .compare(std::string_view(b.text.constData() + b.keyLength + 1,
                std::size_t(b.text.size() - b.keyLength - 1)));
    case PreferenceModel::Column::Type:
        return std::string_view(a.type.constData(), std::size_t(a.type.size()))
            .compare(std::string_view(b.type.constData(), std::size_t(b.type.size())));
    case PreferenceModel::Column::LastUpdated:
        return threeWay(a.updated, b.updated);
    case PreferenceModel::Column::Created:
        return threeWay(a.created, b.created);
    case PreferenceModel::Column::Id:
        return threeWay(a.id, b.id);
    case PreferenceModel::Column::Count:
        break;
    }
    return 0;
}
