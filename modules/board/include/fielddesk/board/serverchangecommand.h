// An undoable change that the server must accept before it goes on the undo stack. The flow
// starts it and pushes it only once accepted (the push's redo() sends nothing: start() did);
// a refused change is dropped and leaves no entry, so the stack holds only what happened.
// Later undo/redo go through the server again; a refused one makes the command obsolete.
// Part of fielddesk_board.
#pragma once

#include <QUndoCommand>

#include <functional>

namespace fielddesk::board {

class ServerChangeCommand : public QUndoCommand
{
public:
    // Runs once the server has settled or refused the first change, as the very last thing the
    // command does: it may delete the command.
    using Answered = std::function<void(bool accepted)>;

    using QUndoCommand::QUndoCommand;

    void start(Answered answered);
    void redo() final;
    void undo() final;

protected:
    virtual void sendForward() = 0;
    virtual void sendBack() = 0;
    // Subclasses call this last when the server answered a change (nothing after it).
    void finishAnswer(bool accepted);

private:
    Answered m_answered;
    bool m_skipRedo = false;
};

} // namespace fielddesk::board
