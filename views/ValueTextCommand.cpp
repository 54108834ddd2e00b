#include "ValueTextCommand.h"

ValueTextCommand::ValueTextCommand(
    Apply apply, const QString &before, const QString &after, int burst)
    : m_apply(std::move(apply))
    , m_before(before)
    , m_after(after)
    , m_burst(burst)
{ }

int ValueTextCommand::id() const
{
    return 1;
}

bool ValueTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ValueTextCommand *>(other);
    if (next->m_burst != m_burst)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void ValueTextCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // pushed after the edit was made
        return;
    }
    m_apply(m_after);
}

void ValueTextCommand::undo()
{
    m_apply(m_before);
}
