// A job edit the server refused because someone changed the job meanwhile (409 version
// conflict), compared field by field: the job as the dispatcher began editing it (base), as it
// is now (theirs) and as the dispatcher wants it (mine). Offers the three ways out: keep theirs
// (send nothing), reapply mine (every field I changed, over theirs) or merge (the fields only I
// changed, and for those we both changed the side chosen). Part of fielddesk_jobedit: no widgets.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace fielddesk::jobedit {

class EditConflict
{
public:
    enum class Side { Theirs, Mine };

    struct Row
    {
        QString field;
        bool theyChanged = false;
        bool iChanged = false;
        bool clashes() const { return theyChanged && iChanged; }
    };

    EditConflict(Job base, Job theirs, Job mine);

    const Job &base() const { return m_base; }
    const Job &theirs() const { return m_theirs; }
    const Job &mine() const { return m_mine; }
    // The fields either side changed, in the form's order.
    const QList<Row> &rows() const { return m_rows; }
    bool hasClashes() const;

    // The job as it would be after each way out, and what a PATCH of theirs sends for it.
    Job reappliedJob() const;
    Job mergedJob(const QHash<QString, Side> &choices) const;
    QJsonObject reapplyMine() const;
    QJsonObject merge(const QHash<QString, Side> &choices) const;

private:
    Job m_base;
    Job m_theirs;
    Job m_mine;
    QList<Row> m_rows;
};

} // namespace fielddesk::jobedit
