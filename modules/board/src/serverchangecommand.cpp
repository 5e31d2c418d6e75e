#include "fielddesk/board/serverchangecommand.h"

#include <utility>

namespace fielddesk::board {

void ServerChangeCommand::start(Answered answered)
{
    m_answered = std::move(answered);
    sendForward();
}

void ServerChangeCommand::redo()
{
    // The push of an accepted change: the server has it already.
    if (std::exchange(m_skipRedo, false))
        return;
    sendForward();
}

void ServerChangeCommand::undo()
{
    sendBack();
}

void ServerChangeCommand::finishAnswer(bool accepted)
{
    if (m_answered) {
        m_skipRedo = accepted;
        const Answered answered = std::exchange(m_answered, {});
        answered(accepted); // may delete this command
        return;
    }
    if (!accepted)
        setObsolete(true); // a refused undo or redo: the stack drops it at its next step
}

} // namespace fielddesk::board
