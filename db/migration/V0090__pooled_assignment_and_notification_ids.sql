-- Assignments and notifications are written in bulk (automatic assignment, the due-date sweep):
-- their ids come fifty at a time, as claims' and items' do, instead of one database call each.
alter sequence assignment_seq increment by 50;
alter sequence notification_seq increment by 50;
