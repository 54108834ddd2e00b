// Replays fuzz inputs through a target's LLVMFuzzerTestOneInput without
// libFuzzer, so that ctest can run the seed corpora and the regression
// inputs in the normal build (any compiler, ASan and UBSan when enabled).
//
//   fuzzreplay_<target> DIR_OR_FILE...
//
// Every regular file of each directory (sorted, not recursive) is one input.
// A failed invariant aborts; a directory with no inputs is an error too, so
// that a corpus that went missing cannot pass unnoticed.

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replayFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path),
        static_cast<long long>(bytes.size()));
    // A copy of exactly the input's size, so ASan sees reads past its end.
    const auto copy = std::make_unique<uint8_t[]>(size_t(bytes.size()));
    std::copy(bytes.cbegin(), bytes.cend(), copy.get());
    LLVMFuzzerTestOneInput(copy.get(), size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name);
            if (names.isEmpty()) {
                std::fprintf(stderr, "no inputs in %s\n", qPrintable(path));
                return 1;
            }
            for (const QString &name : names) {
                if (!replayFile(QDir(path).filePath(name)))
                    return 1;
                ++replayed;
            }
        } else if (info.isFile()) {
            if (!replayFile(path))
                return 1;
            ++replayed;
        } else {
            std::fprintf(stderr, "no such file or directory: %s\n", qPrintable(path));
            return 1;
        }
    }
    std::printf("%d inputs replayed, no failure\n", replayed);
    return 0;
}
