// Records the single outcome of a PreferenceWrite, for tests that link
// prefcore. Header-only: preftestsupport itself does not depend on prefcore.
#pragma once

#include "PreferenceWrite.h"

#include <QObject>
#include <QPointer>

#include <optional>

struct WriteRecorder
{
    enum class Outcome { Pending, Succeeded, Conflicted, Failed };

    Outcome outcome = Outcome::Pending;
    int outcomes = 0; // must end at exactly 1
    bool finished = false;
    Preference result;
    std::optional<Preference> current;
    ApiError error;
    PreferenceEdit edit;
    bool uncertain = false;
    bool answerDiffers = false;

    // Connects to write (which must not have started) and starts it.
    void start(PreferenceWrite *write)
    {
        QObject::connect(
            write, &PreferenceWrite::succeeded, write, [this, write](const Preference &r) {
                record(Outcome::Succeeded, write);
                result = r;
            });
        QObject::connect(write, &PreferenceWrite::conflicted, write, [this, write] {
            record(Outcome::Conflicted, write);
            current = write->current();
        });
        QObject::connect(write, &PreferenceWrite::failed, write, [this, write](const ApiError &e) {
            record(Outcome::Failed, write);
            error = e;
        });
        QObject::connect(write, &PreferenceWrite::finished, write, [this] { finished = true; });
        write->start();
    }

    bool isDone() const { return finished; }

private:
    void record(Outcome what, PreferenceWrite *write)
    {
        outcome = what;
        ++outcomes;
        edit = write->edit();
        uncertain = write->wasUncertain();
        answerDiffers = write->answerDiffers();
    }
};
