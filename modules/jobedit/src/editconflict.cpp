#include "fielddesk/jobedit/editconflict.h"

#include "fielddesk/jobedit/jobfields.h"

#include <algorithm>

namespace fielddesk::jobedit {

EditConflict::EditConflict(Job base, Job theirs, Job mine)
    : m_base(std::move(base))
    , m_theirs(std::move(theirs))
    , m_mine(std::move(mine))
{
    const QStringList theirChanges = changedFieldKeys(m_base, m_theirs);
    const QStringList myChanges = changedFieldKeys(m_base, m_mine);
    for (const QString &field : editableJobFields()) {
        const Row row{field, theirChanges.contains(field), myChanges.contains(field)};
        if (row.theyChanged || row.iChanged)
            m_rows.append(row);
    }
}

bool EditConflict::hasClashes() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.clashes(); });
}

Job EditConflict::reappliedJob() const
{
    Job job = m_theirs;
    for (const Row &row : m_rows) {
        if (row.iChanged)
            copyField(m_mine, job, row.field);
    }
    return job;
}

Job EditConflict::mergedJob(const QHash<QString, Side> &choices) const
{
    Job job = m_theirs;
    for (const Row &row : m_rows) {
        const bool mineWins =
            row.iChanged && (!row.theyChanged || choices.value(row.field) == Side::Mine);
        if (mineWins)
            copyField(m_mine, job, row.field);
    }
    return job;
}

QJsonObject EditConflict::reapplyMine() const
{
    return changedFields(m_theirs, reappliedJob());
}

QJsonObject EditConflict::merge(const QHash<QString, Side> &choices) const
{
    return changedFields(m_theirs, mergedJob(choices));
}

} // namespace fielddesk::jobedit
